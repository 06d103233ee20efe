import { answerQuestions, IpcAsker, type IpcPeer } from './ipcQuestions.ts';
import { CLUSTER_METRICS, isSubgraphReadiness, WORKER_METRICS, WORKER_READINESS } from './clusterOpsTopics.ts';
import { clusterExposition, isMetricSnapshot, RetiredCounts, type MetricSnapshot } from './metricSnapshots.ts';
import type { MetricsExposition, SubgraphStatus } from './opsRoutes.ts';

/** A live worker as the primary's ops endpoints need it: a channel to ask it over, and its end. */
export interface OpsWorker extends IpcPeer {
  readonly pid: number | undefined;
  onExit(listener: () => void): void;
}

export interface ClusterReadiness {
  readonly ready: boolean;
  readonly workers: { readonly configured: number; readonly live: number; readonly ready: number };
  /** As a ready worker sees them (the first that is), else as the first that answered. */
  readonly subgraphs: readonly SubgraphStatus[];
}

export interface ClusterOpsTimeouts {
  /** A worker that has not sent its metrics by then counts with the ones it sent last. */
  readonly metricsMs: number;
  /** A worker that has not said it is ready by then is not (its own probe gives up after 2 s). */
  readonly readinessMs: number;
}

interface LiveWorker {
  readonly asker: IpcAsker;
  /** Its metrics as last collected, and which collection asked for them. */
  snapshot?: MetricSnapshot;
  collection?: number;
}

/**
 * The primary's side of the cluster's ops endpoints. Each worker counts in its own registry;
 * a scrape asks every live worker for its registry and sums them (metricSnapshots.ts). This is
 * prom-client's AggregatorRegistry aggregation, collected by the gateway rather than by
 * `clusterMetrics()`, which fails the whole scrape (after 5 s) when any worker does not answer —
 * one still starting, or dying — and forgets a dead worker's counts, so that totals fall back
 * whenever one is replaced. Here a worker that does not answer in time counts with its last
 * snapshot, and a dead one's counters and histograms stay in the totals.
 */
export class ClusterOps implements MetricsExposition {
  private readonly live = new Map<OpsWorker, LiveWorker>();
  private readonly retired = new RetiredCounts();
  private collections = 0;

  constructor(
    private readonly configured: number,
    private readonly timeouts: ClusterOpsTimeouts = { metricsMs: 3_000, readinessMs: 5_000 },
  ) {}

  /** A worker that listens (its metrics and readiness answered by workerOps.ts): asked until it exits. */
  workerLive(worker: OpsWorker): void {
    const state: LiveWorker = { asker: new IpcAsker(worker) };
    this.live.set(worker, state);
    worker.onExit(() => {
      this.live.delete(worker);
      state.asker.abandon(`gateway worker ${worker.pid} exited`);
      if (state.snapshot) this.retired.add(state.snapshot);
    });
    // A worker asked for /metrics on the public port answers with the cluster's, which only the primary can collect.
    answerQuestions(worker, { [CLUSTER_METRICS]: () => this.exposition() });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    const collection = ++this.collections;
    await Promise.all(
      [...this.live.values()].map(async (state) => {
        try {
          const snapshot = await state.asker.ask(WORKER_METRICS, this.timeouts.metricsMs);
          // Of two scrapes at once, the later one's answer stands, whichever arrives last.
          if (isMetricSnapshot(snapshot) && collection > (state.collection ?? 0)) {
            state.snapshot = snapshot;
            state.collection = collection;
          }
        } catch {
          // Slow or gone: its last snapshot stands (a gone one's is already in the retired counts).
        }
      }),
    );
    const live = [...this.live.values()].flatMap((state) => (state.snapshot ? [state.snapshot] : []));
    return clusterExposition([this.retired.snapshot(), ...live]);
  }

  /** Ready while at least one worker is live and its subgraphs answer. */
  async readiness(): Promise<ClusterReadiness> {
    const answers = await Promise.all(
      [...this.live.values()].map((state) =>
        state.asker.ask(WORKER_READINESS, this.timeouts.readinessMs).then(
          (answer) => (isSubgraphReadiness(answer) ? answer : undefined),
          () => undefined,
        ),
      ),
    );
    const ready = answers.filter((answer) => answer?.ready === true);
    const shown = ready[0] ?? answers.find((answer) => answer !== undefined);
    return {
      ready: ready.length > 0,
      workers: { configured: this.configured, live: answers.length, ready: ready.length },
      subgraphs: shown?.subgraphs ?? [],
    };
  }
}
