/**
 * What the 18-character numbers built on GB 11643 share — the 公民身份号码 and the 2023
 * 外国人永久居留身份证号码: 17 digits and a check character (a digit or X), a birth date in
 * positions 7–14 and the sex in position 17 (odd for men, even for women). Each number's own
 * module checks the rest and names itself in the messages (`label`).
 */
import type { IdentifierProblem } from './checkResult.ts';
import { isLocalDate, todayInChina } from '../time/localDate.ts';
import { describeCharacter } from './describeCharacter.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The GB 11643 check character for 17 ASCII digits. Throws RangeError on anything else. */
export function residentIdentityCheckCharacter(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) {
    throw new RangeError(`residentIdentityCheckCharacter expects 17 digits, got "${first17}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += Number(first17[index]) * weight;
  });
  const check = CHECK_CHARACTERS[sum % 11];
  if (check === undefined) throw new Error('unreachable: S mod 11 indexes an 11-character table');
  return check;
}

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

/**
 * A real calendar day from 1900-01-01 up to `today` (both YYYYMMDD). Said by its positions
 * (7–14, the month 11–12, the day 13–14), never quoting the digits: they are the holder's birth
 * date, and the message goes into logs and clients' error reports.
 */
export function birthDateProblem(birth: string, today: string, label: string): PartProblem | undefined {
  const said = `${label}第7–14位出生日期`;
  if (!isLocalDate(isoDateOf(birth))) {
    const month = Number(birth.slice(4, 6));
    const part = month >= 1 && month <= 12 ? '第13–14位的日在该月不存在' : '第11–12位月份应为 01–12';
    return { reason: 'BIRTH_DATE', message: `${said}不是有效日期：${part}` };
  }
  if (birth < EARLIEST_BIRTH_DATE) return { reason: 'BIRTH_DATE', message: `${said}早于 1900年1月1日，请核对` };
  if (birth > today) return { reason: 'BIRTH_DATE', message: `${said}晚于今天，请核对` };
  return undefined;
}

/**
 * What both numbers check last, once their own leading parts passed: the birth date in
 * positions 7–14 (a real day, not before 1900 nor after today in China), then the check character.
 * A check character that does not match is said to be wrong, not which it should be: that would
 * complete a number guessed from its first 17 digits (nor is the one typed repeated).
 */
export function birthAndCheckProblem(input: string, today: Date, label: string): PartProblem | undefined {
  if (Number.isNaN(today.getTime())) throw new RangeError('options.today is an invalid Date');
  const birthProblem = birthDateProblem(input.slice(6, 14), todayInChina(today).replaceAll('-', ''), label);
  if (birthProblem !== undefined) return birthProblem;
  if (residentIdentityCheckCharacter(input.slice(0, 17)) === input.slice(17)) return undefined;
  return { reason: 'CHECK_CHARACTER', message: `${label}校验码错误：第18位校验码与前17位不符，请逐位核对号码` };
}

/** Position 17 (the last digit of the sequence): odd for men, even for women. */
export function sexOfSequence(sequence: string): Sex {
  return Number(sequence) % 2 === 1 ? 'MALE' : 'FEMALE';
}
