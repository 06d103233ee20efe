import type { Agent } from 'undici';
import { sendJson, type PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';
import type { BreakerState, CircuitBreaker } from '../resilience/circuitBreaker.ts';
import { probeSubgraph, type OwnAssertion } from '../supergraph/waitForSubgraphs.ts';
import type { ClusterReadiness } from './clusterOps.ts';
import { sharedProbe } from './sharedProbe.ts';

/** A subgraph as operators see it: its internal URL, its breaker, the cause of a failure. */
export interface SubgraphStatus {
  readonly name: string;
  readonly url: string;
  readonly ok: boolean;
  readonly breaker: BreakerState;
  readonly error?: string;
  readonly latencyMs: number;
}

/** One gateway process's readiness: every subgraph answers. */
export interface SubgraphReadiness {
  readonly ready: boolean;
  readonly subgraphs: readonly SubgraphStatus[];
}

/** A Prometheus exposition: one process's registry, or a cluster's sum over its workers. */
export interface MetricsExposition {
  exposition(): Promise<{ contentType: string; body: string }>;
}

export interface ProbeOptions {
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly agent: Agent;
  readonly ownAssertion: OwnAssertion;
  readonly breakers: ReadonlyMap<string, CircuitBreaker>;
}

export interface OpsRouteOptions {
  readonly readiness: () => Promise<SubgraphReadiness>;
  readonly metrics: MetricsExposition;
}

/**
 * Every subgraph probed — at most one round a second however often it is asked (by /ready, or
 * by a cluster's primary) — with its breaker's state.
 */
export function subgraphReadiness(options: ProbeOptions): () => Promise<SubgraphReadiness> {
  return sharedProbe(async () => {
    const probes = await Promise.all(options.subgraphs.map((endpoint) => probeSubgraph(endpoint, options.agent, 2_000, options.ownAssertion)));
    return {
      ready: probes.every((probe) => probe.ok),
      subgraphs: probes.map(({ name, url, ok, error, latencyMs }) => ({
        name,
        url,
        ok,
        breaker: options.breakers.get(name)?.state ?? 'CLOSED',
        ...(error ? { error } : {}),
        latencyMs: Math.round(latencyMs),
      })),
    };
  }, 1_000);
}

/**
 * The gateway's operational endpoints, for the orchestrator and Prometheus: /ready (503 while a
 * subgraph does not answer) and /metrics. Served on a listener of their own (YRD_OPS_PORT,
 * opsServer.ts), or on the public port.
 */
export function opsRoutes(options: OpsRouteOptions): Record<string, PlainRoute> {
  return {
    '/ready': async (_request, response) => {
      const { ready, subgraphs } = await options.readiness();
      sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', subgraphs });
    },
    '/metrics': metricsRoute(options.metrics),
  };
}

/**
 * What a production gateway without an ops listener serves on its public port: /ready with each
 * subgraph's name and whether it answers — not its internal URL nor the cause of a failure
 * ("connect ECONNREFUSED 10.0.3.7:4004"), which the gateway's error messages keep off the public
 * port too — and no /metrics (operations, refusals, rates are for operators).
 */
export function publicOpsRoutes(options: Pick<OpsRouteOptions, 'readiness'>): Record<string, PlainRoute> {
  return {
    '/ready': async (_request, response) => {
      const { ready, subgraphs } = await options.readiness();
      sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', subgraphs: subgraphs.map(({ name, ok }) => ({ name, ok })) });
    },
  };
}

/**
 * The ops endpoints of a cluster's primary (YRD_GATEWAY_WORKERS with YRD_OPS_PORT): /ready is
 * 200 while at least one worker is live and ready, with how many are; /metrics the sum over
 * the workers (clusterOps.ts).
 */
export function clusterOpsRoutes(cluster: MetricsExposition & { readiness(): Promise<ClusterReadiness> }): Record<string, PlainRoute> {
  return {
    '/ready': async (_request, response) => {
      const { ready, workers, subgraphs } = await cluster.readiness();
      // Fewer workers live than configured: still ready — the others serve, and a load balancer
      // that took the host out would move all its traffic — but degraded, for an operator to see.
      const degraded = !ready || workers.live < workers.configured;
      sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', degraded, workers, subgraphs });
    },
    '/metrics': metricsRoute(cluster),
  };
}

function metricsRoute(metrics: MetricsExposition): PlainRoute {
  return async (_request, response) => {
    let exposition: { contentType: string; body: string };
    try {
      exposition = await metrics.exposition();
    } catch (error) {
      // A cluster worker asks its primary; a primary that does not answer is not a server fault.
      return sendJson(response, 503, { error: `metrics unavailable: ${(error as Error).message}` });
    }
    response.writeHead(200, { 'content-type': exposition.contentType });
    response.end(exposition.body);
  };
}
