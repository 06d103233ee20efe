import type { CaseView } from '../graphql/resultTypes.ts';
import { caseTitle } from '../ui/caseTitle.ts';
import { button, h } from '../ui/dom.ts';
import { caseStatusLabel, licenceStatusLabel } from '../ui/labels.ts';

/**
 * 一件事: the case of each of the bundle's items, where it stands and the licence it ended
 * with. Each is decided on its own (a clerk reviews them in the queue); reading the bundle
 * again shows how far they have got. Nothing for a single item's case.
 */
export function bundleCases(view: Pick<CaseView, 'cases'>, reload: () => Promise<void>): HTMLElement | null {
  if (view.cases.length === 0) return null;
  return h(
    'div',
    { class: 'bundle-parts', testId: 'bundle-cases' },
    h('div', { class: 'row' }, h('h4', {}, `各事项办理情况（${view.cases.length} 项）`), button('刷新', reload, { class: 'link', testId: 'refresh-bundle' })),
    h(
      'ul',
      {},
      view.cases.map((part) =>
        h(
          'li',
          { testId: `bundle-case-${part.item?.code ?? part.id}`, 'data-case': part.id, 'data-status': part.status },
          h('strong', {}, caseTitle(part)),
          h('span', { class: `tag status-${part.status}` }, caseStatusLabel(part.status)),
          h('small', {}, part.id),
          part.licence ? h('small', { class: 'bundle-licence' }, `电子证照 ${part.licence.licenceId}（${licenceStatusLabel(part.licence.licenceStatus)}）`) : null,
        ),
      ),
    ),
  );
}
