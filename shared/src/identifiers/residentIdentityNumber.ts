/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and a check character over the first 17 digits (ISO 7064 MOD 11-2:
 * weights 2^(18-i) mod 11, check = "10X98765432"[S mod 11]).
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { isLocalDate, todayInChina } from '../time/localDate.ts';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';
import type { DivisionRecord } from './divisionCodes.ts';
import { lookupDivision, provinceNameOf } from './divisionCodes.ts';
import { isResidencePermitAddressCode } from './residencePermitAddressCodes.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '19000101';

export type AddressCodeStatus = 'CURRENT' | 'HISTORICAL' | 'UNKNOWN';

export interface ResidentIdentityNumberInfo {
  number: string;
  /** Positions 1–6. Retired codes stay valid: a number keeps the code it was issued with. */
  addressCode: string;
  /** Known current, known retired, or unknown to our list (but with a valid province prefix). */
  addressCodeStatus: AddressCodeStatus;
  division: DivisionRecord | undefined;
  provincePrefix: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  /** Positions 15–17. */
  sequence: string;
}

export interface ValidateResidentIdentityNumberOptions {
  /** Reference instant for "not in the future"; its calendar date in China (UTC+8) is used. */
  today?: Date;
}

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

/** Appends the check character, for fixture generators. */
export function completeResidentIdentityNumber(first17: string): string {
  return first17 + residentIdentityCheckCharacter(first17);
}

function problem(
  reason: IdentifierProblem['reason'],
  message: string,
  detail: { expected?: string; actual?: string } = {},
): IdentifierProblem {
  return { kind: 'RESIDENT_IDENTITY_NUMBER', reason, message, ...detail };
}

function formatProblem(characters: readonly string[]): IdentifierProblem | undefined {
  for (let index = 0; index < 17; index += 1) {
    const character = characters[index] ?? '';
    if (!/^[0-9]$/.test(character)) {
      return problem('FORMAT', `公民身份号码第${index + 1}位${describeCharacter(character)}应为数字`, {
        actual: character,
      });
    }
  }
  const last = characters[17] ?? '';
  if (last === 'x') {
    return problem(
      'FORMAT',
      '公民身份号码第18位校验码应为大写字母 X，请将小写 x 改为大写 X',
      { expected: 'X', actual: 'x' },
    );
  }
  if (!/^[0-9X]$/.test(last)) {
    return problem(
      'FORMAT',
      `公民身份号码第18位校验码${describeCharacter(last)}应为数字或大写字母 X`,
      { actual: last },
    );
  }
  return undefined;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD'. */
const isoDateOf = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

function birthDateProblem(birth: string, today: string): IdentifierProblem | undefined {
  if (!isLocalDate(isoDateOf(birth))) {
    return problem('BIRTH_DATE', `公民身份号码出生日期 ${birth} 不是有效日期`, { actual: birth });
  }
  if (birth < EARLIEST_BIRTH_DATE) {
    return problem('BIRTH_DATE', `公民身份号码出生日期 ${birth} 早于 1900年1月1日，请核对`, {
      actual: birth,
    });
  }
  if (birth > today) {
    return problem('BIRTH_DATE', `公民身份号码出生日期 ${birth} 晚于今天（${today}），请核对`, {
      actual: birth,
    });
  }
  return undefined;
}

/**
 * Checks, in order: length, characters (lower-case x is rejected with an explicit hint), the
 * address code's province prefix (or a 港澳台居民居住证 address code, see
 * residencePermitAddressCodes.ts), the birth date, then the check character.
 */
export function validateResidentIdentityNumber(
  input: string,
  options: ValidateResidentIdentityNumberOptions = {},
): CheckResult<ResidentIdentityNumberInfo> {
  const characters = codePointsOf(input);
  if (characters.length !== 18) {
    return failed(
      problem('LENGTH', `公民身份号码长度应为18位，实际为${characters.length}位`, {
        expected: '18',
        actual: String(characters.length),
      }),
    );
  }
  const format = formatProblem(characters);
  if (format !== undefined) return failed(format);

  const addressCode = input.slice(0, 6);
  const provincePrefix = input.slice(0, 2);
  // 830000 (a Taiwan resident's 居住证) has no province-level division behind it, yet is issued.
  if (provinceNameOf(provincePrefix) === undefined && !isResidencePermitAddressCode(addressCode)) {
    return failed(
      problem('DIVISION', `公民身份号码地址码 ${addressCode} 的省级代码 ${provincePrefix} 不存在`, {
        actual: addressCode,
      }),
    );
  }

  const today = options.today ?? new Date();
  if (Number.isNaN(today.getTime())) throw new RangeError('options.today is an invalid Date');
  const birth = input.slice(6, 14);
  const birthProblem = birthDateProblem(birth, todayInChina(today).replaceAll('-', ''));
  if (birthProblem !== undefined) return failed(birthProblem);

  const expected = residentIdentityCheckCharacter(input.slice(0, 17));
  const actual = input.slice(17);
  if (expected !== actual) {
    return failed(
      problem('CHECK_CHARACTER', `公民身份号码校验码错误：按前17位应为 ${expected}，实际为 ${actual}`, {
        expected,
        actual,
      }),
    );
  }

  const division = lookupDivision(addressCode);
  const sequence = input.slice(14, 17);
  return passed({
    number: input,
    addressCode,
    addressCodeStatus: division?.status ?? 'UNKNOWN',
    division,
    provincePrefix,
    birthDate: isoDateOf(birth),
    sex: Number(sequence) % 2 === 1 ? 'MALE' : 'FEMALE',
    sequence,
  });
}
