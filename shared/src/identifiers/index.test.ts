import { describe, expect, it } from 'vitest';
import * as identifiers from './index.ts';

describe('public API', () => {
  it('re-exports the functions and lists', () => {
    for (const name of [
      'validateResidentIdentityNumber',
      'residentIdentityCheckCharacter',
      'completeResidentIdentityNumber',
      'maskResidentIdentityNumber',
      'validateForeignPermanentResidentNumber',
      'completeForeignPermanentResidentNumber',
      'countryOf',
      'validateUnifiedSocialCreditCode',
      'creditCodeCheckCharacter',
      'completeUnifiedSocialCreditCode',
      'organizationCodeCheckCharacter',
      'makeOrganizationCode',
      'validateOrganizationCode',
      'lookupDivision',
      'provinceNameOf',
      'isPlausibleDivisionCode',
      'validateDivisionCode',
      'buildElectronicLicenceId',
      'validateElectronicLicenceId',
      'iso7064Mod37_36CheckCharacter',
    ] as const) {
      expect(typeof identifiers[name]).toBe('function');
    }
    expect(identifiers.CURRENT_DIVISIONS.length).toBeGreaterThan(0);
    expect(identifiers.KNOWN_NONCONFORMING_CREDIT_CODES.has('91350203M0001QAY9B')).toBe(true);
  });
});
