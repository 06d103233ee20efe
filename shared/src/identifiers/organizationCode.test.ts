import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeOrganizationCode, organizationCodeCheckCharacter, validateOrganizationCode } from './organizationCode.ts';

describe('organizationCodeCheckCharacter (GB 11714)', () => {
  it('reproduces the organisation codes embedded in real credit codes', () => {
    expect(organizationCodeCheckCharacter('77604965')).toBe('3'); // 91350200776049653A
    expect(organizationCodeCheckCharacter('MA5CJQ4N')).toBe('5'); // 91440101MA5CJQ4N59
    expect(organizationCodeCheckCharacter('00001333')).toBe('8'); // 11100000000013338W 住建部
    expect(organizationCodeCheckCharacter('01354454')).toBe('1'); // 11220000013544541J
    expect(organizationCodeCheckCharacter('MA1FW1BX')).toBe('X'); // 91310000MA1FW1BXX2, printed MA1FW1BX-X
  });

  it('writes 10 as X and 11 as 0', () => {
    expect(organizationCodeCheckCharacter('00000000')).toBe('0');
    expect(makeOrganizationCode('MA1FW1BX')).toBe('MA1FW1BXX');
  });

  it('refuses bodies outside [0-9A-Z]{8}', () => {
    expect(() => organizationCodeCheckCharacter('7760496')).toThrow(RangeError);
    expect(() => organizationCodeCheckCharacter('ma5cjq4n')).toThrow(RangeError);
  });
});

describe('validateOrganizationCode', () => {
  it('accepts valid codes', () => {
    expect(validateOrganizationCode('776049653')).toEqual({
      ok: true,
      value: { code: '776049653', body: '77604965', checkCharacter: '3' },
    });
    expect(validateOrganizationCode('MA1FW1BXX').ok).toBe(true);
  });

  it('rejects the printed hyphenated form with a hint', () => {
    const result = validateOrganizationCode('77604965-3');
    expect(!result.ok && result.problem).toMatchObject({
      kind: 'ORGANIZATION_CODE',
      reason: 'FORMAT',
      message: '组织机构代码应为9位，不含连字符“-”，请去掉连字符后再输入',
    });
  });

  it('reports length, characters and check character', () => {
    const short = validateOrganizationCode('77604965');
    expect(!short.ok && short.problem).toMatchObject({ reason: 'LENGTH', message: '组织机构代码长度应为9位，实际为8位' });
    const lower = validateOrganizationCode('ma5CJQ4N5');
    expect(!lower.ok && lower.problem.message).toBe('组织机构代码第1位“m”应为大写字母，请改为“M”');
    const badCheck = validateOrganizationCode('77604965A');
    expect(!badCheck.ok && badCheck.problem.message).toBe('组织机构代码第9位“A”不是有效字符（校验码应为数字或大写字母 X）');
    const wrong = validateOrganizationCode('776049654');
    expect(!wrong.ok && wrong.problem).toEqual({
      kind: 'ORGANIZATION_CODE',
      reason: 'CHECK_CHARACTER',
      message: '组织机构代码校验码错误：按前8位应为 3，实际为 4',
      expected: '3',
      actual: '4',
    });
  });
});

const BODY_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const body = fc
  .array(fc.constantFrom(...BODY_ALPHABET), { minLength: 8, maxLength: 8 })
  .map((a) => a.join(''));

describe('organisation code properties', () => {
  it('every generated code passes', () => {
    fc.assert(fc.property(body, (b) => validateOrganizationCode(makeOrganizationCode(b)).ok));
  });

  it('detects every digit-for-digit substitution in the body and every change of the check character', () => {
    // This is all GB 11714 guarantees: weights are non-zero mod 11 and digit values differ by 1…9.
    fc.assert(
      fc.property(body, (b) => {
        const code = makeOrganizationCode(b);
        for (let position = 0; position < 8; position += 1) {
          if (!/[0-9]/.test(code.charAt(position))) continue;
          for (const replacement of '0123456789') {
            if (replacement === code.charAt(position)) continue;
            const changed = code.slice(0, position) + replacement + code.slice(position + 1);
            expect(validateOrganizationCode(changed).ok).toBe(false);
          }
        }
        for (const replacement of '0123456789X') {
          if (replacement === code.charAt(8)) continue;
          expect(validateOrganizationCode(code.slice(0, 8) + replacement).ok).toBe(false);
        }
      }),
    );
  });

  it('does NOT detect substitutions whose values differ by a multiple of 11 (a property of the standard)', () => {
    // M = 22, B = 11, 0 = 0: all ≡ 0 (mod 11). Both codes below are "valid" GB 11714 codes.
    expect(validateOrganizationCode('MA5CJQ4N5').ok).toBe(true);
    expect(validateOrganizationCode('BA5CJQ4N5').ok).toBe(true);
    expect(validateOrganizationCode('0A5CJQ4N5').ok).toBe(true);
    // Within a credit code the MOD 31 check still catches it (see unifiedSocialCreditCode tests).
  });
});
