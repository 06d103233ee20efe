import type { GraphQLError } from 'graphql';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import { forbidden } from '../identity/authErrors.ts';
import type { Caller } from '../identity/caller.ts';
import type { CaseFile } from './caseModel.ts';
import { isSameClerk } from './sameClerk.ts';

/**
 * 受审分离: a service hall keeps accepting a case apart from deciding it, so that no one clerk
 * both takes in an application and approves it — the clerk who accepted a case at the window
 * (opened it, or submitted it: a case the applicant opened online is accepted by the clerk who
 * submits it) does not review it, and the post-check of an approval given on a commitment (告知承诺) is made
 * by someone other than its approver. What the rules decided (秒批) or an applicant opened
 * online binds no clerk.
 */
const OPENED_IT = '受审分离：本件由您受理，须由其他工作人员审批';
const APPROVED_IT = '受审分离：本件由您审批，告知承诺的事后核查须由其他工作人员进行';

/** Why this clerk may not review the case (they opened or submitted it); null when they may. */
export function reviewBar(caseFile: CaseFile, submitters: readonly CaseActor[], clerk: CaseActor): string | null {
  return isSameClerk(caseFile.openedBy, clerk) || submitters.some((submitter) => isSameClerk(submitter, clerk)) ? OPENED_IT : null;
}

/** Why this clerk may not make the case's post-check (they approved it); null when they may. */
export function postCheckBar(caseFile: CaseFile, clerk: CaseActor): string | null {
  return isSameClerk(caseFile.decision?.decidedBy, clerk) ? APPROVED_IT : null;
}

/**
 * Why the signed-in clerk may not take the decision the case waits for — its review, or its
 * post-check — so that a window can say so before anyone presses a button; null when no such
 * bar applies (whether the caller may decide at all is another question, answered on the try).
 */
export function decisionBlockedReason(caseFile: CaseFile, submitters: readonly CaseActor[], caller: Caller): string | null {
  if (caller.kind !== 'OPERATOR' || caseFile.isBundle) return null;
  if (caseFile.status === 'IN_REVIEW') return reviewBar(caseFile, submitters, caller);
  if (caseFile.status === 'APPROVED' && caseFile.postCheck === 'PENDING') return postCheckBar(caseFile, caller);
  return null;
}

/** The refusal of a decision barred by 受审分离: the caller is known, and this is not theirs to decide. */
export function separationOfDuties(bar: string): GraphQLError {
  return forbidden('SEPARATION_OF_DUTIES', bar);
}
