import { fenToWanYuan, fenToYuan, wanYuanToFen, yuanToFen, type Fen } from '@yrd/shared/standard/money';
import { isRealDate, localDate, parseLocalDate, type LocalDate, type YearMonth } from '@yrd/shared/time/localDate';
import type { Sex } from '@yrd/shared/standard/recordContents';

/**
 * How the 皖事通办 exchange writes scalar values as element text. Each reader takes the
 * trimmed text and a `fail` that throws the field's NativeRecordError.
 */
export type Fail = (problem: string) => never;

const DATE = /^(\d{4})\/(\d{2})\/(\d{2})$/;
const MONTH = /^(\d{4})\/(\d{2})$/;
/** Yuan with exactly two decimals, no sign, no leading zeros: '2580.00'. */
const YUAN = /^(?:0|[1-9]\d*)\.\d{2}$/;
/** 万元 with up to six decimals: '500', '150.5'. */
const WAN_YUAN = /^(?:0|[1-9]\d*)(?:\.\d{1,6})?$/;
const WHOLE_NUMBER = /^(?:0|[1-9]\d*)$/;
const YEAR = /^\d{4}$/;

/** 'yyyy/MM/dd' → '2019-03-01'. */
export function readDate(text: string, fail: Fail): LocalDate {
  const match = DATE.exec(text);
  if (!match) return fail(`"${text}" is not a date written yyyy/MM/dd`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return fail(`"${text}" is not a calendar date`);
  return localDate(year, month, day);
}

export function writeDate(value: LocalDate): string {
  const { year, month, day } = parseLocalDate(value);
  return `${String(year).padStart(4, '0')}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

/** 'yyyy/MM' → '2026-10'. */
export function readMonth(text: string, fail: Fail): YearMonth {
  const match = MONTH.exec(text);
  if (!match) return fail(`"${text}" is not a month written yyyy/MM`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return fail(`"${text}" is not a calendar month`);
  return `${match[1]}-${match[2]}`;
}

export function writeMonth(value: YearMonth): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a standard year-month: ${value}`);
  return `${match[1]}/${match[2]}`;
}

/** '2580.00' 元 → 258000 fen. */
export function readYuan(text: string, fail: Fail): Fen {
  if (!YUAN.test(text)) return fail(`"${text}" is not an amount in yuan written with two decimals (e.g. 2580.00)`);
  try {
    return yuanToFen(text);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export function writeYuan(value: Fen): string {
  return fenToYuan(value);
}

/** '500' 万元 → 500,000,000 fen. */
export function readWanYuan(text: string, fail: Fail): Fen {
  if (!WAN_YUAN.test(text)) return fail(`"${text}" is not an amount in 万元 with at most six decimals (e.g. 500 or 150.5)`);
  try {
    return wanYuanToFen(text);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export function writeWanYuan(value: Fen): string {
  return fenToWanYuan(value);
}

/** A count such as months of contribution: '196'. */
export function readWholeNumber(text: string, fail: Fail): number {
  if (!WHOLE_NUMBER.test(text)) return fail(`"${text}" is not a whole number`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return fail(`"${text}" is out of range`);
  return value;
}

export function writeWholeNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole number: ${value}`);
  return String(value);
}

/** A calendar year: '2025'. */
export function readYear(text: string, fail: Fail): number {
  if (!YEAR.test(text)) return fail(`"${text}" is not a four-digit year`);
  return Number(text);
}

export function writeYear(value: number): string {
  if (!Number.isInteger(value) || value < 1000 || value > 9999) throw new RangeError(`not a four-digit year: ${value}`);
  return String(value);
}

/** 是 / 否. */
export function readYesNo(text: string, fail: Fail): boolean {
  if (text === '是') return true;
  if (text === '否') return false;
  return fail(`"${text}" is neither 是 nor 否`);
}

export function writeYesNo(value: boolean): string {
  return value ? '是' : '否';
}

/** 男 / 女. */
export function readSex(text: string, fail: Fail): Sex {
  if (text === '男') return 'MALE';
  if (text === '女') return 'FEMALE';
  return fail(`"${text}" is neither 男 nor 女`);
}

export function writeSex(value: Sex): string {
  return value === 'MALE' ? '男' : '女';
}
