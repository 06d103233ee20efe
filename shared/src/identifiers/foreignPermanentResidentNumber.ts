/**
 * 外国人永久居留身份证号码, the number of the permanent resident card issued to foreigners since
 * December 2023 (National Immigration Administration, 2023), 18 characters:
 *   1 '9' (a foreigner's permanent residence) · 2–3 the province-level division (GB/T 2260) whose
 *   exit-entry administration accepted the application · 4–6 nationality, the numeric code of
 *   GB/T 2659.1 / ISO 3166-1 · 7–14 birth date YYYYMMDD · 15–16 sequence · 17 sex (odd for men,
 *   even for women) · 18 check character, computed as for the 公民身份号码 (GB 11643).
 *
 * Not here: the 15-character number of the earlier card (2017 and before), led by a 3-letter
 * nationality. It is still refused, by its length, like any identifier that is no 18 characters.
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { countryOf, type Country } from './countryCodes.ts';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';
import { provinceNameOf, type ProvinceLevelDivision } from './divisionCodes.ts';
import { birthAndCheckProblem, characterProblem, isoDateOf, problemsOf, residentIdentityCheckCharacter, sexOfSequence, type Sex } from './gb11643Parts.ts';

const LABEL = '外国人永久居留身份证号码';

/** Position 1 of every such number. No 公民身份号码 begins with it: no province code does. */
export const FOREIGN_PERMANENT_RESIDENT_MARK = '9';

/**
 * Province-level divisions that accept no application: permanent residence is applied for at an
 * exit-entry administration of the mainland (Taiwan, Hong Kong and Macau have none).
 */
const NOT_ACCEPTING_PROVINCES: ReadonlySet<string> = new Set(['71', '81', '82']);

/**
 * Codes of GB/T 2659.1 that are no foreign nationality: China's own, and those of its Hong
 * Kong, Macau and Taiwan regions, whose residents hold a 居住证 with a 公民身份号码 instead
 * (residencePermitAddressCodes.ts).
 */
const NOT_FOREIGN: ReadonlySet<string> = new Set(['156', '344', '446', '158']);

export interface ForeignPermanentResidentNumberInfo {
  number: string;
  /** Positions 2–3: where the application was accepted. */
  acceptingProvince: ProvinceLevelDivision;
  /** Positions 4–6. */
  nationality: Country;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** Positions 15–17. */
  sequence: string;
}

export interface ValidateForeignPermanentResidentNumberOptions {
  /** Reference instant for "not in the future"; its calendar date in China (UTC+8) is used. */
  today?: Date;
}

/** Appends the check character (that of GB 11643), for fixture generators. */
export function completeForeignPermanentResidentNumber(first17: string): string {
  return first17 + residentIdentityCheckCharacter(first17);
}

const { problem, ofThisKind } = problemsOf('FOREIGN_PERMANENT_RESIDENT_NUMBER');

function acceptingProvinceOf(prefix: string): ProvinceLevelDivision | IdentifierProblem {
  const name = provinceNameOf(prefix);
  if (name === undefined) {
    return problem('DIVISION', `${LABEL}第2-3位受理地代码 ${prefix} 不是省级行政区划代码，请核对`, { actual: prefix });
  }
  if (NOT_ACCEPTING_PROVINCES.has(prefix)) {
    return problem('DIVISION', `${LABEL}第2-3位受理地代码 ${prefix}（${name}）不受理外国人永久居留申请，应为内地省级行政区划代码，请核对`, {
      actual: prefix,
    });
  }
  return { prefix, name };
}

function nationalityOf(code: string): Country | IdentifierProblem {
  const country = countryOf(code);
  if (country === undefined) {
    return problem('NATIONALITY', `${LABEL}第4-6位国籍代码 ${code} 不是 GB/T 2659 国家和地区代码，请核对`, { actual: code });
  }
  if (NOT_FOREIGN.has(code)) {
    return problem('NATIONALITY', `${LABEL}第4-6位国籍代码 ${code}（${country.name}）不是外国国籍，请核对；港澳台居民请使用居住证上的公民身份号码`, {
      actual: code,
    });
  }
  return country;
}

/**
 * Checks, in order: length, characters (lower-case x is rejected with a hint), the leading 9,
 * the accepting province, the nationality, the birth date, then the check character.
 */
export function validateForeignPermanentResidentNumber(
  input: string,
  options: ValidateForeignPermanentResidentNumberOptions = {},
): CheckResult<ForeignPermanentResidentNumberInfo> {
  const characters = codePointsOf(input);
  if (characters.length !== 18) {
    return failed(
      problem('LENGTH', `${LABEL}长度应为18位，实际为${characters.length}位`, {
        expected: '18',
        actual: String(characters.length),
      }),
    );
  }
  const format = characterProblem(characters, LABEL);
  if (format !== undefined) return failed(ofThisKind(format));
  const mark = input.charAt(0);
  if (mark !== FOREIGN_PERMANENT_RESIDENT_MARK) {
    return failed(
      problem('FORMAT', `${LABEL}第1位应为 9，实际为${describeCharacter(mark)}`, {
        expected: FOREIGN_PERMANENT_RESIDENT_MARK,
        actual: mark,
      }),
    );
  }

  const acceptingProvince = acceptingProvinceOf(input.slice(1, 3));
  if ('reason' in acceptingProvince) return failed(acceptingProvince);
  const nationality = nationalityOf(input.slice(3, 6));
  if ('reason' in nationality) return failed(nationality);

  const tail = birthAndCheckProblem(input, options.today ?? new Date(), LABEL);
  if (tail !== undefined) return failed(ofThisKind(tail));
  const birth = input.slice(6, 14);

  const sequence = input.slice(14, 17);
  return passed({
    number: input,
    acceptingProvince,
    nationality,
    birthDate: isoDateOf(birth),
    sex: sexOfSequence(sequence),
    sequence,
  });
}
