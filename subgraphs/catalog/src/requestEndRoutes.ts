import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '@yrd/shared/evidence/evidenceMessages';
import {
  isRequestEndReason,
  MAX_REQUESTS_PER_MESSAGE,
  REQUEST_END_MESSAGE_SECONDS,
  REQUEST_ENDS_PATH,
  REQUEST_ENDS_TYPE,
  REQUEST_STATUS_PATH,
  REQUEST_STATUS_TYPE,
  type EndedRequest,
  type RequestEndsAnswer,
  type RequestEndsBody,
  type RequestRef,
  type RequestStatus,
  type RequestStatusAnswer,
  type RequestStatusBody,
} from '@yrd/shared/evidence/requestEnd';
import { sendJson, type PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import { readJsonBody, RequestBodyError } from '@yrd/shared/http/readJsonBody';
import { VerificationError, verifyMessage, type MessageClaims, type TrustListSource } from '@yrd/shared/trust/signedMessage';
import { EndNotRecorded, IssuerSync, type EndedRequests } from './endedRequests.ts';

/**
 * The hub's evidence-request endpoints, served beside /graphql as /trust-list is — outside the
 * schema, so that no client reaches them through the gateway, which forwards GraphQL only:
 *
 * - POST /evidence-requests/ended: a filing province says which of its requests have ended. Each
 *   end carries the request itself, which its issuer signed: a province ends only requests it
 *   issued (any other is refused, and nothing of the call is kept).
 *   With its ends (or alone, as a heartbeat) it says the hub now has every end it committed
 *   (`syncedAsOf`): the hub is in step with it for a short window after (IssuerSync).
 * - POST /evidence-requests/status: a holding province asks, before releasing anything, where
 *   requests (issuer and id) stand: ENDED; LIVE only while the hub is in step with the issuer;
 *   else UNCONFIRMED — the holder releases on LIVE alone.
 *
 * Both take `{ "message": <compact JWS> }` signed by a province of the federation (trust list,
 * role PROVINCE) for the hub (aud "catalog"), living no longer than REQUEST_END_MESSAGE_SECONDS;
 * anything else is refused with a reason.
 */
interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly reason: string;
  readonly message: string;
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const refuse = (status: number, code: string, reason: string, message: string) => new Refused({ status, code, reason, message });

const MAX_BODY_BYTES = 512 * 1024;

/** The calling province and what it signed: verified, for the hub, of the expected type. */
async function signedBody<T extends object>(request: IncomingMessage, type: string, trust: TrustListSource): Promise<{ caller: string; body: T & MessageClaims }> {
  if (request.method !== 'POST') throw refuse(405, 'METHOD_NOT_ALLOWED', 'POST_ONLY', '只接受 POST');
  let raw: unknown;
  try {
    raw = await readJsonBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof RequestBodyError) throw refuse(error.status, 'BAD_REQUEST', 'BAD_BODY', error.message);
    throw error;
  }
  const message = (raw as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', '请求体应为 {"message": "<签名报文>"}');
  try {
    const { payload, signer } = await verifyMessage<T & { aud?: unknown }>(message, type, trust, { roles: ['PROVINCE'] });
    if (payload.aud !== 'catalog') throw refuse(401, 'UNAUTHENTICATED', 'CALLER_WRONG_AUDIENCE', '报文不是发给事项标准库（catalog）的');
    // Sent at once, so short-lived: one signed to live longer could be replayed long after.
    if (payload.exp - payload.iat > REQUEST_END_MESSAGE_SECONDS) {
      throw refuse(401, 'UNAUTHENTICATED', 'CALLER_MESSAGE_LIFETIME_TOO_LONG', `报文有效期（exp − iat）不得超过 ${REQUEST_END_MESSAGE_SECONDS} 秒，此报文为 ${payload.exp - payload.iat} 秒`);
    }
    return { caller: signer.member.member, body: payload };
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    throw refuse(401, 'UNAUTHENTICATED', `CALLER_${error.reason}`, `只接受联盟成员省份签名的调用：${error.message}`);
  }
}

/**
 * The ends a province told, each checked to be of a request it signed; those already expired are
 * left out (nobody answers them: their ids are `expired`, acknowledged with nothing to keep).
 */
async function endsOf(caller: string, body: RequestEndsBody, trust: TrustListSource): Promise<{ ends: EndedRequest[]; expired: string[] }> {
  if (!Array.isArray(body.ends) || body.ends.length > MAX_REQUESTS_PER_MESSAGE) {
    throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', `ends 应为至多 ${MAX_REQUESTS_PER_MESSAGE} 项的列表`);
  }
  const ends: EndedRequest[] = [];
  const expired: string[] = [];
  for (const [index, end] of body.ends.entries()) {
    if (typeof end?.token !== 'string' || !isRequestEndReason(end.reason) || typeof end.endedAt !== 'string' || Number.isNaN(Date.parse(end.endedAt))) {
      throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', `ends[${index}] 应含 token、reason（WITHDRAWN、SUBMITTED、DECIDED、APPLICANT_REFUSED）和 endedAt`);
    }
    let request: EvidenceRequestBody & MessageClaims;
    try {
      request = (await verifyMessage<EvidenceRequestBody>(end.token, EVIDENCE_REQUEST_TYPE, trust, { roles: ['PROVINCE'] })).payload;
    } catch (error) {
      if (!(error instanceof VerificationError)) throw error;
      const authentic = error.authentic?.payload as (EvidenceRequestBody & MessageClaims) | undefined;
      if (!authentic) throw refuse(400, 'BAD_REQUEST', 'NOT_A_REQUEST', `ends[${index}] 不是联盟成员签发的调取请求：${error.message}`);
      if (authentic.iss !== caller) throw notIssuer(caller, index);
      // Expired (or its key retired): no holder answers it any more; nothing to keep.
      if (typeof authentic.jti === 'string') expired.push(authentic.jti);
      continue;
    }
    if (request.iss !== caller) throw notIssuer(caller, index);
    if (typeof request.jti !== 'string') throw refuse(400, 'BAD_REQUEST', 'NOT_A_REQUEST', `ends[${index}] 没有请求编号（jti）`);
    ends.push({ id: request.jti, issuer: caller, reason: end.reason, endedAt: end.endedAt, expiresAt: new Date(request.exp * 1000).toISOString() });
  }
  return { ends, expired };
}

const notIssuer = (caller: string, index: number) =>
  refuse(403, 'FORBIDDEN', 'NOT_THE_ISSUER', `${caller} 只能结束本省签发的调取请求，ends[${index}] 不是`);

function answerRefusal(response: ServerResponse, error: unknown): void {
  if (!(error instanceof Refused)) throw error;
  const { status, code, reason, message } = error.refusal;
  sendJson(response, status, { error: { code, reason, message } });
}

/** The province's word that the hub has all its ends before an instant, if it gives it. */
function syncedAsOf(body: RequestEndsBody): Date | undefined {
  if (body.syncedAsOf === undefined) return undefined;
  const at = typeof body.syncedAsOf === 'string' ? new Date(body.syncedAsOf) : undefined;
  if (!at || Number.isNaN(at.getTime())) throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', 'syncedAsOf 应为 ISO 8601 时间');
  return at;
}

function requestsAsked(body: RequestStatusBody): RequestRef[] {
  const requests: unknown = body.requests;
  const valid =
    Array.isArray(requests) &&
    requests.length <= MAX_REQUESTS_PER_MESSAGE &&
    requests.every((ref: unknown) => typeof (ref as RequestRef | null)?.issuer === 'string' && typeof (ref as RequestRef).id === 'string');
  if (!valid) throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', `requests 应为至多 ${MAX_REQUESTS_PER_MESSAGE} 项的列表，每项含签发方 issuer 和请求编号 id`);
  return (requests as RequestRef[]).map(({ issuer, id }) => ({ issuer, id }));
}

export interface RequestEndRouteOptions {
  /** Which issuers the hub is in step with (in memory: a new one after each start). */
  readonly sync: IssuerSync;
}

export function requestEndRoutes(ended: EndedRequests, trust: TrustListSource, options: RequestEndRouteOptions): Record<string, PlainRoute> {
  const { sync } = options;
  return {
    [REQUEST_ENDS_PATH]: async (request, response) => {
      try {
        const { caller, body } = await signedBody<RequestEndsBody>(request, REQUEST_ENDS_TYPE, trust);
        const asOf = syncedAsOf(body);
        const { ends, expired } = await endsOf(caller, body, trust);
        // Durable before the province hears it was taken: it then deletes its outbox rows. Only
        // what was recorded is acknowledged (the ends of requests already expired need no record).
        const now = new Date();
        let recorded: EndedRequest[];
        try {
          recorded = ended.record(ends, now);
        } catch (error) {
          if (error instanceof EndNotRecorded) throw refuse(500, 'INTERNAL_SERVER_ERROR', 'END_NOT_RECORDED', `${error.ref.id} 的结束未能记录，请重试`);
          throw error;
        }
        // In step with the province only once everything it told is recorded.
        if (asOf) sync.mark(caller, asOf, now);
        const answer: RequestEndsAnswer = { acknowledged: [...recorded.map((end) => end.id), ...expired] };
        sendJson(response, 200, answer);
      } catch (error) {
        answerRefusal(response, error);
      }
    },
    [REQUEST_STATUS_PATH]: async (request, response) => {
      try {
        const { body } = await signedBody<RequestStatusBody>(request, REQUEST_STATUS_TYPE, trust);
        const asked = requestsAsked(body);
        const now = new Date();
        const endedOnes = new Map(ended.find(asked, now).map((end) => [`${end.issuer}\u0000${end.id}`, end]));
        const requests = asked.map((ref): RequestStatus => {
          const end = endedOnes.get(`${ref.issuer}\u0000${ref.id}`);
          if (end) return { ...ref, status: 'ENDED', end };
          // Not told ended: live only if its issuer has lately said the hub has all its ends.
          return { ...ref, status: sync.inSync(ref.issuer, now) ? 'LIVE' : 'UNCONFIRMED' };
        });
        const answer: RequestStatusAnswer = { requests };
        sendJson(response, 200, answer);
      } catch (error) {
        answerRefusal(response, error);
      }
    },
  };
}
