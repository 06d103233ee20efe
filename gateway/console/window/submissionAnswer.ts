import type { CaseOutcomeView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';

/** What a submission form needs of the case panel around it. */
export interface SubmissionSteps {
  /**
   * Reads the case again: after every answer, whatever it was, so the page shows what the
   * province holds — or, when it cannot be read, what the submission answered (`after`).
   */
  readonly reload: (after?: CaseOutcomeView | null) => Promise<void>;
  /** 重新调取 (the evidence board's): offered when the province refuses evidence that has expired. */
  readonly regather: () => Promise<void>;
  /** Where the answer is shown: the panel's, so it outlives the form, which is drawn anew (or goes) once the case moves on. */
  readonly messages: HTMLElement;
}

/**
 * After 提交办件: whether the case was submitted is judged by the mutation's own answer
 * (`submitted`: the case it came back with), never by the errors alone — a submission that went
 * through with a part of its answer missing (the item's name, from a catalog that is down) is
 * shown as done, with warnings. A refusal shows the province's reasons; one for expired
 * evidence (EVIDENCE_EXPIRED) offers to ask for it again on the spot. Either way the case is
 * read again.
 */
export async function answerSubmission(steps: SubmissionSteps, submitted: CaseOutcomeView | null | undefined, errors: readonly GraphQLErrorShape[]): Promise<void> {
  const expired = !submitted && errors.some((error) => error.extensions?.reason === 'EVIDENCE_EXPIRED');
  const regather = async () => {
    await steps.regather();
    show(steps.messages, h('p', { class: 'note', role: 'status', testId: 'regathered' }, '已重新调取。记录有变化的，请申请人确认后再提交；没有变化的，可以直接再次提交。'));
  };
  show(
    steps.messages,
    submitted ? warningList(errors) : errorList(errors),
    expired ? h('p', { class: 'row' }, '材料已过有效期：请向持有省份重新调取后再提交。', button('重新调取', regather, { class: 'primary', testId: 'regather-expired' })) : null,
  );
  await steps.reload(submitted);
}
