import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ExpiringCache } from '../cache/expiringCache.ts';
import type { SigningKey } from '../trust/memberKeys.ts';
import { signMessage, VerificationError, verifyMessage, type TrustListSource } from '../trust/signedMessage.ts';
import { trustedContent } from '../trust/trustList.ts';
import type { Caller } from './caller.ts';
import type { SignedRequest } from './signedRequestType.ts';

/**
 * How a subgraph knows a request came through the gateway, and for whom: the gateway signs
 * a short-lived assertion of the caller for one subgraph (audience) and sends it in the
 * `x-yrd-caller` header. Members may also call the hub for themselves (caller SERVICE).
 *
 * An assertion for a read is reused for half its lifetime (signing one per fetch would cost more
 * than some reads). An assertion for a write — every fetch of a client's mutation — is bound to
 * the one request it was signed for: `bdy` is the SHA-256 of the request's exact body, and a
 * subgraph takes it up once. Whoever reads the link between gateway and subgraph can then not
 * replay it with another operation, nor the same one twice; a province runs no mutation under an
 * assertion that is not bound (unboundWriteRefusal.ts).
 */
export const CALLER_HEADER = 'x-yrd-caller';
export const CALLER_ASSERTION_TYPE = 'yrd-caller+jws';
const LIFETIME_SECONDS = 60;

export interface CallerAssertion {
  readonly aud: string;
  readonly caller: Caller;
  /** For a write: the base64url SHA-256 of the exact body of the one request it is for. */
  readonly bdy?: string;
}

/** The digest a bound assertion carries of its request's body (the bytes sent, UTF-8 for a string). */
export function requestBodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** An assertion of `caller` for `audience`, signed `now`; with `body`, bound to the one request carrying that exact body. */
export function signCallerAssertion(caller: Caller, audience: string, key: SigningKey, body?: string, now = new Date()): Promise<string> {
  const claims: CallerAssertion = body === undefined ? { aud: audience, caller } : { aud: audience, caller, bdy: requestBodyDigest(body) };
  return signMessage<CallerAssertion>(CALLER_ASSERTION_TYPE, claims, key, LIFETIME_SECONDS, now);
}

/** The caller a request's assertion establishes, and whether the assertion was bound to this request's body. */
export interface EstablishedCaller {
  readonly caller: Caller;
  readonly boundToBody: boolean;
  /** For a bound assertion: the write as the gateway signed it for the caller (signedRequest.ts). */
  readonly signedRequest?: SignedRequest;
}

/**
 * Assertions verified already, by their exact text, until they expire: the gateway reuses an
 * assertion for a caller and subgraph for part of its lifetime, and a signature need not be
 * checked twice — under a trust list that says the same. Once the member holds a list that says
 * otherwise (a key rotated, revoked, a member gone), each is verified again at its next use: a
 * revoked key's assertions stop counting with the list that drops it, not when they expire. A
 * list fetched again unchanged keeps them (trustedContent).
 */
const verified = new ExpiringCache<{ readonly assertion: VerifiedAssertion; readonly under: string }>(20_000);

/** What a verified assertion says: for whom, to which subgraph, and (bound) for which body, until when. */
export interface VerifiedAssertion {
  readonly caller: Caller;
  readonly audience: string;
  /** The body digest of a bound assertion; undefined for one reused across reads. */
  readonly bodyDigest: string | undefined;
  readonly id: string;
  /** Its expiry, ms since the epoch. */
  readonly expiresAt: number;
}

/**
 * The caller a request carries, verified: signed by the gateway (any caller) or by another
 * member speaking for itself, for this subgraph, not expired. Whether its body matches a bound
 * assertion, and whether that was used before, is callerOfRequest's to check.
 */
export async function verifyCallerAssertion(token: string, audience: string, trust: TrustListSource): Promise<VerifiedAssertion> {
  // One list for the whole check: the one the kept verification is compared with, the one verified under (or the list fetched afresh for a key it lacks).
  let list = await trust.current();
  const known = verified.get(token);
  if (known?.assertion.audience === audience && known.under === trustedContent(list)) return known.assertion;
  const underList: TrustListSource = { current: async () => list, refresh: async () => (list = await trust.refresh()) };
  const { payload, signer } = await verifyMessage<CallerAssertion>(token, CALLER_ASSERTION_TYPE, underList, {
    roles: ['GATEWAY', 'PROVINCE', 'HUB'],
  });
  if (payload.aud !== audience) throw new VerificationError('UNTRUSTED_ISSUER', `为 ${payload.aud} 签发，不是 ${audience}`);
  if (signer.member.role !== 'GATEWAY' && !(payload.caller.kind === 'SERVICE' && payload.caller.member === signer.member.member)) {
    throw new VerificationError('UNTRUSTED_ISSUER', `${signer.member.member} 只能以自己的名义调用`);
  }
  const assertion: VerifiedAssertion = {
    caller: payload.caller,
    audience,
    bodyDigest: typeof payload.bdy === 'string' ? payload.bdy : undefined,
    id: payload.jti,
    expiresAt: payload.exp * 1000,
  };
  verified.set(token, { assertion, under: trustedContent(list) }, assertion.expiresAt);
  return assertion;
}

/**
 * Where a subgraph remembers the bound assertions it has taken up, by id until they expire: first
 * says whether one is new (false: a replay; FULL: no room to remember it, refused rather than one
 * forgotten). A province keeps them in its database (boundAssertionUses.ts), across restarts;
 * the hub, which takes no writes (a bound assertion reaches it only for a read the planner wrote
 * within a client's mutation), in memory (SeenOnce).
 */
export type BoundAssertionFirstUse = (id: string, expiresAt: number) => boolean | 'FULL';

/** Why a request's caller could not be established: no assertion at all, or one that does not verify. */
export class CallerNotEstablished extends Error {
  constructor(
    /** NOT_VIA_GATEWAY, or CALLER_<VerificationError reason>. */
    readonly reason: string,
    /** What was wrong with the assertion (absent for NOT_VIA_GATEWAY). */
    readonly detail?: string,
    /** The caller an authentic assertion named, when only its use was wrong (replayed, another body, a read's on a write): for the audit. */
    readonly assertedCaller?: Caller,
  ) {
    super(detail ?? reason);
  }
}

/**
 * How long after its expiry the gateway's own assertion still marks a request as merely late
 * (LateCallerAssertion) rather than as a call around the gateway. A request the gateway sent
 * reaches a subgraph late when the subgraph stalled (a long pause, `kill -STOP`) and takes up
 * the requests the kernel queued meanwhile: the gateway gave up on them (its deadline is
 * seconds) but its assertion, reused for up to half its lifetime, is past `exp` by then. Older
 * than this, an assertion is no delayed request but one kept and replayed: refused and audited.
 */
export const LATE_ASSERTION_GRACE_SECONDS = 300;

/**
 * An assertion the gateway signed for this subgraph, valid in every way but time: it expired
 * before the request was taken up, at most LATE_ASSERTION_GRACE_SECONDS ago. The request is
 * refused like any other whose caller is not established (reason CALLER_EXPIRED), but it may be
 * the gateway's own request arriving late — one nobody waits for — rather than a direct call: a
 * province does not audit it as DIRECT_CALL_REFUSED, nor count it against the address it came
 * from — the first time it sees the assertion, and for a few such requests a minute from an
 * address. The same assertion again, or more of them, is someone replaying assertions they
 * kept: refused, counted and audited as any direct call (directCallRefusals.ts).
 */
export class LateCallerAssertion extends CallerNotEstablished {
  constructor(
    detail: string,
    /** How many seconds past the assertion's expiry the request was taken up. */
    readonly lateBySeconds: number,
    /** Which assertion it is (its `jti`, unique to each the gateway signs): the same one arriving twice is no delayed request. */
    readonly assertionId: string,
    /** The caller it named, for the audit should it prove a replay. */
    assertedCaller?: Caller,
  ) {
    super('CALLER_EXPIRED', detail, assertedCaller);
  }
}

/** The caller assertion a request carries in `x-yrd-caller` (the first, if repeated); undefined without one. */
function callerAssertionOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers[CALLER_HEADER];
  return (Array.isArray(header) ? header[0] : header) || undefined;
}

/**
 * The assertion a subgraph request carries in `x-yrd-caller`, verified for this subgraph
 * (audience) — from the headers alone, its use not yet checked (callerOfRequest) — or a
 * CallerNotEstablished error: none (NOT_VIA_GATEWAY), one that does not verify (CALLER_<reason>),
 * or a LateCallerAssertion when it is the gateway's own, only expired.
 */
export async function assertionOfRequest(headers: IncomingHttpHeaders, audience: string, trust: TrustListSource): Promise<VerifiedAssertion> {
  const token = callerAssertionOf(headers);
  if (!token) throw new CallerNotEstablished('NOT_VIA_GATEWAY');
  try {
    return await verifyCallerAssertion(token, audience, trust);
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    const late = lateness(error, audience, token);
    const named = expiredGatewayCaller(error, audience);
    if (late) throw new LateCallerAssertion(error.message, late.seconds, late.assertionId, named);
    throw new CallerNotEstablished(`CALLER_${error.reason}`, error.message, named);
  }
}

/**
 * The caller a subgraph request carries in its `x-yrd-caller` assertion (assertionOfRequest), or
 * a CallerNotEstablished error for the subgraph to word (and, in a province, to audit). A bound
 * assertion must match the request's body (`body`: its bytes as received; CALLER_BODY_MISMATCH)
 * and be new (CALLER_REPLAYED, by `firstUse`).
 */
export async function callerOfRequest(
  headers: IncomingHttpHeaders,
  audience: string,
  trust: TrustListSource,
  body: () => Uint8Array | undefined,
  firstUse: BoundAssertionFirstUse,
): Promise<EstablishedCaller> {
  const assertion = await assertionOfRequest(headers, audience, trust);
  if (assertion.bodyDigest === undefined) return { caller: assertion.caller, boundToBody: false };
  const received = body();
  if (received === undefined || requestBodyDigest(received) !== assertion.bodyDigest) {
    throw new CallerNotEstablished('CALLER_BODY_MISMATCH', '身份断言是为另一请求签发的（与本请求内容不符）', assertion.caller);
  }
  const first = firstUse(assertion.id, assertion.expiresAt);
  if (first === false) throw new CallerNotEstablished('CALLER_REPLAYED', '该写操作的身份断言已被使用过，不能再次使用', assertion.caller);
  if (first === 'FULL') throw new CallerNotEstablished('CALLER_REPLAYED', '一分钟内的写操作过多，暂时无法确认该身份断言未被使用过，请稍后重试', assertion.caller);
  const signedRequest = { assertion: callerAssertionOf(headers) as string, body: Buffer.from(received).toString('utf8') };
  return { caller: assertion.caller, boundToBody: true, signedRequest };
}

/**
 * How late the gateway's expired assertion for `audience` is, and which assertion it is, when
 * that is all that is wrong with it and it is not older than the grace; undefined for anything
 * else — a forged or tampered one (never `authentic`), another member's, one addressed to
 * another subgraph. The assertion is named by its `jti`, or (one signed without) by its signed
 * header and payload: text a signature cannot be altered to change.
 */
function lateness(error: VerificationError, audience: string, token: string): { seconds: number; assertionId: string } | undefined {
  const payload = expiredGatewayAssertion(error, audience);
  if (!payload) return undefined;
  const late = Math.floor(Date.now() / 1000) - payload.exp;
  if (late < 0 || late > LATE_ASSERTION_GRACE_SECONDS) return undefined;
  const assertionId = typeof payload.jti === 'string' && payload.jti !== '' ? `jti:${payload.jti}` : `signed:${token.slice(0, token.lastIndexOf('.'))}`;
  return { seconds: late, assertionId };
}

/**
 * The claims of an expired assertion of the gateway's addressed to this subgraph: authentic (its
 * signature held), only old. Undefined for anything else — a forged or tampered one (never
 * `authentic`), another member's, one addressed to another subgraph.
 */
function expiredGatewayAssertion(error: VerificationError, audience: string) {
  if (error.reason !== 'EXPIRED' || !error.authentic) return undefined;
  const { payload, signer } = error.authentic;
  return signer.member.role === 'GATEWAY' && isAddressedTo(payload, audience) ? payload : undefined;
}

/** Whom such an assertion named: sent again, it is her request replayed, and she is told (DirectCallRefusals). */
function expiredGatewayCaller(error: VerificationError, audience: string): Caller | undefined {
  return (expiredGatewayAssertion(error, audience) as Partial<CallerAssertion> | undefined)?.caller;
}

function isAddressedTo(payload: unknown, audience: string): boolean {
  return typeof payload === 'object' && payload !== null && 'aud' in payload && payload.aud === audience;
}

