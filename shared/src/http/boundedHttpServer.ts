import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpServerLimits } from './httpServerLimits.ts';

/**
 * A node:http server that holds clients to the limits (httpServerLimits.ts) instead of Node's
 * defaults (60 s for the headers, 300 s for a request, no cap on connections): headers and
 * request deadlines (past either, 408 and the connection closed), checked often enough for them
 * to mean what they say, and at most `maxConnections` at once. Every listener of every process
 * is made here — the GraphQL servers and the gateway's ops listener alike.
 */
export function createBoundedHttpServer(limits: HttpServerLimits, onRequest: (request: IncomingMessage, response: ServerResponse) => void): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for requests past their deadline (its default, 30 s, would let a
      // 30 s deadline run to a minute): a tenth of the shorter one, at most a second.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 10))),
    },
    onRequest,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
