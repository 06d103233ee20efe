import { epochMillisToLocalDate, localDateToEpochMillis, type LocalDate, type YearMonth } from '@yrd/shared/time/localDate';

/**
 * How the 浙江 IRS data warehouse writes time (数据仓库时间约定):
 * - a pure date (出生日期、开户日期…) is the epoch-millisecond instant of 00:00 China Standard
 *   Time (UTC+8, no daylight saving) of that date — the warehouse writes CST midnight, never
 *   any other instant, so a pure-date value off CST midnight breaks the contract;
 * - `gmt_modified` is any instant (epoch milliseconds); its CST calendar date is the day;
 * - a month is the integer yyyymm (202610).
 *
 * Reading epoch millis in UTC would put every CST midnight on the previous day, so every
 * conversion here goes through the shared CST helpers, never `new Date(ms).toISOString()`.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Milliseconds past CST midnight of the instant's own CST day (0 for a CST midnight). */
export function millisPastCstMidnight(millis: number): number {
  return (((millis + CST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** '13:05:00' style CST clock time of an instant, for error messages. */
export function cstClockTime(millis: number): string {
  const past = millisPastCstMidnight(millis);
  const hours = Math.floor(past / 3_600_000);
  const minutes = Math.floor((past % 3_600_000) / 60_000);
  const seconds = Math.floor((past % 60_000) / 1000);
  const ms = past % 1000;
  const clock = [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
  return ms === 0 ? clock : `${clock}.${String(ms).padStart(3, '0')}`;
}

export function isCstMidnight(millis: number): boolean {
  return Number.isSafeInteger(millis) && millisPastCstMidnight(millis) === 0;
}

/** Pure date → the warehouse's CST-midnight epoch millis. */
export function dateToWarehouseMillis(date: LocalDate): number {
  return localDateToEpochMillis(date);
}

/** CST-midnight epoch millis → the date. The caller has checked `isCstMidnight`. */
export function warehouseMillisToDate(millis: number): LocalDate {
  return epochMillisToLocalDate(millis);
}

/** Any instant → the CST calendar date it falls on (for gmt_modified). */
export function instantToCstDate(millis: number): LocalDate {
  return epochMillisToLocalDate(millis);
}

/** '2026-10' → 202610. */
export function yearMonthToWarehouse(month: YearMonth): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`not a year-month: ${month}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** 202610 → '2026-10'; null when the integer is not a yyyymm with a month 01–12. */
export function warehouseToYearMonth(value: number): YearMonth | null {
  if (!Number.isSafeInteger(value) || value < 100_001 || value > 999_912) return null;
  const year = Math.floor(value / 100);
  const month = value % 100;
  if (month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}
