import type { ConsoleContext } from '../consoleContext.ts';
import type { BundlePart, CaseOutcomeView, CaseView } from '../graphql/resultTypes.ts';
import type { SessionSlot } from '../session/sessionStore.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { button, h } from '../ui/dom.ts';
import { deadlineInWords } from '@yrd/shared/decision/supplyDeadline';
import { dateTime } from '../ui/format.ts';
import { caseStatusLabel, decisionOutcomeLabel, licenceStatusLabel, passOnStatusLabel, postCheckLabel } from '../ui/labels.ts';
import { cancelledPassOnWords, recalledPassOnWords } from './bundleComposition.ts';
import { commitmentList } from './commitmentList.ts';

/**
 * 一件事: the case of each of the bundle's items, where it stands and the licence it ended
 * with. Each is decided on its own (a clerk reviews them in the queue), on its own 容缺 and
 * 告知承诺: an item accepted on a 容缺 commitment shows its deadline, and its deferred material
 * is marked supplied here, on the item's case, as for a single case (commitmentList); one
 * approved on a 告知承诺 shows its post-check pending; one decided shows the decision with its
 * reasons (a refusal's, which the applicant is owed in writing) and, refused or revoked, her remedies. Reading the bundle again shows how
 * far they have got. The items the province passes on to an enterprise (联动过户: the utilities of a
 * property transfer where no government body handles them) have no case here: each is listed
 * with its receiver and where it stands — waiting for the registration, passed on (when), or
 * cancelled — and what the applicant is told (passedOnList). The same for the clerk at the window
 * and for the applicant (我的办件, 查看详情). Nothing for a single item's case.
 */
export function bundleCases(
  context: ConsoleContext,
  view: Pick<CaseView, 'region' | 'status' | 'cases' | 'passedOn'>,
  reload: (after?: CaseOutcomeView | null) => Promise<void>,
  slot: SessionSlot,
  messages: HTMLElement,
): HTMLElement | null {
  if (view.cases.length === 0 && view.passedOn.length === 0) return null;
  // A material supplied moves the item's case, not the bundle: the bundle is read again, not answered with the item.
  const supplied = () => reload();
  return h(
    'div',
    { class: 'bundle-parts', testId: 'bundle-cases' },
    h('div', { class: 'row' }, h('h4', {}, `各事项办理情况（${view.cases.length} 项）`), button('刷新', () => reload(), { class: 'link', testId: 'refresh-bundle' })),
    h(
      'ul',
      {},
      view.cases.map((part) =>
        h(
          'li',
          { testId: `bundle-case-${part.item?.code ?? part.id}`, 'data-case': part.id, 'data-status': part.status },
          h('strong', {}, caseTitle(part)),
          h('span', { class: `tag status-${part.status}` }, caseStatusLabel(part.status)),
          part.postCheck ? h('span', { class: 'tag post-check', testId: 'post-check' }, postCheckLabel(part.postCheck)) : null,
          h('small', {}, part.id),
          part.deadline ? h('small', { testId: 'deadline' }, `容缺材料补齐期限：${deadlineInWords(part.deadline)}前`) : null,
          part.licence ? h('small', { class: 'bundle-licence' }, `电子证照 ${part.licence.licenceId}（${licenceStatusLabel(part.licence.licenceStatus)}）`) : null,
          partDecision(part),
          commitmentList(context, { id: part.id, region: view.region, status: part.status, commitments: part.commitments }, slot, supplied, messages),
        ),
      ),
    ),
    passedOnList(view),
  );
}

/**
 * An item's decision as its case holds it: 不予批准 with the province's reasons, 转人工审核 with why
 * a person looks at it; an approval revoked since (告知承诺核查不实) said as the original. A refused
 * or revoked item says the applicant's remedies (救济途径) under its reasons. Nothing until it is
 * decided, nor where the read did not carry it (a mutation's answer).
 */
export function partDecision(part: Pick<BundlePart, 'status' | 'decision'>): HTMLElement | null {
  const decision = part.decision;
  if (!decision) return null;
  const outcome = decisionOutcomeLabel(decision.outcome);
  return h(
    'div',
    { class: 'part-decision', testId: 'part-decision', 'data-outcome': decision.outcome },
    h('small', {}, `${part.status === 'REVOKED' ? `原决定：${outcome}（已撤销）` : `决定：${outcome}`} · ${dateTime(decision.decidedAt)}`),
    decision.reasons.length > 0 ? h('div', { class: 'reasons', testId: 'part-decision-reasons' }, h('small', {}, '理由：'), h('ul', {}, decision.reasons.map((reason) => h('li', {}, reason)))) : null,
    decision.remedy ? h('p', { class: 'remedy', testId: 'part-decision-remedy' }, h('small', {}, `救济途径：${decision.remedy}`)) : null,
  );
}

/**
 * 联动过户: the bundle's items passed on to the enterprises that carry them out, none of them a case
 * here — each with its receiver, where it stands and what the applicant is told; a cancelled one
 * says why first, its notice kept struck through (it no longer holds).
 */
export function passedOnList(view: Pick<CaseView, 'status' | 'cases' | 'passedOn'>): HTMLElement | null {
  const { passedOn } = view;
  if (passedOn.length === 0) return null;
  const afterOf = (passOn: CaseView['passedOn'][number]) => {
    const after = view.cases.find((part) => part.item?.code === passOn.afterItemCode);
    return after ? { name: caseTitle(after), status: after.status } : undefined;
  };
  return h(
    'div',
    { class: 'passed-on', testId: 'bundle-passed-on' },
    h('h4', {}, `联动过户（${passedOn.length} 项，由承办企业办理，不另立办件）`),
    h(
      'ul',
      {},
      passedOn.map((passOn) =>
        h(
          'li',
          { testId: `passed-on-${passOn.itemCode}`, 'data-status': passOn.status },
          h('strong', {}, passOn.item?.name ?? passOn.itemCode),
          h('span', { class: `tag pass-on-${passOn.status}` }, passOnStatusLabel(passOn.status)),
          h('small', { testId: 'receiver' }, `承办企业：${passOn.receiver}`),
          passOn.passedOnAt ? h('small', { testId: 'passed-on-at' }, `推送时间：${dateTime(passOn.passedOnAt)}`) : null,
          passOn.status === 'CANCELLED' || passOn.status === 'RECALLED'
            ? [
                h(
                  'small',
                  { class: 'pass-on-cancelled', testId: 'pass-on-cancelled' },
                  passOn.status === 'RECALLED' ? recalledPassOnWords(afterOf(passOn)) : cancelledPassOnWords(view.status, afterOf(passOn)),
                ),
                h('small', { class: 'pass-on-notice' }, '原告知：', h('s', {}, passOn.notice)),
              ]
            : h('small', { class: 'pass-on-notice', testId: 'pass-on-notice' }, passOn.notice),
        ),
      ),
    ),
  );
}
