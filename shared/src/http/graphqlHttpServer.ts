import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { readJsonBody, RequestBodyError } from './readJsonBody.ts';

/**
 * A minimal Node http integration for Apollo Server 5 (the documented
 * `executeHTTPGraphQLRequest` integration API), shared by the gateway and every subgraph:
 * GraphQL on `path`, plus plain routes such as /health and /ready.
 */
export type PlainRoute = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (request: IncomingMessage) => Promise<TContext>;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly path?: string;
  readonly routes?: Readonly<Record<string, PlainRoute>>;
  readonly maxBodyBytes?: number;
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

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(request, response);
    if (url.pathname !== path) return sendJson(response, 404, { error: `no route ${url.pathname}; GraphQL is at ${path}` });

    let body: unknown;
    try {
      body = request.method === 'POST' ? await readJsonBody(request, maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof RequestBodyError) {
        return sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      }
      throw error;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`${request.method} ${request.url} failed: ${(error as Error).stack ?? String(error)}\n`);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.destroy(error as Error);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}${path}`;
  return {
    url,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
