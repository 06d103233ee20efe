import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { patterned, type FieldCodec } from './fieldCodecs.ts';
import type { XmlElement } from './xmlDocument.ts';

/**
 * Identity numbers as the exchange checks them: by shape only (the check characters are the
 * registries' business, not the exchange's).
 */

/** 公民身份号码: 17 digits and a digit or X. */
export const RESIDENT_ID_PATTERN = /^\d{17}[\dX]$/;
/** 统一社会信用代码: 18 characters of the GB 32100 alphabet (no I, O, Z, S, V). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export const residentId = (element: string): FieldCodec<string> =>
  patterned(element, RESIDENT_ID_PATTERN, 'a resident identity number (17 digits and a digit or X)');

export const creditCode = (element: string): FieldCodec<string> =>
  patterned(element, CREDIT_CODE_PATTERN, 'a unified social credit code (18 characters)');

/**
 * The record's subject is written in exactly one of two elements: SFZHM (公民身份号码) for a
 * person, TYSHXYDM (统一社会信用代码) for an organisation. Which one is decided by whose record
 * it is (subjectKindOf: the kind's subject, or a TAX / CREDIT_RECORD record's own NSRLX / ZTLX),
 * never by the number's shape: an all-digit credit code (913304211000000165) is shaped like a
 * resident identity number, and some resident numbers (镇江 3211…) are valid credit codes too.
 *
 * Records written before this rule put any number shaped like a resident identity number in
 * SFZHM, so on read either element is accepted for any kind: the element says nothing reliable
 * about an old record (see legacySubjectKind.ts for how its kind is then decided).
 */
export const SUBJECT_PERSON = residentId('SFZHM');
export const SUBJECT_ORGANISATION = creditCode('TYSHXYDM');
export const SUBJECT_ELEMENTS: readonly string[] = [SUBJECT_PERSON.element, SUBJECT_ORGANISATION.element];

const SUBJECT_CODECS: Readonly<Record<SubjectKind, { codec: FieldCodec<string>; pattern: RegExp; description: string }>> = {
  PERSON: { codec: SUBJECT_PERSON, pattern: RESIDENT_ID_PATTERN, description: 'a resident identity number (17 digits and a digit or X)' },
  ENTERPRISE: { codec: SUBJECT_ORGANISATION, pattern: CREDIT_CODE_PATTERN, description: 'a unified social credit code (18 characters)' },
};

/** The element a subject of this kind is written in. */
export function subjectElementOf(kind: SubjectKind): string {
  return SUBJECT_CODECS[kind].codec.element;
}

/**
 * The subject's element, for a record about a subject of `kind`. Refuses (RangeError) a number
 * the element would not read back; the message does not repeat the number (it may be a person's).
 */
export function writeSubject(kind: SubjectKind, subjectId: string): XmlElement {
  const { codec, pattern, description } = SUBJECT_CODECS[kind];
  if (!pattern.test(subjectId)) throw new RangeError(`cannot write ${codec.element}: the subject of a ${kind} record is not ${description}`);
  const element = codec.write(subjectId);
  if (element === undefined) throw new RangeError(`cannot write ${codec.element}: a subject is never left out`);
  return element;
}
