import { VerificationError, verifyMessage, type MessageClaims, type TrustListSource } from '../trust/signedMessage.ts';
import type { Caller } from './caller.ts';
import { CALLER_ASSERTION_TYPE, requestBodyDigest, type CallerAssertion } from './callerAssertion.ts';
import type { SignedRequest } from './signedRequestType.ts';

/** What a signed request establishes: who asked, of which subgraph, when, and the body she sent. */
export interface VerifiedSignedRequest {
  readonly caller: Caller;
  /** The subgraph it was sent to (the assertion's audience). */
  readonly audience: string;
  readonly signedAt: Date;
  readonly body: string;
}

/** Why a kept request does not prove what it is said to: not a kept request at all, a signature that does not hold, or another body. */
export type SignedRequestFailure = 'MALFORMED' | 'SIGNATURE' | 'NOT_BOUND';

export class SignedRequestUnproven extends Error {
  constructor(
    readonly reason: SignedRequestFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SignedRequestUnproven';
  }
}

/**
 * How far ahead of this member's clock the gateway's may have signed a kept request: a live
 * assertion is refused a minute ahead (NOT_YET_VALID), but a record of what was asked is read
 * later, where a member whose clock lags the gateway's by minutes should not refuse her word.
 */
export const KEPT_RECORD_CLOCK_SKEW_SECONDS = 300;

/**
 * A kept request checked as a past word: the assertion signed by the gateway (no other member
 * speaks for a person), under a key of the trust list, and bound to exactly this body. Its
 * minute of validity has long passed — it is read as a record of what was asked then, not as a
 * credential to act on now (which callerOfRequest is) — but a key retired before it was signed,
 * or retired too long ago to verify anything, does not prove it.
 */
export async function verifySignedRequest(signed: unknown, trust: TrustListSource, now = new Date()): Promise<VerifiedSignedRequest> {
  if (!isSignedRequest(signed)) throw new SignedRequestUnproven('MALFORMED', '缺少身份断言或请求内容');
  let payload: CallerAssertion & MessageClaims;
  try {
    ({ payload } = await verifyMessage<CallerAssertion>(signed.assertion, CALLER_ASSERTION_TYPE, trust, { roles: ['GATEWAY'], now }));
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    // Authentic and only past its minute: what a kept word always is. Or signed by a gateway
    // whose clock runs ahead of this member's, by no more than a record's clocks may differ.
    const authentic = error.reason === 'EXPIRED' || error.reason === 'NOT_YET_VALID' ? error.authentic : undefined;
    const early = authentic && error.reason === 'NOT_YET_VALID' ? authentic.payload.iat - now.getTime() / 1000 : 0;
    if (!authentic || early > KEPT_RECORD_CLOCK_SKEW_SECONDS) throw new SignedRequestUnproven('SIGNATURE', error.message);
    // verifyMessage checked it as a caller assertion: only its time was wrong.
    payload = authentic.payload as CallerAssertion & MessageClaims;
  }
  if (typeof payload.bdy !== 'string' || payload.bdy !== requestBodyDigest(signed.body)) {
    throw new SignedRequestUnproven('NOT_BOUND', '身份断言不是为该请求内容签发的');
  }
  return { caller: payload.caller, audience: payload.aud, signedAt: new Date(payload.iat * 1000), body: signed.body };
}

function isSignedRequest(value: unknown): value is SignedRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<SignedRequest>).assertion === 'string' &&
    typeof (value as Partial<SignedRequest>).body === 'string'
  );
}
