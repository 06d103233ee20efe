import type { FeeView } from '../graphql/resultTypes.ts';
import { h } from './dom.ts';
import { fee, feeVariant } from './format.ts';

/** The amounts a fee's basis sets for other circumstances, one a line under the fee (补领 40.00 元, 低保 免收); nothing when it sets one amount. */
export function feeVariantList(value: Pick<FeeView, 'charged' | 'variants'> | null | undefined): HTMLElement | null {
  const variants = value?.charged ? value.variants : [];
  if (variants.length === 0) return null;
  return h(
    'ul',
    { class: 'fee-variants', testId: 'fee-variants', 'aria-label': '其他情形收费' },
    variants.map((variant) => h('li', { testId: 'fee-variant' }, feeVariant(variant))),
  );
}

/** A fee as the console shows it: the ordinary amount with its basis, each other circumstance's amount under it. */
export function feeWithVariants(value: FeeView | null | undefined): HTMLElement {
  return h('div', { class: 'fee' }, h('span', { class: 'fee-amount' }, fee(value)), feeVariantList(value));
}
