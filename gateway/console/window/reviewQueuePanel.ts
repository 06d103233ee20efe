import { MAX_CLERK_NOTE_LENGTH } from '@yrd/shared/provinceKit/caseModel';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { QueuedCase, ReviewQueueResult } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { caseStatusLabel, regionLabel } from '../ui/labels.ts';
import { caseTitle } from '../ui/caseTitle.ts';

/**
 * 审核队列: the cases of the clerk's province waiting for a person, with every failed rule as
 * a reason, decided here (a rejection needs a reason — checked in the page, and by the
 * province); and the 告知承诺 approvals waiting for their post-check.
 */
export function reviewQueuePanel(context: ConsoleContext): HTMLElement {
  const root = h('section', { class: 'review-queue', testId: 'review-queue' });
  const messages = h('div', { class: 'queue-messages' });

  const load = async () => {
    const { data, errors } = await context.client.run<ReviewQueueResult>('ReviewQueue', { first: 20 }, 'operator');
    const queue = data?.reviewQueue;
    if (!queue) return show(root, h('h3', {}, '审核队列'), errorList(errors), button('刷新', load));
    const region = requireRegion(queue.region);

    const review = async (queued: QueuedCase, decision: 'APPROVE' | 'REJECT', reason: string) => {
      if (decision === 'REJECT' && reason.trim() === '') return show(messages, h('div', { class: 'problem', role: 'alert', testId: 'reason-required' }, '不予批准须填写理由（理由将告知申请人）'));
      const { errors: refused } = await context.client.run(provinceOperation('ReviewCase', region), { caseId: queued.id, decision, reason: decision === 'REJECT' ? reason.trim() : null }, 'operator');
      show(messages, errorList(refused) ?? h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 已${decision === 'APPROVE' ? '准予' : '不予批准'}`));
      if (refused.length === 0) await load();
    };
    const postCheck = async (queued: QueuedCase, passed: boolean, note: string) => {
      if (note.trim() === '') return show(messages, h('div', { class: 'problem', role: 'alert', testId: 'note-required' }, '请填写核查情况（核查不实将撤销决定并记入信用记录）'));
      const { errors: refused } = await context.client.run(provinceOperation('CompletePostCheck', region), { caseId: queued.id, passed, note: note.trim() }, 'operator');
      show(messages, errorList(refused) ?? h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 核查${passed ? '通过' : '不实，已撤销'}`));
      if (refused.length === 0) await load();
    };

    const inReview = queue.inReview.map((queued) => {
      const reason = h('textarea', { name: 'reason', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '不予批准的理由' });
      return h(
        'article',
        { class: 'card queued', testId: `queued-${queued.id}` },
        h('header', {}, h('code', {}, queued.id), h('span', { class: `tag status-${queued.status}` }, caseStatusLabel(queued.status))),
        h('p', {}, caseTitle(queued), h('small', {}, ` · 申请人 ${queued.subjectId} · 提交于 ${dateTime(queued.submittedAt)}`)),
        queued.decision && queued.decision.reasons.length > 0 ? h('ul', { class: 'reasons' }, queued.decision.reasons.map((text) => h('li', {}, text))) : null,
        field('理由（不予批准时必填）', reason),
        h('div', { class: 'row' }, button('准予', () => review(queued, 'APPROVE', ''), { class: 'primary', testId: 'approve' }), button('不予批准', () => review(queued, 'REJECT', reason.value), { class: 'danger', testId: 'reject' })),
      );
    });
    const postChecks = queue.pendingPostChecks.map((queued) => {
      const note = h('textarea', { name: 'note', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '核查情况' });
      return h(
        'article',
        { class: 'card queued', testId: `post-check-${queued.id}` },
        h('header', {}, h('code', {}, queued.id), h('span', { class: 'tag' }, '告知承诺待核查')),
        h('p', {}, caseTitle(queued), h('small', {}, ` · 申请人 ${queued.subjectId}`)),
        field('核查情况', note),
        h('div', { class: 'row' }, button('核查通过', () => postCheck(queued, true, note.value), { class: 'primary' }), button('核查不实（撤销）', () => postCheck(queued, false, note.value), { class: 'danger' })),
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
