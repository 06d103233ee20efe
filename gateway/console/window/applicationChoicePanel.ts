import type { Region } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { Bundle } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { bundlePicker } from './bundlePicker.ts';
import { chosenItemFee } from './chosenItemFee.ts';
import { itemSearchPanel, type ChosenItem } from './itemSearchPanel.ts';

/** What the case is opened for: one item, or a one-thing bundle (一件事) of several. */
export type ApplicationChoice = { readonly kind: 'ITEM'; readonly item: ChosenItem } | { readonly kind: 'BUNDLE'; readonly bundle: Bundle };

/**
 * ② 事项: the clerk chooses either an item (searched for) or a one-thing bundle; the one
 * chosen last replaces the other, and the chosen line says which it is — for an item, with its fee in
 * the window's province (`region`) and the amounts its basis sets for other circumstances.
 */
export function applicationChoicePanel(context: ConsoleContext, region: Region, onChosen: (choice: ApplicationChoice) => void): HTMLElement {
  const chosen = h('div', { class: 'chosen', testId: 'chosen', role: 'status' });
  const choose = (choice: ApplicationChoice) => {
    show(chosen, chosenLine(choice), choice.kind === 'ITEM' ? chosenItemFee(context, region, choice.item.code) : null);
    chosen.dataset.kind = choice.kind;
    onChosen(choice);
  };
  return h(
    'section',
    { class: 'step' },
    h('h3', {}, '② 事项或“一件事”'),
    itemSearchPanel(context, (item) => choose({ kind: 'ITEM', item })),
    bundlePicker(context, (bundle) => choose({ kind: 'BUNDLE', bundle })),
    chosen,
  );
}

function chosenLine(choice: ApplicationChoice): HTMLElement[] {
  if (choice.kind === 'ITEM') return [h('span', {}, '已选择事项：'), h('strong', {}, choice.item.name), h('small', {}, ` ${choice.item.code}`)];
  const { bundle } = choice;
  return [h('span', {}, '已选择“一件事”：'), h('strong', {}, bundle.name), h('span', {}, `（含 ${bundle.items.length} 个事项）`), h('small', {}, ` ${bundle.code}`)];
}
