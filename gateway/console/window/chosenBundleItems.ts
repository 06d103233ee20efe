import type { Region } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { GraphQLErrorShape, PassedOnItemInfo, PassedOnItemsResult } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { bundleCountWords, bundleItemsHere, type BundleItemHere } from './bundleComposition.ts';
import { chosenItemFee } from './chosenItemFee.ts';

/** The province's pass-ons (PassedOnItems), read once for the window's province; a failed read is tried again at the next choice. */
export type PassedOnReader = () => Promise<{ readonly passedOn: readonly PassedOnItemInfo[] | null; readonly errors: readonly GraphQLErrorShape[] }>;

export function passedOnReader(context: ConsoleContext, region: Region): PassedOnReader {
  let read: ReturnType<PassedOnReader> | undefined;
  return () => {
    read ??= context.client.run<PassedOnItemsResult>('PassedOnItems', { region: region.code }).then(({ data, errors }) => {
      const passedOn = data?.feeCatalog.passedOnItems ?? null;
      if (!passedOn) read = undefined;
      return { passedOn, errors };
    });
    return read;
  };
}

/**
 * A one-thing bundle chosen at the window, item by item as the window's province (`region`) offers
 * it, for the clerk to tell the applicant before the bundle is opened: an item the province handles
 * with its fee here (chosenItemFee, as for a single item), an item it passes on (联动过户) with the
 * enterprise that carries it out and what the applicant is told — in Jiangsu, 不动产转移登记 at
 * 80.00 元 and the four utility transfers passed on. `count` (the chosen line's 含 5 个事项) is said
 * again once it is known which are passed on: 含 1 个办理事项、4 项联动过户.
 */
export function chosenBundleItems(
  context: ConsoleContext,
  region: Region,
  items: readonly { readonly code: string; readonly name: string }[],
  readPassedOn: PassedOnReader,
  count: HTMLElement,
): HTMLElement {
  const area = h('div', { class: 'chosen-bundle', testId: 'chosen-bundle-items', 'data-state': 'reading' }, h('p', { class: 'note' }, `正在读取${region.name}的办理方式与收费…`));
  void (async () => {
    const { passedOn, errors } = await readPassedOn();
    // Unknown which are passed on: each item with its fee, the problem said above them.
    const here = bundleItemsHere(items, passedOn ?? []);
    show(count, `（${bundleCountWords(here)}）`);
    show(
      area,
      passedOn ? null : errorList(errors),
      passedOn ? null : h('p', { class: 'note' }, `未能读取${region.name}的联动过户事项，以下按本省办理列出`),
      h('ul', { class: 'chosen-bundle-items', 'aria-label': '各事项的办理方式与收费' }, here.map((item) => itemLine(context, region, item))),
    );
    area.dataset.state = passedOn ? 'shown' : 'failed';
  })();
  return area;
}

function itemLine(context: ConsoleContext, region: Region, item: BundleItemHere): HTMLElement {
  const attributes = { testId: `chosen-bundle-item-${item.code}`, 'data-item': item.code, 'data-handling': item.passedOn ? 'PASSED_ON' : 'HERE' };
  if (!item.passedOn) return h('li', attributes, h('strong', {}, item.name), chosenItemFee(context, region, item.code));
  return h(
    'li',
    attributes,
    h('strong', {}, item.name),
    h('span', { class: 'tag pass-on' }, '联动过户'),
    h('small', { testId: 'receiver' }, `承办企业：${item.passedOn.receiver}`),
    h('small', { testId: 'pass-on-fee' }, `不在${region.name}收费目录：由承办企业办理，不另立办件`),
    h('small', { class: 'pass-on-notice', testId: 'pass-on-notice' }, item.passedOn.notice),
  );
}
