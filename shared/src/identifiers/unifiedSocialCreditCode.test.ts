import { describe, expect, it } from 'vitest';
import type { IdentifierProblem } from './checkResult.ts';
import { KNOWN_NONCONFORMING_CREDIT_CODES } from './knownNonconformingCreditCodes.ts';
import { makeOrganizationCode } from './organizationCode.ts';
import {
  completeUnifiedSocialCreditCode,
  creditCodeCheckCharacter,
  validateUnifiedSocialCreditCode,
} from './unifiedSocialCreditCode.ts';

function problemOf(input: string, allowList?: ReadonlySet<string>): IdentifierProblem {
  const result = validateUnifiedSocialCreditCode(input, allowList === undefined ? {} : { allowList });
  if (result.ok) throw new Error(`expected ${input} to fail`);
  return result.problem;
}

describe('creditCodeCheckCharacter', () => {
  it('reproduces real codes', () => {
    expect(creditCodeCheckCharacter('91350200776049653')).toBe('A');
    expect(creditCodeCheckCharacter('91440101MA5CJQ4N5')).toBe('9');
    expect(creditCodeCheckCharacter('11100000000013338')).toBe('W');
    expect(creditCodeCheckCharacter('11220000013544541')).toBe('J');
  });

  it('maps a remainder of 0 to "0"', () => {
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('refuses input outside the 31-character alphabet', () => {
    expect(() => creditCodeCheckCharacter('9135020077604965')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9135020077604965O')).toThrow(RangeError);
  });
});

describe('completeUnifiedSocialCreditCode', () => {
  it('appends the check character', () => {
    expect(completeUnifiedSocialCreditCode('91440101MA5CJQ4N5')).toBe('91440101MA5CJQ4N59');
    expect(completeUnifiedSocialCreditCode(`91310115${makeOrganizationCode('MA1K4XY7')}`)).toMatch(/^91310115MA1K4XY7/);
  });

  it('refuses a body whose organisation code is not GB 11714-valid', () => {
    expect(() => completeUnifiedSocialCreditCode('91440101MA5CJQ4N6')).toThrow(/makeOrganizationCode/);
  });
});

describe('validateUnifiedSocialCreditCode: valid codes', () => {
  it('accepts and parses 91350200776049653A', () => {
    expect(validateUnifiedSocialCreditCode('91350200776049653A')).toEqual({
      ok: true,
      value: {
        code: '91350200776049653A',
        authority: { char: '9', name: '市场监管' },
        organizationType: { char: '1', name: '企业' },
        divisionCode: '350200',
        provincePrefix: '35',
        division: undefined,
        organizationCode: '776049653',
        organizationCodeValid: true,
        nonConforming: false,
      },
    });
  });

  it('accepts the post-2015 code 91440101MA5CJQ4N59, whose MA… organisation code passes GB 11714', () => {
    const result = validateUnifiedSocialCreditCode('91440101MA5CJQ4N59');
    expect(result.ok && result.value).toMatchObject({
      provincePrefix: '44',
      organizationCode: 'MA5CJQ4N5',
      organizationCodeValid: true,
      nonConforming: false,
    });
  });

  it('accepts real codes found in public material; all pass the GB 11714 check as well', () => {
    // Subjects of code-signing certificates and a printed business profile (see the header comment
    // of unifiedSocialCreditCode.ts for the survey behind treating GB 11714 failures as errors).
    for (const code of [
      '91440300MA5H8REU3K',
      '91210103MA7CJ3C094',
      '91310000MA1FW1BXX2',
      '9144030071526726XG',
      '91440300057893313F',
      '911000001000013428',
    ]) {
      const result = validateUnifiedSocialCreditCode(code);
      expect(result.ok && result.value.organizationCodeValid).toBe(true);
    }
  });

  it('accepts national-level registrations (division part 100000) without a province', () => {
    const result = validateUnifiedSocialCreditCode('11100000000013338W');
    expect(result.ok && result.value).toMatchObject({
      authority: { char: '1', name: '编制' },
      organizationType: { char: '1', name: '机关' },
      divisionCode: '100000',
      provincePrefix: undefined,
      division: undefined,
    });
    expect(validateUnifiedSocialCreditCode('11220000013544541J').ok).toBe(true);
  });

  it('looks up a known division', () => {
    const code = completeUnifiedSocialCreditCode(`52310115${makeOrganizationCode('MJ001234')}`);
    const result = validateUnifiedSocialCreditCode(code);
    expect(result.ok && result.value).toMatchObject({
      authority: { char: '5', name: '民政' },
      organizationType: { char: '2', name: '民办非企业单位' },
      division: { code: '310115', name: '上海市浦东新区' },
    });
  });

  it('accepts codes of 外交 (2) and 文化 (4), whose bodies are few but real', () => {
    const foreignNews = validateUnifiedSocialCreditCode('21110000500123453B');
    expect(foreignNews.ok && foreignNews.value.authority).toEqual({ char: '2', name: '外交' });
    const culturalCentre = validateUnifiedSocialCreditCode('41310000500123453N');
    expect(culturalCentre.ok && culturalCentre.value.authority).toEqual({ char: '4', name: '文化' });
  });

  it('accepts any type character for authorities with an open type table, exposing the authority name', () => {
    const code = completeUnifiedSocialCreditCode(`YA320500${makeOrganizationCode('12345678')}`);
    const result = validateUnifiedSocialCreditCode(code);
    expect(result.ok && result.value).toMatchObject({
      authority: { char: 'Y', name: '其他' },
      organizationType: { char: 'A', name: undefined },
    });
  });
});

describe('validateUnifiedSocialCreditCode: the known nonconforming code', () => {
  it('fails without an allow-list', () => {
    expect(problemOf('91350203M0001QAY9B')).toEqual({
      kind: 'UNIFIED_SOCIAL_CREDIT_CODE',
      reason: 'CHECK_CHARACTER',
      message: '统一社会信用代码校验码错误：按前17位应为 9，实际为 B',
      expected: '9',
      actual: 'B',
    });
  });

  it('passes, flagged, with KNOWN_NONCONFORMING_CREDIT_CODES', () => {
    const result = validateUnifiedSocialCreditCode('91350203M0001QAY9B', {
      allowList: KNOWN_NONCONFORMING_CREDIT_CODES,
    });
    expect(result.ok && result.value).toMatchObject({
      code: '91350203M0001QAY9B',
      divisionCode: '350203',
      organizationCode: 'M0001QAY9',
      organizationCodeValid: true,
      nonConforming: true,
    });
  });

  it('does not flag a listed code that actually conforms', () => {
    const result = validateUnifiedSocialCreditCode('91350200776049653A', {
      allowList: new Set(['91350200776049653A']),
    });
    expect(result.ok && result.value.nonConforming).toBe(false);
  });

  it('does not let the allow-list bypass structure', () => {
    expect(problemOf('B1350203M0001QAY9B', new Set(['B1350203M0001QAY9B'])).reason).toBe('AUTHORITY');
  });
});

describe('validateUnifiedSocialCreditCode: problems', () => {
  it('LENGTH', () => {
    expect(problemOf('91350200776049653')).toEqual({
      kind: 'UNIFIED_SOCIAL_CREDIT_CODE',
      reason: 'LENGTH',
      message: '统一社会信用代码长度应为18位，实际为17位',
      expected: '18',
      actual: '17',
    });
  });

  it('FORMAT: lower case, excluded letters, other characters', () => {
    expect(problemOf('91440101ma5CJQ4N59')).toMatchObject({
      reason: 'FORMAT',
      message: '统一社会信用代码第9位“m”应为大写字母，请改为“M”',
    });
    expect(problemOf('9135020077604965OA').message).toBe(
      '统一社会信用代码第17位“O”不是有效字符：统一社会信用代码不使用字母 I、O、S、V、Z，请核对（如字母 O 应为数字 0）',
    );
    expect(problemOf('91350200776049653-').message).toBe(
      '统一社会信用代码第18位“-”不是有效字符：只能是数字或除 I、O、S、V、Z 以外的大写字母',
    );
  });

  it('AUTHORITY: unknown authority or type', () => {
    expect(problemOf('B1350200776049653A')).toMatchObject({
      reason: 'AUTHORITY',
      message: '统一社会信用代码第1位登记管理部门代码“B”不存在',
    });
    expect(problemOf('94350200776049653A')).toMatchObject({
      reason: 'AUTHORITY',
      message: '统一社会信用代码前两位“94”不存在：登记管理部门 9（市场监管）的机构类别只有 91、92、93、99',
    });
  });

  it('DIVISION: non-digits or an unknown province', () => {
    expect(problemOf('9135A200776049653A')).toMatchObject({
      reason: 'DIVISION',
      message: '统一社会信用代码第3-8位登记管理机关行政区划码“35A200”应为6位数字',
    });
    expect(problemOf('91990200776049653A')).toMatchObject({
      reason: 'DIVISION',
      message: '统一社会信用代码登记管理机关行政区划码 990200 的省级代码 99 不存在',
    });
  });

  it('CHECK_CHARACTER: the 18th character', () => {
    expect(problemOf('91440101MA5CJQ4N58')).toMatchObject({
      kind: 'UNIFIED_SOCIAL_CREDIT_CODE',
      reason: 'CHECK_CHARACTER',
      expected: '9',
      actual: '8',
    });
  });

  it('CHECK_CHARACTER: the organisation code, even when the 18th character matches', () => {
    const first17 = '91440101MA5CJQ4N6'; // GB 11714 wants 5 at position 17
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(problemOf(code)).toEqual({
      kind: 'ORGANIZATION_CODE',
      reason: 'CHECK_CHARACTER',
      message: '统一社会信用代码第9-17位组织机构代码 MA5CJQ4N6 的校验码错误：按第9-16位应为 5，实际为 6',
      expected: '5',
      actual: '6',
    });
    const listed = validateUnifiedSocialCreditCode(code, { allowList: new Set([code]) });
    expect(listed.ok && listed.value).toMatchObject({ organizationCodeValid: false, nonConforming: true });
  });

  it('catches the substitutions GB 11714 alone misses (M→B at position 9)', () => {
    expect(problemOf('91440101BA5CJQ4N59').reason).toBe('CHECK_CHARACTER');
  });
});
