import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BreakerState } from '../resilience/circuitBreaker.ts';
import { listedOperationNames } from './listedOperations.ts';

/**
 * The gateway's Prometheus metrics, served at /metrics: requests and their latency per
 * operation, errors by code, every subgraph fetch's latency and failures, retries, circuit
 * breaker states, refusals by limits and rate limiting, and supergraph reloads.
 *
 * In a cluster (YRD_GATEWAY_WORKERS) each worker counts its own share and the primary serves the
 * combination (clusterOps.ts), metric by metric as its `aggregator` says: counters and histograms
 * are summed, series by series (the cluster's requests, its latency distribution); a gauge must
 * say how it combines, as a sum of per-process states means nothing. prom-client's default
 * process metrics carry their own (summed memory and CPU, the average event-loop lag, the
 * version's first value; the start time omitted).
 */
const BREAKER_VALUE: Readonly<Record<BreakerState, number>> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };
/** The label of every operation that is not one of the persisted operation list. */
export const UNLISTED_OPERATION = 'unlisted';

export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'yrd_gateway_requests_total',
    help: 'GraphQL requests by operation and outcome (ok, error: some errors, refused: not executed).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'yrd_gateway_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'yrd_gateway_errors_total',
    help: 'Errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly fetchSeconds = new Histogram({
    name: 'yrd_subgraph_fetch_duration_seconds',
    help: 'Time of each fetch from the gateway to a subgraph, by subgraph and outcome.',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly fetchFailures = new Counter({
    name: 'yrd_subgraph_failures_total',
    help: 'Subgraph fetches that failed, by subgraph and reason (TIMEOUT, HTTP_ERROR, BAD_RESPONSE, CONNECTION_FAILED, CIRCUIT_OPEN).',
    labelNames: ['subgraph', 'reason'] as const,
    registers: [this.registry],
  });

  readonly retries = new Counter({
    name: 'yrd_subgraph_retries_total',
    help: 'Query fetches retried after a transport failure (mutations are never retried).',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });

  readonly answersFromCache = new Counter({
    name: 'yrd_subgraph_answers_from_cache_total',
    help: "Subgraph fetches not sent: answered with an answer the subgraph had allowed the gateway to keep for the caller (the hub's routing of a subject), by subgraph.",
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });

  readonly breakerState = new Gauge({
    name: 'yrd_circuit_breaker_state',
    help: 'Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open (of a cluster: the most open of its workers\' breakers).',
    labelNames: ['subgraph'] as const,
    // Each worker has its own breakers. The cluster shows the worst of them: one worker cut off
    // from a province is what an operator must see, and a label per worker's pid would start a
    // new series at every replacement.
    aggregator: 'max',
    registers: [this.registry],
  });

  readonly refusals = new Counter({
    name: 'yrd_gateway_refusals_total',
    help: 'Requests refused before execution, by code (limits, safelist, rate limit, shutdown).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly supergraphReloads = new Counter({
    name: 'yrd_supergraph_reloads_total',
    help: 'Supergraph changes picked up (loaded) or rejected (the last good schema stays).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /**
   * @param listedOperations the operations that get a label of their own: the persisted operation
   * list's names (by default the list this process's environment names).
   */
  constructor(
    subgraphs: readonly string[],
    private readonly listedOperations: ReadonlySet<string> = listedOperationNames(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'yrd_gateway_' });
    for (const subgraph of subgraphs) this.breakerState.set({ subgraph }, 0);
  }

  /**
   * The label for an operation name: its own only for an operation of the persisted list. Any
   * other name is the client's to choose — it can hold a person's number
   * (`query Foo310118198804123021`), and a few hundred made-up names, first come first labelled,
   * would take every label from the product's own operations — so it is "unlisted".
   */
  operationLabel(name: string | null | undefined): string {
    return name && this.listedOperations.has(name) ? name : UNLISTED_OPERATION;
  }

  breakerChanged(subgraph: string, state: BreakerState): void {
    this.breakerState.set({ subgraph }, BREAKER_VALUE[state]);
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
