/**
 * 组织机构代码 (GB 11714-1997): 8-character body (digits or upper-case Latin letters) and a check
 * character. Values: digit = itself, A = 10 … Z = 35 (full Latin alphabet). Weights
 * [3,7,9,10,5,8,4,2]; c = 11 − (S mod 11), written 'X' for 10 and '0' for 11.
 *
 * Known weakness of the standard (verified by the property tests): the modulus 11 is smaller than
 * the 36 possible values, so substituting a character by one whose value differs by 11 or 22
 * (e.g. 0↔B↔M, 1↔C↔N, A↔L↔W) leaves S mod 11 unchanged and is NOT detected. Digit-for-digit
 * substitutions (differences 1…9) are always detected. Inside a unified social credit code this
 * does not matter: its own MOD 31 check catches every single substitution.
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY_CHARACTER = /^[0-9A-Z]$/;

export interface OrganizationCodeInfo {
  code: string;
  body: string;
  checkCharacter: string;
}

function valueOf(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/** The GB 11714 check character for an 8-character body of [0-9A-Z]. Throws RangeError otherwise. */
export function organizationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError(`organizationCodeCheckCharacter expects 8 characters [0-9A-Z], got "${first8}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += valueOf(first8.charAt(index)) * weight;
  });
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Appends the GB 11714 check character to an 8-character body, for fixture generators. */
export function makeOrganizationCode(first8: string): string {
  return first8 + organizationCodeCheckCharacter(first8);
}

function problem(
  reason: IdentifierProblem['reason'],
  message: string,
  detail: { expected?: string; actual?: string } = {},
): IdentifierProblem {
  return { kind: 'ORGANIZATION_CODE', reason, message, ...detail };
}

/**
 * Validates a stand-alone 9-character organisation code as stored by machines (no hyphen; the
 * printed form "XXXXXXXX-X" is rejected with a hint rather than silently accepted).
 */
export function validateOrganizationCode(input: string): CheckResult<OrganizationCodeInfo> {
  const characters = codePointsOf(input);
  if (characters.length === 10 && characters[8] === '-') {
    return failed(
      problem('FORMAT', '组织机构代码应为9位，不含连字符“-”，请去掉连字符后再输入', { actual: input }),
    );
  }
  if (characters.length !== 9) {
    return failed(
      problem('LENGTH', `组织机构代码长度应为9位，实际为${characters.length}位`, {
        expected: '9',
        actual: String(characters.length),
      }),
    );
  }
  for (const [index, character] of characters.entries()) {
    const allowed = index < 8 ? BODY_CHARACTER : /^[0-9X]$/;
    if (allowed.test(character)) continue;
    const upper = character.toUpperCase();
    const message =
      upper !== character && allowed.test(upper)
        ? `组织机构代码第${index + 1}位${describeCharacter(character)}应为大写字母，请改为“${upper}”`
        : `组织机构代码第${index + 1}位${describeCharacter(character)}不是有效字符（${index < 8 ? '应为数字或大写字母' : '校验码应为数字或大写字母 X'}）`;
    return failed(problem('FORMAT', message, { actual: character }));
  }
  const body = input.slice(0, 8);
  const expected = organizationCodeCheckCharacter(body);
  const actual = input.slice(8);
  if (expected !== actual) {
    return failed(
      problem('CHECK_CHARACTER', `组织机构代码校验码错误：按前8位应为 ${expected}，实际为 ${actual}`, {
        expected,
        actual,
      }),
    );
  }
  return passed({ code: input, body, checkCharacter: actual });
}
