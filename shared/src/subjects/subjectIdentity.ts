import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { validateEnterpriseCreditCode } from './enterpriseCreditCode.ts';
import { validatePersonIdentifier } from './personIdentifier.ts';

/**
 * Whom a subject identifier can name, by the checks of both national identifiers (their shape
 * alone does not tell: a third or so of the credit codes with an all-digit organisation code,
 * e.g. 913100001000000080, look like a resident identity number).
 * - PERSON: a valid person identifier (a resident identity number, GB 11643, or a 2023 foreign
 *   permanent resident's number: personIdentifier.ts) and no valid credit code;
 * - ENTERPRISE: a valid unified social credit code (GB 32100, or a registered non-conforming
 *   one) and no valid person identifier;
 * - EITHER: valid as both. Rare for an organisation, but not for a person: only codes of a
 *   registration authority whose first two characters are also a province prefix (编制 11–13,
 *   外交 21, 司法 31–37, 文化 41, 民政 51–54, …) can pass as resident numbers, and only 市场监管 codes of type 1–3
 *   as a foreign permanent resident's; whereas for people born in a prefecture whose code is
 *   itself a province prefix (镇江 3211, 丽水 3311, 滁州 3411, …), and for foreign permanent
 *   residents whose accepting province and nationality read as 9 + type + a province prefix
 *   (上海 31 with a nationality 1xx–5xx such as 124 加拿大, 浙江 33 with 1xx–7xx, …), about 1
 *   number in 340 also passes the credit-code checks;
 * - UNKNOWN: neither.
 */
export type SubjectIdentity = 'PERSON' | 'ENTERPRISE' | 'EITHER' | 'UNKNOWN';

export function identityOfSubject(subjectId: string): SubjectIdentity {
  const person = validatePersonIdentifier(subjectId).ok;
  const enterprise = validateEnterpriseCreditCode(subjectId).ok;
  if (person && enterprise) return 'EITHER';
  if (person) return 'PERSON';
  return enterprise ? 'ENTERPRISE' : 'UNKNOWN';
}

/**
 * Whether a subject's identity and name are public: only an identifier that can name nothing
 * but an enterprise. One that is also a valid person identifier is treated as a
 * person's even when the caller says it means an enterprise (涉企信息公示 asks by
 * enterpriseId): the records held under it cannot say whose they are, the caller's word is
 * anyone's, and the number is far more likely a person's (see SubjectIdentity). Wrongly
 * withholding costs an organisation little — it sees its own records signed in — while
 * wrongly disclosing would open a person's credit records to anyone who knows their number.
 */
export function isEnterpriseSubject(subjectId: string): boolean {
  return identityOfSubject(subjectId) === 'ENTERPRISE';
}

/**
 * The one kind of subject a number can name, or undefined when it is valid as both (or as
 * neither). Adapters use it for a native record written before its format said whose record
 * it is: such a record under a number valid as both cannot be read.
 */
export function onlyKindNamedBy(subjectId: string): SubjectKind | undefined {
  const identity = identityOfSubject(subjectId);
  return identity === 'PERSON' || identity === 'ENTERPRISE' ? identity : undefined;
}

/**
 * Why a native record written before its format said whose it is cannot be read when
 * onlyKindNamedBy has no answer: said once, for every province's adapter (and never with the
 * number, which is a person's as often as not).
 */
export const UNPLACED_LEGACY_RECORD =
  'is missing (a record written before the field existed), and the record does not say whether its subject is a person or an enterprise: ' +
  'its number is valid as both a resident identity number and a unified social credit code, or as neither';
