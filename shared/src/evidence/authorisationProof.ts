import { isHolderAs } from '../identity/caller.ts';
import { SignedRequestUnproven, verifySignedRequest } from '../identity/signedRequest.ts';
import type { SignedRequest } from '../identity/signedRequestType.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import type { TrustListSource } from '../trust/signedMessage.ts';
import { authorisationsIn } from './authorisationsIn.ts';

/**
 * 数据调取授权 as a holding province checks it, trusting no one's word for it: the applicant's
 * own authoriseEvidence of the case — naming the case and the item (or bundle) it is for — as the
 * gateway signed it for her (SignedRequest), kept by the filing province and carried in every
 * evidence request. The holder verifies the gateway's signature against the trust list, that it
 * was she (the subject the request asks about, as person or enterprise) who gave it, to the
 * province that now asks, for this case and this item (the one authorisation her request gave),
 * within AUTHORISATION_DAYS. A filing
 * province can so not make up her authorisation, nor carry one she gave for another case or
 * item, nor keep using it for a month after; it could only keep her word for what she named.
 */
export type AuthorisationProof = SignedRequest;

/** How long holders honour her authorisation, from when the gateway signed it: after that she gives it again. */
export const AUTHORISATION_DAYS = 30;
const DAY_MS = 24 * 3600_000;

/**
 * When the filing province stops asking under an authorisation it recorded at `givenAt`: a day
 * before the holders stop honouring it, so that neither a request it signs (none outlives this:
 * caseDesk caps their expiry) nor a clock a little off between members meets a holder's EXPIRED.
 * Then the case shows no authorisation, and her phone asks her again.
 */
export function lastRequestTime(givenAt: string | Date): Date {
  return new Date(new Date(givenAt).getTime() + (AUTHORISATION_DAYS - 1) * DAY_MS);
}

/** Why an evidence request's authorisation does not hold. */
export type AuthorisationFailure = 'MISSING' | 'SIGNATURE' | 'NOT_BOUND' | 'OTHER_PROVINCE' | 'NOT_THE_SUBJECT' | 'ANOTHER_CASE' | 'EXPIRED';

const FAILURE_WORDS: Record<AuthorisationFailure, string> = {
  MISSING: '请求中没有申请人的授权凭证',
  SIGNATURE: '授权凭证的签名无法核验',
  NOT_BOUND: '授权凭证与其所附的请求内容不符',
  OTHER_PROVINCE: '授权凭证是向其他省份作出的',
  NOT_THE_SUBJECT: '授权凭证不是申请人本人作出的',
  ANOTHER_CASE: '授权凭证不是为该办件及其事项作出的',
  EXPIRED: `授权已超过${AUTHORISATION_DAYS}天`,
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

/** What an evidence request says was authorised: which case of which item, about whom, by asking which province. */
export interface AuthorisedCase {
  readonly caseId: string;
  /** The item, or one-thing bundle, the request is for. */
  readonly itemCode: string;
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
  // The filing province's mutation field is its member (subgraph) name. One authorisation per
  // request (the province refuses a request giving several): one naming another case beside this
  // one, refused there, is not kept as if it were this case's.
  const named = authorisationsIn(signed.body, authorised.filingMember);
  if (named.length !== 1 || named[0]?.caseId !== authorised.caseId || named[0].itemCode !== authorised.itemCode) throw new AuthorisationUnproven('ANOTHER_CASE');
  if (now.getTime() - signed.signedAt.getTime() >= AUTHORISATION_DAYS * DAY_MS) throw new AuthorisationUnproven('EXPIRED', `于 ${signed.signedAt.toISOString()} 作出`);
  return { givenAt: signed.signedAt };
}
