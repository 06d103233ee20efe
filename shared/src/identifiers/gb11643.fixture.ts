import fc from 'fast-check';
import type { CheckResult } from './checkResult.ts';

/**
 * Property-test material for the numbers built on GB 11643 (the 公民身份号码 and the 2023
 * 外国人永久居留身份证号码): one "today", every real birth day up to it, and the substitution check.
 */
export const TODAY = new Date('2025-06-15T12:00:00+08:00');
const FIRST_DAY_MS = Date.UTC(1900, 0, 1);
const LAST_DAY_MS = Date.UTC(2025, 5, 15);
const DAY_MS = 24 * 60 * 60 * 1000;
export const DIGITS = '0123456789';

export function digits(length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...DIGITS), { minLength: length, maxLength: length }).map((a) => a.join(''));
}

/** Every real calendar day from 1900-01-01 to TODAY inclusive (leap days included), as YYYYMMDD. */
export const birthDate = fc.integer({ min: 0, max: (LAST_DAY_MS - FIRST_DAY_MS) / DAY_MS }).map((offset) => {
  const day = new Date(FIRST_DAY_MS + offset * DAY_MS);
  return String(day.getUTCFullYear()) + String(day.getUTCMonth() + 1).padStart(2, '0') + String(day.getUTCDate()).padStart(2, '0');
});

/**
 * Throws when a number differing from a valid one in a single character is accepted. GB 11643
 * guarantees none is: all weights are non-zero mod 11 and 11 is prime, so changing one of the
 * first 17 digits changes S mod 11, and "10X98765432" maps residues one-to-one. Where the change
 * breaks an earlier rule first (province, nationality, date), validation fails for that reason.
 */
export function assertEverySubstitutionFails(number: string, validate: (input: string) => CheckResult<unknown>): void {
  for (let position = 0; position < 18; position += 1) {
    const alphabet = position < 17 ? DIGITS : `${DIGITS}X`;
    for (const replacement of alphabet) {
      if (replacement === number.charAt(position)) continue;
      const changed = number.slice(0, position) + replacement + number.slice(position + 1);
      if (validate(changed).ok) throw new Error(`${changed} (from ${number}) was accepted`);
    }
  }
}
