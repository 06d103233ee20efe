import {
  FOREIGN_PERMANENT_RESIDENT_MARK,
  validateForeignPermanentResidentNumber,
  validateResidentIdentityNumber,
  type CheckResult,
} from '../identifiers/index.ts';
import type { LocalDate } from '../time/localDate.ts';
import { identifierAsMeant, typingProblem } from './identifierTyping.ts';

export type PersonIdentifierKind = 'RESIDENT_IDENTITY_NUMBER' | 'FOREIGN_PERMANENT_RESIDENT_NUMBER';

/** What every person identifier tells about its holder, whichever it is. */
export interface PersonIdentifier {
  readonly number: string;
  readonly kind: PersonIdentifierKind;
  /** YYYY-MM-DD, positions 7–14 of either number. */
  readonly birthDate: LocalDate;
  /** Position 17 of either number: odd for men, even for women. */
  readonly sex: 'MALE' | 'FEMALE';
}

/** How a clerk calls each kind, for messages. */
export const PERSON_IDENTIFIER_NAMES: Readonly<Record<PersonIdentifierKind, string>> = {
  RESIDENT_IDENTITY_NUMBER: '公民身份号码',
  FOREIGN_PERMANENT_RESIDENT_NUMBER: '外国人永久居留身份证号码',
};

/**
 * A person's identifier as the federation accepts it, wherever it is read (a looked-up subject,
 * a sign-in token, the window console): a 公民身份号码 (GB 11643, including those of a 港澳台居民
 * 居住证), or the number of a 2023 外国人永久居留身份证. The first character tells them apart —
 * 9 begins the latter and never the former — so an input is checked by the rules of the one it
 * claims to be, and a problem is that one's. One rule, so a person who can be looked up can
 * also sign in, and the same holds for a foreign permanent resident.
 */
export function validatePersonIdentifier(input: string, options: { today?: Date } = {}): CheckResult<PersonIdentifier> {
  // Typed with a space around it or in full-width characters: said so (identifierTyping.ts), for the number it is meant to be.
  const foreign = identifierAsMeant(input).startsWith(FOREIGN_PERMANENT_RESIDENT_MARK);
  const typing = typingProblem(input, foreign ? 'FOREIGN_PERMANENT_RESIDENT_NUMBER' : 'RESIDENT_IDENTITY_NUMBER');
  if (typing) return { ok: false, problem: typing };
  if (input.startsWith(FOREIGN_PERMANENT_RESIDENT_MARK)) {
    const checked = validateForeignPermanentResidentNumber(input, options);
    if (!checked.ok) return checked;
    const { number, birthDate, sex } = checked.value;
    return { ok: true, value: { number, kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', birthDate, sex } };
  }
  const checked = validateResidentIdentityNumber(input, options);
  if (!checked.ok) return checked;
  const { number, birthDate, sex } = checked.value;
  return { ok: true, value: { number, kind: 'RESIDENT_IDENTITY_NUMBER', birthDate, sex } };
}

/**
 * The province a person's number ties them to, by its two-digit province code: where a
 * resident number was issued (positions 1–2), where a foreign resident's card was accepted
 * (positions 2–3).
 */
export function personProvincePrefix(number: string): string {
  return number.startsWith(FOREIGN_PERMANENT_RESIDENT_MARK) ? number.slice(1, 3) : number.slice(0, 2);
}
