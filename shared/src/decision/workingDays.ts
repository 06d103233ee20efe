import { addDays, localDateToEpochMillis, type LocalDate } from '../time/localDate.ts';
import { isWorkingDay } from '../time/workingCalendar.ts';
import type { TimeLimitUnit } from '../standard/codeTables.ts';

/**
 * The date `amount` days after `start` (0 is `start` itself), counted the way items promise
 * them: natural days, or working days of the national calendar (weekends and public holidays
 * skipped, exchanged weekend days worked; see workingCalendar.ts).
 */
export function dateAfter(start: LocalDate, amount: number, unit: TimeLimitUnit): LocalDate {
  if (unit === 'NATURAL_DAYS') return addDays(start, amount);
  let date = start;
  let remaining = amount;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining--;
  }
  return date;
}

/** The end (midnight CST) of the `amount`-th day after `start`, as an instant. */
export function endOfDayAfter(start: LocalDate, amount: number, unit: TimeLimitUnit): Date {
  return new Date(localDateToEpochMillis(addDays(dateAfter(start, amount, unit), 1)));
}
