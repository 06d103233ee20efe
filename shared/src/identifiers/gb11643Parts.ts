/**
 * What the 18-character numbers built on GB 11643 share — the 公民身份号码 and the 2023
 * 外国人永久居留身份证号码: 17 digits and a check character (a digit or X), a birth date in
 * positions 7–14 and the sex in position 17 (odd for men, even for women). Each number's own
 * module checks the rest and names itself in the messages (`label`).
 */
import type { IdentifierProblem } from './checkResult.ts';
import { isLocalDate } from '../time/localDate.ts';
import { describeCharacter } from './describeCharacter.ts';

/** A problem without the identifier kind, which the caller adds. */
export type PartProblem = Omit<IdentifierProblem, 'kind'>;

/** How one of the numbers writes its problems: `problem` for its own rules, `ofThisKind` for the shared parts'. */
export function problemsOf(kind: IdentifierProblem['kind']) {
  return {
    problem: (reason: IdentifierProblem['reason'], message: string, detail: { expected?: string; actual?: string } = {}): IdentifierProblem => ({
      kind,
      reason,
      message,
      ...detail,
    }),
    ofThisKind: (part: PartProblem): IdentifierProblem => ({ kind, ...part }),
  };
}

export type Sex = 'MALE' | 'FEMALE';

const EARLIEST_BIRTH_DATE = '19000101';

/** Digits in positions 1–17, a digit or upper-case X in 18 (lower-case x named with a hint). */
export function characterProblem(characters: readonly string[], label: string): PartProblem | undefined {
  for (let index = 0; index < 17; index += 1) {
    const character = characters[index] ?? '';
    if (!/^[0-9]$/.test(character)) {
      return { reason: 'FORMAT', message: `${label}第${index + 1}位${describeCharacter(character)}应为数字`, actual: character };
    }
  }
  const last = characters[17] ?? '';
  if (last === 'x') {
    return {
      reason: 'FORMAT',
      message: `${label}第18位校验码应为大写字母 X，请将小写 x 改为大写 X`,
      expected: 'X',
      actual: 'x',
    };
  }
  if (!/^[0-9X]$/.test(last)) {
    return { reason: 'FORMAT', message: `${label}第18位校验码${describeCharacter(last)}应为数字或大写字母 X`, actual: last };
  }
  return undefined;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD'. */
export const isoDateOf = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/** A real calendar day from 1900-01-01 up to `today` (both YYYYMMDD). */
export function birthDateProblem(birth: string, today: string, label: string): PartProblem | undefined {
  if (!isLocalDate(isoDateOf(birth))) {
    return { reason: 'BIRTH_DATE', message: `${label}出生日期 ${birth} 不是有效日期`, actual: birth };
  }
  if (birth < EARLIEST_BIRTH_DATE) {
    return { reason: 'BIRTH_DATE', message: `${label}出生日期 ${birth} 早于 1900年1月1日，请核对`, actual: birth };
  }
  if (birth > today) {
    return { reason: 'BIRTH_DATE', message: `${label}出生日期 ${birth} 晚于今天（${today}），请核对`, actual: birth };
  }
  return undefined;
}

/** Position 17 (the last digit of the sequence): odd for men, even for women. */
export function sexOfSequence(sequence: string): Sex {
  return Number(sequence) % 2 === 1 ? 'MALE' : 'FEMALE';
}
