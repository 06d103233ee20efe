import { epochMillisToLocalDate, isRealDate, type LocalDate } from '@yrd/shared/time/localDate';
import { describeJson, FieldProblem, type FieldCodec } from './fieldCodecs.ts';

/**
 * `lastModified`: the instant the record last changed, as an ISO-8601 / RFC 3339 date-time
 * WITH an offset ('2026-11-10T09:30:00+08:00', '2026-11-09T17:30:00Z'). The platform's Java
 * services write OffsetDateTime.toString(), so seconds and fractions are optional
 * ('2012-05-20T14:03+08:00', '...T10:15:22.318+08:00'). A date-time without an offset is an
 * error: it does not say which day it is in Shanghai.
 *
 * The standard's updatedOn is the China Standard Time calendar date of that instant, so
 * '2026-11-09T17:30:00Z' is updatedOn '2026-11-10'.
 */
const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const MINUTE_MS = 60_000;

/** The instant of an offset date-time, in epoch milliseconds; throws FieldProblem. */
export function parseOffsetDateTime(value: string): number {
  const match = OFFSET_DATE_TIME.exec(value);
  const problem = (what: string): FieldProblem =>
    new FieldProblem(`${what}, got ${describeJson(value)}; expected a date-time with offset such as "2026-11-10T09:30:00+08:00"`);
  if (!match) throw problem('not an ISO-8601 date-time with offset');
  const [, y, mo, d, h, mi, s = '0', fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (!isRealDate(year, month, day)) throw problem('not a calendar date');
  if (hour > 23 || minute > 59 || second > 59) throw problem('not a time of day');
  if (Number(offsetHours) > 18 || Number(offsetMinutes) > 59) throw problem('not a UTC offset');
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * MINUTE_MS;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offsetMs;
}

/** lastModified ↔ updatedOn. Written as midnight Shanghai time of the date. */
export const lastModified: FieldCodec<LocalDate> = {
  read(raw) {
    if (typeof raw !== 'string') throw new FieldProblem(`expected a date-time string with offset, got ${describeJson(raw)}`);
    return epochMillisToLocalDate(parseOffsetDateTime(raw));
  },
  write: (date) => `${date}T00:00:00+08:00`,
};
