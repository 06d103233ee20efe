import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { BUNDLE_OWN_STATES, bundleStatusOf } from './bundleStatus.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { MAX_CLERK_NOTE_LENGTH, type CaseStatus } from './caseModel.ts';
import { caseEntityResolvers, asEntity } from './caseResolvers.ts';
import { CaseStore } from './caseStore.ts';
import { caseWithdrawalResolvers } from './caseWithdrawal.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import { enumLabel } from './enumLabels.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { caseEvidenceView } from './recordViews.ts';
import type { Caller } from '../identity/caller.ts';

/** withdrawCase (撤回): who may withdraw what, and what is left of the case and its evidence. */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const OTHER_CLERK = { ...CLERK, region: 'ZHEJIANG', division: '330421', window: 'ZJ-01', operatorId: 'zj-0001' } as const;
const APPLICANT_ID = '310118198804123021';
const APPLICANT: Caller = { kind: 'CITIZEN', residentId: APPLICANT_ID };
const NEIGHBOUR: Caller = { kind: 'CITIZEN', residentId: '330421198611030011' };
const ITEM = '200101001000';
const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord;

function setting(file = ':memory:') {
  const store = new CaseStore(openProvinceDatabase(file), JIANGSU);
  const as = (caller: Caller): ProvinceContext => deskWith(store, { region: JIANGSU, caller, implementations: [], item: () => ({}) });
  const open = (key = 'k-1') =>
    store.openCase({ itemCode: ITEM, subjectId: APPLICANT_ID, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'ONLINE', openedBy: { kind: 'APPLICANT', subjectId: APPLICANT_ID }, idempotencyKey: key })
      .caseFile;
  const withdraw = (caller: Caller, caseId: string, reason?: string | null) =>
    caseWithdrawalResolvers.withdrawCase(undefined, { caseId, ...(reason === undefined ? {} : { reason }) }, as(caller));
  /** Accepted evidence on the case, as collectEvidence and decideEvidence would leave it. */
  const gather = (caseId: string) => {
    const evidence = store.addEvidence({
      caseId,
      requestId: 'request-1',
      issuer: 'shanghai',
      kind: 'PROVIDENT_FUND',
      record: { ...fund, subjectId: APPLICANT_ID },
      token: 'sealed-release',
      receivedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    store.decideEvidence(caseId, evidence.id, true, { kind: 'APPLICANT', subjectId: APPLICANT_ID });
    return evidence;
  };
  return { store, as, open, withdraw, gather };
}

const refusedWith = async (attempt: Promise<unknown>) => (await refusalOf(attempt)).extensions;

describe('withdrawCase by the applicant', () => {
  it('withdraws her open case, the history saying she did and why; a retry answers with it unchanged', async () => {
    const { store, open, withdraw } = setting();
    const caseFile = open();
    const answer = await withdraw(APPLICANT, caseFile.id, '  不再需要  ');
    expect(answer).toMatchObject({ id: caseFile.id, status: 'WITHDRAWN', audience: 'HOLDER' });
    const history = store.eventsOf(caseFile.id);
    expect(history.map((event) => event.status)).toEqual(['OPEN', 'WITHDRAWN']);
    expect(history[1]).toMatchObject({ actor: { kind: 'APPLICANT', subjectId: APPLICANT_ID }, note: '不再需要' });
    const retried = await withdraw(APPLICANT, caseFile.id, '不再需要');
    expect(retried).toMatchObject({ id: caseFile.id, status: 'WITHDRAWN' });
    expect(store.eventsOf(caseFile.id)).toHaveLength(2);
  });

  it('needs no reason, and withdraws a case waiting for a province', async () => {
    const { store, open, withdraw } = setting();
    const caseFile = open();
    store.transition(caseFile.id, { from: ['OPEN'], to: 'AWAITING_EVIDENCE', actor: { kind: 'APPLICANT', subjectId: APPLICANT_ID } });
    expect(await withdraw(APPLICANT, caseFile.id)).toMatchObject({ status: 'WITHDRAWN' });
    expect(store.eventsOf(caseFile.id).at(-1)).toMatchObject({ status: 'WITHDRAWN', note: null });
  });

  it.each<CaseStatus>(['DEFERRED_MATERIALS', 'IN_REVIEW', 'APPROVED', 'REJECTED'])('refuses a case %s as NOT_WITHDRAWABLE, naming the status in Chinese', async (status) => {
    const { store, open, withdraw } = setting();
    const caseFile = open();
    store.transition(caseFile.id, { from: ['OPEN'], to: status, actor: CLERK });
    const refused = await refusalOf(withdraw(APPLICANT, caseFile.id));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WITHDRAWABLE', status });
    expect(refused.message).toContain(`当前状态：${enumLabel('CaseStatus', status)}`);
    expect(store.caseById(caseFile.id)?.status).toBe(status);
  });

  it('is refused for anyone else — another citizen, a clerk of another province — as other case mutations are', async () => {
    const { store, open, withdraw } = setting();
    const caseFile = open();
    expect(await refusedWith(withdraw(NEIGHBOUR, caseFile.id))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(await refusedWith(withdraw(OTHER_CLERK, caseFile.id, '申请人要求'))).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect(await refusedWith(withdraw({ kind: 'ANONYMOUS' }, caseFile.id))).toMatchObject({ code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    expect(store.caseById(caseFile.id)?.status).toBe('OPEN');
  });
});

describe('withdrawCase by a clerk of the filing province', () => {
  it('needs the applicant\'s request as the reason (blank is EMPTY, too long is TOO_LONG), then records it', async () => {
    const { store, open, withdraw } = setting();
    const caseFile = open();
    for (const reason of [null, '', '   ']) {
      expect(await refusedWith(withdraw(CLERK, caseFile.id, reason))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'EMPTY' });
    }
    expect(await refusedWith(withdraw(CLERK, caseFile.id, '撤'.repeat(MAX_CLERK_NOTE_LENGTH + 1)))).toMatchObject({ reason: 'TOO_LONG' });
    expect(store.caseById(caseFile.id)?.status).toBe('OPEN');
    expect(await withdraw(CLERK, caseFile.id, '申请人当面申请撤回')).toMatchObject({ status: 'WITHDRAWN', audience: 'CASE_OFFICER' });
    expect(store.eventsOf(caseFile.id).at(-1)).toMatchObject({ status: 'WITHDRAWN', actor: CLERK, note: '应申请人要求撤回：申请人当面申请撤回' });
  });
});

describe('a withdrawn case', () => {
  it('keeps no usable evidence, its records erased (contents and the sealed release) and shown to nobody', async () => {
    const { store, as, open, withdraw, gather } = setting();
    const caseFile = open();
    const evidence = gather(caseFile.id);
    expect(store.usableEvidenceOf(caseFile.id)).toHaveLength(1);
    await withdraw(APPLICANT, caseFile.id);
    expect(store.usableEvidenceOf(caseFile.id)).toEqual([]);
    const [kept] = store.evidenceOf(caseFile.id);
    // What was released, by whom and when stays; what it said does not.
    expect(kept).toMatchObject({ id: evidence.id, status: 'ACCEPTED', token: '', record: { recordId: fund.recordId, kind: 'PROVIDENT_FUND', content: {} } });
    const withdrawn = store.caseById(caseFile.id);
    if (!withdrawn) throw new Error('case lost');
    const clerkView = caseEntityResolvers.evidence(asEntity(withdrawn, 'CASE_OFFICER'), undefined, as(CLERK));
    expect(clerkView.map((view) => view.record)).toEqual([null]);
    expect(caseEntityResolvers.usableEvidence(asEntity(withdrawn, 'CASE_OFFICER'), undefined, as(CLERK))).toEqual([]);
    expect(caseEvidenceView(evidence, 'HOLDER', { caseWithdrawn: true }).record).toBeNull();
  });

  it('leaves no copy of the erased contents in the database file or its write-ahead log', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'yrd-erasure-'));
    try {
      const file = join(directory, 'jiangsu.sqlite');
      const { open, withdraw, gather } = setting(file);
      const caseFile = open();
      gather(caseFile.id);
      const onDisk = () => [file, `${file}-wal`].map((path) => (existsSync(path) ? readFileSync(path).toString('latin1') : '')).join('');
      const accountNumber = '110234567801'; // the fund record's account number (sampleRecords.ts)
      expect(onDisk()).toContain(accountNumber);
      await withdraw(APPLICANT, caseFile.id);
      expect(onDisk()).not.toContain(accountNumber);
      expect(onDisk()).not.toContain('sealed-release');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('cannot be submitted, nor gather evidence again: it is withdrawn, not submitted', async () => {
    const { open, as, withdraw } = setting();
    const caseFile = open();
    await withdraw(APPLICANT, caseFile.id);
    const input = { caseId: caseFile.id, idempotencyKey: 'k-submit' };
    expect(await refusedWith(decisionDeskResolvers.submitCase(undefined, { input }, as(APPLICANT)))).toMatchObject({ code: 'CONFLICT', reason: 'CASE_WITHDRAWN' });
    expect(await refusedWith(caseDeskResolvers.collectEvidence(undefined, { caseId: caseFile.id, tokens: [] }, as(APPLICANT)))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_WITHDRAWN',
    });
  });
});

describe('withdrawing a one-thing bundle', () => {
  const openBundle = (store: CaseStore) =>
    store.openBundle(
      { itemCode: 'PROPERTY_TRANSFER', subjectId: APPLICANT_ID, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'ONLINE', openedBy: { kind: 'APPLICANT', subjectId: APPLICANT_ID }, idempotencyKey: 'k-b' },
      ['200047001000', '200502001000'],
    );

  it('withdraws the bundle with all its items at once; an item alone is PART_OF_BUNDLE', async () => {
    const { store, withdraw, gather } = setting();
    const { bundle, cases } = openBundle(store);
    gather(bundle.id);
    const [first] = cases;
    if (!first) throw new Error('no item');
    expect(await refusedWith(withdraw(APPLICANT, first.id))).toMatchObject({ code: 'CONFLICT', reason: 'PART_OF_BUNDLE', bundleId: bundle.id });
    expect(store.caseById(first.id)?.status).toBe('OPEN');
    expect(await withdraw(APPLICANT, bundle.id, '改期办理')).toMatchObject({ status: 'WITHDRAWN' });
    expect([bundle, ...cases].map((opened) => store.caseById(opened.id)?.status)).toEqual(['WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN']);
    expect(store.eventsOf(first.id).at(-1)).toMatchObject({ status: 'WITHDRAWN', note: `随“一件事”${bundle.id}一并撤回：改期办理` });
    expect(store.usableEvidenceOf(bundle.id)).toEqual([]);
    // The bundle shows its own status: withdrawn before submission, whatever its items.
    const entity = asEntity(store.caseById(bundle.id) ?? bundle, 'HOLDER');
    const loaders = { childrenByBundle: { load: (id: string) => Promise.resolve(store.childrenOf(id)) } };
    expect(await caseEntityResolvers.status(entity, undefined, { loaders } as unknown as ProvinceContext)).toBe('WITHDRAWN');
  });

  it('withdraws none of it when an item has moved (one transaction)', async () => {
    const { store, withdraw } = setting();
    const { bundle, cases } = openBundle(store);
    const [, second] = cases;
    if (!second) throw new Error('no item');
    store.transition(second.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    expect(await refusedWith(withdraw(APPLICANT, bundle.id))).toMatchObject({ reason: 'NOT_WITHDRAWABLE', status: 'IN_REVIEW' });
    expect(store.caseById(bundle.id)?.status).toBe('OPEN');
  });

  it('bundle status: withdrawn is a bundle\'s own state, and items all withdrawn make a withdrawn bundle', () => {
    expect(BUNDLE_OWN_STATES).toContain('WITHDRAWN');
    expect(bundleStatusOf([{ status: 'WITHDRAWN' }, { status: 'WITHDRAWN' }])).toBe('WITHDRAWN');
    expect(bundleStatusOf([{ status: 'APPROVED' }, { status: 'WITHDRAWN' }])).toBe('PARTLY_APPROVED');
  });
});
