import type { Region } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import type { FeeOnDateResult } from '../graphql/resultTypes.ts';
import { h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { feeVariantList } from '../ui/feeDisplay.ts';
import { fee } from '../ui/format.ts';

/**
 * 收费 of the item chosen at the window, in the window's province (FeeOnDate, today): the
 * ordinary amount with its basis, and under it every other circumstance the basis sets with its
 * amount (丢失补领或损坏换领：40.00 元; 城市低保居民…：免收), for the clerk to tell the applicant before the
 * case is opened. An item the province's catalog does not list says so; a province that does not
 * answer is named.
 */
export function chosenItemFee(context: ConsoleContext, region: Region, itemCode: string): HTMLElement {
  const area = h('div', { class: 'chosen-fee', testId: 'chosen-fee', 'data-state': 'reading' }, h('span', { class: 'note' }, `正在读取${region.name}收费目录…`));
  void (async () => {
    const { data, errors } = await context.client.run<FeeOnDateResult>('FeeOnDate', { region: region.code, itemCode });
    const entry = data?.feeCatalog.item;
    if (entry) {
      show(area, h('div', { class: 'fee-amount' }, h('span', { class: 'fee-label' }, `收费（${region.name}）：`), fee(entry)), feeVariantList(entry));
      area.dataset.state = 'shown';
    } else if (errors.some((error) => error.extensions?.code === 'NOT_FOUND')) {
      show(area, h('p', { class: 'note' }, `${region.name}收费目录未列此事项`));
      area.dataset.state = 'not-listed';
    } else {
      show(area, errorList(errors));
      area.dataset.state = 'failed';
    }
  })();
  return area;
}
