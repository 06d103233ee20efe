import { maskResidentIdentityNumber, type IdentifierProblem } from '../identifiers/index.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import { regionOfDivision, type Region } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { validateEnterpriseCreditCode } from './enterpriseCreditCode.ts';
import { identifierAsMeant } from './identifierTyping.ts';
import { PERSON_IDENTIFIER_NAMES, validatePersonIdentifier } from './personIdentifier.ts';

/**
 * What an identifier says about its subject: a person (resident identity number, or the number
 * of a 2023 foreign permanent resident card) or an enterprise (unified social credit code), and
 * for an enterprise the province whose
 * authority registered it (characters 3–8 of the credit code).
 */
export interface IdentifiedSubject {
  readonly id: string;
  readonly kind: SubjectKind;
  /** For an enterprise: the YRD region holding its registration, if registered in the delta. */
  readonly registeringRegion: Region | undefined;
}

function rejected(field: string, problem: IdentifierProblem) {
  return badUserInput(field, problem.message, {
    reason: problem.reason,
    identifierKind: problem.kind,
    ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
  });
}

function asPerson(id: string, field: string, today: Date): IdentifiedSubject {
  const checked = validatePersonIdentifier(id, { today });
  if (!checked.ok) throw rejected(field, checked.problem);
  return { id, kind: 'PERSON', registeringRegion: undefined };
}

function asEnterprise(id: string, field: string): IdentifiedSubject {
  const checked = validateEnterpriseCreditCode(id);
  if (!checked.ok) throw rejected(field, checked.problem);
  return { id, kind: 'ENTERPRISE', registeringRegion: regionOfDivision(checked.value.divisionCode) };
}

/**
 * Shaped like a person's number: 17 digits and a digit or X, led by a province digit (a resident
 * identity number) or by 9 with a birth century, 19 or 20, in positions 7–8 (a foreign permanent
 * resident's). Credit codes of 市场监管 also begin with 9, and many are all digits: in one of
 * them positions 7–8 end the registering division, which is seldom 19 or 20. A lower-case x at
 * the end keeps the shape: 31011819880412100x is a resident number typed with its check
 * character in lower case — the clerk is told to write X, not that it fails as a credit code
 * (whose 18th character would be upper-case too). Only that case is added: all-digit numbers,
 * which credit codes can also be, are judged as before.
 */
const LOOKS_LIKE_PERSON = /^(?:[1-8]\d{16}|9\d{5}(?:19|20)\d{9})[\dXx]$/;

/**
 * Identifies the subject of `id`. With `kind` given, only that check applies. Without it,
 * the identifier must pass exactly one check; one passing both is ambiguous (AMBIGUOUS_SUBJECT)
 * and the caller is asked to say which it means in `kindField`, the argument or input field
 * that carries the kind where `id` was sent (`kind` for the hub's subject, `input.subjectKind`
 * for openCase).
 */
export function identifySubject(
  id: string,
  field: string,
  kind: SubjectKind | null | undefined,
  today = new Date(),
  kindField = 'kind',
): IdentifiedSubject {
  if (kind === 'PERSON') return asPerson(id, field, today);
  if (kind === 'ENTERPRISE') return asEnterprise(id, field);
  const person = validatePersonIdentifier(id, { today });
  const enterprise = validateEnterpriseCreditCode(id);
  if (person.ok && enterprise.ok) {
    // Named masked (3211**********0085): it is a valid person's number.
    throw badUserInput(field, `${maskResidentIdentityNumber(id)} 既是有效的${PERSON_IDENTIFIER_NAMES[person.value.kind]}，也是有效的统一社会信用代码，请用 ${kindField} 指明主体类型（PERSON 个人 / ENTERPRISE 单位）`, {
      reason: 'AMBIGUOUS_SUBJECT',
      kindField,
    });
  }
  if (person.ok) return { id, kind: 'PERSON', registeringRegion: undefined };
  if (enterprise.ok) return asEnterprise(id, field);
  // Digits of the wrong length say nothing of which was meant: both are named (a 17-digit
  // resident number is not told it fails as a credit code).
  if (/^\d+[Xx]?$/.test(id) && id.length !== 18) throw wrongLength(field, id.length);
  // Neither passes: report the problem of the identifier it most looks like — as meant, when it
  // was typed in full-width characters or with a space around it (identifierTyping.ts).
  throw rejected(field, LOOKS_LIKE_PERSON.test(identifierAsMeant(id)) ? person.problem : enterprise.problem);
}

/**
 * A string of digits that is no identifier's length. Fifteen digits are the number of a
 * first-generation identity card (一代证, out of use since 2013), which the card's holder now
 * has in eighteen: she is asked for that one.
 */
function wrongLength(field: string, length: number) {
  const message =
    length === 15
      ? '15位号码是已停止使用的第一代居民身份证号码，请填写18位公民身份号码（或18位统一社会信用代码）'
      : `公民身份号码和统一社会信用代码都是18位，收到的是${length}位，请核对是否多输或漏输`;
  return badUserInput(field, message, { reason: 'LENGTH', expected: 18, actual: length });
}
