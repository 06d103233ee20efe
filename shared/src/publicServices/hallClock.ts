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
  if (env.NODE_ENV === 'production') throw new Error(`${HALL_CLOCK_VARIABLE} is for tests and demonstrations; unset it in production`);
  const start = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(start)) throw new RangeError(`${HALL_CLOCK_VARIABLE} must be an ISO 8601 instant with its offset, such as 2026-11-25T10:00+08:00; got "${raw}"`);
  return clockStartingAt(new Date(start));
}
