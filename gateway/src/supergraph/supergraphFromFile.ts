import { readFileSync } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@yrd/shared/observability/logger';
import type { ClusterSupergraph } from './lastGoodSupergraph.ts';
import { compositionIdOf, refusedSupergraphFile } from './supergraphFileRefusal.ts';
import { watchSupergraphFile } from './supergraphFileWatcher.ts';

export interface SupergraphFileOptions {
  /** YRD_SUPERGRAPH_FILE. */
  readonly file: string;
  readonly logger: Logger;
  /** Each change of the file: served, or rejected (the schema served stays). */
  readonly reloaded?: (outcome: 'loaded' | 'rejected') => void;
  /**
   * A cluster worker's line to its primary (lastGoodSupergraph.ts): told every schema the worker
   * serves, and asked for the last good one when the file does not load as the worker starts.
   */
  readonly cluster?: ClusterSupergraph;
  /** How long a starting worker waits for the primary's answer. */
  readonly lastGoodTimeoutMs?: number;
  readonly watchIntervalMs?: number;
}

/**
 * Apollo Gateway's supergraph from a composed file, served as it changes. The file is loaded by
 * Apollo Gateway itself (its `update`, also while it starts), so what is refused is what the
 * gateway cannot serve, by its own rules. A change that does not load is logged and the schema
 * served stays. At start, a file that does not load fails the start (one line naming the
 * variable) — unless this is a cluster worker whose primary holds the last good schema, which it
 * then serves, saying so, until the file loads again.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { file, logger, reloaded, cluster } = options;
  return async ({ update }) => {
    // What the watcher compares changes with: the file as read now, loaded or not.
    let read = '';
    let served: string;
    try {
      read = readFileSync(file, 'utf8');
      // Loaded now; Apollo's own load of the same text, once this returns, is then no change.
      update(read);
      served = read;
      cluster?.served(read);
    } catch (error) {
      const lastGood = await cluster?.lastGood(options.lastGoodTimeoutMs ?? 10_000);
      if (lastGood === undefined) throw refusedSupergraphFile(file, error);
      served = lastGood;
      logger.error(
        { file, reason: refusedSupergraphFile(file, error).message, served: { compositionId: compositionIdOf(lastGood), from: 'the cluster primary' } },
        'supergraph file does not load; serving the last good schema',
      );
    }
    const watcher = watchSupergraphFile(
      file,
      read,
      (sdl) => {
        try {
          update(sdl);
          reloaded?.('loaded');
          cluster?.served(sdl);
          logger.info({ file, compositionId: compositionIdOf(sdl) }, 'supergraph reloaded');
        } catch (error) {
          reloaded?.('rejected');
          logger.error({ file, reason: (error as Error).message }, 'supergraph change rejected; serving the last good schema');
        }
      },
      options.watchIntervalMs,
    );
    return { supergraphSdl: served, cleanup: async () => watcher.close() };
  };
}
