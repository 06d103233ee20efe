import type { CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';

/**
 * The case as a mutation's own answer left it, over the page's last read of it: used when the
 * case cannot be read again right after (Case is routed by the catalog hub; while it is down
 * the read answers nothing, though the province did submit or decide). Only where the case
 * stands is taken from the answer — status, history, decision, commitments, licence, each
 * item's case and pass-on — everything else (its evidence, its applicant, named as the read showed them)
 * stays as read.
 */
export function withAnswer(view: CaseView, answered: CaseOutcomeView): CaseView {
  return {
    ...view,
    status: answered.status,
    submittedAt: answered.submittedAt,
    deadline: answered.deadline,
    postCheck: answered.postCheck,
    statusHistory: answered.statusHistory,
    decision: answered.decision,
    commitments: answered.commitments,
    licence: answered.licence,
    // Where its pass-ons stand moves with its registration: each from the answer, named as read where the answer lacks the name.
    passedOn: answered.passedOn.map((passOn) => ({ ...passOn, item: passOn.item ?? view.passedOn.find((known) => known.itemCode === passOn.itemCode)?.item ?? null })),
    cases: answered.cases.map((part) => {
      const known = view.cases.find((candidate) => candidate.id === part.id);
      // An item's name comes from the catalog: the answer lacks it exactly when the read is needed.
      // Its decision is not in the answer: kept as read while the item stands where it stood.
      const decision = known && known.status === part.status ? known.decision : undefined;
      return { requirements: known?.requirements ?? [], ...part, item: part.item ?? known?.item ?? null, decision };
    }),
  };
}
