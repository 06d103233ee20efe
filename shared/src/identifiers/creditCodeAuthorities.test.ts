import { describe, expect, it } from 'vitest';
import { REGISTRATION_AUTHORITIES, registrationAuthorityOf } from './creditCodeAuthorities.ts';
import { CREDIT_CODE_ALPHABET } from './unifiedSocialCreditCode.ts';

describe('registration authorities', () => {
  it('uses only characters of the credit-code alphabet', () => {
    for (const authority of REGISTRATION_AUTHORITIES) {
      expect(CREDIT_CODE_ALPHABET).toContain(authority.char);
      for (const type of authority.organizationTypes ?? []) expect(CREDIT_CODE_ALPHABET).toContain(type.char);
    }
  });

  it('has closed type tables for 编制, 外交, 文化, 民政 and 市场监管 only', () => {
    expect(registrationAuthorityOf('1')?.organizationTypes?.map((t) => t.char)).toEqual(['1', '2', '3', '9']);
    expect(registrationAuthorityOf('5')?.organizationTypes?.map((t) => t.char)).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(registrationAuthorityOf('9')?.organizationTypes?.map((t) => `${t.char}${t.name}`)).toEqual([
      '1企业',
      '2个体工商户',
      '3农民专业合作社',
      '9其他',
    ]);
    const open = REGISTRATION_AUTHORITIES.filter((a) => a.organizationTypes === undefined).map((a) => a.char);
    expect(registrationAuthorityOf('2')?.organizationTypes?.map((t) => t.char)).toEqual(['1', '9']);
    expect(registrationAuthorityOf('4')?.organizationTypes?.map((t) => t.char)).toEqual(['1', '9']);
    expect(open).toEqual(['3', '6', '7', '8', 'A', 'G', 'J', 'N', 'Q', 'Y']);
  });

  it('knows nothing of other characters', () => {
    expect(registrationAuthorityOf('0')).toBeUndefined();
    expect(registrationAuthorityOf('B')).toBeUndefined();
  });
});
