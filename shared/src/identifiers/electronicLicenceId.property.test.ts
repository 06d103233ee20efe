import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTRATION_AUTHORITIES } from './creditCodeAuthorities.ts';
import { ALL_DIVISIONS } from './divisionCodes.ts';
import { ELECTRONIC_LICENCE_ID_PREFIX, buildElectronicLicenceId, validateElectronicLicenceId } from './electronicLicenceId.ts';
import { makeOrganizationCode } from './organizationCode.ts';
import {
  CREDIT_CODE_ALPHABET,
  NATIONAL_REGISTRATION_DIVISION_CODE,
  completeUnifiedSocialCreditCode,
} from './unifiedSocialCreditCode.ts';

const LICENCE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function stringOf(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((a) => a.join(''));
}

const creditCode = fc
  .tuple(
    fc.constantFrom(
      ...REGISTRATION_AUTHORITIES.flatMap((a) => (a.organizationTypes ?? [{ char: '1' }]).map((t) => a.char + t.char)),
    ),
    fc.constantFrom(...ALL_DIVISIONS.map((d) => d.code), NATIONAL_REGISTRATION_DIVISION_CODE),
    stringOf(CREDIT_CODE_ALPHABET, 8, 8),
  )
  .map(([head, division, body]) => completeUnifiedSocialCreditCode(head + division + makeOrganizationCode(body)));

const parts = fc.record({
  licenceTypeCode: fc.tuple(creditCode, stringOf('0123456789', 3, 3)).map(([c, s]) => c + s),
  issuerCode: creditCode,
  serial: stringOf(LICENCE_ALPHABET, 1, 20),
  version: stringOf('0123456789', 3, 3),
});

const validId = parts.map((p) => buildElectronicLicenceId(p));

describe('electronic licence identifier properties', () => {
  it('every identifier built from random valid parts passes and parses back', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const result = validateElectronicLicenceId(buildElectronicLicenceId(p));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value).toMatchObject(p);
      }),
      { numRuns: 300 },
    );
  });

  it('every single-character substitution in the checked part or the check character fails', () => {
    // ISO 7064 MOD 37,36 detects every single substitution over 0-9A-Z. A change inside the type
    // code or the issuer code may be caught earlier (FORMAT / ISSUER); either way it must fail.
    fc.assert(
      fc.property(validId, (id) => {
        for (let position = ELECTRONIC_LICENCE_ID_PREFIX.length + 1; position < id.length; position += 1) {
          if (id.charAt(position) === '.') continue;
          for (const replacement of LICENCE_ALPHABET) {
            if (replacement === id.charAt(position)) continue;
            const changed = id.slice(0, position) + replacement + id.slice(position + 1);
            if (validateElectronicLicenceId(changed).ok) {
              throw new Error(`${changed} (from ${id}) was accepted`);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
