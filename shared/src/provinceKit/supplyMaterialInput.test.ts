import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ItemStandard } from './hubClient.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/** supplyMaterial's input: a 容缺 case waiting for 结婚证 (M03), confirmed with no material code. */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const ITEM = '200101001000';

const item = (code: string): ItemStandard => ({
  code,
  name: `测试事项 ${code}`,
  audiences: ['NATURAL_PERSON'],
  evidenceKinds: [],
  crossRegion: true,
  instantApproval: false,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    { code: 'M03', name: '结婚证', necessity: 'SUPPLY_LATER', replacedBy: null, commitmentAllowed: false, documentType: null, supplyWithin: null },
  ],
  approvalRules: [],
  licence: { typeCode: '11100000000013338W047', name: '证明', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2026-01-01',
  cancelOn: null,
  policy: null,
});
const IMPLEMENTATION = {
  standardCode: ITEM,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  tolerantAcceptance: true,
  commitmentSystem: false,
  implementingBody: '苏州市吴江区行政审批局',
  implementingBodyCode: '12320500466005137G',
} as const;

describe('supplyMaterial with an empty material code', () => {
  it('is empty, naming the field — not a material “ ” that is not awaited — and changes nothing', async () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
    const { caseFile } = store.openCase({ itemCode: ITEM, subjectId: '310118198804123021', subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-1' });
    const context = deskWith(store, { region: JIANGSU, caller: CLERK, implementations: [IMPLEMENTATION], item });
    const input = { caseId: caseFile.id, idempotencyKey: 'k-submit', providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' as const }] };
    expect(((await decisionDeskResolvers.submitCase(undefined, { input }, context)) as { status: string }).status).toBe('DEFERRED_MATERIALS');
    for (const materialCode of ['', '  ', '\t']) {
      const refused = await refusalOf(decisionDeskResolvers.supplyMaterial(undefined, { caseId: caseFile.id, materialCode }, context));
      expect(refused.extensions, JSON.stringify(materialCode)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'materialCode', reason: 'EMPTY' });
      expect(refused.message).toBe('materialCode: 材料编码（materialCode）为空，请填写补齐的容缺材料编码（如 M03）');
    }
    expect(store.caseById(caseFile.id)?.status).toBe('DEFERRED_MATERIALS');
    expect(store.commitmentsOf(caseFile.id).map((commitment) => commitment.suppliedAt)).toEqual([null]);
  });
});
