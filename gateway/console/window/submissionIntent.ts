import type { CaseView } from '../graphql/resultTypes.ts';

/**
 * The intent a submission's idempotency key is kept under (RetryKeys): the case, and the round
 * — how many status changes the page has seen it go through. A key kept after a lost answer is
 * sent again only while the page still sees the case where that submission found it. Once the
 * case has moved on (the lost submission went through: AWAITING_EVIDENCE, and the missing
 * province has since answered), the next press is a new submission with a new key: the old
 * key would only get the old answer back, the case as the earlier round left it.
 */
export function submissionIntent(view: Pick<CaseView, 'id' | 'statusHistory'>): string {
  return `submit:${view.id}:${view.statusHistory.length}`;
}
