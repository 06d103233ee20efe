import type { Region } from '../regions/regionRegistry.ts';
import type { GraphQLError } from 'graphql';
import { badUserInput } from '../graphql/errorCodes.ts';
import { regionOfDivision } from '../regions/regionRegistry.ts';
import { todayInChina } from '../time/localDate.ts';
import { numberProblem, type ProvinceDayNumber } from './provinceDayNumber.ts';

/**
 * A case number (办件编号): the filing province's two-digit code, the day the case was opened
 * in China Standard Time (YYYYMMDD) and the province's sequence of that day (6 digits, from
 * 000001) — 3220261127000001 is Jiangsu's first case of 27 November 2026 (caseStore.ts gives them).
 */
export const CASE_NUMBER: ProvinceDayNumber = {
  name: '办件编号',
  shape: /^\d{16}$/,
  layout: '16位数字（省份2位、日期8位、序号6位）',
  dateAt: 2,
  dateMeaning: '受理日期',
};

const SEQUENCE_AT = 10;

/**
 * How far a province's clock may run ahead of the one checking the number. A case is numbered
 * by its province's system clock (caseStore.openCase); the hub checks case(id:) by its own. Just
 * after midnight in China a province a little ahead has numbered the new day's cases while the
 * hub still reads yesterday: for those minutes such a number is not called a future one.
 */
const CLOCK_AHEAD_MS = 5 * 60 * 1000;

/** The province a case number was filed in, or BAD_USER_INPUT on `field` saying what is wrong with the number (caseNumberProblem). */
export function caseNumberProvince(id: string, field: string, now: Date = new Date()): Region {
  const problem = caseNumberProblem(id, field, now);
  if (problem) throw problem;
  return regionOfDivision(id) as Region;
}

/**
 * What is wrong with a case number sent as `field`, from the number alone; undefined when a
 * province could have given it. Beyond what provinceDayNumber.ts checks of every such number
 * (how it was typed, its layout, its province, a day no calendar has): a day after today in
 * China (DATE, with `date`: no case has been opened on it yet) and sequence 000000 (FORMAT, with
 * `sequence`: a day's cases are numbered from 000001). "Today" is read from the system clock at
 * `now` — the clock cases are numbered by — never the service halls' clock (hallClock.ts), which
 * tests and demonstrations set to another day.
 */
export function caseNumberProblem(id: string, field: string, now: Date = new Date()): GraphQLError | undefined {
  const problem = numberProblem(id, field, CASE_NUMBER);
  if (problem) return problem;
  const { name, dateAt, dateMeaning } = CASE_NUMBER;
  const day = id.slice(dateAt, dateAt + 8);
  const today = todayInChina(new Date(now.getTime() + CLOCK_AHEAD_MS)).replaceAll('-', '');
  if (day > today) {
    return badUserInput(
      field,
      `${name} ${id} 中的日期 ${day} 晚于今天（${todayInChina(now).replaceAll('-', '')}）：第${dateAt + 1}–${dateAt + 8}位是${dateMeaning}，${name}不会是将来的日期，请核对${name}`,
      { reason: 'DATE', date: day },
    );
  }
  const sequence = id.slice(SEQUENCE_AT);
  if (/^0+$/.test(sequence)) {
    return badUserInput(field, `${name} ${id} 的序号 ${sequence} 不存在：第${SEQUENCE_AT + 1}–${id.length}位是当日的受理序号，从 000001 起，请核对${name}`, {
      reason: 'FORMAT',
      sequence,
    });
  }
  return undefined;
}
