import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignedTrustList } from './publishTrustList.ts';

/** The part of the hub's publisher the route reads. */
export interface TrustListSigner {
  signed(fresh: boolean): Promise<SignedTrustList>;
}

/**
 * The hub's `/trust-list`: the signed list, fetched afresh with `?fresh=1` (a member met a key
 * its copy does not know). Each answer carries the list's entity tag; a member asking with the
 * tag of the list it holds (`If-None-Match`) is told 304 Not Modified, no body — so members can
 * check every few seconds whether anything changed (a key rotated or revoked) for the cost of a
 * request line, and verify a list only when it is new.
 */
export function trustListRoute(publisher: TrustListSigner) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const fresh = new URL(request.url ?? '/', 'http://localhost').searchParams.get('fresh') === '1';
    const { token, etag } = await publisher.signed(fresh);
    const headers = { etag, 'cache-control': 'no-cache' };
    if (namesEntity(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'application/jose; charset=utf-8' });
    response.end(token);
  };
}

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 §13.1.2). */
function namesEntity(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
