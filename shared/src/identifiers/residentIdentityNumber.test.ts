import { describe, expect, it } from 'vitest';
import type { IdentifierProblem } from './checkResult.ts';
import {
  completeResidentIdentityNumber,
  residentIdentityCheckCharacter,
  validateResidentIdentityNumber,
} from './residentIdentityNumber.ts';

const TODAY = new Date('2025-06-15T10:00:00+08:00');

function problemOf(input: string, today: Date = TODAY): IdentifierProblem {
  const result = validateResidentIdentityNumber(input, { today });
  if (result.ok) throw new Error(`expected ${input} to fail`);
  return result.problem;
}

describe('residentIdentityCheckCharacter', () => {
  it('reproduces the GB 11643-1999 example 11010519491231002X', () => {
    expect(residentIdentityCheckCharacter('11010519491231002')).toBe('X');
    expect(completeResidentIdentityNumber('11010519491231002')).toBe('11010519491231002X');
  });

  it('covers the whole check table', () => {
    expect(residentIdentityCheckCharacter('31010119900101123')).toBe('4');
    expect(residentIdentityCheckCharacter('00000000000000000')).toBe('1');
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => residentIdentityCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdentityCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateResidentIdentityNumber: valid numbers', () => {
  it('accepts the standard example and parses it', () => {
    expect(validateResidentIdentityNumber('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: {
        number: '11010519491231002X',
        addressCode: '110105',
        addressCodeStatus: 'UNKNOWN',
        division: undefined,
        provincePrefix: '11',
        birthDate: '1949-12-31',
        sex: 'FEMALE',
        sequence: '002',
      },
    });
  });

  it('reports a known current division and male sex', () => {
    const result = validateResidentIdentityNumber('310101199001011234', { today: TODAY });
    expect(result.ok && result.value).toMatchObject({
      addressCodeStatus: 'CURRENT',
      division: { code: '310101', name: '上海市黄浦区', status: 'CURRENT', provincePrefix: '31' },
      birthDate: '1990-01-01',
      sex: 'MALE',
      sequence: '123',
    });
  });

  it('accepts a retired division code (320584 吴江市) and reports it as historical', () => {
    const result = validateResidentIdentityNumber('320584198503151237', { today: TODAY });
    expect(result.ok && result.value).toMatchObject({
      addressCodeStatus: 'HISTORICAL',
      division: { code: '320584', name: '江苏省吴江市', status: 'HISTORICAL', successor: '320509' },
    });
  });

  it('accepts leap days and the date boundaries', () => {
    for (const first17 of ['31010120000229123', '31010120240229123', '31010119000101123', '31010120250615123']) {
      expect(validateResidentIdentityNumber(completeResidentIdentityNumber(first17), { today: TODAY }).ok).toBe(true);
    }
  });

  it('uses the calendar date in China for "today"', () => {
    // 16:30 UTC on 14 June is already 15 June in Beijing.
    const number = completeResidentIdentityNumber('31010120250615123');
    expect(validateResidentIdentityNumber(number, { today: new Date('2025-06-14T16:30:00Z') }).ok).toBe(true);
    expect(validateResidentIdentityNumber(number, { today: new Date('2025-06-14T15:30:00Z') }).ok).toBe(false);
  });

  it('defaults today to now', () => {
    expect(validateResidentIdentityNumber('11010519491231002X').ok).toBe(true);
    expect(validateResidentIdentityNumber(completeResidentIdentityNumber('31010120990101123')).ok).toBe(false);
  });
});

describe('validateResidentIdentityNumber: problems', () => {
  it('LENGTH', () => {
    expect(problemOf('11010519491231002')).toEqual({
      kind: 'RESIDENT_IDENTITY_NUMBER',
      reason: 'LENGTH',
      message: '公民身份号码长度应为18位，实际为17位',
      expected: '18',
      actual: '17',
    });
    expect(problemOf('11010519491231002X1').message).toBe('公民身份号码长度应为18位，实际为19位');
    expect(problemOf('').message).toBe('公民身份号码长度应为18位，实际为0位');
  });

  it('FORMAT: a non-digit in the first 17 positions', () => {
    expect(problemOf('1101A519491231002X')).toMatchObject({
      reason: 'FORMAT',
      message: '公民身份号码第5位“A”应为数字',
      actual: 'A',
    });
    expect(problemOf('110105 9491231002X').message).toBe('公民身份号码第7位空格应为数字');
    expect(problemOf('１10105194912310021').message).toBe('公民身份号码第1位“１”应为数字');
  });

  it('FORMAT: lower-case x is rejected with an explicit instruction, never accepted', () => {
    expect(problemOf('11010519491231002x')).toEqual({
      kind: 'RESIDENT_IDENTITY_NUMBER',
      reason: 'FORMAT',
      message: '公民身份号码第18位校验码应为大写字母 X，请将小写 x 改为大写 X',
      expected: 'X',
      actual: 'x',
    });
  });

  it('FORMAT: any other last character', () => {
    expect(problemOf('11010519491231002Y').message).toBe('公民身份号码第18位校验码“Y”应为数字或大写字母 X');
  });

  it('DIVISION: unknown province-level code', () => {
    expect(problemOf(completeResidentIdentityNumber('99010119900101123'))).toEqual({
      kind: 'RESIDENT_IDENTITY_NUMBER',
      reason: 'DIVISION',
      message: '公民身份号码第1–2位省级代码 99 不存在，请核对',
      actual: '99',
    });
    expect(problemOf(completeResidentIdentityNumber('10010119900101123')).reason).toBe('DIVISION');
  });

  it('BIRTH_DATE: not a calendar date', () => {
    expect(problemOf(completeResidentIdentityNumber('31010119900231123'))).toEqual({
      kind: 'RESIDENT_IDENTITY_NUMBER',
      reason: 'BIRTH_DATE',
      message: '公民身份号码第7–14位出生日期不是有效日期：第13–14位的日在该月不存在',
    });
    expect(problemOf(completeResidentIdentityNumber('31010119000229123')).message).toBe(
      '公民身份号码第7–14位出生日期不是有效日期：第13–14位的日在该月不存在',
    );
    expect(problemOf(completeResidentIdentityNumber('31010119901301123')).message).toBe('公民身份号码第7–14位出生日期不是有效日期：第11–12位月份应为 01–12');
    expect(problemOf(completeResidentIdentityNumber('31010119901301123')).reason).toBe('BIRTH_DATE');
  });

  it('BIRTH_DATE: in the future relative to the given today', () => {
    expect(problemOf(completeResidentIdentityNumber('31010120990101123'))).toMatchObject({
      reason: 'BIRTH_DATE',
      message: '公民身份号码第7–14位出生日期晚于今天，请核对',
    });
    expect(problemOf(completeResidentIdentityNumber('31010120250616123')).reason).toBe('BIRTH_DATE');
  });

  it('BIRTH_DATE: before 1900-01-01', () => {
    expect(problemOf(completeResidentIdentityNumber('31010118990101123'))).toMatchObject({
      reason: 'BIRTH_DATE',
      message: '公民身份号码第7–14位出生日期早于 1900年1月1日，请核对',
    });
    expect(problemOf(completeResidentIdentityNumber('31010118991231123')).reason).toBe('BIRTH_DATE');
  });

  it('CHECK_CHARACTER: says it does not match, naming neither the character expected nor the one typed', () => {
    expect(problemOf('110105194912310025')).toEqual({
      kind: 'RESIDENT_IDENTITY_NUMBER',
      reason: 'CHECK_CHARACTER',
      message: '公民身份号码校验码错误：第18位校验码与前17位不符，请逐位核对号码',
    });
    expect(problemOf('31010119900101123X')).toEqual(problemOf('110105194912310025'));
  });

  it('refuses an invalid today instead of guessing', () => {
    expect(() => validateResidentIdentityNumber('11010519491231002X', { today: new Date('nonsense') })).toThrow(
      RangeError,
    );
  });
});
