/**
 * ISO/IEC 7064 hybrid system MOD 37,36 (M = 36, M + 1 = 37), alphabet 0-9A-Z with values 0–35.
 * Used by GB/T 36904-2018 for the check character of electronic licence identifiers.
 *
 * Hybrid ("MOD M+1,M") algorithm, reading the string left to right:
 *   P₀ = M
 *   for each character value a:  S = (P + a) mod M, with 0 replaced by M;  P = (2·S) mod (M+1)
 *   check value c is the one with (P + c) mod M = 1, i.e. c = (M + 1 − P) mod M.
 * Verification: running the same loop over the string INCLUDING the check character ends with
 * S = 1 (before the doubling step).
 *
 * Verified against (see iso7064Mod37_36.test.ts): the standard's own example
 * "A12425GABC1234002" → "M", and the real licence identifier
 * 1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F, whose check is computed
 * over typeCode + authorityCode + serial + version with the dots removed
 * ("11100000000013338W032" + "11220000013544541J" + "2430599" + "001") → "F". The first, literal
 * reading of the algorithm (left to right, plain 0-9A-Z alphabet) reproduced both; no reordering
 * or alternative alphabet was needed.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Generic ISO 7064 hybrid check value for values in [0, modulus). */
export function iso7064HybridCheckValue(values: readonly number[], modulus: number): number {
  let product = modulus;
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value >= modulus) {
      throw new RangeError(`ISO 7064 MOD ${modulus + 1},${modulus}: value ${value} out of range`);
    }
    let sum = (product + value) % modulus;
    if (sum === 0) sum = modulus;
    product = (2 * sum) % (modulus + 1);
  }
  return (modulus + 1 - product) % modulus;
}

function valuesOf(input: string): number[] {
  return Array.from(input, (character) => {
    const value = ALPHABET.indexOf(character);
    if (value < 0) {
      throw new RangeError(
        `ISO 7064 MOD 37,36 accepts only 0-9 and upper-case A-Z, got "${character}" in "${input}"`,
      );
    }
    return value;
  });
}

/** Check character for `s` (characters 0-9A-Z). Throws RangeError on other characters. */
export function iso7064Mod37_36CheckCharacter(s: string): string {
  const check = ALPHABET[iso7064HybridCheckValue(valuesOf(s), 36)];
  if (check === undefined) throw new Error('unreachable: check value is below 36');
  return check;
}

/** True when the last character of `withCheck` is the MOD 37,36 check of the rest. */
export function isValidIso7064Mod37_36(withCheck: string): boolean {
  if (!/^[0-9A-Z]{2,}$/.test(withCheck)) return false;
  return iso7064Mod37_36CheckCharacter(withCheck.slice(0, -1)) === withCheck.slice(-1);
}
