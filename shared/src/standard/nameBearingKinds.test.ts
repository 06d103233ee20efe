import { describe, expect, it } from 'vitest';
import { evidenceCanNameApplicant, nameBearingKinds } from './nameBearingKinds.ts';

describe('evidence kinds that name their subject', () => {
  it('are the kinds the form takes the applicant’s name from, for that kind of applicant', () => {
    expect(nameBearingKinds('PERSON').sort()).toEqual(['E_LICENCE', 'HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'PROVIDENT_FUND', 'SOCIAL_INSURANCE']);
    expect(nameBearingKinds('ENTERPRISE').sort()).toEqual(['BUSINESS_REGISTRATION', 'E_LICENCE']);
  });

  it('a case whose evidence holds none of them cannot name its applicant', () => {
    expect(evidenceCanNameApplicant([], 'PERSON')).toBe(false);
    // A licence names its holder (住房公积金异地个人住房贷款申请 gathers only her 缴存使用证明), a person or an enterprise.
    expect(evidenceCanNameApplicant(['E_LICENCE'], 'PERSON')).toBe(true);
    expect(evidenceCanNameApplicant(['E_LICENCE'], 'ENTERPRISE')).toBe(true);
    expect(evidenceCanNameApplicant(['TAX', 'CREDIT_RECORD'], 'PERSON')).toBe(false);
    expect(evidenceCanNameApplicant(['CREDIT_RECORD', 'PROVIDENT_FUND'], 'PERSON')).toBe(true);
    // 不动产转移登记 names a person by household and marriage records, never an enterprise.
    expect(evidenceCanNameApplicant(['TAX', 'MARRIAGE', 'HOUSEHOLD_REGISTRATION'], 'PERSON')).toBe(true);
    expect(evidenceCanNameApplicant(['TAX', 'MARRIAGE', 'HOUSEHOLD_REGISTRATION'], 'ENTERPRISE')).toBe(false);
    expect(evidenceCanNameApplicant(['BUSINESS_REGISTRATION'], 'ENTERPRISE')).toBe(true);
  });
});
