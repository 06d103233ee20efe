/**
 * Calendar dates and months as the standard carries them: ISO strings without a time zone
 * ('2019-03-01', '2026-10'). Every province's notion of "a day" is China Standard Time
 * (UTC+8, no daylight saving), which matters when a province stores epoch milliseconds.
 */
export type LocalDate = string;
export type YearMonth = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isYearMonth(value: string): value is YearMonth {
  const match = YEAR_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isRealDate(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseLocalDate(value: string): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(value);
  if (!match || !isLocalDate(value)) throw new RangeError(`not an ISO calendar date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Midnight China Standard Time of a local date, as epoch milliseconds. */
export function localDateToEpochMillis(value: LocalDate): number {
  const { year, month, day } = parseLocalDate(value);
  return Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS;
}

/** The China Standard Time calendar date an instant falls on. */
export function epochMillisToLocalDate(millis: number): LocalDate {
  if (!Number.isFinite(millis)) throw new RangeError(`not an instant: ${millis}`);
  const shifted = new Date(millis + CHINA_OFFSET_MS);
  return localDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Today's date in China Standard Time. */
export function todayInChina(now: Date = new Date()): LocalDate {
  return epochMillisToLocalDate(now.getTime());
}

export function addDays(value: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(value);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return localDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The same day `years` years on (a term of years, as publicity periods are set); 29 February becomes 28 February in a common year. */
export function addYears(value: LocalDate, years: number): LocalDate {
  const { year, month, day } = parseLocalDate(value);
  const target = year + years;
  return localDate(target, month, isRealDate(target, month, day) ? day : day - 1);
}

export function yearMonthOf(value: LocalDate): YearMonth {
  return value.slice(0, 7);
}

/** Whole months from `from` to `to` (both 'YYYY-MM'); negative when `to` is earlier. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

export function addMonths(value: YearMonth, months: number): YearMonth {
  const [y, m] = value.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
