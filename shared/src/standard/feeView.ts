import type { Fen } from './money.ts';
import type { Fee, FeeVariant } from './standardItem.ts';

/** A fee as the schema's `Fee` serves it: absent fields as null, variants always a list. */
export interface FeeView {
  readonly charged: boolean;
  readonly amount: Fen | null;
  readonly basis: string | null;
  readonly variants: readonly FeeVariant[];
}

export function feeView(fee: Fee): FeeView {
  return { charged: fee.charged, amount: fee.amount ?? null, basis: fee.basis ?? null, variants: fee.charged ? (fee.variants ?? []) : [] };
}
