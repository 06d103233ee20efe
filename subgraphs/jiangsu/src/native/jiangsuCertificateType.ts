import type { NativeEvidenceKind, SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { EVIDENCE_SUBJECTS } from '@yrd/shared/standard/evidenceKinds';
import { creditCodeCheckCharacter } from '@yrd/shared/identifiers/unifiedSocialCreditCode';
import { isRealDate } from '@yrd/shared/time/localDate';

/**
 * 证件类型 (zjlx) of the record's subject, as Jiangsu's exchange writes it:
 *   '111' 居民身份证 — the public-security certificate-type code used across the government
 *         service platforms. These extracts carry no other person certificate: a foreign
 *         permanent resident's 2023 number (外国人永久居留身份证, 18 digits with the birth date in
 *         positions 7–14, the same form) is written under 111 as well, as it always has been;
 *   '001' 统一社会信用代码 — the code the government-service platform uses for an organisation's
 *         unified social credit code. (Chosen for this adapter; other exchanges use other codes
 *         for the credit code, and the extract spec we model fixes only that it is a code.)
 * Any other code (passport '414', 临时身份证 '112', …) is not part of these extracts and is
 * rejected. zjlx must agree with the form of zjhm.
 *
 * zjlx is also what says whose record a line is. A certificate type names a kind of document,
 * and a person holds a 居民身份证 while an enterprise holds a credit code; so a person's record is
 * written 111 and an enterprise's 001, whatever the number looks like. The number cannot say: an
 * all-digit credit code can also be a valid resident (or foreign permanent resident) number —
 * about 1 in 340 people born in 镇江 3211 have such a number — and a citizen and an enterprise
 * sharing it must each see only their own taxes and credit records. This is why Jiangsu needs no
 * extra 主体类型 column: TaxContent.taxpayerKind and CreditRecordContent.subjectKind are zjlx,
 * and the single-subject kinds (EVIDENCE_SUBJECTS) must carry their subject's type. zjlx has
 * been in every line since the format began, so no stored line lacks it and there is no legacy
 * reading. (Before, the encoder chose it from the number's form; that differs from the rule
 * above only for an enterprise whose all-digit credit code also has a resident number's form,
 * which was written 111.)
 */
export const RESIDENT_IDENTITY_CARD = '111';
export const UNIFIED_SOCIAL_CREDIT_CODE = '001';
export type JiangsuCertificateType = typeof RESIDENT_IDENTITY_CARD | typeof UNIFIED_SOCIAL_CREDIT_CODE;

const CERTIFICATE_NAMES: Readonly<Record<JiangsuCertificateType, string>> = {
  [RESIDENT_IDENTITY_CARD]: '居民身份证',
  [UNIFIED_SOCIAL_CREDIT_CODE]: '统一社会信用代码',
};

const RESIDENT_IDENTITY_FORM = /^\d{17}[\dX]$/;
/** GB 32100: authority and type characters, a 6-digit division code, 10 more characters; no I O S V Z. */
const CREDIT_CODE_FORM = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 17 digits and a digit or X, with a real birth date in positions 7–14 (check digit not verified). */
export function hasResidentIdentityForm(id: string): boolean {
  if (!RESIDENT_IDENTITY_FORM.test(id)) return false;
  return isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/**
 * A credit code's shape. An all-digit string can have both shapes; under 111 such an id counts as
 * a credit code only when its 18th character is the GB 32100 check character (see
 * certificateMismatch).
 */
export function hasCreditCodeForm(id: string): boolean {
  return CREDIT_CODE_FORM.test(id);
}

function passesCreditCodeCheck(id: string): boolean {
  return creditCodeCheckCharacter(id.slice(0, 17)) === id.slice(17);
}

/** The certificate a subject of each kind holds: the one correspondence of zjlx and SubjectKind. */
const CERTIFICATE_OF_SUBJECT: Readonly<Record<SubjectKind, JiangsuCertificateType>> = {
  PERSON: RESIDENT_IDENTITY_CARD,
  ENTERPRISE: UNIFIED_SOCIAL_CREDIT_CODE,
};

/** What Jiangsu writes in zjlx for a record about a subject of this kind (never from the number's form). */
export function certificateTypeFor(subjectKind: SubjectKind): JiangsuCertificateType {
  return CERTIFICATE_OF_SUBJECT[subjectKind];
}

/** Whose record a line is, read from its zjlx. */
export function subjectKindOfCertificate(certificateType: JiangsuCertificateType): SubjectKind {
  return certificateType === RESIDENT_IDENTITY_CARD ? 'PERSON' : 'ENTERPRISE';
}

const SUBJECT_NOUNS: Readonly<Record<SubjectKind, string>> = { PERSON: 'a person', ENTERPRISE: 'an enterprise' };

function describeCertificate(certificateType: JiangsuCertificateType): string {
  return `${certificateType}（${CERTIFICATE_NAMES[certificateType]}）`;
}

/**
 * Why a line of `kind` cannot be about the subject its zjlx names (a 市场主体登记 line under a
 * resident identity card, a 婚姻登记 line under a credit code), or undefined when it can. Only
 * TAX and CREDIT_RECORD concern both kinds of subject (EVIDENCE_SUBJECTS); every other kind
 * must carry the certificate of its one kind of subject, whatever form zjhm has.
 */
export function certificateKindMismatch(kind: NativeEvidenceKind, certificateType: JiangsuCertificateType): string | undefined {
  const subjects = EVIDENCE_SUBJECTS[kind];
  const named = subjectKindOfCertificate(certificateType);
  if (subjects.includes(named)) return undefined;
  const expected = subjects.map((subject) => describeCertificate(CERTIFICATE_OF_SUBJECT[subject])).join(' or ');
  const about = subjects.map((subject) => SUBJECT_NOUNS[subject]).join(' or ');
  return `${describeCertificate(certificateType)} names ${SUBJECT_NOUNS[named]}, but a ${kind} record is about ${about}; expected zjlx ${expected}`;
}

export function isJiangsuCertificateType(code: string): code is JiangsuCertificateType {
  return code === RESIDENT_IDENTITY_CARD || code === UNIFIED_SOCIAL_CREDIT_CODE;
}

/**
 * Why zjhm does not fit zjlx, or undefined when it does. `field` says which column is at fault:
 * zjlx when the number is clearly the other certificate (a resident identity number's form, or a
 * credit code's form with a correct GB 32100 check character), zjhm when it is neither. A
 * number valid as both (all digits, a birth date in positions 7–14, a correct GB 32100 check
 * character) fits either type: then zjlx alone says whose record the line is.
 */
export function certificateMismatch(
  certificateType: JiangsuCertificateType,
  number: string,
): { field: 'zjlx' | 'zjhm'; problem: string } | undefined {
  const residentForm = hasResidentIdentityForm(number);
  const creditForm = hasCreditCodeForm(number);
  const declared = describeCertificate(certificateType);
  if (certificateType === RESIDENT_IDENTITY_CARD) {
    if (residentForm) return undefined;
    if (creditForm && passesCreditCodeCheck(number)) {
      return { field: 'zjlx', problem: `${declared} does not match zjhm "${number}", which is a unified social credit code (zjlx ${UNIFIED_SOCIAL_CREDIT_CODE})` };
    }
    return { field: 'zjhm', problem: `"${number}" is not a resident identity number (17 digits, a digit or X, real birth date) as zjlx ${declared} requires` };
  }
  if (creditForm && !residentForm) return undefined;
  if (creditForm && passesCreditCodeCheck(number)) return undefined;
  if (residentForm) {
    return { field: 'zjlx', problem: `${declared} does not match zjhm "${number}", which is a resident identity number (zjlx ${RESIDENT_IDENTITY_CARD})` };
  }
  return { field: 'zjhm', problem: `"${number}" is not a unified social credit code (18 characters of GB 32100) as zjlx ${declared} requires` };
}
