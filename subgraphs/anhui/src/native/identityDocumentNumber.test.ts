import { describe, expect, it } from 'vitest';
import { identityDocumentNumber, identityDocumentNumberProblem, MAX_LENGTH } from './identityDocumentNumber.ts';
import type { FailAt } from './fieldCodecs.ts';
import { textElement } from './xmlDocument.ts';

const codec = identityDocumentNumber('POSFZHM');

const fail: FailAt = (field, problem) => {
  throw new Error(`${field}: ${problem}`);
};

/** What the codec writes for `value`, read back. */
const roundTrip = (value: string): string => {
  const element = codec.write(value);
  if (element === undefined) throw new Error('a required field is never left out');
  return codec.read(element, fail);
};

describe('identityDocumentNumber', () => {
  it('writes and reads back, unchanged, the numbers registries hold', () => {
    // Fictional: 15-digit (pre-1999), lower-case x, passports, a Taiwan resident's 居住证 number,
    // a 港澳居民来往内地通行证, and a number written with Chinese characters and an inner blank.
    for (const value of ['310104660504201', '11010519491231002x', 'E12345678', 'P1234567', '830000199001011234', 'H12345678', '南字第12345678号', 'AB 123456']) {
      expect(identityDocumentNumberProblem(value)).toBeUndefined();
      expect(roundTrip(value)).toBe(value);
    }
  });

  it('accepts up to MAX_LENGTH characters, counted as code points', () => {
    expect(roundTrip('9'.repeat(MAX_LENGTH))).toBe('9'.repeat(MAX_LENGTH));
    expect(roundTrip('号'.repeat(MAX_LENGTH))).toBe('号'.repeat(MAX_LENGTH));
    expect(identityDocumentNumberProblem('9'.repeat(MAX_LENGTH + 1))).toMatch(/33 characters long/);
  });

  it('applies one rule on write and on read', () => {
    for (const [value, problem] of [
      ['', /is empty/],
      [' E12345678', /blank/],
      ['E12345678\u3000', /blank/],
      ['E1234\n5678', /U\+000A at position 6/],
      ['E1234\u00005678', /U\+0000/],
      ['E1234\u00855678', /U\+0085/],
      ['9'.repeat(MAX_LENGTH + 1), /longer than/],
    ] as const) {
      expect(identityDocumentNumberProblem(value)).toMatch(problem);
      expect(() => codec.write(value)).toThrow(RangeError);
    }
    // Read: the element's text is trimmed first (as every field's is); what is left is checked.
    expect(() => codec.read(textElement('POSFZHM', 'E1234\t5678'), fail)).toThrow(/POSFZHM: holds the control character U\+0009/);
    expect(() => codec.read(textElement('POSFZHM', 'E'.repeat(MAX_LENGTH + 1)), fail)).toThrow(/POSFZHM: is 33 characters long/);
    expect(codec.read(textElement('POSFZHM', '\n  E12345678 \n'), fail)).toBe('E12345678');
  });

  it('does not repeat the number in its messages', () => {
    expect(() => codec.write('E1234\t5678')).toThrow(/^cannot write POSFZHM: the identity document number holds the control character U\+0009 at position 6$/);
    let message = '';
    try {
      codec.read(textElement('POSFZHM', '3101046605\t04201'), fail);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toBe('POSFZHM: holds the control character U+0009 at position 11; expected the number of an identity document');
  });
});
