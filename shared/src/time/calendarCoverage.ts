import type { LocalDate } from './localDate.ts';
import { hasPublishedArrangement } from './workingCalendar.ts';

/**
 * What an operator must hear at a start when the working calendar does not know a year it will
 * soon count: this year's arrangement (never, once released), or from November on — when the
 * State Council publishes it — next year's. Without it, deadlines in working days and the halls'
 * days in that year count weekdays and the fixed-date holidays only (a 容缺 deadline across 春节
 * ends a week early). Undefined when nothing is missing.
 */
export function missingArrangementNotice(today: LocalDate, known: (year: number) => boolean = hasPublishedArrangement): string | undefined {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const missing = [year, ...(month >= 11 ? [year + 1] : [])].filter((candidate) => !known(candidate));
  if (missing.length === 0) return undefined;
  const years = missing.join(' and ');
  const what = missing.length > 1 ? `arrangements of ${years} are` : `arrangement of ${years} is`;
  return (
    `the holiday ${what} not loaded: working-day deadlines and the halls' days in ${years} count weekdays and the fixed-date holidays only. ` +
    `Add the State Council's notice (国务院办公厅关于${missing[0]}年部分节假日安排的通知) to the file named by YRD_HOLIDAY_ARRANGEMENTS_FILE once it is published, and restart (README: 容缺).`
  );
}
