import { addDays, localDateToEpochMillis, type LocalDate } from '../time/localDate.ts';
import type { TimeLimitUnit } from '../standard/codeTables.ts';

/**
 * Deadlines counted the way items promise them. Working days skip Saturdays and Sundays;
 * public holidays and their make-up working days are not modelled (a province calendar
 * would refine this).
 */
function isWeekend(date: LocalDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The date `amount` days (working or natural) after `start`; 0 is `start` itself. */
export function dateAfter(start: LocalDate, amount: number, unit: TimeLimitUnit): LocalDate {
  if (unit === 'NATURAL_DAYS') return addDays(start, amount);
  let date = start;
  let remaining = amount;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (!isWeekend(date)) remaining--;
  }
  return date;
}

/** The end (midnight CST) of the `amount`-th day after `start`, as an instant. */
export function endOfDayAfter(start: LocalDate, amount: number, unit: TimeLimitUnit): Date {
  return new Date(localDateToEpochMillis(addDays(dateAfter(start, amount, unit), 1)));
}
