import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header that carries a request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[\w.:-]{1,64}$/;

/** The id the caller sent when it is a sensible one, otherwise a new one. */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const sent = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value && ACCEPTABLE.test(value) ? value : randomUUID();
}
