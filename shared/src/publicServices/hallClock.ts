import { ConfigurationError } from '../process/configurationError.ts';
import { clockStartingAt, systemClock, type Clock } from '../time/clock.ts';

/**
 * The clock of the service halls — whether a place is open now (the 7×24 map's `openNow`),
 * whether it gives out queue numbers, and which day a number is for. The system clock, unless
 * YRD_HALL_CLOCK_START names the instant (ISO 8601, with its offset) it should read at start:
 * for tests and demonstrations, so that what they show does not depend on the hour they run at.
 * Refused when NODE_ENV=production, so that a real hall never runs on a made-up time.
 */
export const HALL_CLOCK_VARIABLE = 'YRD_HALL_CLOCK_START';

export function hallClockFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): Clock {
  const raw = env[HALL_CLOCK_VARIABLE];
  if (raw === undefined || raw === '') return systemClock;
  if (env.NODE_ENV === 'production') throw new ConfigurationError(`${HALL_CLOCK_VARIABLE} is for tests and demonstrations; unset it in production`);
  const start = parseInstant(raw);
  if (start === undefined) {
    throw new ConfigurationError(`${HALL_CLOCK_VARIABLE} must be an ISO 8601 instant on a real calendar day, with its offset, such as 2026-11-25T10:00+08:00; got "${raw}"`);
  }
  return clockStartingAt(new Date(start));
}

/**
 * The instant `raw` writes, or undefined. Date.parse alone rolls a day the month does not have
 * over into the next month (2026-02-30 is read as 2 March): a hall clock started on a day nobody
 * meant. Each field is checked against the calendar instead.
 */
function parseInstant(raw: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(raw);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.slice(1).map((part) => Number(part ?? '0')) as number[];
  const within = (value: number | undefined, low: number, high: number) => value !== undefined && value >= low && value <= high;
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  const valid =
    within(month, 1, 12) &&
    within(day, 1, lastDay) &&
    within(hour, 0, 23) &&
    within(minute, 0, 59) &&
    within(second, 0, 59) &&
    within(offsetHours, 0, 23) &&
    within(offsetMinutes, 0, 59);
  if (!valid) return undefined;
  const start = Date.parse(raw);
  return Number.isNaN(start) ? undefined : start;
}
