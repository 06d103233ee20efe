import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '../observability/logger.ts';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/requestId.ts';
import { listenOn } from './listenOn.ts';
import { readJsonBody, RequestBodyError } from './readJsonBody.ts';

/**
 * A minimal Node http integration for Apollo Server 5 (the documented
 * `executeHTTPGraphQLRequest` integration API), shared by the gateway and every subgraph:
 * GraphQL on `path`, plus plain routes such as /health and /ready. Every request gets a request
 * id (the caller's `x-request-id` when sensible), echoed in the response and logged with the
 * outcome. `close()` drains: new requests are refused with 503, those in flight finish.
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
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;

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

  const handle = async (request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname] ?? prefixRoute(url.pathname);
    if (route) return route(request, response);
    if (url.pathname !== path) return sendJson(response, 404, { error: `no route ${url.pathname}; GraphQL is at ${path}` });

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

  const server = createServer((request, response) => {
    const requestId = requestIdOf(request.headers);
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
      const line = { requestId, method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) };
      // Housekeeping that failed (a subgraph refusing a caller that is not the gateway) stays at info.
      const quiet = housekeeping.has(request) && response.statusCode === 200;
      if (path === (options.path ?? '/graphql') && !quiet) options.logger?.info(line, 'request');
      else options.logger?.debug(line, 'request');
      if (draining && inFlight === 0) drained?.();
    });
    handle(request, response, requestId).catch((error: unknown) => {
      if (options.logger) options.logger.error({ requestId, err: error }, 'request failed');
      else process.stderr.write(`${request.method} ${request.url} failed: ${(error as Error).stack ?? String(error)}\n`);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.destroy(error as Error);
    });
  });
  server.keepAliveTimeout = 65_000;
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

function isHousekeeping(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('query' in body) || typeof body.query !== 'string') return false;
  return HOUSEKEEPING_QUERIES.has(body.query.replace(/\s+/g, ' ').trim());
}
