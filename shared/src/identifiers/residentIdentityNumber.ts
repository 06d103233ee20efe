/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and a check character over the first 17 digits (ISO 7064 MOD 11-2:
 * weights 2^(18-i) mod 11, check = "10X98765432"[S mod 11]). No resident number begins with 9
 * (no province-level code does): 9 begins the 2023 外国人永久居留身份证号码, which shares the
 * check, birth date and sex (foreignPermanentResidentNumber.ts).
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { codePointsOf } from './describeCharacter.ts';
import type { DivisionRecord } from './divisionCodes.ts';
import { lookupDivision, provinceNameOf } from './divisionCodes.ts';
import { isResidencePermitAddressCode } from './residencePermitAddressCodes.ts';
import { birthAndCheckProblem, characterProblem, isoDateOf, problemsOf, residentIdentityCheckCharacter, sexOfSequence, type Sex } from './gb11643Parts.ts';

// The check character is the two numbers' own (gb11643Parts.ts); it keeps its name here.
export { residentIdentityCheckCharacter };

const LABEL = '公民身份号码';
/** The one address code led by 83 (residencePermitAddressCodes.ts). */
const TAIWAN_PERMIT_ADDRESS_CODE = '830000';

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
  sex: Sex;
  /** Positions 15–17. */
  sequence: string;
}

export interface ValidateResidentIdentityNumberOptions {
  /** Reference instant for "not in the future"; its calendar date in China (UTC+8) is used. */
  today?: Date;
}

/** Appends the check character, for fixture generators. */
export function completeResidentIdentityNumber(first17: string): string {
  return first17 + residentIdentityCheckCharacter(first17);
}

const { problem, ofThisKind } = problemsOf('RESIDENT_IDENTITY_NUMBER');

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
  const format = characterProblem(characters, LABEL);
  if (format !== undefined) return failed(ofThisKind(format));

  const addressCode = input.slice(0, 6);
  const provincePrefix = input.slice(0, 2);
  // 830000 (a Taiwan resident's 居住证) has no province-level division behind it, yet is issued.
  if (provinceNameOf(provincePrefix) === undefined && !isResidencePermitAddressCode(addressCode)) {
    // The province code alone: the rest of the address code narrows down where the holder was born.
    const permit = provincePrefix === TAIWAN_PERMIT_ADDRESS_CODE.slice(0, 2);
    const said = permit
      ? `公民身份号码第1–6位地址码不存在：以 ${provincePrefix} 开头的只有台湾居民居住证的 ${TAIWAN_PERMIT_ADDRESS_CODE}，请核对`
      : `公民身份号码第1–2位省级代码 ${provincePrefix} 不存在，请核对`;
    return failed(problem('DIVISION', said, { actual: provincePrefix }));
  }

  const tail = birthAndCheckProblem(input, options.today ?? new Date(), LABEL);
  if (tail !== undefined) return failed(ofThisKind(tail));
  const birth = input.slice(6, 14);

  const division = lookupDivision(addressCode);
  const sequence = input.slice(14, 17);
  return passed({
    number: input,
    addressCode,
    addressCodeStatus: division?.status ?? 'UNKNOWN',
    division,
    provincePrefix,
    birthDate: isoDateOf(birth),
    sex: sexOfSequence(sequence),
    sequence,
  });
}
