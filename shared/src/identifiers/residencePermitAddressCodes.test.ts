import { describe, expect, it } from 'vitest';
import { isPlausibleDivisionCode, provinceNameOf } from './divisionCodes.ts';
import { isResidencePermitAddressCode } from './residencePermitAddressCodes.ts';
import { completeResidentIdentityNumber, validateResidentIdentityNumber } from './residentIdentityNumber.ts';
import { validateDivisionCode } from './validateDivisionCode.ts';

const TODAY = new Date('2025-06-15T10:00:00+08:00');

// Fictional holders of a 港澳台居民居住证; every number carries its correct GB 11643 check character.
const TAIWAN_RESIDENT = '830000199001011234';
const HONG_KONG_RESIDENT = '810000199001011230';
const MACAU_RESIDENT = '820000199001011232';

describe('公民身份号码 of a 港澳台居民居住证 (国办发〔2018〕81号)', () => {
  it('accepts a Taiwan resident’s number (address code 830000) and parses it as any other', () => {
    expect(completeResidentIdentityNumber(TAIWAN_RESIDENT.slice(0, 17))).toBe(TAIWAN_RESIDENT);
    expect(validateResidentIdentityNumber(TAIWAN_RESIDENT, { today: TODAY })).toEqual({
      ok: true,
      value: {
        number: TAIWAN_RESIDENT,
        addressCode: '830000',
        // As for 810000 and 820000: a code the division list does not hold.
        addressCodeStatus: 'UNKNOWN',
        division: undefined,
        provincePrefix: '83',
        birthDate: '1990-01-01',
        sex: 'MALE',
        sequence: '123',
      },
    });
  });

  it('accepts 830000 exactly as it accepts 810000 and 820000', () => {
    for (const number of [HONG_KONG_RESIDENT, MACAU_RESIDENT, TAIWAN_RESIDENT]) {
      const result = validateResidentIdentityNumber(number, { today: TODAY });
      expect(result.ok && { status: result.value.addressCodeStatus, division: result.value.division }).toEqual({
        status: 'UNKNOWN',
        division: undefined,
      });
    }
  });

  it('still checks the check character of a 830000 number', () => {
    expect(validateResidentIdentityNumber('830000199001011235', { today: TODAY })).toEqual({
      ok: false,
      problem: {
        kind: 'RESIDENT_IDENTITY_NUMBER',
        reason: 'CHECK_CHARACTER',
        message: '公民身份号码校验码错误：第18位校验码与前17位不符，请逐位核对号码',
      },
    });
  });

  it('still checks the birth date of a 830000 number', () => {
    const result = validateResidentIdentityNumber(completeResidentIdentityNumber('83000019900231123'), { today: TODAY });
    expect(!result.ok && result.problem.reason).toBe('BIRTH_DATE');
  });

  it('accepts only the exact code 830000, not 83 as a province', () => {
    for (const first17 of ['84000019900101123', '83010119900101123', '83000119900101123']) {
      const number = completeResidentIdentityNumber(first17);
      const result = validateResidentIdentityNumber(number, { today: TODAY });
      expect(!result.ok && result.problem).toMatchObject({ reason: 'DIVISION', actual: number.slice(0, 2) });
    }
    expect(validateResidentIdentityNumber('840000199001011236', { today: TODAY })).toEqual({
      ok: false,
      problem: {
        kind: 'RESIDENT_IDENTITY_NUMBER',
        reason: 'DIVISION',
        message: '公民身份号码第1–2位省级代码 84 不存在，请核对',
        actual: '84',
      },
    });
    expect(validateResidentIdentityNumber(completeResidentIdentityNumber('83010119900101123'), { today: TODAY })).toMatchObject({
      problem: {
        reason: 'DIVISION',
        message: '公民身份号码第1–6位地址码不存在：以 83 开头的只有台湾居民居住证的 830000，请核对',
      },
    });
  });

  it('does not make 830000 an administrative division', () => {
    expect(isResidencePermitAddressCode('830000')).toBe(true);
    expect(isResidencePermitAddressCode('830100')).toBe(false);
    expect(provinceNameOf('83')).toBeUndefined();
    expect(isPlausibleDivisionCode('830000')).toBe(false);
    expect(validateDivisionCode('830000', { allowHistorical: true }).ok).toBe(false);
  });
});
