import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { SYSTEM, type CaseDecision } from './caseModel.ts';
import { deskWith } from './caseDesk.fixture.ts';
import { caseEntityResolvers, type CaseEntity } from './caseResolvers.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * 救济途径 on a case's decision as the province answers it: a refusal a clerk gives, or an approval
 * revoked, tells the applicant where to apply for 行政复议 — the government of the body implementing
 * the item here (苏州市社会保险基金管理中心: 苏州市人民政府, though a 吴江 window took it in) — and
 * that she may sue; an approval tells her nothing. In a one-thing bundle, each item's case carries
 * its own (by its own item's body), the bundle none.
 */
const JIANGSU = requireRegion('JIANGSU');
const ITEM = '200101001000';
const CIVIL_ITEM = '100101001000';
const OPENER = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const COLLEAGUE = { ...OPENER, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;
const SUZHOU_GOVERNMENT = '如不服本决定，可以自知道该决定之日起六十日内向苏州市人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。';
const root = mkdtempSync(join(tmpdir(), 'yrd-review-remedy-'));
let keys: MemberKeys;

beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inReview = (): CaseDecision => ({ outcome: 'IN_REVIEW', ruleResults: [], reasons: ['该事项不属于秒批事项，由工作人员审核'], materials: [], decidedBy: SYSTEM, decidedAt: new Date().toISOString() });
const opening = (idempotencyKey: string, itemCode = ITEM) =>
  ({ itemCode, subjectId: '310118198804123021', subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'WINDOW', openedBy: OPENER, idempotencyKey }) as const;

function caseInReview() {
  const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
  const { caseFile } = store.openCase(opening('k-1'));
  store.transition(caseFile.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision: inReview(), form: [] });
  return { store, caseId: caseFile.id };
}

function desk(store: CaseStore): ProvinceContext {
  const context = deskWith(store, {
    region: JIANGSU,
    caller: COLLEAGUE,
    implementations: [
      { standardCode: ITEM, implementingBody: '苏州市社会保险基金管理中心', implementingBodyCode: '12320500466005137G' },
      { standardCode: CIVIL_ITEM, implementingBody: '苏州市吴江区民政局', implementingBodyCode: '1132050901404379XE' },
    ],
    item: (code) => ({ code, name: '社会保险个人权益记录单查询', licence: { typeCode: '11100000MB0900G94F001', name: '社会保险个人权益记录单查询办理结果', validityDays: null } }),
  });
  const services = { ...context.services, keys, config: { ...context.services.config, holdingAuthorities: { E_LICENCE: '江苏省政务服务管理办公室' } } };
  return { ...context, services } as ProvinceContext;
}

async function review(store: CaseStore, caseId: string, decision: 'APPROVE' | 'REJECT') {
  const context = desk(store);
  const answer = (await decisionDeskResolvers.reviewCase(undefined, decision === 'REJECT' ? { caseId, decision, reason: '材料不全' } : { caseId, decision, applicantName: '顾晓梅' }, context)) as CaseEntity;
  return { answer, decision: caseEntityResolvers.decision(answer, undefined, context) };
}

describe('the remedy on a case’s decision', () => {
  it('is given with a refusal, naming the government of the item’s implementing body', async () => {
    const { store, caseId } = caseInReview();
    const { answer, decision } = await review(store, caseId, 'REJECT');
    expect(answer.status).toBe('REJECTED');
    expect(decision).toMatchObject({ outcome: 'REJECTED', reasons: ['材料不全'], remedy: SUZHOU_GOVERNMENT });
  });

  it('is null with an approval', async () => {
    const { store, caseId } = caseInReview();
    const { answer, decision } = await review(store, caseId, 'APPROVE');
    expect(answer.status).toBe('APPROVED');
    expect(decision?.outcome).toBe('APPROVED');
    expect(decision?.remedy).toBeNull();
  });

  it('is given once the approval is revoked (告知承诺核查不实), the decision itself unchanged', async () => {
    const { store, caseId } = caseInReview();
    await review(store, caseId, 'APPROVE');
    store.transition(caseId, { from: ['APPROVED'], to: 'REVOKED', actor: COLLEAGUE, postCheck: 'FAILED', note: '承诺不实', reasons: ['告知承诺事后核查发现承诺不实，撤销审批决定，记入信用记录'] });
    const revoked = { ...store.caseById(caseId)!, audience: 'CASE_OFFICER' } as CaseEntity;
    expect(caseEntityResolvers.decision(revoked, undefined, desk(store))).toMatchObject({
      outcome: 'APPROVED',
      remedy: SUZHOU_GOVERNMENT.replace('如不服本决定', '如不服撤销决定'),
    });
  });

  it('is each refused item’s own in a bundle, by its own item’s body; the bundle’s own decision carries none', async () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
    const { bundle, cases } = store.openBundle({ ...opening('b-1', 'MARRIAGE_BUNDLE') }, [ITEM, CIVIL_ITEM]);
    store.transition(bundle.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision: inReview(), form: [] });
    for (const item of cases) store.transition(item.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision: inReview(), form: [] });
    const [first, second] = cases;
    const approved = await review(store, first!.id, 'APPROVE');
    const refused = await review(store, second!.id, 'REJECT');
    expect(approved.decision?.remedy).toBeNull();
    expect(refused.decision?.remedy).toBe('如不服本决定，可以自知道该决定之日起六十日内向苏州市吴江区人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。');
    const context = desk(store);
    const asBundle = { ...store.caseById(bundle.id)!, status: 'REJECTED', audience: 'CASE_OFFICER' } as CaseEntity;
    expect(caseEntityResolvers.decision(asBundle, undefined, context)).toMatchObject({ outcome: 'IN_REVIEW', remedy: null });
    // Through the bundle's cases, as a read of the bundle shows them.
    const parts = await caseEntityResolvers.cases(asBundle, undefined, { ...context, loaders: { ...context.loaders, childrenByBundle: { load: (id: string) => Promise.resolve(store.childrenOf(id)) } } } as ProvinceContext);
    expect(parts.map((part) => caseEntityResolvers.decision(part, undefined, context)?.remedy ?? null)).toEqual([null, refused.decision?.remedy]);
  });
});
