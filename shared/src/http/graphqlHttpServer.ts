import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../observability/logger.ts';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/requestId.ts';
import { createBoundedHttpServer } from './boundedHttpServer.ts';
import { DEFAULT_HTTP_SERVER_LIMITS, type HttpServerLimits } from './httpServerLimits.ts';
import { listenOn } from './listenOn.ts';
import { readJsonBody, RequestBodyError } from './readJsonBody.ts';

/**
 * A minimal Node http integration for Apollo Server 5 (the documented
 * `executeHTTPGraphQLRequest` integration API), shared by the gateway and every subgraph:
 * GraphQL on `path`, plus plain routes such as /health and /ready. Every request gets a request
 * id (the caller's `x-request-id` when sensible), echoed in the response and logged with the
 * outcome. `close()` drains: new requests are refused with 503, those in flight finish.
 *
 * A body is read into memory before anyone knows who sent it, so what a client may hold before
 * then is bounded (httpServerLimits.ts): the time to send headers and the whole request (then
 * 408 and the connection closed), the connections held at once, and — where `bodiesPerClient`
 * says — how many requests of one client may be still sending their bodies. A body its client
 * stops sending (it hung up, or the deadline cut it off) is the client's doing: one debug line,
 * no stack, and the request's line says 499 or 408.
 */
export type PlainRoute = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (request: IncomingMessage, requestId: string) => Promise<TContext>;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly path?: string;
  /** Plain routes by path; a path ending in "/*" serves everything under it. */
  readonly routes?: Readonly<Record<string, PlainRoute>>;
  readonly maxBodyBytes?: number;
  /** One line per request (request id, method, path, status, milliseconds). */
  readonly logger?: Logger;
  /** How long `close()` lets requests in flight finish before it cuts them off. */
  readonly drainMs?: number;
  /** Time to send headers and a whole request, and connections held at once (default DEFAULT_HTTP_SERVER_LIMITS). */
  readonly limits?: HttpServerLimits;
  /**
   * At most `max` requests of one client (`clientOf`: its address, or the network it is counted
   * as) whose bodies are still arriving; one more is answered 429 (RATE_LIMITED, reason
   * TOO_MANY_UNFINISHED_REQUESTS) and its connection closed, before any of its body is read.
   */
  readonly bodiesPerClient?: { readonly clientOf: (request: IncomingMessage) => string; readonly max: number };
  /**
   * A refusal settled from the request's headers alone, before its body is read (a province: a
   * call without an authentic caller assertion), or undefined to go on. Answered as Apollo
   * Server answers an error the context throws (status and headers from `extensions.http`); the
   * body is never read, whatever it holds, and the connection is closed.
   */
  readonly beforeBody?: (request: IncomingMessage, requestId: string) => Promise<GraphQLError | undefined>;
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** A GraphQL error as Apollo Server sends one its context threw: `{ errors: [{ message, extensions }] }`, the status and headers its `extensions.http` names (500 without). */
export function sendGraphQLError(response: ServerResponse, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Iterable<[string, string]> } } & Record<string, unknown>;
  for (const [name, value] of http?.headers ?? []) response.setHeader(name, value);
  sendJson(response, http?.status ?? 500, { errors: [{ message: error.message, extensions }] });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Whether a request comes with a body (declared by its length, or sent in chunks). */
function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

/** The status a request whose body was cut off is logged with: 408, as Node answered it, or 499 (nginx's "client closed request"). */
const DEADLINE_STATUS = 408;
const CLIENT_CLOSED_STATUS = 499;
/** The server logs that it turns connections away at its cap at most this often (with how many). */
const DROPPED_LOG_INTERVAL_MS = 10_000;

export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const limits = options.limits ?? DEFAULT_HTTP_SERVER_LIMITS;

  // A route named "/console/*" serves every path under /console/.
  const prefixes = Object.entries(options.routes ?? {})
    .filter(([name]) => name.endsWith('/*'))
    .map(([name, route]) => [name.slice(0, -1), route] as const);
  const prefixRoute = (pathname: string) => prefixes.find(([prefix]) => pathname.startsWith(prefix))?.[1];

  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  // Requests on `path` that are the gateway's housekeeping, logged at debug (isHousekeeping).
  const housekeeping = new WeakSet<IncomingMessage>();
  // Connections Node closed because their request was not in by the deadline (ERR_HTTP_REQUEST_TIMEOUT).
  const timedOut = new WeakSet<Socket>();
  // Requests whose bodies are still arriving, by client (bodiesPerClient).
  const unfinished = new Map<string, number>();

  /** How a request's body ended when it did not arrive whole: cut off at the deadline, or its client went. */
  const cutOff = (request: IncomingMessage, socket: Socket): 'deadline' | 'client' | undefined => {
    if (request.complete || !request.readableAborted) return undefined;
    return timedOut.has(socket) ? 'deadline' : 'client';
  };

  /**
   * Counts a request whose body is arriving against its client until the body is in (or the
   * request is over); false, and the request refused, when the client already has `max` of them.
   */
  const admitBody = (request: IncomingMessage, response: ServerResponse): boolean => {
    const cap = options.bodiesPerClient;
    if (!cap || request.complete || !hasBody(request)) return true;
    const client = cap.clientOf(request);
    const open = unfinished.get(client) ?? 0;
    if (open >= cap.max) {
      response.setHeader('connection', 'close');
      response.setHeader('retry-after', '1');
      const message = `来自该地址的未传完的请求已有 ${cap.max} 个，请待其传完后再试`;
      sendJson(response, 429, { errors: [{ message, extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_UNFINISHED_REQUESTS', retryAfterSeconds: 1, limit: cap.max } }] });
      return false;
    }
    unfinished.set(client, open + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      const left = (unfinished.get(client) ?? 1) - 1;
      if (left > 0) unfinished.set(client, left);
      else unfinished.delete(client);
    };
    request.once('end', release);
    request.once('close', release);
    response.once('close', release);
    return true;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname] ?? prefixRoute(url.pathname);
    if (route) return route(request, response);
    if (url.pathname !== path) return sendJson(response, 404, { error: `no route ${url.pathname}; GraphQL is at ${path}` });
    const refusedEarly = await options.beforeBody?.(request, requestId);
    if (refusedEarly) {
      response.setHeader('connection', 'close');
      return sendGraphQLError(response, refusedEarly);
    }

    let body: unknown;
    try {
      body = request.method === 'POST' ? await readJsonBody(request, maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof RequestBodyError) {
        // The rest of an oversized body is being discarded: close rather than read it all.
        if (error.status === 413) response.setHeader('connection', 'close');
        return sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      }
      throw error;
    }
    if (isHousekeeping(body)) housekeeping.add(request);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, requestId),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (draining) response.setHeader('connection', 'close');
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const requestId = requestIdOf(request.headers);
    const socket = request.socket;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (draining) {
      response.setHeader('connection', 'close');
      sendJson(response, 503, { errors: [{ message: '服务正在停止，请稍后重试', extensions: { code: 'SHUTTING_DOWN' } }] });
      return;
    }
    const started = performance.now();
    inFlight++;
    response.once('close', () => {
      inFlight--;
      const path = (request.url ?? '/').split('?')[0];
      const cut = response.headersSent ? undefined : cutOff(request, socket);
      const status = cut === 'deadline' ? DEADLINE_STATUS : cut === 'client' ? CLIENT_CLOSED_STATUS : response.statusCode;
      const line = { requestId, method: request.method, path, status, ms: Math.round(performance.now() - started) };
      // Housekeeping that failed (a subgraph refusing a caller that is not the gateway) stays at info.
      const quiet = housekeeping.has(request) && response.statusCode === 200;
      if (path === (options.path ?? '/graphql') && !quiet) options.logger?.info(line, 'request');
      else options.logger?.debug(line, 'request');
      if (draining && inFlight === 0) drained?.();
    });
    if (!admitBody(request, response)) return;
    handle(request, response, requestId).catch((error: unknown) => {
      // A body that stopped arriving — its client hung up, or the deadline cut it off — is no
      // fault of the server's: said at debug, without a stack; nobody is left to answer.
      const cut = cutOff(request, socket);
      if (cut) {
        options.logger?.debug({ requestId, reason: cut === 'deadline' ? 'the request timeout passed' : 'the client closed the connection' }, 'request body not received');
        response.destroy();
        return;
      }
      if (options.logger) options.logger.error({ requestId, err: error }, 'request failed');
      else process.stderr.write(`${request.method} ${request.url} failed: ${(error as Error).stack ?? String(error)}\n`);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.destroy(error as Error);
    });
  };
  const server = createBoundedHttpServer(limits, onRequest);
  server.keepAliveTimeout = 65_000;
  // Node destroys a connection whose request is past its deadline with this error (after
  // answering 408); noted so that the request's line says which it was.
  server.on('connection', (socket: Socket) => {
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') timedOut.add(socket);
    });
  });
  // Connections past the cap are closed as they come: said at most every 10 s, with how many since it was last said.
  let dropped = 0;
  let droppedSaidAt = Number.NEGATIVE_INFINITY;
  server.on('drop', () => {
    dropped++;
    const now = performance.now();
    if (now - droppedSaidAt < DROPPED_LOG_INTERVAL_MS) return;
    options.logger?.warn({ maxConnections: limits.maxConnections, dropped }, 'connections refused: the server holds as many as it may');
    dropped = 0;
    droppedSaidAt = now;
  });
  const port = await listenOn(server, options.port, options.host);
  const url = `http://${options.host}:${port}${path}`;
  return {
    url,
    port,
    server,
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, options.drainMs ?? 8_000).unref();
        });
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * The queries the gateway sends on its own: Apollo Gateway's composition poll fetching each
 * subgraph's SDL (every YRD_SUBGRAPH_POLL_MS, five subgraphs: some 43,000 lines a day at info),
 * and the readiness probe `{ __typename }` (gateway/src/supergraph/waitForSubgraphs.ts). They are
 * logged at debug when answered 200, so that the info lines are the requests of clients.
 * Matched by their whole text: a client that sends one of them reads nothing but the schema's
 * SDL or `Query`, and one that is refused (not the gateway) is still logged at info.
 */
const HOUSEKEEPING_QUERIES = new Set(['query __ApolloGetServiceDefinition__ { _service { sdl } }', '{ __typename }']);

/** Longer than this, a query is none of them, whatever its whitespace (a few hundred blanks allowed). */
const HOUSEKEEPING_MAX_LENGTH = 512;

function isHousekeeping(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('query' in body) || typeof body.query !== 'string') return false;
  // Both are short: a client's operation is not normalised on every request to find that out.
  if (body.query.length > HOUSEKEEPING_MAX_LENGTH) return false;
  return HOUSEKEEPING_QUERIES.has(body.query.replace(/\s+/g, ' ').trim());
}
