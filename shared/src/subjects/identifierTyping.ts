import { typingSlip } from '../identifiers/typingSlip.ts';
import type { IdentifierKind, IdentifierProblem } from '../identifiers/index.ts';

/**
 * How an identifier was typed, before what it says is checked: the slips of a keyboard, not of
 * the number — full-width characters (a Chinese input method left in 全角: ９１３３…), spaces
 * or invisible characters before or after it (pasted from a form or a spreadsheet). Such input
 * is refused, never quietly corrected: an identifier is stored, signed into evidence requests,
 * written into the audit trail and compared with the subject of a sign-in token exactly as
 * given, so every entry would have to take the corrected value; instead the clerk is told what
 * to change (全角字符，请切换到半角输入 / 开头或结尾有空格), where a bare count or a character
 * judged invalid would send them looking for a wrong digit.
 */

const NAMES: Readonly<Record<IdentifierKind, string>> = {
  RESIDENT_IDENTITY_NUMBER: '公民身份号码',
  FOREIGN_PERMANENT_RESIDENT_NUMBER: '外国人永久居留身份证号码',
  UNIFIED_SOCIAL_CREDIT_CODE: '统一社会信用代码',
  DIVISION_CODE: '行政区划代码',
  ELECTRONIC_LICENCE_ID: '电子证照标识',
  ORGANIZATION_CODE: '组织机构代码',
};

/** The identifier as it was meant: NFKC (full-width folded) and trimmed — for judging what it looks like, never for storing. */
export function identifierAsMeant(input: string): string {
  return input.normalize('NFKC').trim();
}

/** A person's numbers: what is wrong with one is said without the number (as meant, or as typed). */
const PERSONAL: ReadonlySet<IdentifierKind> = new Set<IdentifierKind>(['RESIDENT_IDENTITY_NUMBER', 'FOREIGN_PERMANENT_RESIDENT_NUMBER']);

/**
 * The problem with how `input` was typed, named for the identifier it is taken to be; undefined
 * when it was typed plainly. For a person's number without `expected` and `actual`, which would
 * be the number itself (an enterprise's credit code is public, and keeps them).
 */
export function typingProblem(input: string, kind: IdentifierKind): IdentifierProblem | undefined {
  const slip = typingSlip(input, NAMES[kind]);
  if (!slip) return undefined;
  return PERSONAL.has(kind) ? { kind, reason: slip.reason, message: slip.message } : { kind, ...slip };
}
