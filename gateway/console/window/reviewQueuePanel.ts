import { MAX_CLERK_NOTE_LENGTH } from '@yrd/shared/provinceKit/caseModel';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { QueuedCase, ReviewQueueResult } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { caseStatusLabel, regionLabel } from '../ui/labels.ts';
import { caseTitle } from '../ui/caseTitle.ts';

/** 受审分离: the province's reason a decision is not this clerk's, or nothing. */
const blockedHint = (queued: QueuedCase) =>
  queued.decisionBlockedReason ? h('p', { class: 'note', role: 'note', testId: 'decision-blocked' }, queued.decisionBlockedReason) : null;

/** What a decision's buttons carry: disabled, with the reason as their tooltip, when the decision is not this clerk's. */
const blocked = (queued: QueuedCase) => ({ disabled: Boolean(queued.decisionBlockedReason), title: queued.decisionBlockedReason ?? undefined });

/**
 * 审核队列: the cases of the clerk's province waiting for a person, with every failed rule as
 * a reason, decided here (a rejection needs a reason — checked in the page, and by the
 * province); and the 告知承诺 approvals waiting for their post-check. A decision is done when
 * the province's answer carries the case (a part of it another service could not fill in is a
 * warning), and the queue is read again after every answer. A decision the signed-in clerk may
 * not take (受审分离: they accepted the case, or approved it) stays in the queue for colleagues,
 * its buttons disabled and the province's reason beside them.
 */
export function reviewQueuePanel(context: ConsoleContext): HTMLElement {
  const root = h('section', { class: 'review-queue', testId: 'review-queue' });
  const messages = h('div', { class: 'queue-messages' });
  // What the clerk typed, by case: the queue is drawn anew after every answer, and a refusal must not wipe it.
  const drafts = new Map<string, string>();
  const kept = (key: string, textarea: HTMLTextAreaElement) => {
    textarea.value = drafts.get(key) ?? '';
    textarea.addEventListener('input', () => drafts.set(key, textarea.value));
    return textarea;
  };

  const load = async () => {
    const { data, errors } = await context.client.run<ReviewQueueResult>('ReviewQueue', { first: 20 }, 'operator');
    const queue = data?.reviewQueue;
    if (!queue) return show(root, h('h3', {}, '审核队列'), messages, errorList(errors), button('刷新', load));
    const region = requireRegion(queue.region);

    const review = async (queued: QueuedCase, decision: 'APPROVE' | 'REJECT', reason: string) => {
      if (decision === 'REJECT' && reason.trim() === '') return show(messages, h('div', { class: 'problem', role: 'alert', testId: 'reason-required' }, '不予批准须填写理由（理由将告知申请人）'));
      const { data, errors } = await context.client.run<Record<string, { reviewCase: unknown } | null>>(
        provinceOperation('ReviewCase', region),
        { caseId: queued.id, decision, reason: decision === 'REJECT' ? reason.trim() : null },
        'operator',
      );
      const done = Boolean(data?.[region.subgraphName]?.reviewCase);
      if (done) drafts.delete(`reason:${queued.id}`);
      show(messages, done ? [h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 已${decision === 'APPROVE' ? '准予' : '不予批准'}`), warningList(errors)] : errorList(errors));
      await load();
    };
    const postCheck = async (queued: QueuedCase, passed: boolean, note: string) => {
      if (note.trim() === '') return show(messages, h('div', { class: 'problem', role: 'alert', testId: 'note-required' }, '请填写核查情况（核查不实将撤销决定并记入信用记录）'));
      const { data, errors } = await context.client.run<Record<string, { completePostCheck: unknown } | null>>(
        provinceOperation('CompletePostCheck', region),
        { caseId: queued.id, passed, note: note.trim() },
        'operator',
      );
      const done = Boolean(data?.[region.subgraphName]?.completePostCheck);
      if (done) drafts.delete(`note:${queued.id}`);
      show(messages, done ? [h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 核查${passed ? '通过' : '不实，已撤销'}`), warningList(errors)] : errorList(errors));
      await load();
    };

    const inReview = queue.inReview.map((queued) => {
      const reason = kept(`reason:${queued.id}`, h('textarea', { name: 'reason', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '不予批准的理由' }));
      return h(
        'article',
        { class: 'card queued', testId: `queued-${queued.id}` },
        h('header', {}, h('code', {}, queued.id), h('span', { class: `tag status-${queued.status}` }, caseStatusLabel(queued.status))),
        h('p', {}, caseTitle(queued), h('small', {}, ` · 申请人 ${queued.subjectId} · 提交于 ${dateTime(queued.submittedAt)}`)),
        queued.decision && queued.decision.reasons.length > 0 ? h('ul', { class: 'reasons' }, queued.decision.reasons.map((text) => h('li', {}, text))) : null,
        field('理由（不予批准时必填）', reason),
        blockedHint(queued),
        h(
          'div',
          { class: 'row' },
          button('准予', () => review(queued, 'APPROVE', ''), { class: 'primary', testId: 'approve', ...blocked(queued) }),
          button('不予批准', () => review(queued, 'REJECT', reason.value), { class: 'danger', testId: 'reject', ...blocked(queued) }),
        ),
      );
    });
    const postChecks = queue.pendingPostChecks.map((queued) => {
      const note = kept(`note:${queued.id}`, h('textarea', { name: 'note', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '核查情况' }));
      return h(
        'article',
        { class: 'card queued', testId: `post-check-${queued.id}` },
        h('header', {}, h('code', {}, queued.id), h('span', { class: 'tag' }, '告知承诺待核查')),
        h('p', {}, caseTitle(queued), h('small', {}, ` · 申请人 ${queued.subjectId}`)),
        field('核查情况', note),
        blockedHint(queued),
        h(
          'div',
          { class: 'row' },
          button('核查通过', () => postCheck(queued, true, note.value), { class: 'primary', ...blocked(queued) }),
          button('核查不实（撤销）', () => postCheck(queued, false, note.value), { class: 'danger', ...blocked(queued) }),
        ),
      );
    });
    show(
      root,
      h('header', { class: 'row' }, h('h3', {}, `审核队列 · ${regionLabel(queue.region)}`), button('刷新', load, { testId: 'refresh-queue' })),
      messages,
      errorList(errors),
      h('h4', {}, `待人工审核（${queue.inReview.length}）`),
      inReview.length > 0 ? inReview : h('p', { class: 'note' }, '没有待审核的办件。'),
      h('h4', {}, `告知承诺待核查（${queue.pendingPostChecks.length}）`),
      postChecks.length > 0 ? postChecks : h('p', { class: 'note' }, '没有待核查的办件。'),
    );
  };
  show(root, h('p', { class: 'note' }, '正在读取审核队列…'));
  void load();
  return root;
}
