import type { ConsoleContext } from '../consoleContext.ts';
import type { ItemGuideResult, SearchKnowledgeResult } from '../graphql/resultTypes.ts';
import { seat } from '../session/seat.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { highlightedText } from '../ui/highlightedText.ts';
import { knowledgeKindLabel } from '../ui/labels.ts';
import { guideComparison } from './guideComparison.ts';
import { nearestPlaces } from './nearestPlaces.ts';

/**
 * 公共服务 (no sign-in): search the knowledge base, read an item's guide compared across the
 * four provinces, find the nearest places offering it; taking a queue number there is the one
 * thing that needs a citizen's sign-in, and the page says so.
 */
export function publicDesk(context: ConsoleContext): HTMLElement {
  const input = h('input', { name: 'publicSearch', placeholder: '如：开公司、公积金贷款证明、社保', autocomplete: 'off' });
  const hits = h('div', { class: 'search-results', testId: 'public-results' });
  const guideArea = h('div', { class: 'guide-area' });
  const citizenSeat = h(
    'details',
    { class: 'citizen-seat', testId: 'public-citizen-seat' },
    h('summary', {}, '居民登录（在线取号需要）'),
    seat({ slot: 'citizen', sessions: context.sessions, client: context.client, developmentSignIn: context.developmentSignIn, kinds: ['CITIZEN'], title: '居民登录', signedIn: () => undefined }),
  );
  const signIn = () => {
    citizenSeat.open = true;
    citizenSeat.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  const openGuide = async (code: string) => {
    show(guideArea, h('p', { class: 'note' }, '正在读取办事指南…'));
    const { data, errors } = await context.client.run<ItemGuideResult>('ItemGuide', { code });
    const guide = data?.item;
    show(guideArea, errorList(errors), guide ? [guideComparison(guide), nearestPlaces(context, guide, signIn)] : null);
  };

  const search = async () => {
    const text = input.value.trim();
    if (!text) return show(hits, h('div', { class: 'problem', role: 'alert' }, '请输入要查找的内容'));
    const { data, errors } = await context.client.run<SearchKnowledgeResult>('SearchKnowledge', { text, first: 10 });
    const found = data?.search;
    show(
      hits,
      errorList(errors),
      found ? h('p', { class: 'note' }, `共 ${found.totalCount} 条${found.readings.length > 1 ? `（也按“${found.readings.slice(1).join('”“')}”查找）` : ''}`) : null,
      h(
        'ul',
        { class: 'hits' },
        (found?.hits ?? []).map((hit) =>
          h(
            'li',
            { 'data-kind': hit.kind },
            h('span', { class: 'tag' }, knowledgeKindLabel(hit.kind)),
            h('span', { class: 'hit-title' }, highlightedText(hit.highlightedTitle)),
            hit.snippet ? h('p', { class: 'snippet' }, highlightedText(hit.snippet)) : null,
            hit.item ? button('查看办事指南', () => openGuide(hit.item?.code ?? ''), { testId: `guide-${hit.item.code}` }) : null,
          ),
        ),
      ),
    );
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') search();
  });
  return h(
    'div',
    { class: 'desk' },
    h('h2', {}, '公共服务'),
    h('p', { class: 'note' }, '办事指南、四地对照和附近办事地点无需登录。'),
    h('div', { class: 'row' }, field('查找事项、材料、常见问题', input), button('搜索', search, { class: 'primary', testId: 'public-search' })),
    hits,
    guideArea,
    citizenSeat,
  );
}
