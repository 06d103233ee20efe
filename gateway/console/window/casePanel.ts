import { APPLICANT_NAME_FIELD } from '@yrd/shared/decision/prefilledForm';
import { SUBMITTABLE } from '@yrd/shared/provinceKit/caseModel';
import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseOutcomeView, CaseResult, CaseView } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { caseStatusLabel } from '../ui/labels.ts';
import { withAnswer } from './answeredCase.ts';
import { applicantPhone } from './applicantPhone.ts';
import { drawEvidencePreview } from './evidencePreview.ts';
import { caseOutcome } from './caseOutcome.ts';
import { withdrawalPanel } from './withdrawalPanel.ts';
import { evidenceBoard } from './evidenceBoard.ts';
import { submissionForm } from './submissionForm.ts';
import { bundleSubmissionForm, bundleSubmissionKey } from './bundleSubmissionForm.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { latestOnly } from '../ui/latestOnly.ts';

/**
 * Who works the case in the panel: a clerk at the window (`operator`; the applicant decides
 * on the evidence on her phone beside the desk), or the applicant online, for themselves
 * (`citizen`; they decide on it in the panel).
 */
export type CaseWorker = 'operator' | 'citizen';

/** A case still to be submitted (or submitted again once a province answers), as the provinces hold it. */
export const isSubmittable = (status: string): boolean => (SUBMITTABLE as readonly string[]).includes(status);

/**
 * One case, from open to decision: the evidence board, the applicant's decision on each piece,
 * the materials and submission, and the outcome. The case is read again (Case, as whoever
 * works it) after every step, so the page always shows what the province holds; `readAgain`
 * is handed the read, for the desk to use when the case may have moved on elsewhere (decided
 * or revoked in the review queue).
 */
export async function casePanel(context: ConsoleContext, caseId: string, worker: CaseWorker = 'operator', readAgain?: (read: () => Promise<void>) => void): Promise<HTMLElement> {
  const root = h('section', { class: 'case-panel', testId: 'case-panel' });
  // Online the applicant's preview is drawn from this read: the labels of coded values come first (read once).
  const [{ data, errors }] = await Promise.all([context.client.run<CaseResult>('Case', { id: caseId }, worker), context.labels.ready()]);
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
  // The answers to the panel's own steps, kept here: the form and the outcome are drawn anew when the case moves on, these stay.
  const submitMessages = h('div', { class: 'submit-messages', testId: 'submit-messages' });
  const outcomeMessages = h('div', { class: 'outcome-messages', testId: 'outcome-messages' });
  const outcome = h('div', {});
  const withdrawal = h('div', {});

  // What the last mutation answered with the case: it stands in when the case cannot be read again.
  let answered: CaseOutcomeView | null = null;
  const read = latestOnly(
    () => context.client.run<CaseResult>('Case', { id: caseId }, worker),
    (again) => {
      if (again.data?.case) view = again.data.case;
      else if (answered?.id === view.id) view = withAnswer(view, answered);
      answered = null;
      show(messages, errorList(again.errors));
      render();
    },
  );
  /** Reads the case again; `after` is the case as a mutation just answered with it, if it did. */
  const reload = (after?: CaseOutcomeView | null) => {
    answered = after ?? null;
    return read();
  };
  readAgain?.(() => reload());
  const board = evidenceBoard(context, current, reload, worker);
  const steps = { reload, regather: board.regather, messages: submitMessages };
  const decisions = applicantDecisions(context, current, reload, worker);

  let shownSubmission = '';
  let shownWithdrawal = '';
  const render = () => {
    show(
      header,
      h('h3', {}, '办件 ', h('code', { testId: 'case-id' }, view.id)),
      h('p', {}, caseTitle(view), view.item?.instantApproval ? h('span', { class: 'tag' }, '秒批') : null, h('span', { class: `tag status-${view.status}` }, caseStatusLabel(view.status))),
      h('small', { testId: 'case-applicant' }, `申请人 ${applicantNameOf(view) ? `${applicantNameOf(view)}（${view.subjectId}）` : view.subjectId}`),
      view.bundleId ? h('p', { class: 'note', testId: 'part-of-bundle' }, `属于“一件事”办件 `, h('code', {}, view.bundleId), '（随其提交或撤回）') : null,
    );
    board.render();
    // The form keeps the clerk's choices while the case stays where it was.
    // Drawn again when what it offers changes: the status, which evidence can stand for a paper, and whether a record names the applicant (the name field).
    const named = view.form.some((field) => field.name === APPLICANT_NAME_FIELD);
    // …and which kinds the applicant refused (the material says so: 申请人拒绝使用).
    const refusedKinds = view.evidence.filter((piece) => piece.status === 'REJECTED').map((piece) => piece.kind).join();
    const submissionKey = `${view.bundleCode ? bundleSubmissionKey(view) : `${view.status}:${named}:${view.requirements.map((r) => `${r.code}${r.evidenceAvailable}`).join()}`}:${refusedKinds}`;
    if (isSubmittable(view.status)) {
      if (submissionKey !== shownSubmission) show(submission, view.bundleCode ? bundleSubmissionForm(context, current, steps, worker) : submissionForm(context, current, steps, worker));
    } else show(submission);
    shownSubmission = isSubmittable(view.status) ? submissionKey : '';
    show(outcome, view.submittedAt || !isSubmittable(view.status) || view.status === 'AWAITING_EVIDENCE' ? caseOutcome(context, view, reload, worker, outcomeMessages) : null);
    // Drawn again only when the status changes, so a reason being typed survives the other steps' reloads.
    if (view.status !== shownWithdrawal) show(withdrawal, withdrawalPanel(context, view, worker, reload));
    shownWithdrawal = view.status;
    decisions.refresh();
  };
  show(main, board.element, worker === 'citizen' ? decisions.element : null, submission, submitMessages, outcome, withdrawal, messages);
  show(root, header, h('div', { class: worker === 'operator' ? 'case-layout' : 'case-layout case-layout-single' }, main, worker === 'operator' ? decisions.element : null));
  render();
  return root;
}

/** The applicant's name as the form has it (a record's, or the name declared at the window); null when none names her yet. */
const applicantNameOf = (view: CaseView): string | null => view.form.find((field) => field.name === APPLICANT_NAME_FIELD)?.value || null;

/**
 * Where the applicant accepts or rejects each piece: at a window, her phone beside the desk (her
 * own sign-in, seat `applicant`); online, a step of the panel under their own sign-in.
 */
function applicantDecisions(context: ConsoleContext, caseView: () => CaseView, reload: () => Promise<void>, worker: CaseWorker): { element: HTMLElement; refresh: () => void } {
  if (worker === 'operator') return applicantPhone(context, caseView, reload);
  // Online the panel's own read is the applicant's: drawn from it, not read a second time.
  const container = h('div', {});
  return {
    element: h('section', { class: 'step', testId: 'own-preview' }, h('h3', {}, '数据确认（本人）'), container),
    refresh: () => drawEvidencePreview(context, caseView(), 'citizen', container, reload),
  };
}
