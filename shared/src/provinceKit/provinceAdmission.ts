import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { clientGone, closesRead } from '../http/clientGone.ts';
import { unauthenticated } from '../identity/authErrors.ts';
import { rawBodyOf } from '../http/readJsonBody.ts';
import { assertionOfRequest, CallerNotEstablished, callerOfRequest, LateCallerAssertion, type EstablishedCaller } from '../identity/callerAssertion.ts';
import type { Logger } from '../observability/logger.ts';
import { callersUncheckable, TRUST_LIST_RETRY_AFTER_SECONDS, TRUST_LIST_UNAVAILABLE_CODES, TrustListUnavailable } from '../trust/trustListUnavailable.ts';
import { rateLimitedError } from '../protection/rateLimitedError.ts';
import type { ProvinceContext } from './provinceContext.ts';
import type { RefusalDecision } from './directCallRefusals.ts';
import { createProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';

/** What is known of a request from the moment it arrived. */
export interface Arrival {
  /** Its request id (x-request-id), as the province's log lines name it. */
  readonly requestId: string;
  /** Its client's address, read when it arrived (arrivalAddresses.ts). */
  readonly sourceAddress: string;
}

/**
 * Which requests a province takes up, before anything of them runs. It answers only requests
 * that came through the gateway (or from another member speaking for itself): the caller
 * assertion must verify against the trust list. Then:
 * - A call around the gateway (no assertion; a forged, tampered, foreign or misaddressed one) is
 *   refused UNAUTHENTICATED and audited, with the address it came from and its request id; an
 *   address that keeps trying is answered 429 and its refusals folded into counted entries
 *   (directCallRefusals.ts), so it cannot flood the audit log. Its client having hung up changes
 *   none of that: the attempt was made.
 * - A request whose client has gone — the gateway gave up on it — is dropped unexecuted: nobody
 *   waits for its answer, and a mutation run now would act for a clerk already told it failed.
 *   Logged at debug; no audit entry, nothing counted.
 * - The gateway's own assertion, only expired (LateCallerAssertion), is a request the gateway
 *   sent that reached the province late (it stalled meanwhile): refused UNAUTHENTICATED
 *   CALLER_EXPIRED like any expired assertion, but logged at info with how late it was — not
 *   audited as a direct call, nor counted against the address (the gateway's) it came from.
 *   Unless it is no such thing: the same assertion arriving again, or more late requests from
 *   an address than a few a minute, is someone replaying an assertion they kept — refused,
 *   audited and throttled as a direct call (DirectCallRefusals.late). A late request whose
 *   client has gone is dropped before that question is asked, as any other: after a stall the
 *   gateway's abandoned requests, many under one assertion it reused, are not audited.
 */
export async function admitToProvince(request: IncomingMessage, arrival: Arrival, services: ProvinceServices, logger: Logger): Promise<ProvinceContext> {
  const { region } = services.config;
  const { requestId, sourceAddress } = arrival;
  // The signature check, and the wait for a close the kernel already holds, side by side.
  const [caller] = await Promise.all([establishedCaller(request, services), closesRead()]);
  // Whom a misused authentic assertion named, for the audit (and her access history).
  const asserted = caller instanceof CallerNotEstablished && caller.assertedCaller ? { assertedCaller: caller.assertedCaller } : {};
  if (caller instanceof CallerNotEstablished && !(caller instanceof LateCallerAssertion)) {
    throw refusal(caller, services.refusals.refuse({ sourceAddress, reason: caller.reason, requestId, ...asserted }), region.name);
  }
  if (clientGone(request)) {
    logger.debug({ requestId, sourceAddress }, 'request dropped unexecuted: its client has gone');
    throw clientGoneError();
  }
  if (caller instanceof LateCallerAssertion) {
    const decision = services.refusals.late({ sourceAddress, reason: caller.reason, requestId, assertionId: caller.assertionId, ...asserted });
    if (!decision.excused) {
      // The audit is its trail (folded when it floods), as for any direct call: no info line each.
      logger.debug({ requestId, sourceAddress, reason: caller.reason, lateBySeconds: caller.lateBySeconds }, 'late assertion replayed: refused as a direct call');
      throw refusal(caller, decision, region.name);
    }
    logger.info({ requestId, sourceAddress, reason: caller.reason, lateBySeconds: caller.lateBySeconds }, 'late request refused: the gateway’s assertion expired before it was taken up');
    throw unauthenticated(caller.reason, `${region.name}无法确认调用方身份：${caller.detail ?? caller.reason}`);
  }
  const admission = { ...arrival, boundToBody: caller.boundToBody, ...(caller.signedRequest ? { signedRequest: caller.signedRequest } : {}) };
  return { caller: caller.caller, admission, services, loaders: createProvinceLoaders(services, caller.caller) };
}

/**
 * A call refused from its headers alone, before its body is read: no caller assertion, or one
 * that does not verify for this province (forged, tampered, unknown key, another subgraph's,
 * expired and not the gateway's own) — audited and throttled as a direct call, whatever its body
 * holds (a body that is not JSON, a content type refused as cross-site, would otherwise be
 * answered 400 unaudited, and its bytes buffered for nobody). The gateway's own, only late, goes
 * on to admitToProvince, which tells its late requests from replays; an authentic one too, whose
 * body it must check.
 */
export async function refusalBeforeBody(request: IncomingMessage, arrival: Arrival, services: ProvinceServices): Promise<GraphQLError | undefined> {
  try {
    await assertionOfRequest(request.headers, services.config.region.subgraphName, services.trust);
    return undefined;
  } catch (error) {
    if (error instanceof TrustListUnavailable) return trustListUnavailable(services.config.region.name);
    if (!(error instanceof CallerNotEstablished)) throw error;
    if (error instanceof LateCallerAssertion) return undefined;
    return refusal(error, services.refusals.refuse({ sourceAddress: arrival.sourceAddress, reason: error.reason, requestId: arrival.requestId }), services.config.region.name);
  }
}

/** The answer to a call refused as a direct call: 401 with the reason, or 429 once its address has been refused too often. */
export function refusal(caller: CallerNotEstablished, decision: RefusalDecision, regionName: string): GraphQLError {
  const message = caller.detail === undefined ? `${regionName}只接受经网关转发的请求` : `${regionName}无法确认调用方身份：${caller.detail}`;
  if (decision.throttled) {
    return rateLimitedError(`${message}（来自该地址的拒绝过多，请 ${decision.retryAfterSeconds} 秒后再试）`, decision.retryAfterSeconds, { reason: caller.reason });
  }
  return unauthenticated(caller.reason, message);
}

/** The caller the request's assertion establishes, or why it establishes none. */
async function establishedCaller(request: IncomingMessage, services: ProvinceServices): Promise<EstablishedCaller | CallerNotEstablished> {
  try {
    return await callerOfRequest(request.headers, services.config.region.subgraphName, services.trust, () => rawBodyOf(request), (id, expiresAt) =>
      services.boundAssertionUses.first(id, expiresAt),
    );
  } catch (error) {
    if (error instanceof CallerNotEstablished) return error;
    if (error instanceof TrustListUnavailable) throw trustListUnavailable(services.config.region.name);
    throw error;
  }
}

/**
 * The answer while no valid trust list can be had (the hub away longer than a list lives, or
 * never reached since a start): nobody's signature can be checked, so the province is
 * unavailable to every caller — 503 naming the cause, not a refusal of this one, and nothing
 * audited against the caller (whom it cannot tell from a forger).
 */
function trustListUnavailable(regionName: string): GraphQLError {
  // A plain record, as rateLimitedError.ts says why.
  const retryAfter = String(TRUST_LIST_RETRY_AFTER_SECONDS);
  const extensions: Record<string, unknown> = { ...TRUST_LIST_UNAVAILABLE_CODES, http: { status: 503, headers: new HeaderMap([['retry-after', retryAfter]]) } };
  return new GraphQLError(callersUncheckable(regionName), { extensions });
}

/**
 * The answer to a request dropped because its client has gone — written to a closed connection,
 * so read by no one; 499 (nginx's "client closed request") in the province's request log line.
 */
function clientGoneError(): GraphQLError {
  return new GraphQLError('客户端已断开，请求未执行', { extensions: { code: 'CLIENT_GONE', http: { status: 499 } } });
}
