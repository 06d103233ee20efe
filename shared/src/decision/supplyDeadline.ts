import type { TimeLimitUnit } from '../standard/codeTables.ts';
import type { LocalDate } from '../time/localDate.ts';
import { endOfDayAfter } from './workingDays.ts';

interface Period {
  readonly amount: number;
  readonly unit: TimeLimitUnit;
}

/**
 * 容缺: when the materials a case was accepted without are due — the end of the day. Each
 * material's own period where the item standard states one (可于受理后5个工作日内补交), else the
 * province's promised time limit; the earliest of them, since one notice names one date. Never
 * before the end of the next working day: an item promised on the spot (0 days) or accepted on
 * a weekend must still leave a window open to hand the material in at — only a window clerk
 * confirms it.
 */
export function supplyDeadline(acceptedOn: LocalDate, deferred: readonly { readonly supplyWithin?: Period | null }[], promised: Period): Date {
  const nextWorkingDay = endOfDayAfter(acceptedOn, 1, 'WORKING_DAYS');
  const dues = (deferred.length > 0 ? deferred : [{}]).map(({ supplyWithin }) => {
    const period = supplyWithin ?? promised;
    return endOfDayAfter(acceptedOn, period.amount, period.unit);
  });
  const earliest = Math.min(...dues.map((due) => due.getTime()));
  return new Date(Math.max(earliest, nextWorkingDay.getTime()));
}
