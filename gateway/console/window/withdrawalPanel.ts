import { MAX_CLERK_NOTE_LENGTH } from '@yrd/shared/provinceKit/caseModel';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import type { CaseWorker } from './casePanel.ts';

/** The states a case may be withdrawn from: nothing decided on it yet (the province checks it again). */
const WITHDRAWABLE: readonly string[] = ['OPEN', 'AWAITING_EVIDENCE'];

/**
 * 撤回申请: ends a case nothing has been decided on — at the window at the applicant's request
 * (the clerk writes what she asked: the province refuses a clerk's withdrawal without it), or
 * online by the applicant herself (a reason if she likes). A bundle goes with all its items. The
 * case is read again with the mutation's answer; `null` when the case cannot be withdrawn.
 */
export function withdrawalPanel(context: ConsoleContext, view: CaseView, worker: CaseWorker, withdrawn: (answer: CaseOutcomeView | null) => Promise<void>): HTMLElement | null {
  if (!WITHDRAWABLE.includes(view.status) || view.bundleId) return null;
  const byClerk = worker === 'operator';
  const messages = h('div', { testId: 'withdraw-messages' });
  const reason = h('textarea', {
    name: 'withdraw-reason',
    rows: 2,
    maxlength: MAX_CLERK_NOTE_LENGTH,
    placeholder: byClerk ? '申请人的撤回请求，如：申请人当面申请撤回' : '撤回原因（选填）',
    testId: 'withdraw-reason',
  });
  const withdraw = async () => {
    const text = reason.value.trim();
    // Checked here as the province checks it: a clerk withdraws only on the applicant's stated request.
    if (byClerk && text === '') return show(messages, h('div', { class: 'problem', role: 'alert', testId: 'withdraw-reason-required' }, '窗口代为撤回须写明申请人的撤回请求'));
    const region = requireRegion(view.region);
    const { data, errors } = await context.client.run<Record<string, { withdrawCase: CaseOutcomeView | null } | null>>(
      provinceOperation('WithdrawCase', region),
      { caseId: view.id, reason: text === '' ? null : text },
      worker,
    );
    const answer = data?.[region.subgraphName]?.withdrawCase ?? null;
    show(messages, answer ? warningList(errors) : errorList(errors));
    if (answer) await withdrawn(answer);
  };
  return h(
    'details',
    { class: 'step withdrawal', testId: 'withdrawal' },
    h('summary', {}, view.bundleCode ? '撤回申请（整件“一件事”及其全部事项）' : '撤回申请'),
    h('p', { class: 'note' }, '撤回后本办件终止，已调取的数据随即删除；如需办理，请重新申请。'),
    field(byClerk ? '撤回请求（必填）' : '撤回原因', reason),
    button('撤回申请', withdraw, { class: 'danger', testId: 'withdraw-case' }),
    messages,
  );
}
