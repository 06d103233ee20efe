import { describe, expect, it } from 'vitest';
import type { IdentifierProblem } from './checkResult.ts';
import { buildElectronicLicenceId, validateElectronicLicenceId } from './electronicLicenceId.ts';
import { KNOWN_NONCONFORMING_CREDIT_CODES } from './knownNonconformingCreditCodes.ts';

const REAL_ID = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F';

function problemOf(id: string): IdentifierProblem {
  const result = validateElectronicLicenceId(id);
  if (result.ok) throw new Error(`expected ${id} to fail`);
  return result.problem;
}

describe('validateElectronicLicenceId', () => {
  it('accepts and parses the real identifier', () => {
    const result = validateElectronicLicenceId(REAL_ID);
    expect(result.ok && result.value).toMatchObject({
      id: REAL_ID,
      licenceTypeCode: '11100000000013338W032',
      definingAuthorityCode: '11100000000013338W',
      licenceTypeSequence: '032',
      issuerCode: '11220000013544541J',
      issuer: { authority: { char: '1', name: '编制' }, organizationType: { name: '机关' }, provincePrefix: '22' },
      serial: '2430599',
      version: '001',
      checkCharacter: 'F',
    });
  });

  it('CHECK_CHARACTER names the expected character', () => {
    expect(problemOf(REAL_ID.replace(/F$/, 'G'))).toEqual({
      kind: 'ELECTRONIC_LICENCE_ID',
      reason: 'CHECK_CHARACTER',
      message: '电子证照标识校验位错误：应为 F，实际为 G',
      expected: 'F',
      actual: 'G',
    });
    expect(problemOf(REAL_ID.replace('2430599', '2430598')).reason).toBe('CHECK_CHARACTER');
    expect(problemOf(REAL_ID.replace('.001.', '.002.')).reason).toBe('CHECK_CHARACTER');
  });

  it('FORMAT: lower case, prefix, segments', () => {
    expect(problemOf(REAL_ID.replace(/F$/, 'f'))).toMatchObject({
      reason: 'FORMAT',
      message: '电子证照标识中的字母应为大写：第69位“f”请改为“F”',
    });
    expect(problemOf(REAL_ID.replace('1.2.156.3005.2.', '1.2.156.3005.3.')).message).toBe(
      '电子证照标识应以“1.2.156.3005.2.”开头，格式为 1.2.156.3005.2.证照类型代码.签发机构代码.证照流水号.版本号.校验位',
    );
    expect(problemOf('1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.F')).toMatchObject({
      reason: 'FORMAT',
      message:
        '电子证照标识在“1.2.156.3005.2.”之后应有5段（证照类型代码.签发机构代码.证照流水号.版本号.校验位），实际为4段',
    });
  });

  it('FORMAT: licence type code must be a credit code + 3 digits', () => {
    expect(problemOf(REAL_ID.replace('11100000000013338W032', '11100000000013338W32')).message).toBe(
      '电子证照标识的证照类型代码“11100000000013338W32”应为18位统一社会信用代码加3位数字顺序号（共21位）',
    );
    expect(problemOf(REAL_ID.replace('11100000000013338W032', '11100000000013338X032'))).toMatchObject({
      reason: 'FORMAT',
      message:
        '电子证照标识的证照类型代码前18位“11100000000013338X”不是有效的统一社会信用代码（统一社会信用代码校验码错误：按前17位应为 W，实际为 X）',
    });
  });

  it('ISSUER: the issuer must be a valid credit code', () => {
    expect(problemOf(REAL_ID.replace('11220000013544541J', '11220000013544541K'))).toEqual({
      kind: 'ELECTRONIC_LICENCE_ID',
      reason: 'ISSUER',
      message:
        '电子证照标识的签发机构代码“11220000013544541K”不是有效的统一社会信用代码（统一社会信用代码校验码错误：按前17位应为 J，实际为 K）',
      actual: '11220000013544541K',
    });
    expect(problemOf(REAL_ID.replace('11220000013544541J', '1122000001354454J')).reason).toBe('ISSUER');
  });

  it('FORMAT: serial, version and check character shapes', () => {
    expect(problemOf(REAL_ID.replace('.2430599.', '..')).message).toBe('电子证照标识的证照流水号不能为空');
    expect(problemOf(REAL_ID.replace('.2430599.', '.243-599.')).message).toBe(
      '电子证照标识的证照流水号“243-599”只能由数字和大写字母组成',
    );
    expect(problemOf(REAL_ID.replace('.001.', '.01.')).message).toBe('电子证照标识的版本号“01”应为3位数字，如 001');
    expect(problemOf(REAL_ID.replace(/F$/, 'FF')).message).toBe('电子证照标识的校验位“FF”应为1位数字或大写字母');
  });

  it('passes the allow-list through to the credit code checks', () => {
    const parts = {
      licenceTypeCode: '11100000000013338W032',
      issuerCode: '91350203M0001QAY9B',
      serial: 'A1',
      version: 1,
    };
    expect(() => buildElectronicLicenceId(parts)).toThrow(RangeError);
    const id = buildElectronicLicenceId(parts, { allowList: KNOWN_NONCONFORMING_CREDIT_CODES });
    expect(validateElectronicLicenceId(id).ok).toBe(false);
    const result = validateElectronicLicenceId(id, { allowList: KNOWN_NONCONFORMING_CREDIT_CODES });
    expect(result.ok && result.value.issuer.nonConforming).toBe(true);
  });
});

describe('buildElectronicLicenceId', () => {
  it('rebuilds the real identifier', () => {
    expect(
      buildElectronicLicenceId({
        licenceTypeCode: '11100000000013338W032',
        issuerCode: '11220000013544541J',
        serial: '2430599',
        version: '001',
      }),
    ).toBe(REAL_ID);
    expect(
      buildElectronicLicenceId({
        licenceTypeCode: '11100000000013338W032',
        issuerCode: '11220000013544541J',
        serial: '2430599',
        version: 1,
      }),
    ).toBe(REAL_ID);
  });

  it('throws with the clerk-facing message on an invalid part', () => {
    expect(() =>
      buildElectronicLicenceId({
        licenceTypeCode: '11100000000013338W032',
        issuerCode: '11220000013544541J',
        serial: 'abc',
        version: '001',
      }),
    ).toThrow('电子证照标识的证照流水号“abc”只能由数字和大写字母组成');
    expect(() =>
      buildElectronicLicenceId({
        licenceTypeCode: '11100000000013338W032',
        issuerCode: '11220000013544541J',
        serial: '1',
        version: 1000,
      }),
    ).toThrow(RangeError);
  });
});
