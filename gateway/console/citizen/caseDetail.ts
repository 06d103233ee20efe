import type { ConsoleContext } from '../consoleContext.ts';
import type { CaseResult, CaseView } from '../graphql/resultTypes.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { latestOnly } from '../ui/latestOnly.ts';
import { caseOutcome } from '../window/caseOutcome.ts';
import { authorisationToHolder } from '../window/evidenceAuthorisation.ts';

/**
 * 查看详情 of a case in 我的办件: the list (MyCases) carries only where each case stands, so the
 * case is read on demand (Case, as the applicant: the province shows its holder her own case) and
 * shown with when she authorised its evidence to be gathered (数据调取授权), then as the window shows its outcome — the decision with its reasons and rules (a refusal's, a
 * revocation's or a 容缺 termination's with her remedies, 救济途径: 行政复议 or 行政诉讼, and where), the licence, and
 * for a one-thing bundle each item's case with its own decision, reasons and remedies (a refusal is
 * owed in writing with them, 行政许可法第三十八条) and the items passed on to enterprises (联动过户) with where each
 * stands and what she is told (bundleCases.ts, the clerk's view too). Read again each time it is
 * opened, and by 刷新 on a bundle; folded away by the same button.
 */
export function caseDetail(context: ConsoleContext, caseId: string): { readonly toggle: HTMLButtonElement; readonly area: HTMLElement } {
  const area = h('div', { class: 'case-detail', testId: `case-detail-${caseId}`, 'aria-live': 'polite' });
  area.hidden = true;
  const messages = h('div', { class: 'case-messages' });
  let shown: CaseView | null = null;
  const read = latestOnly(
    () => context.client.run<CaseResult>('Case', { id: caseId }, 'citizen'),
    ({ data, errors }) => {
      const view = data?.case ?? null;
      if (view) shown = view;
      // A read that fails once the case was shown keeps it, the problem above it.
      if (!shown) {
        area.dataset.state = 'failed';
        return show(area, errorList(errors) ?? h('p', { class: 'problem' }, `未能读取办件 ${caseId}`));
      }
      show(messages, errorList(errors));
      const authorisation = authorisationToHolder(shown);
      show(
        area,
        authorisation ? h('p', { class: 'note', testId: 'case-authorisation', 'data-state': shown.authorisation ? 'authorised' : shown.lapsedAuthorisation ? 'lapsed' : 'waiting' }, authorisation) : null,
        caseOutcome(context, shown, () => read(), 'citizen', messages, '办理结果'),
      );
      area.dataset.state = 'shown';
    },
  );
  const toggle = button(
    '查看详情',
    async () => {
      if (!area.hidden) {
        area.hidden = true;
        toggle.textContent = '查看详情';
        toggle.setAttribute('aria-expanded', 'false');
        return;
      }
      area.hidden = false;
      toggle.textContent = '收起详情';
      toggle.setAttribute('aria-expanded', 'true');
      area.dataset.state = 'reading';
      if (!shown) show(area, h('p', { class: 'note' }, `正在读取办件 ${caseId}…`));
      await read();
    },
    { class: 'link', testId: `case-detail-toggle-${caseId}`, 'aria-expanded': 'false', 'aria-controls': `case-detail-${caseId}` },
  );
  area.id = `case-detail-${caseId}`;
  return { toggle, area };
}
