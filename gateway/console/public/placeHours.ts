import type { ServicePlace } from '../graphql/resultTypes.ts';

/** The schema's weekdays: 1 Monday … 7 Sunday. */
const DAY_NAMES = ['', '一', '二', '三', '四', '五', '六', '日'];

/** Days as a hall posts them: 周一至周五, 周六, 周一、周三, 每天 — a run of three days or more as a range. */
export function weekdaysLabel(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  if (days.length === 7) return '每天';
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`周${DAY_NAMES[run[0] ?? 0]}至周${DAY_NAMES[run.at(-1) ?? 0]}`] : run.map((day) => `周${DAY_NAMES[day]}`)))
    .join('、');
}

/**
 * A place's opening hours in words, the periods of the same days together: 周一至周五
 * 09:00–12:00、13:30–17:00；周六 09:00–12:00 — a hall without lunch-time service publishes its
 * day in two periods (no numbers are given over lunch either), so the break shows as it is.
 */
export function placeHours(place: Pick<ServicePlace, 'open24h' | 'hours'>): string {
  if (place.open24h) return '24 小时开放';
  const byDays = new Map<string, string[]>();
  for (const period of place.hours) {
    const days = weekdaysLabel(period.weekdays);
    byDays.set(days, [...(byDays.get(days) ?? []), `${period.opens}–${period.closes}`]);
  }
  return [...byDays].map(([days, times]) => `${days} ${times.join('、')}`).join('；');
}
