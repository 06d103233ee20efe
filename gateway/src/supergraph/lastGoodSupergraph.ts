import { primaryPeer } from '../observability/workerOps.ts';

/**
 * A cluster's last good supergraph, kept by the primary for the workers it starts.
 *
 * Each worker reads YRD_SUPERGRAPH_FILE itself and watches it; a change that does not load is
 * rejected and the worker keeps serving the schema it has. A worker started after that — one
 * replacing a worker that died — has no schema of its own to keep: it asks the primary for the
 * last schema a worker served, and serves that until the file loads again.
 *
 * Kept in the primary's memory, not on disk: the primary outlives every worker, the schema it
 * keeps is exactly what a worker's Apollo Gateway accepted (not a copy checked by other rules),
 * and it ends with the primary — a gateway started afresh on a bad file fails, loudly, rather
 * than serve a schema left on disk by an earlier run.
 *
 * Its own messages over node:cluster's IPC channel (not ipcQuestions.ts: its answerer replies
 * "no answer here" to any topic it does not hold, which would race the ops endpoints' answerer
 * on the same channel).
 */
const SERVED = 'yrd:supergraph-served';
const WANTED = 'yrd:last-good-supergraph-wanted';
const LAST_GOOD = 'yrd:last-good-supergraph';

/** The messages of this file, beside the IPC questions on the same channel. */
export type SupergraphMessage =
  | { readonly type: typeof SERVED; readonly sdl: string }
  | { readonly type: typeof WANTED }
  | { readonly type: typeof LAST_GOOD; readonly sdl: string | null };

/** A channel that carries these messages too (a worker as the primary sees it, or the worker's own process). */
export interface SupergraphPeer {
  send(message: SupergraphMessage): boolean;
  onMessage(listener: (message: unknown) => void): void;
}

function isMessage<T extends SupergraphMessage['type']>(message: unknown, type: T): message is Extract<SupergraphMessage, { type: T }> {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === type;
}

/** The primary's side: the newest schema any worker reported serving, handed to a worker that asks. */
export class LastGoodSupergraph {
  private sdl: string | undefined;

  /** What the primary would hand out now (undefined before any worker has loaded a schema). */
  get current(): string | undefined {
    return this.sdl;
  }

  /** A worker just forked: keep what it reports serving, answer when it asks. */
  keep(worker: SupergraphPeer): void {
    worker.onMessage((message) => {
      if (isMessage(message, SERVED) && typeof message.sdl === 'string') this.sdl = message.sdl;
      else if (isMessage(message, WANTED)) worker.send({ type: LAST_GOOD, sdl: this.sdl ?? null });
    });
  }
}

/** A worker's side: what it serves, told to the primary; the primary's last good schema, asked for. */
export interface ClusterSupergraph {
  /** This worker now serves `sdl` (loaded at start or reloaded). */
  served(sdl: string): void;
  /** The primary's last good schema; undefined when it has none or does not answer within timeoutMs. */
  lastGood(timeoutMs: number): Promise<string | undefined>;
}

export function clusterSupergraph(primary: SupergraphPeer = primaryPeer<SupergraphMessage>()): ClusterSupergraph {
  const waiting = new Set<(sdl: string | undefined) => void>();
  primary.onMessage((message) => {
    if (!isMessage(message, LAST_GOOD)) return;
    const sdl = typeof message.sdl === 'string' ? message.sdl : undefined;
    for (const resolve of waiting) resolve(sdl);
    waiting.clear();
  });
  return {
    served: (sdl) => void primary.send({ type: SERVED, sdl }),
    lastGood: (timeoutMs) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(settle);
          resolve(undefined);
        }, timeoutMs);
        timer.unref();
        const settle = (sdl: string | undefined) => {
          clearTimeout(timer);
          resolve(sdl);
        };
        waiting.add(settle);
        if (!primary.send({ type: WANTED })) settle(undefined);
      }),
  };
}
