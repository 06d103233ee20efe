import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { h } from '../ui/dom.ts';
import { deadlineInWords } from '@yrd/shared/decision/supplyDeadline';
import { actor, dateTime, spacedNote } from '../ui/format.ts';
import { caseStatusLabel, decisionOutcomeLabel, licenceStatusLabel, postCheckLabel, regionLabel, satisfiedByLabel } from '../ui/labels.ts';
import { bundleCases } from './bundleCases.ts';
import { commitmentList } from './commitmentList.ts';

/** The case's status history: who changed it, when, and why. */
export function statusHistory(view: Pick<CaseView, 'statusHistory'>): HTMLElement {
  return h(
    'ol',
    { class: 'history', testId: 'status-history' },
    view.statusHistory.map((event) =>
      h(
        'li',
        { 'data-status': event.status },
        h('span', { class: `tag status-${event.status}` }, caseStatusLabel(event.status)),
        h('small', {}, `${dateTime(event.at)} · ${actor(event.actor)}`),
        event.note ? h('p', {}, spacedNote(event.note)) : null,
        (event.reasons ?? []).length > 0 ? h('ul', { class: 'reasons' }, (event.reasons ?? []).map((reason) => h('li', {}, reason))) : null,
      ),
    ),
  );
}

/** 电子证照: the licence the case ended with. */
export function licenceCard(licence: NonNullable<CaseView['licence']>): HTMLElement {
  return h(
    'article',
    { class: 'card licence', testId: 'licence' },
    h('header', {}, h('strong', {}, '电子证照'), h('span', { class: `tag licence-${licence.licenceStatus}` }, licenceStatusLabel(licence.licenceStatus))),
    h('h4', {}, licence.licenceName),
    h(
      'dl',
      { class: 'fields' },
      h('dt', {}, '证照标识'),
      h('dd', {}, h('code', { testId: 'licence-id' }, licence.licenceId)),
      h('dt', {}, '持证人'),
      h('dd', {}, licence.holderName ?? '—'),
      h('dt', {}, '签发机构'),
      h('dd', {}, licence.issuerName ?? '—'),
      h('dt', {}, '签发日期'),
      h('dd', {}, licence.issuedOn ?? '—'),
      h('dt', {}, '有效期至'),
      h('dd', {}, licence.validUntil ?? '长期'),
    ),
  );
}

type Decision = NonNullable<CaseView['decision']>;

/**
 * 决定：准予 — or, once the case was revoked (a 告知承诺 post-check found the commitment untrue),
 * 原决定：准予 → 已撤销（告知承诺核查不实）: the decision stands in the record, but it no longer holds.
 */
function decisionLine(view: Pick<CaseView, 'status' | 'postCheck'>, decision: Decision): HTMLElement {
  const when = h('small', {}, ` ${dateTime(decision.decidedAt)} · ${actor(decision.decidedBy)}`);
  if (view.status !== 'REVOKED') return h('p', { testId: 'decision-outcome' }, h('strong', {}, `决定：${decisionOutcomeLabel(decision.outcome)}`), when);
  const why = view.postCheck === 'FAILED' ? '（告知承诺核查不实）' : '';
  return h(
    'p',
    { class: 'decision-revoked', testId: 'decision-outcome' },
    h('s', {}, `原决定：${decisionOutcomeLabel(decision.outcome)}`),
    ' → ',
    h('strong', { class: 'tag status-REVOKED' }, `${caseStatusLabel(view.status)}${why}`),
    when,
  );
}

/**
 * One rule of the decision, by its Chinese description and its code. A description states the
 * condition the rule requires (缴存职工无未结清的住房公积金个人住房贷款), so a passed rule is shown
 * as it is and a failed one as 不符合条件：…, as the decision's reasons say it.
 */
export function ruleLine(rule: Decision['ruleResults'][number]): HTMLElement {
  const detail = rule.detail ? h('small', {}, ` — ${rule.detail}`) : null;
  const code = h('small', { class: 'rule-code' }, `（规则 ${rule.code}）`);
  const description = rule.description || rule.code;
  return rule.passed
    ? h('li', { class: 'rule-passed', 'data-rule': rule.code }, `✓ ${description}`, code, detail)
    : h('li', { class: 'rule-failed', 'data-rule': rule.code }, `✗ 不符合条件：${description}`, code, detail);
}

/**
 * ⑤ 办理结果: the decision with every rule and reason (a machine never refuses: what fails
 * goes to a person) and, for a refusal, a revocation or a 容缺 termination, the applicant's remedies (救济途径), how
 * each material was satisfied, the licence, the pre-filled form (秒填),
 * commitments with their deadline — and for 容缺, the clerk marking a deferred material
 * supplied once it is in hand (commitmentList; `slot` is the seat working the case); for a
 * bundle, each item's case, its 容缺 and 告知承诺 with it (bundleCases). `messages` is the
 * panel's: the outcome is drawn anew after every step, the answer stays. `heading` names it where
 * it is not a step of the window's (我的办件's 查看详情: 办理结果).
 */
export function caseOutcome(
  context: ConsoleContext,
  view: CaseView,
  reload: (after?: CaseOutcomeView | null) => Promise<void>,
  slot: SessionSlot,
  messages: HTMLElement,
  heading = '⑤ 办理结果',
): HTMLElement {
  const decision = view.decision;
  const waitingFor = view.status === 'AWAITING_EVIDENCE' ? (view.statusHistory.at(-1)?.reasons ?? []) : [];
  return h(
    'section',
    { class: 'step outcome', testId: 'case-outcome', 'data-status': view.status },
    h('h3', {}, heading),
    h('p', { class: 'status-line' }, h('span', { class: `tag big status-${view.status}`, testId: 'case-status' }, caseStatusLabel(view.status)), view.postCheck ? h('span', { class: 'tag' }, postCheckLabel(view.postCheck)) : null),
    bundleCases(context, view, reload, slot, messages),
    waitingFor.length > 0
      ? h('div', { class: 'banner banner-warning', testId: 'awaiting-evidence' }, h('strong', {}, '等待省份答复：'), h('ul', {}, waitingFor.map((reason) => h('li', {}, reason))), h('p', {}, '省份恢复后，请在上方对其“重试”（调取请求已过期的，“重新调取”），再次提交。'))
      : null,
    view.deadline ? h('p', { testId: 'deadline' }, `容缺材料补齐期限：${deadlineInWords(view.deadline)}前`) : null,
    decision
      ? h(
          'div',
          { class: 'decision', testId: 'decision' },
          decisionLine(view, decision),
          decision.reasons.length > 0 ? h('div', { class: 'reasons', testId: 'decision-reasons' }, h('strong', {}, '理由：'), h('ul', {}, decision.reasons.map((reason) => h('li', {}, reason)))) : null,
          // 救济途径: a refusal, a revocation or a termination tells her where she may apply for 行政复议 or sue (行政许可法第三十八条).
          decision.remedy ? h('p', { class: 'remedy', testId: 'decision-remedy' }, `救济途径：${decision.remedy}`) : null,
          h(
            'ul',
            { class: 'rules' },
            decision.ruleResults.map((rule) => ruleLine(rule)),
          ),
          h('ul', { class: 'materials-outcome' }, decision.materials.map((material) => h('li', {}, `${material.code} ${material.name}：${satisfiedByLabel(material.satisfiedBy)}`))),
        )
      : null,
    view.licence ? licenceCard(view.licence) : null,
    commitmentList(context, view, slot, reload, messages),
    view.form.length > 0
      ? h(
          'details',
          { class: 'form-prefill' },
          h('summary', {}, `秒填：申请表已由共享数据预填 ${view.form.length} 项`),
          h('dl', { class: 'fields' }, view.form.map((entry) => [
              h('dt', {}, entry.label),
              // A declared name has no record behind it: the applicant gave it (申请人填报).
              h('dd', {}, entry.value, h('small', {}, entry.declared ? ' （申请人填报）' : ` （${regionLabel(entry.sourceRegion)} ${entry.sourceRecordId}）`)),
            ])),
        )
      : null,
    h('h4', {}, '状态记录'),
    statusHistory(view),
    messages,
  );
}
