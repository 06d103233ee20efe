import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The launcher alone, not the package root: the root also exports startGateway, whose
// `extensions.http.headers` (Apollo's HeaderMap) does not type-check next to the peer gateways'
// Hive types (graphql-yoga augments graphql's GraphQLErrorExtensions with `headers: Record<…>`).
import { startFederation, type RunningFederation } from '@yrd/gateway/launcher/startFederation';
import { SubgraphProxy } from './subgraphProxy.ts';

export interface BootedFederation extends RunningFederation {
  /** The proxy in front of each subgraph, by subgraph name. */
  readonly proxies: ReadonlyMap<string, SubgraphProxy>;
  readonly dataDir: string;
  /** Restarts one subgraph process and points its proxy at it. */
  restartSubgraph(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Stops everything and removes the data directory. */
  shutdown(): Promise<void>;
}

/** Wednesday 25 November 2026, 10:00 in China: a working day, every hall open. */
export const WORKING_MORNING = '2026-11-25T10:00+08:00';

/**
 * Boots the real federation — catalog, four provinces, gateway, each its own process — on
 * ephemeral loopback ports with a fresh data directory, with a counting/delaying proxy in
 * front of every subgraph.
 */
export async function bootFederation(env: NodeJS.ProcessEnv = {}): Promise<BootedFederation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yrd-test-'));
  const proxies = new Map<string, SubgraphProxy>();
  let federation: RunningFederation;
  try {
    federation = await startFederation({
      dataDir,
      ephemeralPorts: true,
      output: 'pipe',
      // Tests drive many requests as one caller: rate limits are exercised by their own test.
      // The halls' clock starts on a working morning, so that the halls are open whenever the suite runs.
      env: {
        YRD_SEED_PEOPLE: '300',
        YRD_SEED_ENTERPRISES: '60',
        YRD_RATE_LIMIT_PER_MINUTE: '600000',
        YRD_RATE_LIMIT_BURST: '100000',
        YRD_HALL_CLOCK_START: WORKING_MORNING,
        ...env,
      },
      routeSubgraph: async (name, url) => {
        const proxy = await SubgraphProxy.start(url);
        proxies.set(name, proxy);
        return proxy.url;
      },
    });
  } catch (error) {
    await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...federation,
    proxies,
    dataDir,
    restartSubgraph: async (name, signal) => {
      const url = await federation.restart(name, signal);
      proxies.get(name)?.retarget(url);
    },
    shutdown: async () => {
      await federation.stop();
      await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
