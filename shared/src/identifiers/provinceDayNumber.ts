import type { GraphQLError } from 'graphql';
import { echoedInput } from '../graphql/echoedInput.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import { REGIONS, regionOfDivision, type Region } from '../regions/regionRegistry.ts';
import { isRealDate } from '../time/localDate.ts';
import { provinceNameOf } from './divisionCodes.ts';
import { typingSlip } from './typingSlip.ts';

/**
 * Numbers the federation gives out that begin with the province that gave them and carry the
 * day it gave them, in China Standard Time: a case number (办件编号 3220261127000001), a queue
 * ticket's id (排队号编号 32Q20261127…). Checked with the care identity numbers get, so that a
 * clerk is told which part is wrong and never that such a thing might exist: how it was typed
 * (全角, spaces: typingSlip.ts), its layout, a province outside the delta (UNKNOWN_REGION, the same
 * for every such number) and a day no calendar has (20261332, 20260230: DATE). All BAD_USER_INPUT
 * naming the field, from the number alone — before it is routed or looked up.
 */
export interface ProvinceDayNumber {
  /** What the number is called on a form: 办件编号. */
  readonly name: string;
  /** Its whole layout, half-width. */
  readonly shape: RegExp;
  /** The layout in words, for a number that does not have it: 16位数字（省份2位、日期8位、序号6位）. */
  readonly layout: string;
  /** Where its eight-digit day (YYYYMMDD) starts, and what that day is (受理日期). */
  readonly dateAt: number;
  readonly dateMeaning: string;
}

/** The province a number of this kind belongs to, or the BAD_USER_INPUT on `field` that says what is wrong with it. */
export function provinceOfNumber(id: string, field: string, kind: ProvinceDayNumber): Region {
  const problem = numberProblem(id, field, kind);
  if (problem) throw problem;
  return regionOfDivision(id) as Region;
}

/** What is wrong with a number, in words, with its reason and details (the extensions of its refusal). */
export interface NumberProblem {
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>> & { readonly reason: string };
}

/** What is wrong with the number, from the number alone; undefined when it is one the federation could have given. */
export function numberProblem(id: string, field: string, kind: ProvinceDayNumber): GraphQLError | undefined {
  const problem = numberProblemInWords(id, kind);
  return problem && badUserInput(field, problem.message, problem.details);
}

/** numberProblem's words and details, for a message that says more around them (a page cursor's). */
export function numberProblemInWords(id: string, kind: ProvinceDayNumber): NumberProblem | undefined {
  const { name } = kind;
  const slip = typingSlip(id, name);
  if (slip) {
    const { reason, message, ...detail } = slip;
    return { message, details: { reason, ...detail } };
  }
  if (!kind.shape.test(id)) return { message: `${name}应为${kind.layout}，收到${echoedInput(id)}`, details: { reason: 'FORMAT' } };
  if (!regionOfDivision(id)) {
    // Any other prefix is a mistyped number (or one from outside the delta), not one that went missing.
    const provinceCode = id.slice(0, 2);
    const named = provinceNameOf(provinceCode);
    const delta = REGIONS.map((region) => `${region.name} ${region.divisionPrefix}`).join('、');
    return {
      message: `${name} ${id} 的前两位省份代码 ${provinceCode}${named ? `（${named}）` : ' '}不是长三角的省份（${delta}），请核对${name}`,
      details: { reason: 'UNKNOWN_REGION', provinceCode },
    };
  }
  const day = id.slice(kind.dateAt, kind.dateAt + 8);
  if (!isRealDate(Number(day.slice(0, 4)), Number(day.slice(4, 6)), Number(day.slice(6, 8)))) {
    return {
      message: `${name} ${id} 中的日期 ${day} 不存在（第${kind.dateAt + 1}–${kind.dateAt + 8}位是${kind.dateMeaning}，写作年月日，如 20261127），请核对${name}`,
      details: { reason: 'DATE', date: day },
    };
  }
  return undefined;
}
