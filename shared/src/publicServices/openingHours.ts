import { addDays, epochMillisToLocalDate, localDateToEpochMillis } from '../time/localDate.ts';
import { calendarDay } from '../time/workingCalendar.ts';
import type { OpeningPeriod } from './servicePlace.ts';

/**
 * Opening hours in China Standard Time, and whether a place is open at an instant. A hall
 * without lunch-time service closes 12:00–13:30. Halls keep the national calendar: closed on the
 * days off of a public holiday (国庆, 春节, … — Saturday hours included), and open with their
 * weekday hours on a weekend day worked in exchange (调休上班, Monday's hours). Terminals open
 * around the clock never close.
 */
const CST_OFFSET_MS = 8 * 3600 * 1000;
const LUNCH_BREAK = { from: 12 * 60, to: 13 * 60 + 30 };
const MONDAY = 1;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The weekday (1 Monday … 7 Sunday) whose hours apply on the CST date of `at`; undefined on a public holiday. */
function hoursDay(at: Date): number | undefined {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  switch (calendarDay(epochMillisToLocalDate(at.getTime()))) {
    case 'PUBLIC_HOLIDAY':
      return undefined;
    case 'EXCHANGED_WORKING_DAY':
      return MONDAY;
    default:
      return local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  }
}

export function isOpenAt(place: { open24h: boolean; lunchService: boolean; hours: readonly OpeningPeriod[] }, at: Date): boolean {
  if (place.open24h) return true;
  const day = hoursDay(at);
  if (day === undefined) return false;
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const now = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (!place.lunchService && now >= LUNCH_BREAK.from && now < LUNCH_BREAK.to) return false;
  return place.hours.some((period) => period.weekdays.includes(day) && now >= minutes(period.opens) && now < minutes(period.closes));
}

type Opening = Parameters<typeof isOpenAt>[0];

/** Two weeks covers the longest run of days off (春节, 国庆) with a weekend beside it. */
const LOOKAHEAD_DAYS = 14;

/**
 * When a place that is closed at `at` opens next: a period's opening time or the end of the
 * lunch break, on the first day the calendar and its hours allow. Undefined if it has no hours
 * within two weeks.
 */
export function nextOpeningAt(place: Opening, at: Date): Date | undefined {
  const today = epochMillisToLocalDate(at.getTime());
  const startsOfService = [...new Set([...place.hours.map((period) => minutes(period.opens)), LUNCH_BREAK.to])].sort((a, b) => a - b);
  for (let day = 0; day <= LOOKAHEAD_DAYS; day += 1) {
    const midnight = localDateToEpochMillis(addDays(today, day));
    for (const start of startsOfService) {
      const candidate = new Date(midnight + start * 60_000);
      if (candidate > at && isOpenAt(place, candidate)) return candidate;
    }
  }
  return undefined;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** An instant as a hall states it, in China Standard Time: 11月27日（周五）09:00. */
export function hallTimeLabel(at: Date): string {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const hhmm = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日（周${WEEKDAY_NAMES[local.getUTCDay()]}）${hhmm}`;
}

export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const HALL_HOURS: readonly OpeningPeriod[] = [{ weekdays: WEEKDAYS, opens: '09:00', closes: '17:00' }];
export const HALL_HOURS_WITH_SATURDAY: readonly OpeningPeriod[] = [...HALL_HOURS, { weekdays: [6], opens: '09:00', closes: '12:00' }];
export const ROUND_THE_CLOCK: readonly OpeningPeriod[] = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }];
