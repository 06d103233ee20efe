/**
 * Calendar-date helpers for birth dates written as YYYYMMDD (proleptic Gregorian calendar).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `yyyymmdd` is 8 digits naming a date that exists (19000229 no, 20000229 yes). */
export function isRealCalendarDate(yyyymmdd: string): boolean {
  if (!/^[0-9]{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar date (YYYYMMDD) that `instant` falls on in China, whatever the server's time zone,
 * so that "not in the future" means the same thing at every window.
 */
export function chinaCalendarDateOf(instant: Date): string {
  const shifted = new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS);
  const year = String(shifted.getUTCFullYear()).padStart(4, '0');
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  return `${year}${month}${day}`;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD'. */
export function isoDateOf(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}
