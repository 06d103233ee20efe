import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { CaseEvent, CaseFile } from './caseModel.ts';
import { isSameClerk } from './sameClerk.ts';

/**
 * Whether a clerk's decision that finds the case already moved is that same clerk's own
 * decision sent again — a window retrying after its answer was lost. Those mutations take no
 * idempotency key: the decision itself is the key (same clerk, same outcome, same words), and
 * a retry is answered with the case as the first call left it instead of a conflict.
 */

/** reviewCase sent again: the case carries this clerk's decision with this outcome and reason. */
export function isRetriedReview(caseFile: CaseFile, clerk: CaseActor, outcome: 'APPROVED' | 'REJECTED', reason: string): boolean {
  const { decision } = caseFile;
  return (
    !caseFile.isBundle &&
    caseFile.status === outcome &&
    decision?.outcome === outcome &&
    isSameClerk(decision.decidedBy, clerk) &&
    decision.reasons.join('\n') === reason
  );
}

/** completePostCheck sent again: the post-check ended as asked, in this clerk's last event on the case, with the same note. */
export function isRetriedPostCheck(caseFile: CaseFile, events: readonly CaseEvent[], clerk: CaseActor, passed: boolean, storedNote: string): boolean {
  const last = events.at(-1);
  const ended = passed ? caseFile.status === 'APPROVED' && caseFile.postCheck === 'PASSED' : caseFile.status === 'REVOKED' && caseFile.postCheck === 'FAILED';
  return ended && isSameClerk(last?.actor, clerk) && last?.note === storedNote;
}
