import type { SubgraphReadiness } from './opsRoutes.ts';

/**
 * What a cluster's primary asks each worker (its own metrics, its readiness), and what a worker
 * asks the primary (the cluster's metrics), over ipcQuestions.ts.
 */
export const WORKER_METRICS = 'worker-metrics';
export const WORKER_READINESS = 'worker-readiness';
export const CLUSTER_METRICS = 'cluster-metrics';

export function isSubgraphReadiness(value: unknown): value is SubgraphReadiness {
  return typeof value === 'object' && value !== null && 'ready' in value && typeof value.ready === 'boolean' && 'subgraphs' in value && Array.isArray(value.subgraphs);
}

export function isExposition(value: unknown): value is { contentType: string; body: string } {
  return typeof value === 'object' && value !== null && 'contentType' in value && typeof value.contentType === 'string' && 'body' in value && typeof value.body === 'string';
}
