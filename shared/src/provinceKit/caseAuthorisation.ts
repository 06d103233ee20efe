import { forbidden } from '../identity/authErrors.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import type { RecordAudience } from '../privacy/masking.ts';
import { AUTHORISATION_DAYS, lastRequestTime } from '../evidence/authorisationProof.ts';
import { authorisationsIn } from '../evidence/authorisationsIn.ts';
import { SUBMITTABLE, type CaseAuthorisation, type CaseFile } from './caseModel.ts';
import type { ProvinceContext } from './provinceContext.ts';

/**
 * 数据调取授权: no province is asked for a person's (an enterprise's) records for a case until
 * the applicant has authorised it with her own sign-in, naming the case and its item
 * (authoriseEvidence: on her phone at the window, or online before her own 调取). Before it, a clerk who opened a case under someone's number learns nothing of which provinces
 * hold what about her: no request is signed, no holder is asked (the EU once-only system asks
 * the user's explicit request the same way). Her request that authorised it, as the gateway
 * signed it, travels in every evidence request (EvidenceRequestBody.authorisation.proof), and
 * the holding province refuses one whose authorisation it cannot verify (evidenceRelease.ts,
 * authorisationProof.ts): the filing province's word for it is not enough. It holds for
 * AUTHORISATION_DAYS; then she gives it again.
 */

/**
 * The largest request of hers an authorisation is kept with, as the province received it: her
 * authoriseEvidence alone is a few hundred bytes; more is other work sent along, which would
 * travel to every holder in every evidence request.
 */
export const MAX_AUTHORISATION_REQUEST_BYTES = 8 * 1024;

/** A bundle's items are authorised with the bundle, as their evidence is gathered with it. */
export function requireWholeCase(caseFile: CaseFile, what: string): void {
  if (caseFile.parentId) throw badUserInput('caseId', `该办件属于“一件事”${caseFile.parentId}，材料按整件${what}`, { reason: 'PART_OF_BUNDLE' });
}

/**
 * Her authorisation of the case as it stands: on a case still gathering evidence, while requests
 * may go out under it (until lastRequestTime, a day before the holders stop honouring it), else
 * null — the desk waits and her phone asks her again; on a case past gathering, as recorded (its
 * history, however old).
 */
export function currentAuthorisation(caseFile: CaseFile, now = new Date()): CaseAuthorisation | null {
  const { authorisation } = caseFile;
  if (!authorisation || !SUBMITTABLE.includes(caseFile.status)) return authorisation;
  return now < lastRequestTime(authorisation.at) ? authorisation : null;
}

/**
 * The authorisation a request for the case goes out under; a request before she gave it (or
 * after it lapsed) is refused — hers too: her authorisation is the one act that names the case
 * and its item (authoriseEvidence), not a side effect of asking.
 */
export function requireAuthorisation(caseFile: CaseFile, audience: RecordAudience, now = new Date()): CaseAuthorisation {
  const authorisation = currentAuthorisation(caseFile, now);
  if (authorisation) return authorisation;
  const lapsed = caseFile.authorisation ? `授权已到期（有效期约${AUTHORISATION_DAYS}天），需重新确认：` : '';
  if (audience === 'HOLDER') {
    throw forbidden('AUTHORISATION_REQUIRED', `${lapsed}请先在办件 ${caseFile.id} 中确认“授权调取”（注明办件及其事项），再向各省调取`, { field: 'caseId' });
  }
  throw forbidden(
    'AUTHORISATION_REQUIRED',
    `${lapsed ? `申请人的${lapsed}` : '申请人尚未授权调取数据：'}请申请人用本人手机登录（个人或本企业账号），在办件 ${caseFile.id} 中确认“授权调取”后，再向各省调取`,
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
  // Her request is kept and travels in every evidence request, to every holder: what it carries besides her authorisation is bounded.
  const size = Buffer.byteLength(proof.body, 'utf8');
  if (size > MAX_AUTHORISATION_REQUEST_BYTES) {
    throw badUserInput('caseId', `授权请求过大（${size} 字节，上限 ${MAX_AUTHORISATION_REQUEST_BYTES} 字节）：请单独发送“授权调取”，不要与其他操作合在一个请求中`, {
      reason: 'AUTHORISATION_REQUEST_TOO_LARGE',
    });
  }
  // Her request is kept as her word for this case alone: one giving several is refused whole (the holders would refuse it).
  if (authorisationsIn(proof.body, context.services.config.region.subgraphName).length !== 1) {
    throw badUserInput('caseId', '一次请求只能授权一个办件：请为每个办件分别确认“授权调取”', { reason: 'ONE_AUTHORISATION_PER_REQUEST' });
  }
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

/**
 * Her authorisation names the item (or one-thing bundle) the case is for, as she was shown it:
 * the holders release only for that item, so a code that is not the case's is refused rather
 * than recorded.
 */
export function requireCaseItem(caseFile: CaseFile, itemCode: string): void {
  // Exactly: the holders compare the code her request carries with the request's, as written.
  if (itemCode === caseFile.itemCode) return;
  const what = caseFile.isBundle ? '“一件事”' : '事项';
  throw badUserInput('itemCode', `办件 ${caseFile.id} 办理的${what}编码为 ${caseFile.itemCode}，不是“${itemCode}”：授权须注明该办件的${what}`, {
    reason: 'NOT_THE_CASE_ITEM',
    itemCode: caseFile.itemCode,
  });
}
