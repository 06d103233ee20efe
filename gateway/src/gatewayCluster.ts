import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from '@yrd/shared/observability/logger';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { STOP_TIMEOUT_MS, type RunningService, type ServiceReadyMessage } from '@yrd/shared/process/runService';
import { parseWholeNumber } from '@yrd/shared/process/wholeNumberVariable';
import type { IpcMessage, IpcPeer } from './observability/ipcQuestions.ts';
import { LastGoodSupergraph, type SupergraphMessage } from './supergraph/lastGoodSupergraph.ts';

/**
 * Multi-process mode (node:cluster): the primary starts `workers` gateway processes that share
 * one listening port, keeps each slot filled (a worker that dies is replaced, with backoff while
 * replacements keep failing), and on stop lets each finish its requests.
 * Each worker has its own circuit breakers and rate-limit buckets, and counts its own metrics,
 * which the primary sums for /metrics (observability/clusterOps.ts); in production, prefer one
 * worker per container behind the load balancer and let it scale them. The primary keeps the last
 * supergraph a worker served, for a worker it starts while YRD_SUPERGRAPH_FILE does not load
 * (supergraph/lastGoodSupergraph.ts).
 */
export function gatewayWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.YRD_GATEWAY_WORKERS;
  if (raw === undefined || raw === '' || raw === '1') return 1;
  if (raw === 'auto') return availableParallelism();
  const value = parseWholeNumber(raw);
  if (value === undefined || value < 1 || value > 64) throw new ConfigurationError(`YRD_GATEWAY_WORKERS must be auto or a whole number 1–64, got "${raw}"`);
  return value;
}

/**
 * The primary's stop budget: it waits for its workers, which each have STOP_TIMEOUT_MS to finish
 * their requests; with the same budget the primary would give up (exit 1) just as a busy worker
 * finishes.
 */
export const CLUSTER_STOP_TIMEOUT_MS = STOP_TIMEOUT_MS + 5_000;

/** What the primary needs of a worker: a node:cluster Worker, a stub in tests. Its ops endpoints ask it over IPC. */
export interface GatewayWorker extends IpcPeer {
  readonly pid: number | undefined;
  /** The ops questions, and the supergraph a worker serves or asks for. */
  send(message: IpcMessage | SupergraphMessage): boolean;
  /** The URL the worker reports once it listens. */
  onReady(listener: (url: string) => void): void;
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  isDead(): boolean;
  kill(signal: NodeJS.Signals): void;
}

export interface ClusterSupervision {
  readonly fork: () => GatewayWorker;
  /** The process's end when no worker has been live for noWorkerLimitMs (process.exit). */
  readonly exit: (code: number) => void;
  /** The first wait before a lost slot is filled again; it doubles while replacements fail… */
  readonly firstRestartDelayMs: number;
  /** …up to this. */
  readonly maxRestartDelayMs: number;
  /** A worker that was live this long before it died starts its slot's backoff afresh. */
  readonly steadyAfterMs: number;
  /** With no live worker for this long, the primary gives up so that its supervisor restarts it. */
  readonly noWorkerLimitMs: number;
  /** Told of each worker once it listens (the primary's ops endpoints ask it for its metrics and readiness). */
  readonly workerLive: (worker: GatewayWorker) => void;
}

const DEFAULT_SUPERVISION: ClusterSupervision = {
  fork: () => clusterWorker(cluster.fork()),
  exit: (code) => process.exit(code),
  firstRestartDelayMs: 1_000,
  maxRestartDelayMs: 30_000,
  steadyAfterMs: 60_000,
  noWorkerLimitMs: 120_000,
  workerLive: () => undefined,
};

function clusterWorker(worker: Worker): GatewayWorker {
  return {
    pid: worker.process.pid,
    onReady: (listener) =>
      worker.on('message', (message: ServiceReadyMessage) => {
        if (message?.type === 'ready') listener(message.url);
      }),
    onExit: (listener) => worker.on('exit', listener),
    // A worker whose channel is closed is dying: the message is dropped (its 'exit' follows), never thrown.
    // send() returns false when the channel's queue is long, yet delivers the message: whether it
    // went is whether the channel is open.
    send: (message) => {
      if (!worker.isConnected()) return false;
      worker.send(message, undefined, undefined, () => undefined);
      return true;
    },
    onMessage: (listener) => worker.on('message', listener),
    isDead: () => worker.isDead(),
    kill: (signal) => worker.process.kill(signal),
  };
}

interface Slot {
  readonly index: number;
  /** Replacements that failed in a row (reset by a worker that stayed up steadyAfterMs). */
  failures: number;
}

export async function startGatewayCluster(workers: number, logger: Logger, supervision: Partial<ClusterSupervision> = {}): Promise<RunningService> {
  const { fork, exit, firstRestartDelayMs, maxRestartDelayMs, steadyAfterMs, noWorkerLimitMs, workerLive } = { ...DEFAULT_SUPERVISION, ...supervision };
  let started = false;
  let stopping = false;
  const running = new Set<GatewayWorker>();
  // What a worker started while the supergraph file does not load serves instead.
  const lastGoodSupergraph = new LastGoodSupergraph();
  const restartTimers = new Set<NodeJS.Timeout>();
  let live = 0;
  // Runs while no worker is live; its end is the primary's (exit 1), never a quiet exit 0.
  let noWorkerTimer: NodeJS.Timeout | undefined;

  const stopWorkers = async () => {
    for (const timer of restartTimers) clearTimeout(timer);
    restartTimers.clear();
    clearTimeout(noWorkerTimer);
    await Promise.all(
      [...running].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.onExit(() => resolve());
            worker.kill('SIGTERM');
          }),
      ),
    );
  };

  const giveUp = () => {
    stopping = true;
    logger.fatal(
      { workers, noWorkerLimitMs },
      `no gateway worker has been live for ${Math.round(noWorkerLimitMs / 1000)} s; the gateway exits with code 1 so that its supervisor restarts it`,
    );
    void stopWorkers();
    exit(1);
  };

  const lost = (slot: Slot, worker: GatewayWorker, code: number | null, signal: string | null, liveSince: number | undefined) => {
    if (liveSince !== undefined && Date.now() - liveSince >= steadyAfterMs) slot.failures = 0;
    const restartInMs = Math.min(maxRestartDelayMs, firstRestartDelayMs * 2 ** slot.failures);
    slot.failures++;
    // workerPid, not pid: the logger writes the primary's own pid as `pid` on every line, and a
    // second `pid` key in one JSON line is read as either by different tools.
    logger.error(
      { workerPid: worker.pid, code, signal, slot: slot.index, restartInMs, liveWorkers: live },
      liveSince === undefined ? 'gateway worker exited before it was ready; trying again' : 'gateway worker died; starting another',
    );
    if (live === 0 && noWorkerTimer === undefined) noWorkerTimer = setTimeout(giveUp, noWorkerLimitMs);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      // A replacement that fails is handled by its own exit (lost() again, a longer wait).
      start(slot).then(
        (url) => logger.info({ slot: slot.index, url, liveWorkers: live }, 'gateway worker replaced'),
        () => undefined,
      );
    }, restartInMs);
    restartTimers.add(timer);
  };

  const start = (slot: Slot) =>
    new Promise<string>((resolve, reject) => {
      const worker = fork();
      running.add(worker);
      lastGoodSupergraph.keep(worker);
      let liveSince: number | undefined;
      worker.onReady((url) => {
        if (liveSince !== undefined) return;
        liveSince = Date.now();
        live++;
        clearTimeout(noWorkerTimer);
        noWorkerTimer = undefined;
        workerLive(worker);
        resolve(url);
      });
      worker.onExit((code, signal) => {
        running.delete(worker);
        if (liveSince !== undefined) live--;
        else reject(new Error(`gateway worker ${worker.pid} exited (${signal ?? `code ${code}`}) before it was ready`));
        if (stopping) return;
        // A worker that never came up on the first start fails the start (the caller exits 1).
        if (!started && liveSince === undefined) return;
        lost(slot, worker, code, signal, liveSince);
      });
    });

  let urls: string[];
  try {
    urls = await Promise.all(Array.from({ length: workers }, (_, index) => start({ index, failures: 0 })));
  } catch (error) {
    stopping = true;
    await stopWorkers();
    throw error;
  }
  started = true;
  logger.info({ workers, url: urls[0] }, 'gateway cluster started');
  return {
    url: urls[0] as string,
    close: async () => {
      stopping = true;
      await stopWorkers();
    },
  };
}
