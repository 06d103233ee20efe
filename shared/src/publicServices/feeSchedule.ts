import type { Fen } from '../standard/money.ts';
import type { FeeVariant } from '../standard/standardItem.ts';
import type { LocalDate } from '../time/localDate.ts';

/**
 * 收费目录: what an item costs in a province, version by version. A version applies from
 * its effective date until the next version's (or for ever); "free" is a version too.
 */
export interface FeeVersion {
  readonly itemCode: string;
  readonly charged: boolean;
  /** Null when not charged. */
  readonly amount: Fen | null;
  readonly basis: string;
  /** Amounts the basis sets for other circumstances than the ordinary one (`amount`); empty when none. */
  readonly variants: readonly FeeVariant[];
  readonly effectiveFrom: LocalDate;
}
