import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTRATION_AUTHORITIES } from './creditCodeAuthorities.ts';
import { ALL_DIVISIONS, PROVINCE_PREFIXES } from './divisionCodes.ts';
import { makeOrganizationCode } from './organizationCode.ts';
import {
  CREDIT_CODE_ALPHABET,
  NATIONAL_REGISTRATION_DIVISION_CODE,
  completeUnifiedSocialCreditCode,
  validateUnifiedSocialCreditCode,
} from './unifiedSocialCreditCode.ts';

function stringOf(alphabet: string, length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((a) => a.join(''));
}

/** Listed pairs for 编制/民政/市场监管; any alphabet character as type for the other authorities. */
const authorityAndType = fc.oneof(
  fc.constantFrom(
    ...REGISTRATION_AUTHORITIES.flatMap((a) => (a.organizationTypes ?? []).map((t) => a.char + t.char)),
  ),
  fc.tuple(
    fc.constantFrom(...REGISTRATION_AUTHORITIES.filter((a) => a.organizationTypes === undefined).map((a) => a.char)),
    fc.constantFrom(...CREDIT_CODE_ALPHABET),
  ).map(([a, t]) => a + t),
);

const divisionCode = fc.oneof(
  fc.constantFrom(...ALL_DIVISIONS.map((d) => d.code), NATIONAL_REGISTRATION_DIVISION_CODE),
  fc.tuple(fc.constantFrom(...PROVINCE_PREFIXES), stringOf('0123456789', 4)).map(([p, r]) => p + r),
);

/** Organisation body over the credit-code alphabet; its GB 11714 check is 0-9 or X, also in it. */
const validCode = fc
  .tuple(authorityAndType, divisionCode, stringOf(CREDIT_CODE_ALPHABET, 8))
  .map(([head, division, body]) => completeUnifiedSocialCreditCode(head + division + makeOrganizationCode(body)));

describe('unified social credit code properties', () => {
  it('every generated valid code passes', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const result = validateUnifiedSocialCreditCode(code);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.organizationCodeValid).toBe(true);
        expect(result.value.nonConforming).toBe(false);
        expect(result.value.divisionCode).toBe(code.slice(2, 8));
      }),
      { numRuns: 500 },
    );
  });

  it('every single-character substitution within the alphabet fails', () => {
    // GB 32100 guarantees this: 31 is prime, weights 3^(i-1) mod 31 are non-zero and the check
    // map is one-to-one, so one changed character always changes the expected check. (The
    // embedded GB 11714 check alone would miss value changes by 11 or 22, e.g. M↔B↔0.)
    fc.assert(
      fc.property(validCode, (code) => {
        for (let position = 0; position < 18; position += 1) {
          for (const replacement of CREDIT_CODE_ALPHABET) {
            if (replacement === code.charAt(position)) continue;
            const changed = code.slice(0, position) + replacement + code.slice(position + 1);
            if (validateUnifiedSocialCreditCode(changed).ok) {
              throw new Error(`${changed} (from ${code}) was accepted`);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
