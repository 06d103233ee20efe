/**
 * 统一社会信用代码 (GB 32100-2015), 18 characters:
 *   1 registration authority · 2 organisation type · 3–8 division code of the registering
 *   authority (GB/T 2260) · 9–17 organisation code (GB 11714, with its own check at 17) · 18 check.
 * Alphabet: 31 characters, no I, O, S, V, Z. Check (ISO 7064 MOD 31-3 style): weights 3^(i−1) mod 31,
 * check = alphabet[(31 − S mod 31) mod 31].
 *
 * Organisation-code check (positions 9–17). We checked whether post-2015 "MA…" codes carry a valid
 * GB 11714 check: they do. Both reference examples pass (91350200776049653A → 77604965-3,
 * 91440101MA5CJQ4N59 → MA5CJQ4N-5), and so did all 25 further codes found in public material
 * whose 18th character is right (bodies MA…, MA0…, MAC…, MAD…, MAE…, MAK… and pre-2015 numeric
 * ones; types 11, 12, 91, 92), e.g. 91440300MA5H8REU3K and 91210103MA7CJ3C094 from code-signing
 * certificates, and 91310000MA1FW1BXX2 printed next to “组织机构代码：MA1FW1BX-X”. The only code
 * found that passed the 18th-character check but failed GB 11714 (92440300MA5FQ2X7J0) sits in a
 * synthetic bookkeeping sample whose author had fixed only the 18th character. By chance alone 1
 * in 11 would pass. So a failing organisation-code check is treated as an error (CHECK_CHARACTER,
 * kind ORGANIZATION_CODE), like the 18th character. Real codes that fail either check are handled
 * only through the explicit allow-list (see knownNonconformingCreditCodes.ts), which reports
 * `organizationCodeValid` and `nonConforming` truthfully instead of hiding them.
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { registrationAuthorityOf } from './creditCodeAuthorities.ts';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';
import type { DivisionRecord } from './divisionCodes.ts';
import { lookupDivision, provinceNameOf } from './divisionCodes.ts';
import { organizationCodeCheckCharacter } from './organizationCode.ts';

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Division part used by national-level (central) registration authorities, e.g. the Ministry of
 * Housing and Urban-Rural Development's own code 11100000000013338W. It has no province prefix.
 */
export const NATIONAL_REGISTRATION_DIVISION_CODE = '100000';

export interface UnifiedSocialCreditCodeInfo {
  code: string;
  authority: { char: string; name: string };
  /** `name` is undefined for authorities whose type table is not fixed by this module. */
  organizationType: { char: string; name: string | undefined };
  /** Positions 3–8. */
  divisionCode: string;
  /** undefined for national-level registrations (division part 100000). */
  provincePrefix: string | undefined;
  /** Lookup of the division part in our list, or undefined when not listed. */
  division: DivisionRecord | undefined;
  /** Positions 9–17 (GB 11714 body + check). */
  organizationCode: string;
  /** Whether positions 9–17 satisfy GB 11714. Only false for allow-listed codes. */
  organizationCodeValid: boolean;
  /** True when the code fails a check and was accepted only because it is on the allow-list. */
  nonConforming: boolean;
}

export interface ValidateUnifiedSocialCreditCodeOptions {
  /**
   * Real codes known to fail the checks, e.g. KNOWN_NONCONFORMING_CREDIT_CODES. They must still be
   * structurally valid; they are then accepted with `nonConforming: true`. Default: none.
   */
  allowList?: ReadonlySet<string>;
}

function valueOf(character: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(character);
}

/** The GB 32100 check character for 17 characters of the credit-code alphabet. */
export function creditCodeCheckCharacter(first17: string): string {
  const characters = codePointsOf(first17);
  if (characters.length !== 17 || characters.some((c) => valueOf(c) < 0)) {
    throw new RangeError(
      `creditCodeCheckCharacter expects 17 characters of ${CREDIT_CODE_ALPHABET}, got "${first17}"`,
    );
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += valueOf(characters[index] ?? '') * weight;
  });
  const check = CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
  if (check === undefined) throw new Error('unreachable: index is within the 31-character alphabet');
  return check;
}

/**
 * Appends the check character, for fixture generators. Positions 9–17 must already be a valid
 * GB 11714 organisation code (build them with `makeOrganizationCode`); otherwise this throws,
 * because the result would be rejected by `validateUnifiedSocialCreditCode`.
 */
export function completeUnifiedSocialCreditCode(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  const organizationBody = first17.slice(8, 16);
  if (
    !/^[0-9A-Z]{8}$/.test(organizationBody) ||
    organizationCodeCheckCharacter(organizationBody) !== first17.slice(16, 17)
  ) {
    throw new RangeError(
      `completeUnifiedSocialCreditCode: positions 9–17 of "${first17}" are not a valid GB 11714 organisation code; build them with makeOrganizationCode`,
    );
  }
  return first17 + check;
}

function problem(
  reason: IdentifierProblem['reason'],
  message: string,
  detail: { expected?: string; actual?: string } = {},
): IdentifierProblem {
  return { kind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason, message, ...detail };
}

function characterProblem(characters: readonly string[]): IdentifierProblem | undefined {
  for (const [index, character] of characters.entries()) {
    if (valueOf(character) >= 0) continue;
    const position = `统一社会信用代码第${index + 1}位${describeCharacter(character)}`;
    const upper = character.toUpperCase();
    if (upper !== character && valueOf(upper) >= 0) {
      return problem('FORMAT', `${position}应为大写字母，请改为“${upper}”`, {
        expected: upper,
        actual: character,
      });
    }
    if (/^[IOSVZiosvz]$/.test(character)) {
      return problem('FORMAT', `${position}不是有效字符：统一社会信用代码不使用字母 I、O、S、V、Z，请核对（如字母 O 应为数字 0）`, {
        actual: character,
      });
    }
    return problem('FORMAT', `${position}不是有效字符：只能是数字或除 I、O、S、V、Z 以外的大写字母`, {
      actual: character,
    });
  }
  return undefined;
}

interface Structure {
  authority: { char: string; name: string };
  organizationType: { char: string; name: string | undefined };
  divisionCode: string;
  provincePrefix: string | undefined;
}

function parseStructure(code: string): Structure | IdentifierProblem {
  const authorityChar = code.charAt(0);
  const typeChar = code.charAt(1);
  const authority = registrationAuthorityOf(authorityChar);
  if (authority === undefined) {
    return problem('AUTHORITY', `统一社会信用代码第1位登记管理部门代码“${authorityChar}”不存在`, {
      actual: authorityChar,
    });
  }
  let typeName: string | undefined;
  if (authority.organizationTypes !== undefined) {
    const type = authority.organizationTypes.find((t) => t.char === typeChar);
    if (type === undefined) {
      const allowed = authority.organizationTypes.map((t) => authorityChar + t.char).join('、');
      return problem(
        'AUTHORITY',
        `统一社会信用代码前两位“${authorityChar}${typeChar}”不存在：登记管理部门 ${authorityChar}（${authority.name}）的机构类别只有 ${allowed}`,
        { actual: authorityChar + typeChar },
      );
    }
    typeName = type.name;
  }

  const divisionCode = code.slice(2, 8);
  if (!/^[0-9]{6}$/.test(divisionCode)) {
    return problem('DIVISION', `统一社会信用代码第3-8位登记管理机关行政区划码“${divisionCode}”应为6位数字`, {
      actual: divisionCode,
    });
  }
  let provincePrefix: string | undefined;
  if (divisionCode !== NATIONAL_REGISTRATION_DIVISION_CODE) {
    provincePrefix = divisionCode.slice(0, 2);
    if (provinceNameOf(provincePrefix) === undefined) {
      return problem(
        'DIVISION',
        `统一社会信用代码登记管理机关行政区划码 ${divisionCode} 的省级代码 ${provincePrefix} 不存在`,
        { actual: divisionCode },
      );
    }
  }
  return {
    authority: { char: authorityChar, name: authority.name },
    organizationType: { char: typeChar, name: typeName },
    divisionCode,
    provincePrefix,
  };
}

/**
 * Checks, in order: length, characters, authority and type (positions 1–2), division part
 * (3–8), then — unless the code is on `options.allowList` — the 18th character and the GB 11714
 * check of positions 9–17.
 */
export function validateUnifiedSocialCreditCode(
  input: string,
  options: ValidateUnifiedSocialCreditCodeOptions = {},
): CheckResult<UnifiedSocialCreditCodeInfo> {
  const characters = codePointsOf(input);
  if (characters.length !== 18) {
    return failed(
      problem('LENGTH', `统一社会信用代码长度应为18位，实际为${characters.length}位`, {
        expected: '18',
        actual: String(characters.length),
      }),
    );
  }
  const badCharacter = characterProblem(characters);
  if (badCharacter !== undefined) return failed(badCharacter);

  const structure = parseStructure(input);
  if ('reason' in structure) return failed(structure);

  const expectedCheck = creditCodeCheckCharacter(input.slice(0, 17));
  const actualCheck = input.slice(17);
  const checkValid = expectedCheck === actualCheck;
  const organizationCode = input.slice(8, 17);
  const expectedOrganizationCheck = organizationCodeCheckCharacter(input.slice(8, 16));
  const actualOrganizationCheck = input.slice(16, 17);
  const organizationCodeValid = expectedOrganizationCheck === actualOrganizationCheck;
  const allowListed = options.allowList?.has(input) ?? false;

  if (!allowListed && !checkValid) {
    return failed(
      problem(
        'CHECK_CHARACTER',
        `统一社会信用代码校验码错误：按前17位应为 ${expectedCheck}，实际为 ${actualCheck}`,
        { expected: expectedCheck, actual: actualCheck },
      ),
    );
  }
  if (!allowListed && !organizationCodeValid) {
    return failed({
      kind: 'ORGANIZATION_CODE',
      reason: 'CHECK_CHARACTER',
      message: `统一社会信用代码第9-17位组织机构代码 ${organizationCode} 的校验码错误：按第9-16位应为 ${expectedOrganizationCheck}，实际为 ${actualOrganizationCheck}`,
      expected: expectedOrganizationCheck,
      actual: actualOrganizationCheck,
    });
  }

  return passed({
    code: input,
    ...structure,
    division: lookupDivision(structure.divisionCode),
    organizationCode,
    organizationCodeValid,
    nonConforming: !checkValid || !organizationCodeValid,
  });
}
