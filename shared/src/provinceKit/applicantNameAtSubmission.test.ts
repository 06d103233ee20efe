import { describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { CaseFile } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { deskWith as deskOf, refusalOf } from './caseDesk.fixture.ts';

/**
 * The applicant's name typed at submission, at a Jiangsu case desk: the case opened without
 * one — no record names her — is submitted with it instead of being opened again. The name is
 * kept with the submission's transition (never by a refused one), for later plans to use, and
 * is part of what the submission sent.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT = '310118198804123021';

/** A fictional item no shared record serves: handed in on paper, reviewed by a clerk; its M02 may follow later (容缺). */
const item = (code: string, evidenceKinds: readonly EvidenceKind[] = []): ItemStandard => ({
  code,
  name: `测试事项 ${code}`,
  audiences: ['NATURAL_PERSON'],
  evidenceKinds,
  crossRegion: true,
  instantApproval: false,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    { code: 'M02', name: '申请书', necessity: 'SUPPLY_LATER', replacedBy: null, commitmentAllowed: false, documentType: null, supplyWithin: null },
  ],
  approvalRules: [],
  licence: { typeCode: '11100000000013338W047', name: '证明', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2026-01-01',
  cancelOn: null,
  policy: null,
});
const ITEM = '200101001000';
const BUNDLE_ITEMS = ['200047001000', '200502001000'];

function deskWith(store: CaseStore, caller: Caller = CLERK, evidenceKinds: readonly EvidenceKind[] = []): ProvinceContext {
  return deskOf(store, {
    region: JIANGSU,
    caller,
    implementations: [ITEM, ...BUNDLE_ITEMS].map((standardCode) => ({ standardCode, promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' }, tolerantAcceptance: true, commitmentSystem: false })),
    item: (code) => item(code, evidenceKinds),
  });
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
const opened = (store: CaseStore, applicantName: string | null = null) =>
  store.openCase({ itemCode: ITEM, subjectId: APPLICANT, subjectKind: 'PERSON', applicantName, channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-open' }).caseFile.id;

type Submission = { caseId: string; idempotencyKey: string; providedMaterials?: string[]; providedDocuments?: string[]; commitments?: { materialCode: string; type: 'SUPPLY_LATER' }[]; applicantName?: string | null };
const submit = (store: CaseStore, input: Submission, context = deskWith(store)) => decisionDeskResolvers.submitCase(undefined, { input }, context) as Promise<CaseFile>;


/** All a refusal may not have touched. */
const stateOf = (store: CaseStore, caseId: string) => ({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId), submitted: store.hasSubmission(caseId, 'k-1') });

describe('a case no record names, submitted with the applicant’s name', () => {
  it('is refused without it, telling the clerk to type it at submission, and decided with it on the same case', async () => {
    const store = newStore();
    const caseId = opened(store);
    const before = stateOf(store, caseId);
    const nameless = await refusalOf(submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02'] }));
    expect(nameless.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICANT_NAME_MISSING' });
    expect(nameless.message).toContain('请在提交时填写申请人姓名（applicantName）');
    expect(nameless.message).not.toContain('重新受理');
    expect(stateOf(store, caseId)).toEqual(before);

    // The same key: the refusal kept nothing under it.
    const decided = await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02'], applicantName: ' 顾晓梅 ' });
    expect(decided).toMatchObject({ id: caseId, status: 'IN_REVIEW', applicantName: '顾晓梅' });
    expect(decided.form).toEqual([{ name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true }]);
    expect(store.caseById(caseId)?.applicantName).toBe('顾晓梅');
  });

  it('replaces a name declared at opening', async () => {
    const store = newStore();
    const caseId = opened(store, '顾小梅');
    const decided = await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02'], applicantName: '顾晓梅' });
    expect(decided.applicantName).toBe('顾晓梅');
    expect(decided.form?.[0]).toMatchObject({ value: '顾晓梅', declared: true });
  });

  it('refuses what cannot be a name, naming the field, and stores nothing', async () => {
    const store = newStore();
    const caseId = opened(store);
    const before = stateOf(store, caseId);
    const refused = await refusalOf(submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02'], applicantName: APPLICANT }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName', reason: 'FORMAT' });
    expect(stateOf(store, caseId)).toEqual(before);
  });

  it('stores nothing when the submission is refused for something else', async () => {
    const store = newStore();
    const caseId = opened(store);
    const before = stateOf(store, caseId);
    const refused = await refusalOf(submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01'], applicantName: '顾晓梅' }));
    expect(refused.extensions).toMatchObject({ reason: 'MATERIALS_MISSING' });
    expect(stateOf(store, caseId)).toEqual(before);
  });

  it('takes the same key sent again with the same name as a retry, and with another name, or none, as another submission', async () => {
    const store = newStore();
    const caseId = opened(store);
    const sent = { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02'], applicantName: '顾晓梅' };
    const decided = await submit(store, sent);
    const events = store.eventsOf(caseId);
    expect(await submit(store, { ...sent, applicantName: '顾晓梅 ' })).toEqual(decided);
    for (const applicantName of ['顾小梅', null]) {
      const reused = await refusalOf(submit(store, { ...sent, applicantName }));
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(reused.message).toContain('所填申请人姓名');
    }
    expect(store.eventsOf(caseId)).toEqual(events);
    expect(store.caseById(caseId)?.applicantName).toBe('顾晓梅');
  });

  it('keeps the name for the 容缺 material supplied later: the case is decided on it then', async () => {
    const store = newStore();
    const caseId = opened(store);
    const deferred = await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01'], commitments: [{ materialCode: 'M02', type: 'SUPPLY_LATER' }], applicantName: '顾晓梅' });
    expect(deferred).toMatchObject({ status: 'DEFERRED_MATERIALS', applicantName: '顾晓梅' });
    const supplied = (await decisionDeskResolvers.supplyMaterial(undefined, { caseId, materialCode: 'M02' }, deskWith(store))) as CaseFile;
    // Decided by the rules (a clerk reviews this item), not sent to a person for want of a name.
    expect(supplied).toMatchObject({ status: 'IN_REVIEW', decision: { decidedBy: { kind: 'SYSTEM' }, reasons: ['该事项不属于秒批事项，由工作人员审核'] } });
    expect(supplied.form?.[0]).toMatchObject({ name: 'applicantName', value: '顾晓梅', declared: true });
  });
});

describe('a bundle submitted with the applicant’s name', () => {
  const openedBundle = (store: CaseStore) =>
    store.openBundle({ itemCode: 'TEST_BUNDLE', subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: null, channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-bundle' }, BUNDLE_ITEMS);
  const everyItem = (materialCode: string) => BUNDLE_ITEMS.map((code) => `${code}:${materialCode}`);

  it('names the bundle and every item case by it', async () => {
    const store = newStore();
    const { bundle, cases } = openedBundle(store);
    const submitted = await submit(store, { caseId: bundle.id, idempotencyKey: 'k-1', providedDocuments: ['IDENTITY_DOCUMENT'], providedMaterials: everyItem('M02'), applicantName: '顾晓梅' });
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', applicantName: '顾晓梅' });
    for (const { id } of cases) {
      expect(store.caseById(id)).toMatchObject({ status: 'IN_REVIEW', applicantName: '顾晓梅' });
      expect(store.caseById(id)?.form?.[0]).toMatchObject({ value: '顾晓梅', declared: true });
    }
  });

  it('keeps it for the items while the bundle waits for a province, and stores none when refused', async () => {
    const store = newStore();
    const { bundle, cases } = openedBundle(store);
    const waiting = deskWith(store, CLERK, ['PROVIDENT_FUND']);
    const refused = await refusalOf(submit(store, { caseId: bundle.id, idempotencyKey: 'k-0', providedMaterials: everyItem('M02'), applicantName: '顾晓梅' }, waiting));
    expect(refused.extensions).toMatchObject({ reason: 'EVIDENCE_NOT_REQUESTED' });
    expect([bundle, ...cases].map(({ id }) => store.caseById(id)?.applicantName)).toEqual([null, null, null]);

    // Asked of every province that may hold it (none has answered yet).
    for (const holder of ['shanghai', 'jiangsu', 'zhejiang', 'anhui']) {
      store.recordRequest({ id: `r-${holder}`, caseId: bundle.id, holder, kinds: ['PROVIDENT_FUND'], token: 't', issuedAt: new Date().toISOString(), expiresAt: '2099-01-01T00:00:00Z' });
    }
    const submitted = await submit(store, { caseId: bundle.id, idempotencyKey: 'k-1', providedDocuments: ['IDENTITY_DOCUMENT'], providedMaterials: everyItem('M02'), applicantName: '顾晓梅' }, waiting);
    expect(submitted).toMatchObject({ status: 'AWAITING_EVIDENCE', applicantName: '顾晓梅' });
    expect(cases.map(({ id }) => store.caseById(id))).toMatchObject([
      { status: 'OPEN', applicantName: '顾晓梅' },
      { status: 'OPEN', applicantName: '顾晓梅' },
    ]);
  });
});
