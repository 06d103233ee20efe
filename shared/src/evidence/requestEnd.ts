
/**
 * The end of an evidence request. A request serves one case while it gathers evidence: once the
 * case can no longer use it — withdrawn, submitted for decision, decided — or the applicant has
 * refused a record it released, it has ended, and a holding province must not answer it again
 * (purpose limitation). The filing province tells the hub which of its requests ended; a holder
 * asks the hub before every release. These are the messages of that exchange, both signed by a
 * province and served by the hub outside GraphQL (no client reaches them through the gateway).
 */
export const REQUEST_END_REASONS = ['WITHDRAWN', 'SUBMITTED', 'DECIDED', 'APPLICANT_REFUSED'] as const;
export type RequestEndReason = (typeof REQUEST_END_REASONS)[number];

export function isRequestEndReason(value: unknown): value is RequestEndReason {
  return typeof value === 'string' && (REQUEST_END_REASONS as readonly string[]).includes(value);
}

/** Why a request ended, as a clerk reads it (labels of the EvidenceRequestEndReason enum). */
export const REQUEST_END_LABELS: Readonly<Record<RequestEndReason, string>> = {
  WITHDRAWN: '办件已撤回',
  SUBMITTED: '办件已提交审批，不再收集材料',
  DECIDED: '办件已办结',
  APPLICANT_REFUSED: '申请人已拒绝使用其提供的材料',
};

/** The holder's refusal of an ended request, after “该调取请求”. */
const REFUSAL_WORDS: Readonly<Record<RequestEndReason, string>> = {
  WITHDRAWN: '所属的办件已撤回',
  SUBMITTED: '所属的办件已提交审批，不再收集材料',
  DECIDED: '所属的办件已办结',
  APPLICANT_REFUSED: '提供的材料申请人已拒绝使用',
};

/** 江苏省拒绝提供材料：该调取请求所属的办件已撤回，请求已失效 */
export function requestEndedMessage(holderName: string, reason: RequestEndReason): string {
  const again = reason === 'APPLICANT_REFUSED' ? '；申请人同意后可在办件上重新调取' : '';
  return `${holderName}拒绝提供材料：该调取请求${REFUSAL_WORDS[reason]}，请求已失效${again}`;
}

/** The hub's endpoints, beside its GraphQL endpoint (as /trust-list is). */
export const REQUEST_ENDS_PATH = '/evidence-requests/ended';
export const REQUEST_STATUS_PATH = '/evidence-requests/status';

/** A filing province telling the hub which of its requests ended (signed by that province). */
export const REQUEST_ENDS_TYPE = 'yrd-evidence-request-ends+jws';
/** A holding province asking the hub whether requests have ended (signed by that province). */
export const REQUEST_STATUS_TYPE = 'yrd-evidence-request-status+jws';
/** How long either message is valid: it is sent at once. The hub refuses one signed to live longer (exp − iat), or without iat/exp. */
export const REQUEST_END_MESSAGE_SECONDS = 60;
/** At most this many requests in one message. */
export const MAX_REQUESTS_PER_MESSAGE = 100;

/** One ended request: the request itself (signed by its issuer — proof that the sender issued it), why, and when. */
export interface RequestEnd {
  readonly token: string;
  readonly reason: RequestEndReason;
  readonly endedAt: string;
}

export interface RequestEndsBody {
  readonly aud: 'catalog';
  readonly ends: readonly RequestEnd[];
  /**
   * The province's word that the hub now has every end it committed before this instant (ISO):
   * its outbox held nothing but `ends` when it read it then (everything older the hub has
   * acknowledged). Absent when `ends` is only part of what waits. Sent with every delivery and,
   * while the outbox is empty, as a heartbeat (`ends` empty): the hub trusts its "not ended" for a
   * request only while its issuer's word is recent (RequestEndSyncSettings).
   */
  readonly syncedAsOf?: string;
}

/** The hub's answer to a delivery: the ids it recorded (or found already expired: nothing to keep). */
export interface RequestEndsAnswer {
  readonly acknowledged: readonly string[];
}

/** A request as a holder knows it: who signed it (the verified `iss`) and its id (`jti`). */
export interface RequestRef {
  readonly issuer: string;
  readonly id: string;
}

export interface RequestStatusBody {
  readonly aud: 'catalog';
  readonly requests: readonly RequestRef[];
}

/** What the hub knows of an ended request. */
export interface EndedRequest {
  readonly id: string;
  /** The member that issued (and ended) it. */
  readonly issuer: string;
  readonly reason: RequestEndReason;
  readonly endedAt: string;
  /** When the request itself expires: past it nobody answers it anyway, and the hub forgets it. */
  readonly expiresAt: string;
}

/**
 * Where a request stands, as the hub can vouch for it. LIVE only while the hub is in step with
 * its issuer (the issuer's last word that the hub has every end is recent); else UNCONFIRMED, and
 * a holder releases nothing (an end may still wait in the issuer's outbox).
 */
export type RequestStatus =
  | { readonly issuer: string; readonly id: string; readonly status: 'ENDED'; readonly end: EndedRequest }
  | { readonly issuer: string; readonly id: string; readonly status: 'LIVE' | 'UNCONFIRMED' };

export const REQUEST_STATUSES = ['ENDED', 'LIVE', 'UNCONFIRMED'] as const;

/** The hub's answer to a status query: one status per request asked, in the order asked. */
export interface RequestStatusAnswer {
  readonly requests: readonly RequestStatus[];
}

