import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { SYSTEM } from './caseModel.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * A case no record names that reached review without a declared name — submitted before names
 * were kept — cannot be approved nameless (its licence would have no holder's name): the
 * approving clerk names the applicant off the identity document, and a rejection needs no name.
 */
const JIANGSU = requireRegion('JIANGSU');
const ITEM = '200101001000';
const OPENER = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const COLLEAGUE = { ...OPENER, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;
const root = mkdtempSync(join(tmpdir(), 'yrd-review-name-'));
let keys: MemberKeys;

beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A nameless case in review, as an older submission left it. */
function namelessInReview() {
  const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
  const { caseFile } = store.openCase({ itemCode: ITEM, subjectId: '310118198804123021', subjectKind: 'PERSON', applicantName: null, channel: 'WINDOW', openedBy: OPENER, idempotencyKey: 'k-1' });
  const decision = { outcome: 'IN_REVIEW' as const, ruleResults: [], reasons: ['该事项不属于秒批事项，由工作人员审核'], materials: [], decidedBy: SYSTEM, decidedAt: new Date().toISOString() };
  store.transition(caseFile.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision, form: [] });
  return { store, caseId: caseFile.id };
}

function desk(store: CaseStore): ProvinceContext {
  const context = deskWith(store, {
    region: JIANGSU,
    caller: COLLEAGUE,
    implementations: [{ standardCode: ITEM, implementingBody: '苏州市社会保险基金管理中心', implementingBodyCode: '12320500466005137G' }],
    item: (code) => ({ code, name: '社会保险个人权益记录单查询', licence: { typeCode: '11100000MB0900G94F001', name: '社会保险个人权益记录单查询办理结果', validityDays: null } }),
  });
  const services = { ...context.services, keys, config: { ...context.services.config, holdingAuthorities: { E_LICENCE: '江苏省政务服务管理办公室' } } };
  return { ...context, services } as ProvinceContext;
}

const review = (store: CaseStore, caseId: string, decision: 'APPROVE' | 'REJECT', extra: { reason?: string; applicantName?: string } = {}) =>
  decisionDeskResolvers.reviewCase(undefined, { caseId, decision, ...extra }, desk(store));

describe('approving a case no record names', () => {
  it('is refused without the applicant\'s name, naming the field, and stores nothing', async () => {
    const { store, caseId } = namelessInReview();
    const before = { caseFile: store.caseById(caseId), events: store.eventsOf(caseId) };
    const refused = await refusalOf(review(store, caseId, 'APPROVE'));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicantName', reason: 'REQUIRED' });
    expect(refused.message).toContain('准予前请填写申请人姓名（applicantName）');
    expect({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId) }).toEqual(before);
  });

  it('issues the licence in the name the approving clerk gives, shown on the form as declared', async () => {
    const { store, caseId } = namelessInReview();
    const approved = await review(store, caseId, 'APPROVE', { applicantName: ' 顾晓梅 ' });
    expect(approved).toMatchObject({ status: 'APPROVED' });
    expect(store.caseById(caseId)?.form?.[0]).toMatchObject({ name: 'applicantName', value: '顾晓梅', declared: true });
    expect(store.licenceOfCase(caseId)?.content).toMatchObject({ holderName: '顾晓梅' });
  });

  it('rejects without a name', async () => {
    const { store, caseId } = namelessInReview();
    expect(await review(store, caseId, 'REJECT', { reason: '材料不全' })).toMatchObject({ status: 'REJECTED' });
  });
});
