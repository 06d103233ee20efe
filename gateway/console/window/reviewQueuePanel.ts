import { deadlineInWords } from '@yrd/shared/decision/supplyDeadline';
import { MAX_CLERK_NOTE_LENGTH } from '@yrd/shared/provinceKit/caseModel';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { QueuedCase, ReviewQueueResult } from '../graphql/resultTypes.ts';
import { button, field, h, show, type Children } from '../ui/dom.ts';
import { errorList, warningList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { caseStatusLabel, commitmentTypeLabel, regionLabel, satisfiedByLabel } from '../ui/labels.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { ruleLine } from './caseOutcome.ts';

/** 受审分离: the province's reason a decision is not this clerk's, or nothing. */
const blockedHint = (queued: QueuedCase) =>
  queued.decisionBlockedReason ? h('p', { class: 'note', role: 'note', testId: 'decision-blocked' }, queued.decisionBlockedReason) : null;

/** What a decision's buttons carry: disabled, with the reason as their tooltip, when the decision is not this clerk's. */
const blocked = (queued: QueuedCase) => ({ disabled: Boolean(queued.decisionBlockedReason), title: queued.decisionBlockedReason ?? undefined });

/** The material a commitment stands for, by its name where the decision names it: 营业场所使用证明（M06）. */
function materialName(queued: QueuedCase, materialCode: string): string {
  const code = materialCode.split(':').at(-1) ?? materialCode;
  const named = queued.decision?.materials.find((material) => material.code === code);
  return named ? `${named.name}（${named.code}）` : materialCode;
}

/**
 * What the reviewer decides on, on the card itself: the applicant, the bundle the case belongs
 * to, each material and how it is satisfied — a commitment in place of a proof with the text
 * signed — and every rule the decision ran, passed or not. The records themselves, the
 * pre-filled form and the applicant's name are in the case (查看办件), whose reading is written to
 * the applicant's access history.
 */
function whatIsDecided(queued: QueuedCase): Children[] {
  const decision = queued.decision;
  const commitmentOf = (code: string) => queued.commitments.find((commitment) => (commitment.materialCode.split(':').at(-1) ?? commitment.materialCode) === code);
  return [
    h(
      'p',
      { class: 'queued-facts' },
      caseTitle(queued),
      h('small', {}, ` · 申请人 ${queued.subjectId}（${queued.subjectKind === 'ENTERPRISE' ? '市场主体' : '自然人'}） · 受理于 ${dateTime(queued.openedAt)}${queued.submittedAt ? ` · 提交于 ${dateTime(queued.submittedAt)}` : ''}`),
    ),
    queued.bundleId ? h('p', { class: 'note', testId: 'queued-bundle' }, `属于“一件事”${queued.bundle ? `“${queued.bundle.name}”` : ''}办件 `, h('code', {}, queued.bundleId)) : null,
    decision && decision.reasons.length > 0 ? h('div', { class: 'reasons', testId: 'queued-reasons' }, h('strong', {}, '转人工审核的理由：'), h('ul', {}, decision.reasons.map((text) => h('li', {}, text)))) : null,
    decision && decision.materials.length > 0
      ? h(
          'div',
          { class: 'queued-materials', testId: 'queued-materials' },
          h('strong', {}, '申请材料'),
          h(
            'ul',
            {},
            decision.materials.map((material) => {
              const commitment = commitmentOf(material.code);
              return h(
                'li',
                { 'data-material': material.code, 'data-satisfied-by': material.satisfiedBy },
                `${material.name}（${material.code}）：${satisfiedByLabel(material.satisfiedBy)}`,
                commitment ? h('p', { class: 'commitment-text' }, `${commitmentTypeLabel(commitment.type)}（${dateTime(commitment.signedAt)} 签署）：${commitment.text}`) : null,
              );
            }),
          ),
        )
      : null,
    decision && decision.ruleResults.length > 0 ? h('div', { class: 'queued-rules' }, h('strong', {}, '规则核验'), h('ul', { class: 'rules', testId: 'queued-rules' }, decision.ruleResults.map((rule) => ruleLine(rule)))) : null,
  ];
}

/**
 * 审核队列: the cases of the clerk's province waiting for a person, with what the decision is on
 * (materials and how each is satisfied, commitments with their text, the rules, the bundle) and
 * 查看办件 to open the whole case; decided here (a rejection needs a reason — checked in the page,
 * and by the province); and the 告知承诺 approvals waiting for their post-check, each saying what
 * was promised — a failed check (it revokes the decision and writes a credit record) is confirmed
 * first. What an action on a card answers is shown on that card; a decision taken (the card gone)
 * at the top. A decision is done when the province's answer carries the case (a part of it
 * another service could not fill in is a warning), and the queue is read again after every
 * answer. A decision the signed-in clerk may not take (受审分离: they accepted the case, or
 * approved it) stays in the queue for colleagues, its buttons disabled and the province's reason
 * beside them.
 */
export function reviewQueuePanel(context: ConsoleContext, viewCase?: (caseId: string) => void): HTMLElement {
  const root = h('section', { class: 'review-queue', testId: 'review-queue' });
  const messages = h('div', { class: 'queue-messages' });
  // What the clerk typed, by case: the queue is drawn anew after every answer, and a refusal must not wipe it.
  const drafts = new Map<string, string>();
  // What an action on a card answered, by case: drawn on the card again after the queue is read again.
  const cardMessages = new Map<string, () => Children>();
  const messageAreas = new Map<string, HTMLElement>();
  const say = (caseId: string, message: (() => Children) | null) => {
    if (message) cardMessages.set(caseId, message);
    else cardMessages.delete(caseId);
    const area = messageAreas.get(caseId);
    if (area) show(area, message?.());
  };
  const kept = (key: string, textarea: HTMLTextAreaElement) => {
    textarea.value = drafts.get(key) ?? '';
    textarea.addEventListener('input', () => drafts.set(key, textarea.value));
    return textarea;
  };
  const messageArea = (caseId: string) => {
    const area = h('div', { class: 'card-messages', testId: 'card-messages' });
    messageAreas.set(caseId, area);
    show(area, cardMessages.get(caseId)?.());
    return area;
  };
  const viewButton = (queued: QueuedCase) => (viewCase ? button('查看办件', () => viewCase(queued.id), { class: 'link', testId: 'view-case' }) : null);

  const load = async () => {
    const { data, errors } = await context.client.run<ReviewQueueResult>('ReviewQueue', { first: 20 }, 'operator');
    const queue = data?.reviewQueue;
    if (!queue) return show(root, h('h3', {}, '审核队列'), messages, errorList(errors), button('刷新', load));
    const region = requireRegion(queue.region);
    messageAreas.clear();

    const review = async (queued: QueuedCase, decision: 'APPROVE' | 'REJECT', reason: string) => {
      if (decision === 'REJECT' && reason.trim() === '') return say(queued.id, () => h('div', { class: 'problem', role: 'alert', testId: 'reason-required' }, '不予批准须填写理由（理由将告知申请人）'));
      say(queued.id, null);
      const { data, errors } = await context.client.run<Record<string, { reviewCase: unknown } | null>>(
        provinceOperation('ReviewCase', region),
        { caseId: queued.id, decision, reason: decision === 'REJECT' ? reason.trim() : null },
        'operator',
      );
      const done = Boolean(data?.[region.subgraphName]?.reviewCase);
      if (done) {
        drafts.delete(`reason:${queued.id}`);
        show(messages, h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 已${decision === 'APPROVE' ? '准予' : '不予批准'}`), warningList(errors));
      } else say(queued.id, () => errorList(errors));
      await load();
    };
    const postCheck = async (queued: QueuedCase, passed: boolean, note: string) => {
      if (note.trim() === '') return say(queued.id, () => h('div', { class: 'problem', role: 'alert', testId: 'note-required' }, '请填写核查情况（核查不实将撤销决定并记入信用记录）'));
      say(queued.id, null);
      const { data, errors } = await context.client.run<Record<string, { completePostCheck: unknown } | null>>(
        provinceOperation('CompletePostCheck', region),
        { caseId: queued.id, passed, note: note.trim() },
        'operator',
      );
      const done = Boolean(data?.[region.subgraphName]?.completePostCheck);
      if (done) {
        drafts.delete(`note:${queued.id}`);
        show(messages, h('p', { class: 'ok', role: 'status' }, `办件 ${queued.id} 核查${passed ? '通过' : '不实，已撤销'}`), warningList(errors));
      } else say(queued.id, () => errorList(errors));
      await load();
    };
    /** 核查不实（撤销）: asks first — it revokes the approval and its licence and writes a credit record of the applicant. */
    const confirmFailure = (queued: QueuedCase, note: HTMLTextAreaElement) => {
      if (note.value.trim() === '') return void postCheck(queued, false, note.value);
      say(queued.id, () =>
        h(
          'div',
          { class: 'banner banner-warning', role: 'alertdialog', testId: 'confirm-revoke', 'aria-label': '确认核查不实' },
          h('p', {}, h('strong', {}, `确认办件 ${queued.id} 核查不实？`)),
          h('p', {}, '将撤销准予决定及其电子证照，并在申请人的信用记录中记入告知承诺不实；此操作不能撤回。'),
          h('p', {}, `核查情况：${note.value.trim()}`),
          h(
            'div',
            { class: 'row' },
            button('确认撤销', () => postCheck(queued, false, note.value), { class: 'danger', testId: 'confirm-revoke-button' }),
            button('取消', () => say(queued.id, null), { testId: 'cancel-revoke' }),
          ),
        ),
      );
    };

    const inReview = queue.inReview.map((queued) => {
      const reason = kept(`reason:${queued.id}`, h('textarea', { name: 'reason', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '不予批准的理由' }));
      return h(
        'article',
        { class: 'card queued', testId: `queued-${queued.id}` },
        h('header', { class: 'row' }, h('code', {}, queued.id), h('span', { class: `tag status-${queued.status}` }, caseStatusLabel(queued.status)), viewButton(queued)),
        whatIsDecided(queued),
        field('理由（不予批准时必填）', reason),
        blockedHint(queued),
        h(
          'div',
          { class: 'row' },
          button('准予', () => review(queued, 'APPROVE', ''), { class: 'primary', testId: 'approve', ...blocked(queued) }),
          button('不予批准', () => review(queued, 'REJECT', reason.value), { class: 'danger', testId: 'reject', ...blocked(queued) }),
        ),
        messageArea(queued.id),
      );
    });
    const postChecks = queue.pendingPostChecks.map((queued) => {
      const note = kept(`note:${queued.id}`, h('textarea', { name: 'note', rows: 2, maxlength: MAX_CLERK_NOTE_LENGTH, placeholder: '核查情况' }));
      const promised = queued.commitments.filter((commitment) => commitment.type === 'IN_LIEU_OF_PROOF');
      return h(
        'article',
        { class: 'card queued', testId: `post-check-${queued.id}` },
        h('header', { class: 'row' }, h('code', {}, queued.id), h('span', { class: 'tag' }, '告知承诺待核查'), viewButton(queued)),
        h(
          'div',
          { class: 'promised', testId: 'promised' },
          h('strong', {}, '申请人承诺（待核查）：'),
          promised.length > 0
            ? h('ul', {}, promised.map((commitment) => h('li', { 'data-material': commitment.materialCode }, `以承诺代替 ${materialName(queued, commitment.materialCode)}：${commitment.text}`, h('small', {}, `（${dateTime(commitment.signedAt)} 签署）`))))
            : h('p', { class: 'note' }, '未取得承诺内容，请查看办件。'),
        ),
        queued.decision ? h('p', { class: 'note' }, `已于 ${dateTime(queued.decision.decidedAt)} 准予；核查不实将撤销该决定。`) : null,
        whatIsDecided(queued),
        field('核查情况', note),
        blockedHint(queued),
        h(
          'div',
          { class: 'row' },
          button('核查通过', () => postCheck(queued, true, note.value), { class: 'primary', ...blocked(queued) }),
          button('核查不实（撤销）', () => confirmFailure(queued, note), { class: 'danger', ...blocked(queued) }),
        ),
        messageArea(queued.id),
      );
    });
    // 容缺: the applicant comes back with the material, not always with the case number — the case is found here, and opened to mark it supplied.
    const awaiting = queue.awaitingMaterials.map((queued) => {
      const owed = queued.commitments.filter((commitment) => commitment.type === 'SUPPLY_LATER' && commitment.suppliedAt === null);
      return h(
        'article',
        { class: 'card queued', testId: `awaiting-${queued.id}` },
        h('header', { class: 'row' }, h('code', {}, queued.id), h('span', { class: `tag status-${queued.status}` }, caseStatusLabel(queued.status)), viewButton(queued)),
        h(
          'p',
          { class: 'queued-facts' },
          caseTitle(queued),
          h('small', {}, ` · 申请人 ${queued.subjectId}（${queued.subjectKind === 'ENTERPRISE' ? '市场主体' : '自然人'}）`),
        ),
        queued.deadline ? h('p', { testId: 'awaiting-deadline' }, h('strong', {}, `补齐期限：${deadlineInWords(queued.deadline)}前`)) : null,
        h('ul', { testId: 'awaiting-owed' }, owed.map((commitment) => h('li', { 'data-material': commitment.materialCode }, `待补齐：${commitment.materialName ?? commitment.materialCode}（${commitment.materialCode}）`))),
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
      h('h4', {}, `容缺待补齐（${queue.awaitingMaterials.length}）`),
      awaiting.length > 0 ? awaiting : h('p', { class: 'note' }, '没有待补齐材料的办件。'),
    );
  };
  show(root, h('p', { class: 'note' }, '正在读取审核队列…'));
  void load();
  return root;
}
