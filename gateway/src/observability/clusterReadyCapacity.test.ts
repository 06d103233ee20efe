import { DEFAULT_HTTP_SERVER_LIMITS } from '@yrd/shared/http/httpServerLimits';
import { afterEach, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { createLogger } from '@yrd/shared/observability/logger';
import type { ClusterReadiness } from './clusterOps.ts';
import { clusterOpsRoutes } from './opsRoutes.ts';
import { startOpsServer, type RunningOpsServer } from './opsServer.ts';

/**
 * A cluster's /ready on the primary's ops port says whether the gateway can serve (200 while a
 * worker is live and reaches every subgraph, else 503) and, apart from that, whether it runs
 * with fewer workers than configured: `degraded`. A worker missing is not a reason for a load
 * balancer to take the host out — the others serve — but it is one for an operator to know.
 */
let server: RunningOpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readyWith(workers: ClusterReadiness['workers']): Promise<{ status: number; body: Record<string, unknown> }> {
  const readiness: ClusterReadiness = { ready: workers.ready > 0, workers, subgraphs: [] };
  const routes = clusterOpsRoutes({ readiness: async () => readiness, exposition: async () => ({ contentType: 'text/plain', body: '' }) });
  server = await startOpsServer('127.0.0.1', 0, routes, createLogger('gateway', { YRD_LOG_LEVEL: 'silent' }), DEFAULT_HTTP_SERVER_LIMITS);
  const response = await fetch(`${server.url}/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("a gateway cluster's /ready", () => {
  it('is ready and not degraded with every configured worker live', async () => {
    expect(await readyWith({ configured: 2, live: 2, ready: 2 })).toEqual({
      status: 200,
      body: { status: 'ready', degraded: false, workers: { configured: 2, live: 2, ready: 2 }, subgraphs: [] },
    });
  });

  it('stays ready (200) with fewer workers live than configured, and says it is degraded', async () => {
    expect(await readyWith({ configured: 2, live: 1, ready: 1 })).toMatchObject({
      status: 200,
      body: { status: 'ready', degraded: true, workers: { configured: 2, live: 1, ready: 1 } },
    });
  });

  it('is 503 with no worker ready', async () => {
    expect(await readyWith({ configured: 2, live: 0, ready: 0 })).toMatchObject({ status: 503, body: { status: 'degraded', degraded: true } });
  });
});
