import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_DIVISIONS, PROVINCE_PREFIXES } from './divisionCodes.ts';
import { completeResidentIdentityNumber, validateResidentIdentityNumber } from './residentIdentityNumber.ts';

const TODAY = new Date('2025-06-15T12:00:00+08:00');
const FIRST_DAY_MS = Date.UTC(1900, 0, 1);
const LAST_DAY_MS = Date.UTC(2025, 5, 15);
const DAY_MS = 24 * 60 * 60 * 1000;
const DIGITS = '0123456789';

function digits(length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...DIGITS), { minLength: length, maxLength: length }).map((a) => a.join(''));
}

/** Known divisions (current and historical) or a known province prefix + any 4 digits. */
const addressCode = fc.oneof(
  fc.constantFrom(...ALL_DIVISIONS.map((d) => d.code)),
  fc.tuple(fc.constantFrom(...PROVINCE_PREFIXES), digits(4)).map(([p, rest]) => p + rest),
);

/** Every real calendar day from 1900-01-01 to TODAY inclusive (leap days included). */
const birthDate = fc.integer({ min: 0, max: (LAST_DAY_MS - FIRST_DAY_MS) / DAY_MS }).map((offset) => {
  const day = new Date(FIRST_DAY_MS + offset * DAY_MS);
  return (
    String(day.getUTCFullYear()) +
    String(day.getUTCMonth() + 1).padStart(2, '0') +
    String(day.getUTCDate()).padStart(2, '0')
  );
});

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
    // GB 11643 guarantees this: all weights are non-zero mod 11 and 11 is prime, so changing one
    // of the first 17 digits changes S mod 11, and "10X98765432" maps residues one-to-one. Where
    // the change breaks an earlier rule first (province, date), validation fails for that reason.
    fc.assert(
      fc.property(validNumber, (number) => {
        for (let position = 0; position < 18; position += 1) {
          const alphabet = position < 17 ? DIGITS : `${DIGITS}X`;
          for (const replacement of alphabet) {
            if (replacement === number.charAt(position)) continue;
            const changed = number.slice(0, position) + replacement + number.slice(position + 1);
            const result = validateResidentIdentityNumber(changed, { today: TODAY });
            if (result.ok) throw new Error(`${changed} (from ${number}) was accepted`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
