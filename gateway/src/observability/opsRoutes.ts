import type { Agent } from 'undici';
import { sendJson, type PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';
import type { CircuitBreaker } from '../resilience/circuitBreaker.ts';
import { probeSubgraph, type OwnAssertion, type SubgraphProbe } from '../supergraph/waitForSubgraphs.ts';
import type { GatewayMetrics } from './gatewayMetrics.ts';
import { sharedProbe } from './sharedProbe.ts';

export interface OpsRouteOptions {
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly agent: Agent;
  readonly ownAssertion: OwnAssertion;
  readonly breakers: ReadonlyMap<string, CircuitBreaker>;
  readonly metrics: GatewayMetrics;
}

/**
 * The gateway's operational endpoints, for the orchestrator and Prometheus: /ready (every
 * subgraph probed — at most once a second, however often it is asked — with its breaker's
 * state; 503 while one does not answer) and /metrics. Served on a listener of their own
 * (YRD_OPS_PORT, opsServer.ts), or on the public port.
 */
export function opsRoutes(options: OpsRouteOptions): Record<string, PlainRoute> {
  const probeAll = subgraphProbes(options);
  return {
    '/ready': readyRoute(probeAll, ({ name, url, ok, error, latencyMs }) => ({
      name,
      url,
      ok,
      breaker: options.breakers.get(name)?.state ?? 'CLOSED',
      ...(error ? { error } : {}),
      latencyMs: Math.round(latencyMs),
    })),
    '/metrics': async (_request, response) => {
      const { contentType, body } = await options.metrics.exposition();
      response.writeHead(200, { 'content-type': contentType });
      response.end(body);
    },
  };
}

/**
 * What a production gateway without an ops listener serves on its public port: /ready with each
 * subgraph's name and whether it answers — not its internal URL nor the cause of a failure
 * ("connect ECONNREFUSED 10.0.3.7:4004"), which the gateway's error messages keep off the public
 * port too — and no /metrics (operations, refusals, rates are for operators).
 */
export function publicOpsRoutes(options: OpsRouteOptions): Record<string, PlainRoute> {
  return { '/ready': readyRoute(subgraphProbes(options), ({ name, ok }) => ({ name, ok })) };
}

/** Every subgraph probed, at most one round a second however often /ready is asked. */
function subgraphProbes(options: OpsRouteOptions): () => Promise<readonly SubgraphProbe[]> {
  return sharedProbe(() => Promise.all(options.subgraphs.map((endpoint) => probeSubgraph(endpoint, options.agent, 2_000, options.ownAssertion))), 1_000);
}

function readyRoute(probeAll: () => Promise<readonly SubgraphProbe[]>, view: (probe: SubgraphProbe) => Record<string, unknown>): PlainRoute {
  return async (_request, response) => {
    const probes = await probeAll();
    const ready = probes.every((probe) => probe.ok);
    sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', subgraphs: probes.map(view) });
  };
}
