import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import type { BreakerSettings } from './circuitBreaker.ts';

/**
 * How the gateway treats every subgraph: how long it waits, how often it retries a query
 * (never a mutation, nor after a timeout), how many fetches it sends at once, and when it stops
 * asking a subgraph that keeps failing.
 */
export interface SubgraphPolicy {
  readonly timeoutMs: number;
  /** Extra attempts for a query after a transport failure other than a timeout (a mutation is never retried). */
  readonly queryRetries: number;
  readonly retryBackoffMs: number;
  /**
   * Connections kept to each subgraph (undici's Agent `connections`, per origin). The gateway
   * sends no more fetches at once; the others wait for one within their deadline (connectionGate.ts).
   */
  readonly connections: number;
  readonly breaker: BreakerSettings;
}

export const DEFAULT_SUBGRAPH_POLICY: SubgraphPolicy = {
  timeoutMs: 10_000,
  queryRetries: 1,
  retryBackoffMs: 100,
  connections: 64,
  breaker: { failureThreshold: 5, cooldownMs: 2_000 },
};


export function subgraphPolicyFromEnvironment(env: NodeJS.ProcessEnv = process.env): SubgraphPolicy {
  return {
    timeoutMs: wholeNumberVariable(env, 'YRD_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_POLICY.timeoutMs, 1),
    queryRetries: wholeNumberVariable(env, 'YRD_SUBGRAPH_QUERY_RETRIES', DEFAULT_SUBGRAPH_POLICY.queryRetries, 0),
    retryBackoffMs: wholeNumberVariable(env, 'YRD_SUBGRAPH_RETRY_BACKOFF_MS', DEFAULT_SUBGRAPH_POLICY.retryBackoffMs, 0),
    connections: wholeNumberVariable(env, 'YRD_SUBGRAPH_CONNECTIONS', DEFAULT_SUBGRAPH_POLICY.connections, 1),
    breaker: {
      failureThreshold: wholeNumberVariable(env, 'YRD_BREAKER_FAILURES', DEFAULT_SUBGRAPH_POLICY.breaker.failureThreshold, 1),
      cooldownMs: wholeNumberVariable(env, 'YRD_BREAKER_COOLDOWN_MS', DEFAULT_SUBGRAPH_POLICY.breaker.cooldownMs, 1),
    },
  };
}
