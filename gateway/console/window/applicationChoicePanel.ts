import type { Region } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { Bundle } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { bundleCountWords, bundleItemsHere } from './bundleComposition.ts';
import { bundlePicker } from './bundlePicker.ts';
import { chosenBundleItems, passedOnReader } from './chosenBundleItems.ts';
import { chosenItemFee } from './chosenItemFee.ts';
import { itemSearchPanel, type ChosenItem } from './itemSearchPanel.ts';

/** What the case is opened for: one item, or a one-thing bundle (一件事) of several. */
export type ApplicationChoice = { readonly kind: 'ITEM'; readonly item: ChosenItem } | { readonly kind: 'BUNDLE'; readonly bundle: Bundle };

/**
 * ② 事项: the clerk chooses either an item (searched for) or a one-thing bundle; the one
 * chosen last replaces the other, and the chosen line says which it is — for an item, with its fee in
 * the window's province (`region`) and the amounts its basis sets for other circumstances; for a
 * bundle, each of its items as the province offers it: handled here with its fee, or passed on to an
 * enterprise (联动过户) with its receiver and what the applicant is told (chosenBundleItems).
 */
export function applicationChoicePanel(context: ConsoleContext, region: Region, onChosen: (choice: ApplicationChoice) => void): HTMLElement {
  const chosen = h('div', { class: 'chosen', testId: 'chosen', role: 'status' });
  const readPassedOn = passedOnReader(context, region);
  const choose = (choice: ApplicationChoice) => {
    if (choice.kind === 'ITEM') show(chosen, itemLine(choice.item), chosenItemFee(context, region, choice.item.code));
    else {
      const { bundle } = choice;
      // Said at once from the bundle, and again once it is known which items the province passes on.
      const count = h('span', { testId: 'bundle-item-count' }, `（${bundleCountWords(bundleItemsHere(bundle.items, []))}）`);
      show(chosen, [h('span', {}, '已选择“一件事”：'), h('strong', {}, bundle.name), count, h('small', {}, ` ${bundle.code}`)], chosenBundleItems(context, region, bundle.items, readPassedOn, count));
    }
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

function itemLine(item: ChosenItem): HTMLElement[] {
  return [h('span', {}, '已选择事项：'), h('strong', {}, item.name), h('small', {}, ` ${item.code}`)];
}
