import type { Fen } from '@yrd/shared/standard/money';
import { fenToWanYuan, fenToYuan, wanYuanToFen, yuanToFen } from '@yrd/shared/standard/money';
import type { LocalDate, YearMonth } from '@yrd/shared/time/localDate';
import { isRealDate, isYearMonth, localDate, parseLocalDate } from '@yrd/shared/time/localDate';

/**
 * How Jiangsu's extracts spell values inside a CSV field, both ways. Parsers return undefined
 * for text that breaks the syntax (the field reader turns that into a NativeRecordError naming
 * the column); formatters throw RangeError for standard values that cannot be written.
 *
 *   date     yyyyMMdd            '20190301'
 *   month    yyyyMM              '201903'
 *   yuan     digits '.' 2 digits '2580.00' (exactly two decimals, no sign, no grouping)
 *   万元      digits ['.' 1–6 digits] '500', '150.5'
 *   count    digits, no leading zero
 *   year     4 digits
 *   flag     '1' | '0'
 *   list     labels joined by '|' ('养老|医疗'); empty field = empty list
 */

/** Separator of the values in a list field such as cbxz. */
export const LIST_SEPARATOR = '|';

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const YUAN = /^\d+\.\d{2}$/;
const WAN_YUAN = /^\d+(?:\.\d{1,6})?$/;
const COUNT = /^(?:0|[1-9]\d*)$/;
const YEAR = /^\d{4}$/;
const DIVISION_CODE = /^\d{6}$/;

export function parseCompactDate(text: string): LocalDate | undefined {
  const match = COMPACT_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? localDate(year, month, day) : undefined;
}

export function formatCompactDate(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

export function parseCompactMonth(text: string): YearMonth | undefined {
  const match = COMPACT_MONTH.exec(text);
  if (!match) return undefined;
  const month = `${match[1]}-${match[2]}`;
  return isYearMonth(month) ? month : undefined;
}

export function formatCompactMonth(month: YearMonth): string {
  if (!isYearMonth(month)) throw new RangeError(`not a year and month (YYYY-MM): "${month}"`);
  return month.replace('-', '');
}

export function parseYuan(text: string): Fen | undefined {
  if (!YUAN.test(text)) return undefined;
  try {
    return yuanToFen(text);
  } catch {
    return undefined; // out of the safe-integer range
  }
}

export function formatYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a non-negative whole number of fen: ${fen}`);
  return fenToYuan(fen);
}

export function parseWanYuan(text: string): Fen | undefined {
  if (!WAN_YUAN.test(text)) return undefined;
  try {
    return wanYuanToFen(text);
  } catch {
    return undefined; // out of the safe-integer range
  }
}

export function formatWanYuan(fen: Fen): string {
  return fenToWanYuan(fen);
}

export function parseCount(text: string): number | undefined {
  if (!COUNT.test(text)) return undefined;
  const count = Number(text);
  return Number.isSafeInteger(count) ? count : undefined;
}

export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`not a non-negative whole number: ${count}`);
  return String(count);
}

export function parseYear(text: string): number | undefined {
  return YEAR.test(text) ? Number(text) : undefined;
}

export function formatYear(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a four-digit year: ${year}`);
  return String(year);
}

export function parseFlag(text: string): boolean | undefined {
  if (text === '1') return true;
  if (text === '0') return false;
  return undefined;
}

export function formatFlag(flag: boolean): string {
  return flag ? '1' : '0';
}

export function isDivisionCode(text: string): boolean {
  return DIVISION_CODE.test(text);
}
