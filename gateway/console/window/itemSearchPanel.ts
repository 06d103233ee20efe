import type { ConsoleContext } from '../consoleContext.ts';
import type { SearchKnowledgeResult } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { highlightedText } from '../ui/highlightedText.ts';

export interface ChosenItem {
  readonly code: string;
  readonly name: string;
}

/** 事项: find a standard item by what the clerk or applicant calls it (SearchKnowledge, items only), to choose one. */
export function itemSearchPanel(context: ConsoleContext, onChosen: (item: ChosenItem) => void): HTMLElement {
  const input = h('input', { name: 'itemSearch', placeholder: '如：公积金贷款证明、生育登记', autocomplete: 'off' });
  const results = h('div', { class: 'search-results', testId: 'item-results' });

  const search = async () => {
    const text = input.value.trim();
    if (!text) return show(results, h('div', { class: 'problem', role: 'alert' }, '请输入要办理的事项'));
    const { data, errors } = await context.client.run<SearchKnowledgeResult>('SearchKnowledge', { text, kinds: ['ITEM'], first: 8 });
    const hits = data?.search.hits ?? [];
    show(
      results,
      errorList(errors),
      data && hits.length === 0 ? h('p', { class: 'note' }, `没有找到与“${text}”相关的事项`) : null,
      h(
        'ul',
        { class: 'hits' },
        hits.map((hit) =>
          hit.item
            ? h(
                'li',
                {},
                h('span', { class: 'hit-title' }, highlightedText(hit.highlightedTitle)),
                h('small', {}, hit.item.code),
                button(
                  '选择',
                  () => {
                    const item = hit.item;
                    if (!item) return;
                    show(results);
                    onChosen(item);
                  },
                  { testId: `choose-item-${hit.item.code}` },
                ),
              )
            : null,
        ),
      ),
    );
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') search();
  });
  return h('div', { class: 'item-search' }, h('div', { class: 'row' }, field('搜索事项', input), button('搜索', search, { testId: 'search-items' })), results);
}
