import { servedPeriods } from './openingHours.ts';
import type { OpeningPeriod } from './servicePlace.ts';

/**
 * The window hours an implementation list states (办理时间, e.g. 周一至周五 9:00-17:00（中午不间断）；
 * 周六 9:00-12:00), read as opening periods, so that what the item guide says of a hall can be
 * held against the periods the 7×24 map serves it in: one hall has one set of hours, and the
 * guide must not call it open while `openNow` and queue numbers call it closed.
 *
 * Read the way the map reads a hall's day: 中午不间断 (or 午间不间断, 无午休) serves through lunch,
 * otherwise the national lunch break is cut out (servedPeriods). Online service (7×24小时在线办理)
 * is no window's hours and is not read; nor is text in brackets (夏令时 …, 部分事项), which
 * qualifies hours but states none the map could keep. Public holidays follow the calendar.
 */
const DAY_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const DAY = '周[一二三四五六日天]';
const DAY_SPAN = `${DAY}(?:至${DAY})?`;
const TIME_SPAN = '\\d{1,2}:\\d{2}\\s*[-–~至]\\s*\\d{1,2}:\\d{2}';
/** Days (周一至周五, 周六、周日) followed by one or more time spans (9:00-12:00，13:30-17:00). */
const DAYS_AND_TIMES = new RegExp(`(${DAY_SPAN}(?:、${DAY_SPAN})*)\\s*(${TIME_SPAN}(?:\\s*[，、,]\\s*${TIME_SPAN})*)`, 'g');
const LUNCH_SERVICE = /中午不间断|午间不间断|无午休/;

const hhmm = (time: string) => {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${hours.padStart(2, '0')}:${minutes}`;
};

function daysOf(spec: string): number[] {
  const days: number[] = [];
  for (const span of spec.split('、')) {
    const [from, to] = span.split('至').map((day) => DAY_NUMBERS[day.replace('周', '')]);
    if (from === undefined) continue;
    for (let day = from; day <= (to ?? from); day++) days.push(day);
  }
  return days;
}

export interface ListedSchedule {
  readonly lunchService: boolean;
  /** The periods served in, the lunch break left out unless served through (as the map publishes them). */
  readonly hours: readonly OpeningPeriod[];
}

export function listedSchedule(text: string): ListedSchedule {
  const lunchService = LUNCH_SERVICE.test(text);
  const unbracketed = text.replace(/（[^）]*）|\([^)]*\)/g, '');
  const periods: OpeningPeriod[] = [];
  for (const [, days = '', times = ''] of unbracketed.matchAll(DAYS_AND_TIMES)) {
    const weekdays = daysOf(days);
    for (const span of times.split(/\s*[，、,]\s*/)) {
      const [opens = '', closes = ''] = span.split(/\s*[-–~至]\s*/);
      periods.push({ weekdays, opens: hhmm(opens), closes: hhmm(closes) });
    }
  }
  return { lunchService, hours: servedPeriods({ open24h: false, lunchService, hours: periods }) };
}

/**
 * Hours compared by what they mean, not how they are grouped: for each day of the week (1
 * Monday … 7 Sunday), its served spans in order ("09:00-12:00 13:30-17:00"; "" when closed).
 */
export function weeklyHours(hours: readonly OpeningPeriod[]): string[] {
  return [1, 2, 3, 4, 5, 6, 7].map((day) =>
    hours
      .filter((period) => period.weekdays.includes(day))
      .map((period) => `${period.opens}-${period.closes}`)
      .sort()
      .join(' '),
  );
}
