import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseResult, CaseView } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { caseStatusLabel } from '../ui/labels.ts';
import { applicantPhone } from './applicantPhone.ts';
import { caseOutcome } from './caseOutcome.ts';
import { evidenceBoard } from './evidenceBoard.ts';
import { submissionForm } from './submissionForm.ts';
import { caseTitle } from '../ui/caseTitle.ts';

const SUBMITTABLE = new Set(['OPEN', 'AWAITING_EVIDENCE']);

/**
 * One case at the window, from open to decision: the evidence board, the applicant's phone
 * beside it, the materials and submission, and the outcome. The case is read again
 * (Case, as the clerk) after every step, so the page always shows what the province holds.
 */
export async function casePanel(context: ConsoleContext, caseId: string): Promise<HTMLElement> {
  const root = h('section', { class: 'case-panel', testId: 'case-panel' });
  const { data, errors } = await context.client.run<CaseResult>('Case', { id: caseId }, 'operator');
  const first = data?.case;
  if (!first) {
    show(root, h('h3', {}, `办件 ${caseId}`), errorList(errors) ?? h('p', { class: 'problem' }, '未能读取办件'));
    return root;
  }
  let view: CaseView = first;
  const current = () => view;
  const header = h('header', { class: 'case-header' });
  const main = h('div', { class: 'case-main' });
  const messages = h('div', { class: 'case-messages' });
  const submission = h('div', {});
  const outcome = h('div', {});

  const reload = async () => {
    const again = await context.client.run<CaseResult>('Case', { id: caseId }, 'operator');
    if (again.data?.case) view = again.data.case;
    show(messages, errorList(again.errors));
    render();
  };
  const board = evidenceBoard(context, current, reload);
  const phone = applicantPhone(context, current, reload);

  let shownSubmission = '';
  const render = () => {
    show(
      header,
      h('h3', {}, '办件 ', h('code', { testId: 'case-id' }, view.id)),
      h('p', {}, caseTitle(view), view.item?.instantApproval ? h('span', { class: 'tag' }, '秒批') : null, h('span', { class: `tag status-${view.status}` }, caseStatusLabel(view.status))),
      h('small', {}, `申请人 ${view.subjectId}`),
    );
    board.render();
    // The form keeps the clerk's choices while the case stays where it was.
    const submissionKey = `${view.status}:${view.requirements.map((r) => `${r.code}${r.evidenceAvailable}`).join()}`;
    if (SUBMITTABLE.has(view.status)) {
      if (submissionKey !== shownSubmission) show(submission, submissionForm(context, current, reload));
    } else show(submission);
    shownSubmission = SUBMITTABLE.has(view.status) ? submissionKey : '';
    show(outcome, view.submittedAt || !SUBMITTABLE.has(view.status) || view.status === 'AWAITING_EVIDENCE' ? caseOutcome(context, view, reload) : null);
    phone.refresh();
  };
  show(main, board.element, submission, outcome, messages);
  show(root, header, h('div', { class: 'case-layout' }, main, phone.element));
  render();
  return root;
}
