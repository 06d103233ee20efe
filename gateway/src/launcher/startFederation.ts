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
  /** Stops one process (if it still runs; SIGTERM unless told, SIGKILL for a crash) and starts it again with the same environment; returns its new URL. */
  restart(name: string, signal?: NodeJS.Signals): Promise<string>;
  stop(): Promise<void>;
}

function entryOf(name: string): string {
  return name === 'gateway' ? join(REPOSITORY_ROOT, 'gateway/src/main.ts') : join(REPOSITORY_ROOT, 'subgraphs', name, 'src/main.ts');
}

/**
 * Starts the catalog hub, then every registered province (in parallel; each seeds its own
 * database on first start), then the gateway in front of them, each as its own process.
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

  const environments = new Map<string, NodeJS.ProcessEnv>();
  const spawn = (name: string, env: NodeJS.ProcessEnv) => {
    environments.set(name, env);
    return spawnService({ name, entry: entryOf(name), env, cwd: REPOSITORY_ROOT, output, readyTimeoutMs }).then((service) => {
      processes.set(name, service);
      return service;
    });
  };
  const restart = async (name: string, signal: NodeJS.Signals = 'SIGTERM') => {
    const env = environments.get(name);
    if (!env) throw new Error(`no process named ${name}`);
    await processes.get(name)?.stop(signal);
    return (await spawn(name, env)).url;
  };

  try {
    // The hub first: it is the trust anchor, and the provinces read the item standard from it.
    const catalog = await spawn(CATALOG_SUBGRAPH.subgraphName, baseEnv);
    const provinceEnv: NodeJS.ProcessEnv = { ...baseEnv, [urlVariable(CATALOG_SUBGRAPH.subgraphName)]: catalog.url };
    const started = await Promise.allSettled(REGIONS.map((region) => spawn(region.subgraphName, provinceEnv)));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;

    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const name of names) {
      const url = (processes.get(name) as ServiceProcess).url;
      gatewayEnv[urlVariable(name)] = options.routeSubgraph ? await options.routeSubgraph(name, url) : url;
    }
    const gateway = await spawn('gateway', gatewayEnv);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(names.map((name) => [name, (processes.get(name) as ServiceProcess).url])),
      processes,
      restart,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
