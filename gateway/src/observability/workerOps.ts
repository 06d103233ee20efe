import type { Registry } from 'prom-client';
import { CLUSTER_METRICS, isExposition, WORKER_METRICS, WORKER_READINESS } from './clusterOpsTopics.ts';
import { answerQuestions, IpcAsker, type IpcMessage, type IpcPeer } from './ipcQuestions.ts';
import type { MetricsExposition, SubgraphReadiness } from './opsRoutes.ts';

/** A primary that has not answered by then is taken as unable to: its own collection gives up after 3 s. */
const CLUSTER_METRICS_TIMEOUT_MS = 10_000;

/** The worker's channel to its primary (node:cluster's IPC), for the ops questions or any other kind of message. */
export function primaryPeer<Message extends object = IpcMessage>(): Omit<IpcPeer, 'send'> & { send(message: Message): boolean } {
  return {
    // Not connected: the primary is gone, and runService stops this worker on 'disconnect'.
    // process.send() returns false when the channel's queue is long, yet delivers the message.
    send: (message) => {
      if (!process.connected || !process.send) return false;
      process.send(message, undefined, undefined, () => undefined);
      return true;
    },
    onMessage: (listener) => {
      process.on('message', listener);
    },
  };
}

/**
 * A cluster worker answers its primary with its own metrics — the registry the primary sums
 * (prom-client's AggregatorRegistry would read the global registry, or the ones given to
 * `setRegistries`; the primary here asks for this one by name instead, see clusterOps.ts) —
 * and with its readiness.
 */
export function answerThePrimary(registry: Registry, readiness: () => Promise<SubgraphReadiness>, primary: IpcPeer = primaryPeer()): void {
  answerQuestions(primary, {
    [WORKER_METRICS]: () => registry.getMetricsAsJSON(),
    [WORKER_READINESS]: readiness,
  });
}

/**
 * The cluster's metrics for /metrics on the public port (a cluster without YRD_OPS_PORT, not in
 * production): node:cluster hands the scrape to any worker, whose own registry holds only its
 * share, so the worker asks the primary for the sum over all of them.
 */
export function clusterMetricsFromPrimary(primary: IpcPeer = primaryPeer()): MetricsExposition {
  const asker = new IpcAsker(primary);
  return {
    exposition: async () => {
      const answer = await asker.ask(CLUSTER_METRICS, CLUSTER_METRICS_TIMEOUT_MS);
      if (!isExposition(answer)) throw new Error('the gateway primary sent no metrics');
      return answer;
    },
  };
}
