import { scalar, type FieldCodec } from './fieldCodecs.ts';

/**
 * The number of another person's identity document, as a record mentions it: a spouse's
 * (配偶身份证号码) or a legal representative's (法定代表人身份证号码).
 *
 * Registries hold whatever document the person presented, as written when it was registered:
 * an 18-digit 公民身份号码, a 15-digit one from before 1999 (a marriage of 1996:
 * 310104660504201), one with a lower-case x, a foreign spouse's or a foreign-invested
 * company's representative's passport (E12345678, P1234567), a 港澳台 permit. The standard keeps
 * it as plain text and the other provinces carry it as text, so this field is read and written
 * as the identifier text it is. Checking it as a 公民身份号码 made such a record unreadable, and
 * with it every record of the subject. (The record's own subject, SFZHM / TYSHXYDM, stays
 * strictly checked: see identifiers.ts.)
 *
 * What is still refused, on write and on read alike (so that what encode writes, decode reads
 * back unchanged): an empty value, blanks at either end, a control character (a line break or
 * NUL is no part of any document number) and more than MAX_LENGTH characters (a longer value
 * is not a number but something else written into the field).
 */

/** Characters (code points). A passport number has at most 9, a 公民身份号码 18. */
export const MAX_LENGTH = 32;

const CONTROL_CHARACTER = /\p{Cc}/u;

/** Why `value` is not written or read as an identity document number; undefined if it is. */
export function identityDocumentNumberProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (value.trim() !== value) return 'begins or ends with a blank';
  const characters = Array.from(value);
  if (characters.length > MAX_LENGTH) return `is ${characters.length} characters long, longer than any identity document number (at most ${MAX_LENGTH})`;
  const position = characters.findIndex((character) => CONTROL_CHARACTER.test(character));
  if (position >= 0) {
    const codePoint = (characters[position] ?? '').codePointAt(0) ?? 0;
    return `holds the control character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at position ${position + 1}`;
  }
  return undefined;
}

/**
 * The codec of such a field. Its messages describe the problem without quoting the value: it
 * is another person's identity number.
 */
export const identityDocumentNumber = (element: string): FieldCodec<string> =>
  scalar(
    element,
    (value, fail) => {
      const problem = identityDocumentNumberProblem(value);
      return problem === undefined ? value : fail(`${problem}; expected the number of an identity document`);
    },
    (value) => {
      const problem = identityDocumentNumberProblem(value);
      if (problem !== undefined) throw new RangeError(`cannot write ${element}: the identity document number ${problem}`);
      return value;
    },
  );
