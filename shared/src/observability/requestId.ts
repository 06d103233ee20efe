import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header that carries a request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A client's id goes into every log line of its request, in all six processes, and back in the
 * response: only a plain token is taken — 1–64 letters, digits, `.`, `_` and `-` (no spaces,
 * quotes, colons, `=` or control characters that could pose as another field of a log line) —
 * and none holding a run of 15 or more digits, the shape of a resident identity number (15 or 18)
 * or a bank card number, which would put a person's number into the logs. A millisecond
 * timestamp (13 digits) and a UUID pass.
 */
const ACCEPTABLE = /^[A-Za-z0-9._-]{1,64}$/;
const PERSONAL_NUMBER = /\d{15}/;

/**
 * The id the caller sent when it is a sensible one, otherwise a new one (a UUID). Whatever was
 * refused is dropped here: it is neither echoed nor logged. A subgraph behind the gateway
 * receives the gateway's id, accepted or made here, and checks it the same way.
 */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const sent = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value !== undefined && ACCEPTABLE.test(value) && !PERSONAL_NUMBER.test(value) ? value : randomUUID();
}
