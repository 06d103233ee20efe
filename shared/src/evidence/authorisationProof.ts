import { isHolderAs } from '../identity/caller.ts';
import { SignedRequestUnproven, verifySignedRequest, type SignedRequest } from '../identity/signedRequest.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import type { TrustListSource } from '../trust/signedMessage.ts';
import { casesAuthorisedBy } from './casesAuthorisedBy.ts';

/**
 * 数据调取授权 as a holding province checks it, trusting no one's word for it: the applicant's
 * own request that authorised the case — her authoriseEvidence, or her own requestEvidence —
 * as the gateway signed it for her (SignedRequest), kept by the filing province and carried in
 * every evidence request. The holder verifies the gateway's signature against the trust list,
 * that it was she (the subject the request asks about, as person or enterprise) who asked, of
 * the province that now asks, for this case. A filing province can so not make up her
 * authorisation, nor carry one she gave for another case; it could only keep her word.
 */
export type AuthorisationProof = SignedRequest;

/** Why an evidence request's authorisation does not hold. */
export type AuthorisationFailure = 'MISSING' | 'SIGNATURE' | 'NOT_BOUND' | 'OTHER_PROVINCE' | 'NOT_THE_SUBJECT' | 'ANOTHER_CASE';

const FAILURE_WORDS: Record<AuthorisationFailure, string> = {
  MISSING: '请求中没有申请人的授权凭证',
  SIGNATURE: '授权凭证的签名无法核验',
  NOT_BOUND: '授权凭证与其所附的请求内容不符',
  OTHER_PROVINCE: '授权凭证是向其他省份作出的',
  NOT_THE_SUBJECT: '授权凭证不是申请人本人作出的',
  ANOTHER_CASE: '授权凭证不是为该办件作出的',
};

export class AuthorisationUnproven extends Error {
  constructor(
    readonly reason: AuthorisationFailure,
    detail?: string,
  ) {
    super(detail ? `${FAILURE_WORDS[reason]}（${detail}）` : FAILURE_WORDS[reason]);
    this.name = 'AuthorisationUnproven';
  }
}

/** What an evidence request says was authorised: which case, about whom, by asking which province. */
export interface AuthorisedCase {
  readonly caseId: string;
  readonly subject: { readonly id: string; readonly kind: SubjectKind };
  /** The filing province's member (subgraph) name: the one her request went to. */
  readonly filingMember: string;
}

/** The authorisation proven, with when she gave it; or AuthorisationUnproven, saying what is wrong. */
export async function proveAuthorisation(proof: unknown, authorised: AuthorisedCase, trust: TrustListSource, now = new Date()): Promise<{ givenAt: Date }> {
  if (proof === undefined || proof === null) throw new AuthorisationUnproven('MISSING');
  let signed;
  try {
    signed = await verifySignedRequest(proof, trust, now);
  } catch (error) {
    if (!(error instanceof SignedRequestUnproven)) throw error;
    if (error.reason === 'MALFORMED') throw new AuthorisationUnproven('MISSING');
    throw new AuthorisationUnproven(error.reason === 'NOT_BOUND' ? 'NOT_BOUND' : 'SIGNATURE', error.reason === 'SIGNATURE' ? error.message : undefined);
  }
  if (signed.audience !== authorised.filingMember) throw new AuthorisationUnproven('OTHER_PROVINCE');
  if (!isHolderAs(signed.caller, authorised.subject.id, authorised.subject.kind)) throw new AuthorisationUnproven('NOT_THE_SUBJECT');
  if (!casesAuthorisedBy(signed.body, authorised.filingMember).includes(authorised.caseId)) throw new AuthorisationUnproven('ANOTHER_CASE');
  return { givenAt: signed.signedAt };
}
