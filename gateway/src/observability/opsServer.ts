import { createBoundedHttpServer } from '@yrd/shared/http/boundedHttpServer';
import { sendJson, type PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import type { HttpServerLimits } from '@yrd/shared/http/httpServerLimits';
import { listenOn } from '@yrd/shared/http/listenOn';
import type { Logger } from '@yrd/shared/observability/logger';

export interface RunningOpsServer {
  /** Base URL, e.g. http://127.0.0.1:9464 */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The gateway's operational endpoints on a listener of their own (YRD_OPS_PORT), as Apollo
 * Router keeps health and metrics off its public port: a readiness probe names internal
 * subgraph URLs and errors, and metrics the operations and refusals, which the public needs
 * neither of. Only GET of the given routes; everything else is 404. Held to the same HTTP limits
 * as the public listener (a stalled scrape is closed at the same deadlines).
 */
export async function startOpsServer(
  host: string,
  port: number,
  routes: Readonly<Record<string, PlainRoute>>,
  logger: Logger,
  limits: HttpServerLimits,
): Promise<RunningOpsServer> {
  const server = createBoundedHttpServer(limits, (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = request.method === 'GET' ? routes[path] : undefined;
    if (!route) return sendJson(response, 404, { error: `no route ${request.method} ${path}; here: ${Object.keys(routes).join(', ')}` });
    Promise.resolve(route(request, response)).catch((error: unknown) => {
      logger.error({ err: error, path }, 'ops request failed');
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.destroy(error as Error);
    });
  });
  const bound = await listenOn(server, port, host);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
