import { patterned, type FieldCodec } from './fieldCodecs.ts';

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
 * person, TYSHXYDM (统一社会信用代码) for an organisation. A value shaped like a resident
 * identity number is written as SFZHM, anything else as TYSHXYDM.
 */
export const SUBJECT_PERSON = residentId('SFZHM');
export const SUBJECT_ORGANISATION = creditCode('TYSHXYDM');
export const SUBJECT_ELEMENTS: readonly string[] = [SUBJECT_PERSON.element, SUBJECT_ORGANISATION.element];

export function subjectCodecFor(subjectId: string): FieldCodec<string> {
  return RESIDENT_ID_PATTERN.test(subjectId) ? SUBJECT_PERSON : SUBJECT_ORGANISATION;
}
