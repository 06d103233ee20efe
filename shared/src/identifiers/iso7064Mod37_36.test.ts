import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso7064HybridCheckValue, iso7064Mod37_36CheckCharacter, isValidIso7064Mod37_36 } from './iso7064Mod37_36.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('ISO 7064 MOD 37,36', () => {
  it('reproduces the example of ISO/IEC 7064: A12425GABC1234002 → M', () => {
    expect(iso7064Mod37_36CheckCharacter('A12425GABC1234002')).toBe('M');
    expect(isValidIso7064Mod37_36('A12425GABC1234002M')).toBe(true);
  });

  it('reproduces F for the real electronic licence identifier (parts concatenated without dots)', () => {
    const payload = '11100000000013338W032' + '11220000013544541J' + '2430599' + '001';
    expect(iso7064Mod37_36CheckCharacter(payload)).toBe('F');
    // Reading the string right to left would give V instead, so the order matters:
    expect(iso7064Mod37_36CheckCharacter([...payload].reverse().join(''))).toBe('V');
  });

  it('rejects characters outside 0-9A-Z', () => {
    expect(() => iso7064Mod37_36CheckCharacter('a12425')).toThrow(RangeError);
    expect(() => iso7064Mod37_36CheckCharacter('1.2')).toThrow(RangeError);
    expect(isValidIso7064Mod37_36('A12425GABC1234002m')).toBe(false);
    expect(isValidIso7064Mod37_36('M')).toBe(false);
  });

  it('is the generic hybrid system: MOD 11,10 example 0794 → 5', () => {
    expect(iso7064HybridCheckValue([0, 7, 9, 4], 10)).toBe(5);
    expect(() => iso7064HybridCheckValue([10], 10)).toThrow(RangeError);
  });
});

describe('ISO 7064 MOD 37,36 properties', () => {
  const text = fc
    .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 40 })
    .map((a) => a.join(''));

  it('appending the check character always verifies', () => {
    fc.assert(fc.property(text, (s) => isValidIso7064Mod37_36(s + iso7064Mod37_36CheckCharacter(s))));
  });

  it('verification ends with S = 1, as the standard states', () => {
    fc.assert(
      fc.property(text, (s) => {
        const values = Array.from(s + iso7064Mod37_36CheckCharacter(s), (c) => ALPHABET.indexOf(c));
        let product = 36;
        let sum = 0;
        for (const value of values) {
          sum = (product + value) % 36 || 36;
          product = (2 * sum) % 37;
        }
        expect(sum).toBe(1);
      }),
    );
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(text, (s) => {
        const full = s + iso7064Mod37_36CheckCharacter(s);
        for (let position = 0; position < full.length; position += 1) {
          for (const replacement of ALPHABET) {
            if (replacement === full.charAt(position)) continue;
            const changed = full.slice(0, position) + replacement + full.slice(position + 1);
            expect(isValidIso7064Mod37_36(changed)).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
