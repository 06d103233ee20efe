import { forbidden } from '../identity/authErrors.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import type { CaseAuthorisation, CaseFile } from './caseModel.ts';
import type { ProvinceContext } from './provinceContext.ts';

/**
 * 数据调取授权: no province is asked for a person's (an enterprise's) records for a case until
 * the applicant has authorised it with her own sign-in, naming the case — on her phone at the
 * window (authoriseEvidence), or online, where her own 调取 (requestEvidence) is her authorisation.
 * Before it, a clerk who opened a case under someone's number learns nothing of which provinces
 * hold what about her: no request is signed, no holder is asked (the EU once-only system asks
 * the user's explicit request the same way). Her request that authorised it, as the gateway
 * signed it, travels in every evidence request (EvidenceRequestBody.authorisation.proof), and
 * the holding province refuses one whose authorisation it cannot verify (evidenceRelease.ts,
 * authorisationProof.ts): the filing province's word for it is not enough.
 */

/** A bundle's items are authorised with the bundle, as their evidence is gathered with it. */
export function requireWholeCase(caseFile: CaseFile, what: string): void {
  if (caseFile.parentId) throw badUserInput('caseId', `该办件属于“一件事”${caseFile.parentId}，材料按整件${what}`, { reason: 'PART_OF_BUNDLE' });
}

/**
 * The authorisation a request for the case goes out under: the case's; or none yet when the
 * applicant asks herself — her own request is her authorisation (a case a clerk opened that she
 * carries on online), recorded with authoriseBy once her request is sure to be signed, so that a
 * refused one changes nothing. A clerk's request without one is refused.
 */
export function requireAuthorisation(caseFile: CaseFile, audience: RecordAudience): CaseAuthorisation | undefined {
  if (caseFile.authorisation || audience === 'HOLDER') return caseFile.authorisation ?? undefined;
  throw forbidden(
    'AUTHORISATION_REQUIRED',
    `申请人尚未授权调取数据：请申请人用本人手机登录（个人或本企业账号），在办件 ${caseFile.id} 中确认“授权调取”后，再向各省调取`,
    { field: 'caseId' },
  );
}

/**
 * Records the applicant's authorisation of the case with the request of hers that gives it, as the
 * gateway signed it (a write's assertion is always bound to its body: unboundWriteRefusal.ts), for
 * the holding provinces to verify; the authorisation as it now is.
 */
export function authoriseBy(caseFile: CaseFile, context: ProvinceContext): CaseAuthorisation {
  const proof = context.admission.signedRequest;
  if (!proof) throw new Error(`case ${caseFile.id}: an authorisation needs the applicant's request as the gateway signed it, and this one is not bound`);
  const authorised = context.services.cases.authorise(caseFile.id, { kind: 'APPLICANT', subjectId: caseFile.subjectId }, proof);
  if (!authorised?.authorisation) throw new Error(`case ${caseFile.id} could not be authorised`);
  return authorised.authorisation;
}

/** Only the applicant authorises: a clerk cannot give it for her, whatever she says at the window. */
export function requireApplicant(audience: RecordAudience): void {
  if (audience !== 'HOLDER') {
    throw forbidden('NOT_THE_SUBJECT', '调取数据须由申请人本人授权（用本人手机登录后在办件中确认），窗口工作人员不能代为授权', { field: 'caseId' });
  }
}
