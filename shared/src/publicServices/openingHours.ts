import { addDays, epochMillisToLocalDate, localDateToEpochMillis, type LocalDate } from '../time/localDate.ts';
import { calendarDay } from '../time/workingCalendar.ts';
import type { OpeningPeriod } from './servicePlace.ts';

/**
 * Opening hours in China Standard Time, and whether a place is open at an instant. A hall
 * without lunch-time service closes 12:00–13:30: its served periods (what the map publishes as
 * `hours`) leave the break out, and whether it is open, and when it opens next, are read from
 * those same periods. Halls keep the national calendar: closed on the days off of a public
 * holiday (国庆, 春节, … — Saturday hours included), and open with their weekday hours on a
 * weekend day worked in exchange (调休上班, Monday's hours). Terminals open around the clock
 * never close.
 */
const CST_OFFSET_MS = 8 * 3600 * 1000;
/** The lunch break (午休) of a hall without lunch-time service. */
export const LUNCH_BREAK: Readonly<{ from: string; to: string }> = { from: '12:00', to: '13:30' };
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

/** What decides when a place serves: around the clock, or its periods (less the lunch break unless it serves through it). */
export interface Schedule {
  readonly open24h: boolean;
  readonly lunchService: boolean;
  readonly hours: readonly OpeningPeriod[];
}

/**
 * The periods a place serves in: its hours, with the lunch break cut out of them where the
 * place keeps one (09:00–17:00 becomes 09:00–12:00 and 13:30–17:00; 09:00–12:00 stays). Cutting
 * periods already cut changes nothing, so it may be applied to hours read back from anywhere.
 */
export function servedPeriods(place: Schedule): OpeningPeriod[] {
  if (place.open24h || place.lunchService) return [...place.hours];
  const from = minutes(LUNCH_BREAK.from);
  const to = minutes(LUNCH_BREAK.to);
  return place.hours.flatMap((period): OpeningPeriod[] => {
    const opens = minutes(period.opens);
    const closes = minutes(period.closes);
    if (closes <= from || opens >= to) return [period];
    return [
      ...(opens < from ? [{ weekdays: period.weekdays, opens: period.opens, closes: LUNCH_BREAK.from }] : []),
      ...(closes > to ? [{ weekdays: period.weekdays, opens: LUNCH_BREAK.to, closes: period.closes }] : []),
    ];
  });
}

export function isOpenAt(place: Schedule, at: Date): boolean {
  if (place.open24h) return true;
  const day = hoursDay(at);
  if (day === undefined) return false;
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const now = local.getUTCHours() * 60 + local.getUTCMinutes();
  return servedPeriods(place).some((period) => period.weekdays.includes(day) && now >= minutes(period.opens) && now < minutes(period.closes));
}

/**
 * When a place stops serving on a CST date: the end of the last period it serves in that day
 * (17:00 for a weekday hall, 12:00 on its Saturday); undefined on a day it does not serve
 * (a Sunday, a public holiday). A place open around the clock closes at the day's end.
 */
export function closingOn(place: Schedule, date: LocalDate): Date | undefined {
  const midnight = localDateToEpochMillis(date);
  if (place.open24h) return new Date(midnight + 24 * 60 * 60_000);
  const day = hoursDay(new Date(midnight + 12 * 60 * 60_000));
  if (day === undefined) return undefined;
  const closes = servedPeriods(place)
    .filter((period) => period.weekdays.includes(day))
    .map((period) => minutes(period.closes));
  return closes.length === 0 ? undefined : new Date(midnight + Math.max(...closes) * 60_000);
}

/**
 * Minutes of service a place has left on the CST day of `at`: what remains of its served periods
 * after `at` (a hall without lunch-time service does not serve 12:00–13:30, so at 11:50 it has
 * 10 + 210 minutes left). 0 once it has closed for the day; a place open around the clock has
 * the rest of the day.
 */
export function serviceMinutesLeft(place: Schedule, at: Date): number {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const now = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
  if (place.open24h) return 24 * 60 - now;
  const day = hoursDay(at);
  if (day === undefined) return 0;
  return servedPeriods(place)
    .filter((period) => period.weekdays.includes(day))
    .reduce((left, period) => left + Math.max(0, minutes(period.closes) - Math.max(minutes(period.opens), now)), 0);
}

/**
 * When `serviceMinutes` of a place's service from `at` will have passed on its CST day: the
 * periods it serves in are walked in order, so a wait that reaches the lunch break resumes at
 * 13:30 (five people at 6 minutes each from 11:50 are served by 13:50, not 12:20). Undefined when
 * the day's service left is shorter; a place open around the clock serves without a break.
 */
export function serviceReachedAt(place: Schedule, at: Date, serviceMinutes: number): Date | undefined {
  if (place.open24h) return new Date(at.getTime() + serviceMinutes * 60_000);
  const day = hoursDay(at);
  if (day === undefined) return undefined;
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const now = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
  const midnight = localDateToEpochMillis(epochMillisToLocalDate(at.getTime()));
  const periods = servedPeriods(place)
    .filter((period) => period.weekdays.includes(day))
    .map((period) => ({ opens: Math.max(minutes(period.opens), now), closes: minutes(period.closes) }))
    .filter((period) => period.closes > period.opens)
    .sort((a, b) => a.opens - b.opens);
  let left = serviceMinutes;
  for (const period of periods) {
    const length = period.closes - period.opens;
    if (left <= length) return new Date(midnight + (period.opens + left) * 60_000);
    left -= length;
  }
  return undefined;
}

/** Two weeks covers the longest run of days off (春节, 国庆) with a weekend beside it. */
const LOOKAHEAD_DAYS = 14;

/**
 * When a place that is closed at `at` opens next: the start of one of its served periods (the
 * end of the lunch break among them), on the first day the calendar and its hours allow.
 * Undefined if it has no hours within two weeks.
 */
export function nextOpeningAt(place: Schedule, at: Date): Date | undefined {
  const today = epochMillisToLocalDate(at.getTime());
  const startsOfService = [...new Set(servedPeriods(place).map((period) => minutes(period.opens)))].sort((a, b) => a - b);
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

/** The time of day of an instant in China Standard Time: 17:00. */
export function hallClockTime(at: Date): string {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

/** An instant as a hall states it, in China Standard Time: 11月27日（周五）09:00. */
export function hallTimeLabel(at: Date): string {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日（周${WEEKDAY_NAMES[local.getUTCDay()]}）${hallClockTime(at)}`;
}

export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const HALL_HOURS: readonly OpeningPeriod[] = [{ weekdays: WEEKDAYS, opens: '09:00', closes: '17:00' }];
export const HALL_HOURS_WITH_SATURDAY: readonly OpeningPeriod[] = [...HALL_HOURS, { weekdays: [6], opens: '09:00', closes: '12:00' }];
export const ROUND_THE_CLOCK: readonly OpeningPeriod[] = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }];
