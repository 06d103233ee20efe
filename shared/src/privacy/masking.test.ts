import { describe, expect, it } from 'vitest';
import { allDigitCreditCodes, foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { completeResidentIdentityNumber, validateResidentIdentityNumber } from '../identifiers/index.ts';
import type { HeldRecord, StandardRecord } from '../standard/standardRecord.ts';
import { validateEnterpriseCreditCode } from '../subjects/enterpriseCreditCode.ts';
import { identityOfSubject, isEnterpriseSubject } from '../subjects/subjectIdentity.ts';
import { maskAddress, maskNumber, maskPersonName, maskRecord } from './masking.ts';

const held = (kind: StandardRecord['kind']): HeldRecord => ({
  ...(SAMPLE_RECORDS.find((record) => record.kind === kind) as StandardRecord),
  region: 'SHANGHAI',
  holdingAuthority: 'test',
});

describe('masking', () => {
  it('masks names, numbers and addresses', () => {
    expect(maskPersonName('顾晓梅')).toBe('顾**');
    expect(maskPersonName('赵敏')).toBe('赵*');
    expect(maskNumber('310118198804123021')).toBe('3101**********3021');
    expect(maskNumber('110234567801')).toBe('********7801');
    expect(maskAddress('上海市青浦区盈浦街道华青路88弄6号302室')).toBe('上海市青浦区****');
  });

  it('shows the holder their own data but not their spouse’s number', () => {
    const record = maskRecord(held('MARRIAGE'), 'HOLDER');
    expect(record.subjectId).toBe('310118198804123021');
    expect(record.content).toMatchObject({ personName: '顾晓梅', spouseName: '沈浩然', spouseIdNumber: '3304**********0011' });
  });

  it('shows a person her own number and name wherever a record names her: the legal representative in 涉企信息公示', () => {
    const registration = held('BUSINESS_REGISTRATION');
    if (registration.kind !== 'BUSINESS_REGISTRATION') throw new Error('not a registration');
    const { legalRepresentative, legalRepresentativeId } = registration.content;
    // Signed in as herself: whole, to the public view and to the enterprise's own (HOLDER) alike.
    for (const audience of ['PUBLIC', 'HOLDER'] as const) {
      expect(maskRecord(registration, audience, legalRepresentativeId).content).toMatchObject({ legalRepresentative, legalRepresentativeId });
    }
    // Anyone else — another person, or nobody signed in — sees them masked, as before.
    const other = maskRecord(registration, 'PUBLIC', '310118198804123021').content;
    expect(other).toMatchObject({ legalRepresentative: maskPersonName(legalRepresentative), legalRepresentativeId: maskNumber(legalRepresentativeId) });
    expect(maskRecord(registration, 'PUBLIC').content).toEqual(other);
    // The spouse of a marriage record is shown hers too; the holder still does not see the spouse's number.
    const marriage = held('MARRIAGE');
    if (marriage.kind !== 'MARRIAGE') throw new Error('not a marriage');
    expect(maskRecord(marriage, 'PUBLIC', marriage.content.spouseIdNumber).content).toMatchObject({ spouseName: '沈浩然', spouseIdNumber: marriage.content.spouseIdNumber, personName: '顾**' });
  });

  it('shows the case officer the applicant’s data whole, but another person’s identity number masked as for the holder', () => {
    const marriage = held('MARRIAGE') as HeldRecord<'MARRIAGE'>;
    const clerk = maskRecord(marriage, 'CASE_OFFICER');
    expect(clerk.subjectId).toBe('310118198804123021');
    // The spouse's number is his, not the applicant's: the form uses only his name.
    expect(clerk.content).toEqual({ ...marriage.content, spouseIdNumber: '3304**********0011' });
    expect(clerk.content).toEqual(maskRecord(marriage, 'HOLDER').content);
    const registration = held('BUSINESS_REGISTRATION') as HeldRecord<'BUSINESS_REGISTRATION'>;
    const enterprise = maskRecord(registration, 'CASE_OFFICER');
    expect(enterprise.subjectId).toBe('91330421MA2B3C4D17');
    expect(enterprise.content).toEqual({ ...registration.content, legalRepresentativeId: '3304**********0011' });
    // The applicant's own account number, address and name stay whole.
    expect(maskRecord(held('PROVIDENT_FUND'), 'CASE_OFFICER')).toEqual(held('PROVIDENT_FUND'));
    expect(maskRecord(held('HOUSEHOLD_REGISTRATION'), 'CASE_OFFICER')).toEqual(held('HOUSEHOLD_REGISTRATION'));
  });

  it('shows the public nothing personal', () => {
    const record = maskRecord(held('HOUSEHOLD_REGISTRATION'), 'PUBLIC');
    expect(record.subjectId).toBe('3101**********3021');
    expect(record.content).toMatchObject({ personName: '顾**', address: '上海市青浦区****', divisionCode: '310118' });
    const fund = maskRecord(held('PROVIDENT_FUND'), 'PUBLIC');
    expect(fund.content).toMatchObject({ personName: '顾**', accountNumber: '********7801' });
  });

  it('keeps an enterprise’s public identity but masks its legal representative’s number', () => {
    const record = maskRecord(held('BUSINESS_REGISTRATION'), 'PUBLIC');
    expect(record.subjectId).toBe('91330421MA2B3C4D17');
    expect(record.content).toMatchObject({ enterpriseName: '嘉善禾丰智能装备有限公司', legalRepresentative: '沈**', legalRepresentativeId: '3304**********0011' });
  });
});

const RESIDENT_SHAPE = /^\d{17}[\dX]$/;

describe('who a subject identifier names', () => {
  const enterprises = [...allDigitCreditCodes('310000', 10), ...allDigitCreditCodes('320583', 10), '913100001000000080'];
  const person = completeResidentIdentityNumber('31011819880412302');
  const both = numberValidAsBoth();

  it('an all-digit credit code that passes GB 32100 is an enterprise, though shaped like a resident number', () => {
    for (const code of enterprises) {
      expect(RESIDENT_SHAPE.test(code) && validateEnterpriseCreditCode(code).ok, code).toBe(true);
      expect(identityOfSubject(code), code).toBe('ENTERPRISE');
    }
    expect(identityOfSubject('91330421MA2B3C4D17')).toBe('ENTERPRISE');
  });

  it('a resident identity number is a person; one that also passes as a credit code is either, and not public', () => {
    expect(identityOfSubject(person)).toBe('PERSON');
    expect(validateResidentIdentityNumber(both).ok && validateEnterpriseCreditCode(both).ok).toBe(true);
    expect(identityOfSubject(both)).toBe('EITHER');
    expect(isEnterpriseSubject(both)).toBe(false);
    // Shaped like a resident number but failing both checks: not known to be an enterprise either.
    expect(identityOfSubject('310118198804123022')).toBe('UNKNOWN');
    expect(isEnterpriseSubject('310118198804123022')).toBe(false);
  });

  it('shows the public an all-digit enterprise’s own code and name, as any enterprise’s', () => {
    const enterprise = enterprises[0] as string;
    const about = <K extends StandardRecord['kind']>(kind: K, subjectId: string) => ({ ...held(kind), subjectId });
    const credit = maskRecord(about('CREDIT_RECORD', enterprise), 'PUBLIC');
    expect(credit.subjectId).toBe(enterprise);
    expect(credit.content).toMatchObject({ subjectName: '嘉善禾丰智能装备有限公司' });
    const registration = maskRecord(about('BUSINESS_REGISTRATION', enterprise), 'PUBLIC');
    expect(registration.subjectId).toBe(enterprise);
    expect(registration.content).toMatchObject({ enterpriseName: '嘉善禾丰智能装备有限公司', legalRepresentativeId: '3304**********0011' });
    expect(maskRecord(about('TAX', enterprise), 'PUBLIC').content).toMatchObject({ taxpayerName: '嘉善禾丰智能装备有限公司' });
  });

  it('still masks a person’s number and name for the public, and one valid as both alike', () => {
    const penalty = held('CREDIT_RECORD') as HeldRecord<'CREDIT_RECORD'>;
    for (const subjectId of [person, both]) {
      const credit = maskRecord({ ...penalty, subjectId, content: { ...penalty.content, subjectName: '顾晓梅' } }, 'PUBLIC');
      expect(credit.subjectId, subjectId).toBe(`${subjectId.slice(0, 4)}**********${subjectId.slice(-4)}`);
      expect(credit.content, subjectId).toMatchObject({ subjectName: '顾**' });
    }
  });
});

describe('a foreign permanent resident’s number (2023 card)', () => {
  /** Fictional: accepted in 上海 (31), a US national (840), born 1985-03-12, male. */
  const foreigner = '931840198503121235';
  const both = foreignPermanentResidentNumberValidAsBoth();
  const penalty = held('CREDIT_RECORD') as HeldRecord<'CREDIT_RECORD'>;
  const about = (subjectId: string): HeldRecord => ({ ...penalty, subjectId, content: { ...penalty.content, subjectName: 'John Smith' } });

  it('names a person; one that also passes as a credit code is either, and not public', () => {
    expect(identityOfSubject(foreigner)).toBe('PERSON');
    expect(validateEnterpriseCreditCode(both).ok).toBe(true);
    expect(identityOfSubject(both)).toBe('EITHER');
    expect(isEnterpriseSubject(both)).toBe(false);
  });

  it('is masked like a resident number for the public, with the holder’s name, and shown whole to the holder', () => {
    expect(maskNumber(foreigner)).toBe('9318**********1235');
    for (const subjectId of [foreigner, both]) {
      const credit = maskRecord(about(subjectId), 'PUBLIC');
      expect(credit.subjectId, subjectId).toBe(`${subjectId.slice(0, 4)}**********${subjectId.slice(-4)}`);
      expect(credit.content, subjectId).toMatchObject({ subjectName: 'J*********' });
      expect(maskRecord(about(subjectId), 'HOLDER').subjectId).toBe(subjectId);
    }
  });

  it('is masked as another person’s number where a record mentions it', () => {
    const marriage = held('MARRIAGE') as HeldRecord<'MARRIAGE'>;
    const record = maskRecord({ ...marriage, content: { ...marriage.content, spouseIdNumber: foreigner } }, 'HOLDER');
    expect(record.content).toMatchObject({ spouseIdNumber: '9318**********1235' });
  });
});
