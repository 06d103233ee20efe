import { describe, expect, it } from 'vitest';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { SYSTEM, type CaseAgent, type CaseDecision } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { deskWith as deskOf, refusalOf } from './caseDesk.fixture.ts';
import { decisionBlockedReason } from './separationOfDuties.ts';

/**
 * 受审分离 at a Jiangsu case desk: the clerk who accepted a case at the window does not review
 * it, and the clerk who approved a commitment does not post-check it — refused before anything
 * is stored — while a colleague may, and a retry of a colleague's decision is still a retry.
 */
const JIANGSU = requireRegion('JIANGSU');
const ITEM = '200047001000';
const OPENER = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const COLLEAGUE = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;
/** The opener, signed in at another window of his division the next day: still the same person. */
const OPENER_ELSEWHERE = { ...OPENER, window: 'WJ-CSJ-09' } as const;
/** Another province's clerk who happens to carry the same operator id: not the same person. */
const NAMESAKE_IN_SHANGHAI = { ...OPENER, region: 'SHANGHAI', division: '310118' } as const;
const APPLICANT = { kind: 'APPLICANT', subjectId: '310118198804123021' } as const;

const deskWith = (store: CaseStore, caller: Caller): ProvinceContext =>
  deskOf(store, { region: JIANGSU, caller, implementations: [{ standardCode: ITEM, implementingBody: '苏州市住房公积金管理中心', implementingBodyCode: '123205004660027105' }], item: (code) => ({ code, name: '测试事项' }) });

const decisionBy = (decidedBy: CaseAgent, outcome: CaseDecision['outcome']): CaseDecision => ({
  outcome,
  ruleResults: [],
  reasons: outcome === 'IN_REVIEW' ? ['须人工审核'] : [],
  materials: [],
  decidedBy,
  decidedAt: new Date().toISOString(),
});

/** A case opened by `openedBy` (and submitted by `submittedBy`, where given), which the rules sent to a person. */
function caseInReview(openedBy: CaseActor = OPENER, submittedBy?: CaseActor) {
  const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
  const { caseFile } = store.openCase({ itemCode: ITEM, subjectId: APPLICANT.subjectId, subjectKind: 'PERSON', applicantName: null, channel: openedBy.kind === 'OPERATOR' ? 'WINDOW' : 'ONLINE', openedBy, idempotencyKey: 'k-1' });
  const submission = submittedBy ? { submissionKey: 's-1', submittedBy } : {};
  store.transition(caseFile.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision: decisionBy(SYSTEM, 'IN_REVIEW'), ...submission });
  return { store, caseId: caseFile.id };
}

/** A case opened by OPENER and approved on a commitment by `approver`, its post-check pending. */
function approvedOnCommitment(approver: CaseAgent) {
  const { store, caseId } = caseInReview();
  store.transition(caseId, { from: ['IN_REVIEW'], to: 'APPROVED', actor: approver, decision: decisionBy(approver, 'APPROVED'), postCheck: 'PENDING' });
  return { store, caseId };
}

const fail = (): never => {
  throw new Error('no such case');
};

/** decisionBlockedReason of the review-queue case opened by OPENER, for `caller`. */
function reviewBlocked(caller: Caller): string | null {
  const { store, caseId } = caseInReview();
  return decisionBlockedReason(store.caseById(caseId) ?? fail(), store.submittersOf(caseId), caller);
}

const review = (store: CaseStore, caseId: string, clerk: Caller, decision: 'APPROVE' | 'REJECT', reason: string | null) =>
  decisionDeskResolvers.reviewCase(undefined, { caseId, decision, reason }, deskWith(store, clerk));
const postCheck = (store: CaseStore, caseId: string, clerk: Caller, passed: boolean, note: string) =>
  decisionDeskResolvers.completePostCheck(undefined, { caseId, passed, note }, deskWith(store, clerk));


describe('受审分离: the clerk who accepted a case does not review it', () => {
  it('refuses the opening clerk, at any window, either decision, and stores nothing', async () => {
    const { store, caseId } = caseInReview();
    const before = { caseFile: store.caseById(caseId), events: store.eventsOf(caseId) };
    for (const [clerk, decision, reason] of [
      [OPENER, 'APPROVE', null],
      [OPENER, 'REJECT', '材料不全'],
      [OPENER_ELSEWHERE, 'APPROVE', null],
    ] as const) {
      const refused = await refusalOf(review(store, caseId, clerk, decision, reason));
      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
      expect(refused.message).toBe('受审分离：本件由您受理，须由其他工作人员审批');
    }
    expect({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId) }).toEqual(before);
    expect(store.caseById(caseId)?.status).toBe('IN_REVIEW');
  });

  it('lets a colleague decide, and answers the colleague\'s retry with the case as decided', async () => {
    const { store, caseId } = caseInReview();
    const rejected = await review(store, caseId, COLLEAGUE, 'REJECT', '存在未结清的住房公积金贷款');
    expect(rejected).toMatchObject({ status: 'REJECTED', decision: { decidedBy: COLLEAGUE, reasons: ['存在未结清的住房公积金贷款'] } });
    const events = store.eventsOf(caseId);
    expect(await review(store, caseId, COLLEAGUE, 'REJECT', '存在未结清的住房公积金贷款')).toEqual(rejected);
    expect(store.eventsOf(caseId)).toEqual(events);
    // The opener, once it is decided, is told what anyone else would be: it is no longer in review.
    expect((await refusalOf(review(store, caseId, OPENER, 'REJECT', '存在未结清的住房公积金贷款'))).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_IN_REVIEW' });
  });

  it('binds the clerk who submitted a case the applicant opened online: submitting it at the window is accepting it', async () => {
    const { store, caseId } = caseInReview(APPLICANT, OPENER);
    const before = { caseFile: store.caseById(caseId), events: store.eventsOf(caseId) };
    const refused = await refusalOf(review(store, caseId, OPENER, 'APPROVE', null));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
    expect({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId) }).toEqual(before);
    expect(decisionBlockedReason(store.caseById(caseId) ?? fail(), store.submittersOf(caseId), OPENER)).toBe('受审分离：本件由您受理，须由其他工作人员审批');
    expect(await review(store, caseId, COLLEAGUE, 'REJECT', '材料不全')).toMatchObject({ status: 'REJECTED' });
  });

  it('binds no clerk when the applicant opened the case online, nor another province\'s namesake', async () => {
    const online = caseInReview(APPLICANT);
    expect(await review(online.store, online.caseId, OPENER, 'REJECT', '材料不全')).toMatchObject({ status: 'REJECTED' });
    expect(reviewBlocked(NAMESAKE_IN_SHANGHAI)).toBeNull();
  });
});

describe('受审分离: an approval on a commitment is post-checked by someone other than its approver', () => {
  it('refuses the approving clerk, and stores nothing', async () => {
    const { store, caseId } = approvedOnCommitment(COLLEAGUE);
    const before = { caseFile: store.caseById(caseId), events: store.eventsOf(caseId) };
    for (const passed of [true, false]) {
      const refused = await refusalOf(postCheck(store, caseId, { ...COLLEAGUE, window: 'WJ-CSJ-05' }, passed, '现场核查：经营场所与承诺一致'));
      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
      expect(refused.message).toBe('受审分离：本件由您审批，告知承诺的事后核查须由其他工作人员进行');
    }
    expect({ caseFile: store.caseById(caseId), events: store.eventsOf(caseId) }).toEqual(before);
  });

  it('lets another clerk — the one who accepted it, too — make the check, and answers that clerk\'s retry', async () => {
    const { store, caseId } = approvedOnCommitment(COLLEAGUE);
    const checked = await postCheck(store, caseId, OPENER, true, '现场核查：经营场所与承诺一致');
    expect(checked).toMatchObject({ status: 'APPROVED', postCheck: 'PASSED' });
    expect(await postCheck(store, caseId, OPENER, true, '现场核查：经营场所与承诺一致')).toEqual(checked);
  });

  it('lets any clerk check what the rules approved (秒批)', async () => {
    const { store, caseId } = approvedOnCommitment(SYSTEM);
    expect(await postCheck(store, caseId, OPENER, true, '现场核查：经营场所与承诺一致')).toMatchObject({ postCheck: 'PASSED' });
  });
});

describe('decisionBlockedReason: what a window shows before anyone presses a button', () => {
  it('names the bar for the clerk it binds, for the decision the case waits for, and nothing for anyone else', () => {
    expect(reviewBlocked(OPENER)).toBe('受审分离：本件由您受理，须由其他工作人员审批');
    expect(reviewBlocked(OPENER_ELSEWHERE)).toBe('受审分离：本件由您受理，须由其他工作人员审批');
    expect(reviewBlocked(COLLEAGUE)).toBeNull();
    expect(reviewBlocked({ kind: 'CITIZEN', residentId: APPLICANT.subjectId })).toBeNull();

    const approved = approvedOnCommitment(COLLEAGUE);
    const pending = approved.store.caseById(approved.caseId) ?? fail();
    const submitters = approved.store.submittersOf(approved.caseId);
    expect(decisionBlockedReason(pending, submitters, COLLEAGUE)).toBe('受审分离：本件由您审批，告知承诺的事后核查须由其他工作人员进行');
    // The opener is no longer barred: accepting it binds only its review.
    expect(decisionBlockedReason(pending, submitters, OPENER)).toBeNull();
    // Once checked, nothing waits: nothing is barred.
    expect(decisionBlockedReason({ ...pending, postCheck: 'PASSED' }, submitters, COLLEAGUE)).toBeNull();
  });
});
