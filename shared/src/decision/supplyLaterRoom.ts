import type { TimeLimit } from '../standard/standardItem.ts';
import { excessOver } from './timeLimitComparison.ts';

type Period = Pick<TimeLimit, 'amount' | 'unit'>;

/**
 * 容缺受理: the deadline to supply the rest may not exceed the item's promised time limit. Why a
 * material may not be deferred under `promised` (a standard item's, or a province's), or
 * undefined when it may: a promise of 0 days (即办, 秒批) leaves no time to supply anything in,
 * and a material's own period (`supplyWithin`) must fit within the promise whatever day the
 * case is accepted on.
 */
export function supplyLaterRoom(supplyWithin: Period | undefined, promised: Period, promiseName: string): string | undefined {
  if (promised.amount === 0) return `a material may be supplied later (容缺) only within ${promiseName} time limit, and 0 days leave no time to supply it in`;
  if (!supplyWithin || !Number.isInteger(supplyWithin.amount) || supplyWithin.amount < 1) return undefined;
  const excess = excessOver(supplyWithin, promised, `${promiseName} time limit`);
  return excess ? `its period to supply it in (容缺), ${excess}` : undefined;
}
