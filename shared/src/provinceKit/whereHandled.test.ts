import { describe, expect, it } from 'vitest';
import { SAMPLE_ENTERPRISE_ID } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { CaseStore } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { policyProvinces } from './whereHandled.ts';

/**
 * Opening a case refused at a Jiangsu desk names where to go: an enterprise's item not handled
 * across provinces, the province it is registered in; a policy Jiangsu does not implement, the
 * province(s) that do. Nothing is opened.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const JIASHAN_HEFENG = SAMPLE_ENTERPRISE_ID;
const DEREGISTRATION = '010003001000';
const JIAXING_SME_GROWTH = '083301001000';
const ZONE_INNOVATION = '059001001000';

const item = (code: string): ItemStandard =>
  ({
    code,
    name: code === DEREGISTRATION ? '企业简易注销登记' : code === JIAXING_SME_GROWTH ? '嘉兴市中小企业成长奖励' : '示范区科技创新券兑付',
    audiences: ['ENTERPRISE'],
    evidenceKinds: [],
    crossRegion: false,
    instantApproval: false,
    materials: [],
    approvalRules: [],
    status: 'IN_FORCE',
    effectiveFrom: '2022-01-01',
    cancelOn: null,
    policy: code === DEREGISTRATION ? null : { applyBy: null },
  }) as unknown as ItemStandard;

const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
const desk = deskWith(store, { region: JIANGSU, caller: CLERK as Caller, implementations: [{ standardCode: DEREGISTRATION, crossRegion: false }], item });
const open = (itemCode: string) => caseDeskResolvers.openCase(undefined, { input: { itemCode, subjectId: JIASHAN_HEFENG, idempotencyKey: `k-${itemCode}` } }, desk);

describe('where to go instead', () => {
  it('sends an enterprise to the province it is registered in for an item handled only there', async () => {
    const refused = await refusalOf(open(DEREGISTRATION));
    expect(refused.message).toBe('input.itemCode: 江苏省未开通“企业简易注销登记”的跨省通办；该企业登记在浙江省，请到登记地浙江省办理（zhejiang { openCase }）');
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION', region: 'ZHEJIANG', mutationField: 'zhejiang' });
  });

  it('names the province(s) that take a policy this province does not', async () => {
    const jiaxing = await refusalOf(open(JIAXING_SME_GROWTH));
    expect(jiaxing.message).toBe('input.itemCode: 江苏省不办理“嘉兴市中小企业成长奖励”；该政策由浙江省受理，请向浙江省申请（zhejiang { openCase }）');
    expect(jiaxing.extensions).toMatchObject({ reason: 'ITEM_NOT_HANDLED', regions: ['ZHEJIANG'] });
    // A zone policy not on Jiangsu's list (here): the other zone provinces.
    expect((await refusalOf(open(ZONE_INNOVATION))).extensions).toMatchObject({ reason: 'ITEM_NOT_HANDLED', regions: ['SHANGHAI', 'ZHEJIANG'] });
    expect(store.casesOfSubjects([JIASHAN_HEFENG], 'ENTERPRISE', { first: 100 }).get(JIASHAN_HEFENG) ?? []).toEqual([]);
  });

  it('reads a policy’s provinces from its code: the publishing area, or the zone’s three', () => {
    expect(policyProvinces('053402001000').map((region) => region.code)).toEqual(['ANHUI']);
    expect(policyProvinces('089001001000').map((region) => region.code)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG']);
    expect(policyProvinces('050101001000')).toEqual([]);
  });
});
