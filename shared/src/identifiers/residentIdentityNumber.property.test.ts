import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_DIVISIONS, PROVINCE_PREFIXES } from './divisionCodes.ts';
import { assertEverySubstitutionFails, birthDate, digits, TODAY } from './gb11643.fixture.ts';
import { completeResidentIdentityNumber, validateResidentIdentityNumber } from './residentIdentityNumber.ts';

/** Known divisions (current and historical) or a known province prefix + any 4 digits. */
const addressCode = fc.oneof(
  fc.constantFrom(...ALL_DIVISIONS.map((d) => d.code)),
  fc.tuple(fc.constantFrom(...PROVINCE_PREFIXES), digits(4)).map(([p, rest]) => p + rest),
);

const validNumber = fc
  .tuple(addressCode, birthDate, digits(3))
  .map(([address, birth, sequence]) => completeResidentIdentityNumber(address + birth + sequence));

describe('resident identity number properties', () => {
  it('every generated valid number passes and parses back to its parts', () => {
    fc.assert(
      fc.property(validNumber, (number) => {
        const result = validateResidentIdentityNumber(number, { today: TODAY });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.addressCode).toBe(number.slice(0, 6));
        expect(result.value.birthDate.replaceAll('-', '')).toBe(number.slice(6, 14));
        expect(result.value.sex).toBe(Number(number.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
      { numRuns: 500 },
    );
  });

  it('every single-character substitution of a valid number fails', () => {
    fc.assert(
      fc.property(validNumber, (number) => assertEverySubstitutionFails(number, (input) => validateResidentIdentityNumber(input, { today: TODAY }))),
      { numRuns: 200 },
    );
  });
});
