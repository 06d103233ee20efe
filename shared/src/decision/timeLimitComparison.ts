import { addDays, type LocalDate } from '../time/localDate.ts';
import { calendarRevision, isWorkingDay, publishedArrangements } from '../time/workingCalendar.ts';
import type { TimeLimit } from '../standard/standardItem.ts';

/** A natural-day span of a working-day limit, and the first acceptance day it happens on. */
export interface Span {
  readonly naturalDays: number;
  readonly acceptedOn: LocalDate;
}

export interface WorkingDaySpans {
  readonly longest: Span;
  readonly shortest: Span;
}

export interface TimeLimitComparison {
  /** `limit` ends no later than `bound`, whatever day the case is accepted on. */
  readonly neverLonger: boolean;
  /**
   * Across units, the acceptance day on which `limit` runs furthest past (or comes closest to)
   * `bound`, with both limits in natural days from that day.
   */
  readonly decisiveCase?: { readonly acceptedOn: LocalDate; readonly limitNaturalDays: number; readonly boundNaturalDays: number };
}

type Limit = Pick<TimeLimit, 'amount' | 'unit'>;

/**
 * Whether one time limit can run past another (a promise past the statute, a province's promise
 * past the standard's), whatever day the case is accepted on.
 *
 * A limit ends on `dateAfter(acceptedOn, amount, unit)` (workingDays.ts). `limit` is never longer
 * than `bound` when it ends no later than `bound` for every acceptance day:
 * - same unit: when its amount is no larger (both end dates grow with the amount);
 * - N working days against M natural days: when the LONGEST run of N working days is at most M
 *   natural days. A run is longest when it spans a holiday: 5 working days from 23 September
 *   2026 end on 8 October (中秋 and 国庆), 15 natural days later;
 * - N natural days against M working days: when N is at most the SHORTEST run of M working days
 *   (M natural days at the least, where exchanged weekend days are worked).
 * The runs are measured from every day of every year whose holiday arrangement is published
 * (workingCalendar.ts), so the answer is exact for those years: the later days a run reaches are
 * counted the way `dateAfter` counts them. A year's arrangement is published only the November
 * before; when one is added, its holidays count here too, and the validators using this may then
 * flag a promise they passed before. Runs are computed once per amount and cached.
 */
export function compareTimeLimits(limit: Limit, bound: Limit): TimeLimitComparison {
  requireWholeDays(limit);
  requireWholeDays(bound);
  if (limit.unit === bound.unit) return { neverLonger: limit.amount <= bound.amount };
  if (limit.unit === 'WORKING_DAYS') {
    const { naturalDays, acceptedOn } = workingDaySpans(limit.amount).longest;
    return {
      neverLonger: naturalDays <= bound.amount,
      decisiveCase: { acceptedOn, limitNaturalDays: naturalDays, boundNaturalDays: bound.amount },
    };
  }
  const { naturalDays, acceptedOn } = workingDaySpans(bound.amount).shortest;
  return {
    neverLonger: limit.amount <= naturalDays,
    decisiveCase: { acceptedOn, limitNaturalDays: limit.amount, boundNaturalDays: naturalDays },
  };
}

/**
 * Why `limit` can run past `bound`, worded for a validator's message ("promises …"), or
 * undefined when it never does. `boundName` says whose the bound is ("the statutory").
 */
export function excessOver(limit: Limit, bound: Limit, boundName: string): string | undefined {
  const { neverLonger, decisiveCase } = compareTimeLimits(limit, bound);
  if (neverLonger) return undefined;
  const boundText = `${boundName} ${timeLimitText(bound)}`;
  if (!decisiveCase) return `${timeLimitText(limit)}, more than ${boundText}`;
  const on = `accepted on ${decisiveCase.acceptedOn}`;
  return limit.unit === 'WORKING_DAYS'
    ? `${timeLimitText(limit)}, which can take up to ${dayCount(decisiveCase.limitNaturalDays, 'natural')} (${on}), more than ${boundText}`
    : `${timeLimitText(limit)}, more than ${boundText}, which can take as few as ${dayCount(decisiveCase.boundNaturalDays, 'natural')} (${on})`;
}

/** "5 working days", "1 natural day". */
export function timeLimitText(limit: Limit): string {
  return dayCount(limit.amount, limit.unit === 'WORKING_DAYS' ? 'working' : 'natural');
}

function dayCount(amount: number, kind: 'working' | 'natural'): string {
  return `${amount} ${kind} day${amount === 1 ? '' : 's'}`;
}

function requireWholeDays(limit: Limit): void {
  if (!Number.isInteger(limit.amount) || limit.amount < 0) throw new RangeError(`not a whole number of days: ${limit.amount}`);
}

/** The longest and shortest natural-day spans of `amount` working days, over every acceptance day the calendar knows. */
export function workingDaySpans(amount: number): WorkingDaySpans {
  requireWholeDays({ amount, unit: 'WORKING_DAYS' });
  const days = calendarIndex();
  let spans = days.spansByAmount.get(amount);
  if (!spans) days.spansByAmount.set(amount, (spans = measureSpans(days, amount)));
  return spans;
}

function measureSpans(days: CalendarIndex, amount: number): WorkingDaySpans {
  const starts = days.startIndexes;
  let longest: Span | undefined;
  let shortest: Span | undefined;
  for (const start of starts) {
    const naturalDays = amount === 0 ? 0 : days.nthWorkingDayAfter(start, amount) - start;
    const acceptedOn = days.dateAt(start);
    if (!longest || naturalDays > longest.naturalDays) longest = { naturalDays, acceptedOn };
    if (!shortest || naturalDays < shortest.naturalDays) shortest = { naturalDays, acceptedOn };
  }
  if (!longest || !shortest) throw new Error('the working calendar publishes no year to compare time limits over');
  return { longest, shortest };
}

/**
 * The days from 1 January of the first published year on, as indexes: which are working days,
 * and which are acceptance days to measure from. Extended as far as a run needs.
 */
interface CalendarIndex {
  readonly startIndexes: readonly number[];
  dateAt(index: number): LocalDate;
  /** Index of the `n`-th working day after day `index` (n ≥ 1). */
  nthWorkingDayAfter(index: number, n: number): number;
  /** The spans measured over it, by number of working days. */
  readonly spansByAmount: Map<number, WorkingDaySpans>;
}

let index: (CalendarIndex & { readonly revision: number }) | undefined;

function calendarIndex(): CalendarIndex {
  // Built again once arrangements were added (a year's published at start from the operators' file).
  if (index?.revision === calendarRevision()) return index;
  const years = Object.keys(publishedArrangements()).map(Number).sort((a, b) => a - b);
  const first = `${String(years[0] ?? 0).padStart(4, '0')}-01-01`;
  const dates: LocalDate[] = [];
  /** workingBefore[i]: working days among days 0..i-1; workingDays: their indexes in order. */
  const workingBefore: number[] = [];
  const workingDays: number[] = [];
  const extendTo = (length: number) => {
    for (let i = dates.length; i < length; i++) {
      const date = i === 0 ? first : addDays(dates[i - 1] as LocalDate, 1);
      dates.push(date);
      workingBefore.push(workingDays.length);
      if (isWorkingDay(date)) workingDays.push(i);
    }
  };
  const published = new Set(years);
  const startIndexes: number[] = [];
  if (years.length > 0) {
    for (let i = 0; ; i++) {
      extendTo(i + 1);
      const year = Number((dates[i] as LocalDate).slice(0, 4));
      if (year > (years[years.length - 1] as number)) break;
      if (published.has(year)) startIndexes.push(i);
    }
  }
  index = {
    revision: calendarRevision(),
    startIndexes,
    spansByAmount: new Map(),
    dateAt: (i) => {
      extendTo(i + 1);
      return dates[i] as LocalDate;
    },
    nthWorkingDayAfter: (i, n) => {
      // The working days after day i are workingDays[workingBefore[i + 1]], and on.
      extendTo(i + 2);
      const position = (workingBefore[i + 1] as number) + n - 1;
      while (workingDays.length <= position) extendTo(dates.length + 7);
      return workingDays[position] as number;
    },
  };
  return index;
}
