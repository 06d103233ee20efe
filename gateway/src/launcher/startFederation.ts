import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { portVariable, urlVariable } from '@yrd/shared/process/serviceEnvironment';
import { spawnService, type ServiceProcess } from './serviceProcess.ts';

/** The repository root, where `npm start` runs and the workspaces live. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface FederationOptions {
  readonly dataDir: string;
  /** Every process on a free loopback port (tests); otherwise the configured ports. */
  readonly ephemeralPorts?: boolean;
  /** Extra environment for every process (seed scale, supergraph file, ...). */
  readonly env?: NodeJS.ProcessEnv;
  /** Lets a test put something (a delaying, counting proxy) between gateway and a subgraph. */
  readonly routeSubgraph?: (name: string, url: string) => string | Promise<string>;
  readonly output?: 'inherit' | 'pipe';
  readonly readyTimeoutMs?: number;
}

export interface RunningFederation {
  readonly gatewayUrl: string;
  /** Where each subgraph really listens (not the routed URL). */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly processes: ReadonlyMap<string, ServiceProcess>;
  stop(): Promise<void>;
}

function entryOf(name: string): string {
  return name === 'gateway' ? join(REPOSITORY_ROOT, 'gateway/src/main.ts') : join(REPOSITORY_ROOT, 'subgraphs', name, 'src/main.ts');
}

/**
 * Starts the catalog hub and every registered province as separate processes, then the
 * gateway in front of them. The subgraphs start in parallel (each seeds its own database on
 * first start); the gateway starts once they all listen.
 */
export async function startFederation(options: FederationOptions): Promise<RunningFederation> {
  const output = options.output ?? 'inherit';
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, YRD_DATA_DIR: options.dataDir };
  if (options.ephemeralPorts) {
    baseEnv.PORT = '0';
    for (const name of [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((r) => r.subgraphName)]) baseEnv[portVariable(name)] = '0';
  }
  const names = [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((region) => region.subgraphName)];
  const processes = new Map<string, ServiceProcess>();
  const stopAll = async () => {
    await Promise.all([...processes.values()].reverse().map((service) => service.stop()));
  };

  try {
    const started = await Promise.allSettled(
      names.map((name) => spawnService({ name, entry: entryOf(name), env: baseEnv, cwd: REPOSITORY_ROOT, output, readyTimeoutMs })),
    );
    for (const result of started) if (result.status === 'fulfilled') processes.set(result.value.name, result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;

    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const name of names) {
      const url = (processes.get(name) as ServiceProcess).url;
      gatewayEnv[urlVariable(name)] = options.routeSubgraph ? await options.routeSubgraph(name, url) : url;
    }
    const gateway = await spawnService({ name: 'gateway', entry: entryOf('gateway'), env: gatewayEnv, cwd: REPOSITORY_ROOT, output, readyTimeoutMs });
    processes.set('gateway', gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(names.map((name) => [name, (processes.get(name) as ServiceProcess).url])),
      processes,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
