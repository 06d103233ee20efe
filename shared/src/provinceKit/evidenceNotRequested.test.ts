import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { CaseFile } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { deskWith as deskOf, refusalOf } from './caseDesk.fixture.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * Submitting a case at a Jiangsu desk when the clerk asked for only some of the item's evidence
 * kinds (requestEvidence with kinds): the kinds nobody was asked for are named and the
 * submission refused before anything is stored — not left AWAITING_EVIDENCE for provinces that
 * were never asked, which presenting the requests again could never end.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT = '341602199203052464';
const HOLDERS = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'];
const ITEM = '200202001000';
const BUNDLE_ITEMS = ['200202001000', '200502001000'];

/** A fictional 异地就医备案: its insurance record replaces M02, credit records are looked at; reviewed by a clerk. */
const item = (code: string): ItemStandard => ({
  code,
  name: `测试事项 ${code}`,
  audiences: ['NATURAL_PERSON'],
  evidenceKinds: ['SOCIAL_INSURANCE', 'CREDIT_RECORD'],
  crossRegion: true,
  instantApproval: false,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    { code: 'M02', name: '参保证明', necessity: 'OPTIONAL', replacedBy: 'SOCIAL_INSURANCE', commitmentAllowed: false, documentType: null, supplyWithin: null },
  ],
  approvalRules: [],
  licence: { typeCode: '11100000000013338W047', name: '备案凭证', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2026-01-01',
  cancelOn: null,
  policy: null,
});

const deskWith = (store: CaseStore): ProvinceContext =>
  deskOf(store, {
    region: JIANGSU,
    caller: CLERK,
    implementations: BUNDLE_ITEMS.map((standardCode) => ({ standardCode, promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' }, tolerantAcceptance: true, commitmentSystem: false })),
    item,
  });
const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);

/** requestEvidence(kinds) as the desk records it, every holder answering 查询无记录 (NO_RECORDS). */
function askedAndAnswered(store: CaseStore, caseId: string, kinds: readonly EvidenceKind[], round: string, answering = HOLDERS) {
  for (const holder of HOLDERS) {
    const id = `${round}-${holder}`;
    store.recordRequest({ id, caseId, holder, kinds, token: 't', issuedAt: new Date().toISOString(), expiresAt: '2099-01-01T00:00:00Z' });
    if (answering.includes(holder)) store.recordResponse({ requestId: id, caseId, holder, kinds, recordIds: [], token: 't', receivedAt: new Date().toISOString() });
  }
}

type Submission = { caseId: string; idempotencyKey: string; providedMaterials?: string[]; providedDocuments?: string[]; applicantName?: string };
const submit = (store: CaseStore, input: Submission) => decisionDeskResolvers.submitCase(undefined, { input }, deskWith(store)) as Promise<CaseFile>;
const stateOf = (store: CaseStore, caseId: string) => ({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId), submitted: store.hasSubmission(caseId, 'k-1') });

describe('a submission needing evidence kinds nobody was asked for', () => {
  it('is refused naming them and what to do, stores nothing, and goes through once they are asked for', async () => {
    const store = newStore();
    const caseId = store.openCase({ itemCode: ITEM, subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '王丽娟', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-open' }).caseFile.id;
    askedAndAnswered(store, caseId, ['SOCIAL_INSURANCE'], 'r1');
    const before = stateOf(store, caseId);
    const refused = await refusalOf(submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01'] }));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED', kinds: ['CREDIT_RECORD'] });
    expect(refused.message).toBe('以下材料尚未向持有数据的省份调取：信用记录（处罚、经营异常、失信）；请先调取（requestEvidence，kinds 填写这些材料类型，或不填以调取全部所需材料），再提交');
    expect(refused.message).not.toContain('尚未答复');
    expect(stateOf(store, caseId)).toEqual(before);

    // Asked for now; Anhui silent: waiting names Anhui alone, for the kind it was asked.
    askedAndAnswered(store, caseId, ['CREDIT_RECORD'], 'r2', ['shanghai', 'jiangsu', 'zhejiang']);
    const waiting = await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01'] });
    expect(waiting.status).toBe('AWAITING_EVIDENCE');
    expect(store.eventsOf(caseId).at(-1)?.reasons).toEqual(['安徽省尚未答复（信用记录（处罚、经营异常、失信））']);
    store.recordResponse({ requestId: 'r2-anhui', caseId, holder: 'anhui', kinds: ['CREDIT_RECORD'], recordIds: [], token: 't', receivedAt: new Date().toISOString() });
    expect(await submit(store, { caseId, idempotencyKey: 'k-2', providedMaterials: ['M01'] })).toMatchObject({ status: 'IN_REVIEW' });
  });

  it('refuses a bundle the same way, naming the item, and moves none of its cases', async () => {
    const store = newStore();
    const { bundle, cases } = store.openBundle(
      { itemCode: 'TEST_BUNDLE', subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '王丽娟', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-bundle' },
      BUNDLE_ITEMS,
    );
    askedAndAnswered(store, bundle.id, ['CREDIT_RECORD'], 'r1');
    const refused = await refusalOf(submit(store, { caseId: bundle.id, idempotencyKey: 'k-1', providedDocuments: ['IDENTITY_DOCUMENT'] }));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED', kinds: ['SOCIAL_INSURANCE'] });
    expect(refused.message).toMatch(/^“测试事项 200202001000”：以下材料尚未向持有数据的省份调取：社会保险参保缴费记录；/);
    expect([bundle, ...cases].map(({ id }) => store.caseById(id)?.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
  });
});

describe('a submission for an item whose credit records are read only for 容缺/告知承诺', () => {
  /** 生育登记 at 吴江: household and marriage records replace M02 and M03; the marriage certificate may come later (容缺). */
  const BIRTH = '200502001000';
  const birth = (code: string): ItemStandard => ({
    ...item(code),
    name: '生育登记',
    evidenceKinds: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD'],
    materials: [
      { code: 'M01', name: '夫妻双方身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
      { code: 'M02', name: '居民户口簿', necessity: 'REQUIRED', replacedBy: 'HOUSEHOLD_REGISTRATION', commitmentAllowed: false, documentType: null, supplyWithin: null },
      { code: 'M03', name: '结婚证', necessity: 'SUPPLY_LATER', replacedBy: 'MARRIAGE', commitmentAllowed: false, documentType: null, supplyWithin: null },
      { code: 'M04', name: '生育登记表', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: null, supplyWithin: null },
    ],
  });
  const birthDesk = (store: CaseStore): ProvinceContext =>
    deskOf(store, {
      region: JIANGSU,
      caller: CLERK,
      implementations: [{ standardCode: BIRTH, promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' }, tolerantAcceptance: true, commitmentSystem: false }],
      item: birth,
    });
  type BirthSubmission = Submission & { commitments?: { materialCode: string; type: 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF' }[] };
  const submitBirth = (store: CaseStore, input: BirthSubmission) => decisionDeskResolvers.submitCase(undefined, { input }, birthDesk(store)) as Promise<CaseFile>;
  const opened = (store: CaseStore) => store.openCase({ itemCode: BIRTH, subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '王丽娟', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-open' }).caseFile.id;

  it('goes on without them when neither is used (王丽娟 hands in her papers, only household and marriage gathered)', async () => {
    const store = newStore();
    const caseId = opened(store);
    askedAndAnswered(store, caseId, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], 'r1');
    expect(await submitBirth(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M04', 'M02', 'M03'] })).toMatchObject({ status: 'IN_REVIEW' });
  });

  it('refuses 容缺 until they are requested, telling the clerk why and how, stores nothing, and accepts once they are', async () => {
    const store = newStore();
    const caseId = opened(store);
    askedAndAnswered(store, caseId, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], 'r1');
    const before = stateOf(store, caseId);
    const deferred = { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M04'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' as const }] };
    const refused = await refusalOf(submitBirth(store, deferred));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED', kinds: ['CREDIT_RECORD'], forLeniency: ['CREDIT_RECORD'] });
    expect(refused.message).toContain('适用容缺受理或告知承诺');
    expect(refused.message).toContain('requestEvidence(kinds: [CREDIT_RECORD])');
    expect(stateOf(store, caseId)).toEqual(before);
    askedAndAnswered(store, caseId, ['CREDIT_RECORD'], 'r2');
    expect(await submitBirth(store, deferred)).toMatchObject({ status: 'DEFERRED_MATERIALS' });
  });

  it('is judged item by item in a bundle: none used, the bundle goes on; one item’s 容缺, refused naming that item', async () => {
    const bundleDesk = (store: CaseStore): ProvinceContext =>
      deskOf(store, {
        region: JIANGSU,
        caller: CLERK,
        implementations: BUNDLE_ITEMS.map((standardCode) => ({ standardCode, promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' }, tolerantAcceptance: true, commitmentSystem: false })),
        item: (code) => ({ ...birth(code), name: `测试事项 ${code}` }),
      });
    const opening = (store: CaseStore) =>
      store.openBundle({ itemCode: 'TEST_BUNDLE', subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '王丽娟', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-bundle' }, BUNDLE_ITEMS).bundle;
    const papers = BUNDLE_ITEMS.flatMap((code) => [`${code}:M02`, `${code}:M04`]);
    const submitBundle = (store: CaseStore, input: BirthSubmission) => decisionDeskResolvers.submitCase(undefined, { input }, bundleDesk(store)) as Promise<CaseFile>;

    const plain = newStore();
    const plainBundle = opening(plain);
    askedAndAnswered(plain, plainBundle.id, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], 'r1');
    const submitted = await submitBundle(plain, { caseId: plainBundle.id, idempotencyKey: 'k-1', providedDocuments: ['IDENTITY_DOCUMENT'], providedMaterials: [...papers, ...BUNDLE_ITEMS.map((code) => `${code}:M03`)] });
    expect(submitted.status).toBe('IN_REVIEW');

    const lenient = newStore();
    const lenientBundle = opening(lenient);
    askedAndAnswered(lenient, lenientBundle.id, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], 'r1');
    const refused = await refusalOf(
      submitBundle(lenient, {
        caseId: lenientBundle.id,
        idempotencyKey: 'k-1',
        providedDocuments: ['IDENTITY_DOCUMENT'],
        providedMaterials: [...papers, `${BUNDLE_ITEMS[0]}:M03`],
        commitments: [{ materialCode: `${BUNDLE_ITEMS[1]}:M03`, type: 'SUPPLY_LATER' }],
      }),
    );
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED', kinds: ['CREDIT_RECORD'] });
    expect(refused.message).toMatch(new RegExp(`^“测试事项 ${BUNDLE_ITEMS[1]}”：本次提交适用容缺受理或告知承诺`));
    expect(lenient.caseById(lenientBundle.id)?.status).toBe('OPEN');
  });
});
