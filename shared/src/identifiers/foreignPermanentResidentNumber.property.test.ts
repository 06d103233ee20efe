import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countryCodes.ts';
import { PROVINCE_PREFIXES } from './divisionCodes.ts';
import {
  completeForeignPermanentResidentNumber,
  validateForeignPermanentResidentNumber,
} from './foreignPermanentResidentNumber.ts';
import { assertEverySubstitutionFails, birthDate, digits, TODAY } from './gb11643.fixture.ts';
import { validateResidentIdentityNumber } from './residentIdentityNumber.ts';

/** Provinces of the mainland: Taiwan (71), Hong Kong (81) and Macau (82) accept no application. */
const acceptingProvince = fc.constantFrom(...PROVINCE_PREFIXES.filter((prefix) => !['71', '81', '82'].includes(prefix)));

/** Every code of the list but China's own and those of its regions. */
const nationality = fc.constantFrom(
  ...COUNTRIES.map((country) => country.numeric).filter((code) => !['156', '158', '344', '446'].includes(code)),
);

const validNumber = fc
  .tuple(acceptingProvince, nationality, birthDate, digits(3))
  .map(([province, country, birth, sequence]) => completeForeignPermanentResidentNumber(`9${province}${country}${birth}${sequence}`));

describe('foreign permanent resident number properties', () => {
  it('every generated valid number passes and parses back to its parts', () => {
    fc.assert(
      fc.property(validNumber, (number) => {
        const result = validateForeignPermanentResidentNumber(number, { today: TODAY });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.acceptingProvince.prefix).toBe(number.slice(1, 3));
        expect(result.value.nationality.numeric).toBe(number.slice(3, 6));
        expect(result.value.birthDate.replaceAll('-', '')).toBe(number.slice(6, 14));
        expect(result.value.sex).toBe(Number(number.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
      { numRuns: 500 },
    );
  });

  it('is never a resident identity number: no province code begins with 9', () => {
    fc.assert(
      fc.property(validNumber, (number) => {
        const result = validateResidentIdentityNumber(number, { today: TODAY });
        expect(!result.ok && result.problem.reason).toBe('DIVISION');
      }),
      { numRuns: 200 },
    );
  });

  it('every single-character substitution of a valid number fails', () => {
    fc.assert(
      fc.property(validNumber, (number) => assertEverySubstitutionFails(number, (input) => validateForeignPermanentResidentNumber(input, { today: TODAY }))),
      { numRuns: 200 },
    );
  });
});
