import { GraphQLError } from 'graphql';
import { causesOf, codeOf } from './subgraphFailure.ts';

/**
 * What a client whose write failed at a subgraph can know about it. A fetch refused before it was
 * sent was NOT_APPLIED: the breaker refused it, no connection could be made or came free, or the
 * subgraph (or a proxy before it) refused it with a 4xx before acting on it. One that was sent and
 * then got no usable answer — it timed out, its connection was lost, a 5xx (a proxy's 502 or 504
 * may come after the subgraph acted), an answer the gateway cannot use — may have been applied:
 * its outcome is UNKNOWN, and retrying it blindly could apply it twice, which is why such a fetch
 * is never retried by the gateway either.
 */
export type WriteOutcome = 'NOT_APPLIED' | 'UNKNOWN';

/** Causes that mean the request never left the gateway: no connection could be made, or none came free. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT', 'YRD_NO_CONNECTION']);

/** The outcome of the write whose fetch failed with `failure` (a subgraphFailure, its cause as originalError). */
export function writeOutcomeOf(failure: GraphQLError): WriteOutcome {
  const { reason, status } = failure.extensions;
  if (reason === 'CIRCUIT_OPEN') return 'NOT_APPLIED';
  if (reason === 'HTTP_ERROR' && typeof status === 'number' && status >= 400 && status < 500) return 'NOT_APPLIED';
  if (causesOf(failure.originalError).some((cause) => NEVER_SENT.has(codeOf(cause)))) return 'NOT_APPLIED';
  return 'UNKNOWN';
}

/** What the client is told after the failure's own words. */
const TOLD: Record<WriteOutcome, string> = {
  NOT_APPLIED: '；该操作未执行',
  UNKNOWN: '；该操作可能已执行，请用同一幂等键重试以获知结果',
};

/**
 * The failure of a fetch made for a client's mutation, saying whether it may have been applied:
 * extensions `outcome` and a message that ends with what to do. The cause stays originalError.
 */
export function withWriteOutcome(failure: GraphQLError): GraphQLError {
  const outcome = writeOutcomeOf(failure);
  return new GraphQLError(`${failure.message}${TOLD[outcome]}`, {
    extensions: { ...failure.extensions, outcome },
    ...(failure.originalError ? { originalError: failure.originalError } : {}),
  });
}
