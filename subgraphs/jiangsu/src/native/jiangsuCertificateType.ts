import { creditCodeCheckCharacter } from '@yrd/shared/identifiers/unifiedSocialCreditCode';
import { isRealDate } from '@yrd/shared/time/localDate';

/**
 * 证件类型 (zjlx) of the record's subject, as Jiangsu's exchange writes it:
 *   '111' 居民身份证 — the public-security certificate-type code used across the government
 *         service platforms;
 *   '001' 统一社会信用代码 — the code the government-service platform uses for an organisation's
 *         unified social credit code. (Chosen for this adapter; other exchanges use other codes
 *         for the credit code, and the extract spec we model fixes only that it is a code.)
 * Any other code (passport '414', 临时身份证 '112', …) is not part of these extracts and is
 * rejected. zjlx must agree with the form of zjhm.
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
 * A credit code's shape. An all-digit string can have both shapes; such an id counts as a credit
 * code only when its 18th character is the GB 32100 check character (see certificateTypeOf).
 */
export function hasCreditCodeForm(id: string): boolean {
  return CREDIT_CODE_FORM.test(id);
}

function passesCreditCodeCheck(id: string): boolean {
  return creditCodeCheckCharacter(id.slice(0, 17)) === id.slice(17);
}

/**
 * What Jiangsu writes in zjlx for this subject id, or undefined for an id of neither form. An id
 * of both forms (all digits, date-like positions 7–14) is written as a resident identity number.
 */
export function certificateTypeOf(subjectId: string): JiangsuCertificateType | undefined {
  if (hasResidentIdentityForm(subjectId)) return RESIDENT_IDENTITY_CARD;
  if (hasCreditCodeForm(subjectId)) return UNIFIED_SOCIAL_CREDIT_CODE;
  return undefined;
}

export function isJiangsuCertificateType(code: string): code is JiangsuCertificateType {
  return code === RESIDENT_IDENTITY_CARD || code === UNIFIED_SOCIAL_CREDIT_CODE;
}

/**
 * Why zjhm does not fit zjlx, or undefined when it does. `field` says which column is at fault:
 * zjlx when the number is clearly the other certificate (a resident identity number's form, or a
 * credit code's form with a correct GB 32100 check character), zjhm when it is neither.
 */
export function certificateMismatch(
  certificateType: JiangsuCertificateType,
  number: string,
): { field: 'zjlx' | 'zjhm'; problem: string } | undefined {
  const residentForm = hasResidentIdentityForm(number);
  const creditForm = hasCreditCodeForm(number);
  const declared = `${certificateType}（${CERTIFICATE_NAMES[certificateType]}）`;
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
