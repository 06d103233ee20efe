import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '@yrd/shared/evidence/evidenceMessages';
import {
  isRequestEndReason,
  MAX_REQUESTS_PER_MESSAGE,
  REQUEST_ENDS_PATH,
  REQUEST_ENDS_TYPE,
  REQUEST_STATUS_PATH,
  REQUEST_STATUS_TYPE,
  type EndedRequest,
  type RequestEndsBody,
  type RequestStatusAnswer,
  type RequestStatusBody,
} from '@yrd/shared/evidence/requestEnd';
import { sendJson, type PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import { readJsonBody, RequestBodyError } from '@yrd/shared/http/readJsonBody';
import { VerificationError, verifyMessage, type MessageClaims, type TrustListSource } from '@yrd/shared/trust/signedMessage';
import type { EndedRequests } from './endedRequests.ts';

/**
 * The hub's evidence-request endpoints, served beside /graphql as /trust-list is — outside the
 * schema, so that no client reaches them through the gateway, which forwards GraphQL only:
 *
 * - POST /evidence-requests/ended: a filing province says which of its requests have ended. Each
 *   end carries the request itself, which its issuer signed: a province ends only requests it
 *   issued (any other is refused, and nothing of the call is kept).
 * - POST /evidence-requests/status: a holding province asks, before releasing anything, whether
 *   requests have ended.
 *
 * Both take `{ "message": <compact JWS> }` signed by a province of the federation (trust list,
 * role PROVINCE) for the hub (aud "catalog"); anything else is refused with a reason.
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
    return { caller: signer.member.member, body: payload };
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    throw refuse(401, 'UNAUTHENTICATED', `CALLER_${error.reason}`, `只接受联盟成员省份签名的调用：${error.message}`);
  }
}

/** The ends a province told, each checked to be of a request it signed; those already expired are left out (nobody answers them). */
async function endsOf(caller: string, body: RequestEndsBody, trust: TrustListSource): Promise<EndedRequest[]> {
  if (!Array.isArray(body.ends) || body.ends.length > MAX_REQUESTS_PER_MESSAGE) {
    throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', `ends 应为至多 ${MAX_REQUESTS_PER_MESSAGE} 项的列表`);
  }
  const ends: EndedRequest[] = [];
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
      continue;
    }
    if (request.iss !== caller) throw notIssuer(caller, index);
    ends.push({ id: request.jti, issuer: caller, reason: end.reason, endedAt: end.endedAt, expiresAt: new Date(request.exp * 1000).toISOString() });
  }
  return ends;
}

const notIssuer = (caller: string, index: number) =>
  refuse(403, 'FORBIDDEN', 'NOT_THE_ISSUER', `${caller} 只能结束本省签发的调取请求，ends[${index}] 不是`);

function answerRefusal(response: ServerResponse, error: unknown): void {
  if (!(error instanceof Refused)) throw error;
  const { status, code, reason, message } = error.refusal;
  sendJson(response, status, { error: { code, reason, message } });
}

export function requestEndRoutes(ended: EndedRequests, trust: TrustListSource): Record<string, PlainRoute> {
  return {
    [REQUEST_ENDS_PATH]: async (request, response) => {
      try {
        const { caller, body } = await signedBody<RequestEndsBody>(request, REQUEST_ENDS_TYPE, trust);
        const ends = await endsOf(caller, body, trust);
        // Durable before the province hears it was taken: it then deletes its outbox row.
        ended.record(ends);
        sendJson(response, 200, { acknowledged: ends.map((end) => end.id) });
      } catch (error) {
        answerRefusal(response, error);
      }
    },
    [REQUEST_STATUS_PATH]: async (request, response) => {
      try {
        const { body } = await signedBody<RequestStatusBody>(request, REQUEST_STATUS_TYPE, trust);
        if (!Array.isArray(body.ids) || body.ids.length > MAX_REQUESTS_PER_MESSAGE || !body.ids.every((id) => typeof id === 'string')) {
          throw refuse(400, 'BAD_REQUEST', 'BAD_BODY', `ids 应为至多 ${MAX_REQUESTS_PER_MESSAGE} 个请求编号的列表`);
        }
        const answer: RequestStatusAnswer = { ended: ended.find(body.ids) };
        sendJson(response, 200, answer);
      } catch (error) {
        answerRefusal(response, error);
      }
    },
  };
}
