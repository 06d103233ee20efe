import { describe, expect, it } from 'vitest';
import type { IdentifierProblem } from './checkResult.ts';
import {
  completeForeignPermanentResidentNumber,
  validateForeignPermanentResidentNumber,
} from './foreignPermanentResidentNumber.ts';
import { completeResidentIdentityNumber } from './residentIdentityNumber.ts';

const TODAY = new Date('2025-06-15T10:00:00+08:00');

/** Fictional: accepted in 上海 (31), a US national (840), born 1985-03-12, sequence 12, male (3). */
const AMERICAN_IN_SHANGHAI = '931840198503121235';

function problemOf(input: string, today: Date = TODAY): IdentifierProblem {
  const result = validateForeignPermanentResidentNumber(input, { today });
  if (result.ok) throw new Error(`expected ${input} to fail`);
  return result.problem;
}

describe('validateForeignPermanentResidentNumber: valid numbers', () => {
  it('accepts a number and reads province, nationality, birth date and sex from it', () => {
    expect(validateForeignPermanentResidentNumber(AMERICAN_IN_SHANGHAI, { today: TODAY })).toEqual({
      ok: true,
      value: {
        number: AMERICAN_IN_SHANGHAI,
        acceptingProvince: { prefix: '31', name: '上海市' },
        nationality: { numeric: '840', alpha3: 'USA', name: '美国' },
        birthDate: '1985-03-12',
        sex: 'MALE',
        sequence: '123',
      },
    });
  });

  it('reads an even 17th digit as female, and nationality codes with a leading zero', () => {
    const australian = completeForeignPermanentResidentNumber('93403619900101002');
    const result = validateForeignPermanentResidentNumber(australian, { today: TODAY });
    expect(result.ok && result.value).toMatchObject({
      acceptingProvince: { prefix: '34', name: '安徽省' },
      nationality: { numeric: '036', alpha3: 'AUS', name: '澳大利亚' },
      birthDate: '1990-01-01',
      sex: 'FEMALE',
    });
  });

  it('accepts the common nationalities in every province of the delta', () => {
    for (const province of ['31', '32', '33', '34']) {
      for (const nationality of ['840', '826', '392', '410', '276', '250', '124', '036', '702']) {
        const number = completeForeignPermanentResidentNumber(`9${province}${nationality}19800229011`);
        expect(validateForeignPermanentResidentNumber(number, { today: TODAY }).ok, number).toBe(true);
      }
    }
  });

  it('computes the check character as GB 11643 does, X included', () => {
    let withX: string | undefined;
    for (let sequence = 0; withX === undefined; sequence += 1) {
      const number = completeForeignPermanentResidentNumber(`93282619900101${String(sequence).padStart(3, '0')}`);
      if (number.endsWith('X')) withX = number;
    }
    expect(withX).toBe(completeResidentIdentityNumber(withX.slice(0, 17)));
    expect(validateForeignPermanentResidentNumber(withX, { today: TODAY }).ok).toBe(true);
    expect(problemOf(`${withX.slice(0, 17)}x`)).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'FORMAT',
      message: '外国人永久居留身份证号码第18位校验码应为大写字母 X，请将小写 x 改为大写 X',
      expected: 'X',
      actual: 'x',
    });
  });

  it('uses the calendar date in China for "today"', () => {
    const number = completeForeignPermanentResidentNumber('93184020250615123');
    expect(validateForeignPermanentResidentNumber(number, { today: new Date('2025-06-14T16:30:00Z') }).ok).toBe(true);
    expect(validateForeignPermanentResidentNumber(number, { today: new Date('2025-06-14T15:30:00Z') }).ok).toBe(false);
  });
});

describe('validateForeignPermanentResidentNumber: problems', () => {
  it('LENGTH, including the 15-character number of the earlier card', () => {
    expect(problemOf('93184019850312123')).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'LENGTH',
      message: '外国人永久居留身份证号码长度应为18位，实际为17位',
      expected: '18',
      actual: '17',
    });
    expect(problemOf('USA310850312123').reason).toBe('LENGTH');
  });

  it('FORMAT: a non-digit, and a number that does not begin with 9', () => {
    expect(problemOf('93184O198503121235')).toMatchObject({ reason: 'FORMAT', message: '外国人永久居留身份证号码第6位“O”应为数字' });
    expect(problemOf('310118198804123021')).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'FORMAT',
      message: '外国人永久居留身份证号码第1位应为 9，实际为“3”',
      expected: '9',
      actual: '3',
    });
  });

  it('DIVISION: positions 2–3 must be a mainland province-level code', () => {
    expect(problemOf(completeForeignPermanentResidentNumber('99984019850312123'))).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'DIVISION',
      message: '外国人永久居留身份证号码第2-3位受理地代码 99 不是省级行政区划代码，请核对',
      actual: '99',
    });
    expect(problemOf(completeForeignPermanentResidentNumber('98184019850312123'))).toMatchObject({
      reason: 'DIVISION',
      message: '外国人永久居留身份证号码第2-3位受理地代码 81（香港特别行政区）不受理外国人永久居留申请，应为内地省级行政区划代码，请核对',
    });
  });

  it('NATIONALITY: an unknown country code, or no foreign one', () => {
    expect(problemOf(completeForeignPermanentResidentNumber('93199919850312123'))).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'NATIONALITY',
      message: '外国人永久居留身份证号码第4-6位国籍代码 999 不是 GB/T 2659 国家和地区代码，请核对',
      actual: '999',
    });
    // 530 荷属安的列斯 was withdrawn in 2010: no card of 2023 carries it.
    expect(problemOf(completeForeignPermanentResidentNumber('93153019850312123')).reason).toBe('NATIONALITY');
    expect(problemOf(completeForeignPermanentResidentNumber('93115619850312123'))).toMatchObject({
      reason: 'NATIONALITY',
      message: '外国人永久居留身份证号码第4-6位国籍代码 156（中国）不是外国国籍，请核对；港澳台居民请使用居住证上的公民身份号码',
    });
    for (const region of ['344', '446', '158']) {
      expect(problemOf(completeForeignPermanentResidentNumber(`931${region}19850312123`)).reason, region).toBe('NATIONALITY');
    }
  });

  it('BIRTH_DATE: not a calendar date, in the future, before 1900', () => {
    expect(problemOf(completeForeignPermanentResidentNumber('93184019850230123'))).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'BIRTH_DATE',
      message: '外国人永久居留身份证号码第7–14位出生日期不是有效日期：第13–14位的日在该月不存在',
    });
    expect(problemOf(completeForeignPermanentResidentNumber('93184020250616123')).message).toBe('外国人永久居留身份证号码第7–14位出生日期晚于今天，请核对');
    expect(problemOf(completeForeignPermanentResidentNumber('93184018991231123')).reason).toBe('BIRTH_DATE');
  });

  it('CHECK_CHARACTER: says it does not match, naming neither the character expected nor the one typed', () => {
    expect(problemOf('931840198503121236')).toEqual({
      kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER',
      reason: 'CHECK_CHARACTER',
      message: '外国人永久居留身份证号码校验码错误：第18位校验码与前17位不符，请逐位核对号码',
    });
  });

  it('refuses an invalid today instead of guessing', () => {
    expect(() => validateForeignPermanentResidentNumber(AMERICAN_IN_SHANGHAI, { today: new Date('nonsense') })).toThrow(RangeError);
  });
});
