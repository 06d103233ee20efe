import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { portVariable, servicePortVariable, urlVariable } from '@yrd/shared/process/serviceEnvironment';
import { spawnService, type ServiceProcess } from './serviceProcess.ts';
import { checkServicesBuilt, serviceEntry, servicesForm, type ServicesForm } from './servicesForm.ts';
import { superviseServices, type RestartPolicy, type ServiceSupervisor, type SupervisionEvent } from './superviseServices.ts';

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
  /** Compiled (dist/main.js on Node) or from source (src/main.ts under tsx); by default YRD_SERVICES_FROM, else the launcher's own form (servicesForm.ts). */
  readonly form?: ServicesForm;
  /**
   * npm start: a process that exits unplanned is started again on the same port (superviseServices.ts),
   * and `report` hears of it. Off for tests, which stop and crash processes on purpose.
   */
  readonly restartCrashed?: { readonly report: (event: SupervisionEvent) => void; readonly policy?: RestartPolicy };
}

export interface RunningFederation {
  readonly gatewayUrl: string;
  /** Where each subgraph really listens (not the routed URL). */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly processes: ReadonlyMap<string, ServiceProcess>;
  /** Stops one process (if it still runs; SIGTERM unless told, SIGKILL for a crash) and starts it again with the same environment (the hub on the same port, where the provinces know it); returns its new URL. A planned restart: restartCrashed does not step in. */
  restart(name: string, signal?: NodeJS.Signals): Promise<string>;
  stop(): Promise<void>;
}

function entryOf(name: string, form: ServicesForm): string {
  return serviceEntry(name === 'gateway' ? join(REPOSITORY_ROOT, 'gateway') : join(REPOSITORY_ROOT, 'subgraphs', name), form);
}

/** The subgraphs the launcher starts, the hub first. */
const SUBGRAPH_NAMES = [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((region) => region.subgraphName)];

/** Refuses to start the federation compiled before it is built (checkServicesBuilt), naming what is missing; nothing to check from source. */
export function checkFederationBuilt(form: ServicesForm): void {
  if (form === 'compiled') checkServicesBuilt([...SUBGRAPH_NAMES, 'gateway'].map((name) => entryOf(name, form)));
}

/** `env` with the process's port fixed to the one it listened on: the others know it by that URL. */
function onSamePort(name: string, env: NodeJS.ProcessEnv, url: string): NodeJS.ProcessEnv {
  return { ...env, [servicePortVariable(name)]: new URL(url).port };
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
    for (const name of SUBGRAPH_NAMES) baseEnv[portVariable(name)] = '0';
  }
  const form = options.form ?? servicesForm({ ...process.env, ...options.env }, import.meta.url);
  checkFederationBuilt(form);
  const processes = new Map<string, ServiceProcess>();
  const environments = new Map<string, NodeJS.ProcessEnv>();
  const launch = (name: string, env: NodeJS.ProcessEnv, abort?: AbortSignal) =>
    spawnService({ name, entry: entryOf(name, form), env, cwd: REPOSITORY_ROOT, output, readyTimeoutMs, ...(abort ? { abort } : {}) }).then((service) => {
      processes.set(name, service);
      return service;
    });
  const spawn = (name: string, env: NodeJS.ProcessEnv) => {
    environments.set(name, env);
    return launch(name, env);
  };
  const supervisor: ServiceSupervisor | undefined =
    options.restartCrashed &&
    superviseServices(
      (name, abort) => {
        const previous = processes.get(name) as ServiceProcess;
        return launch(name, onSamePort(name, environments.get(name) as NodeJS.ProcessEnv, previous.url), abort);
      },
      options.restartCrashed.report,
      options.restartCrashed.policy,
    );
  const stopAll = async () => {
    // First, so that the exits that follow are not taken for crashes.
    await supervisor?.close();
    await Promise.all([...processes.values()].reverse().map((service) => service.stop()));
  };
  const restart = async (name: string, signal: NodeJS.Signals = 'SIGTERM') => {
    const env = environments.get(name);
    if (!env) throw new Error(`no process named ${name}`);
    await supervisor?.forget(name);
    const previous = processes.get(name);
    await previous?.stop(signal);
    // The hub comes back where it was: the provinces know it by its URL (the others are reached through the caller's routes).
    const service = await spawn(name, name === CATALOG_SUBGRAPH.subgraphName && previous ? onSamePort(name, env, previous.url) : env);
    supervisor?.watch(service);
    return service.url;
  };

  try {
    // The hub first: it is the trust anchor, and the provinces read the item standard from it.
    const catalog = await spawn(CATALOG_SUBGRAPH.subgraphName, baseEnv);
    const provinceEnv: NodeJS.ProcessEnv = { ...baseEnv, [urlVariable(CATALOG_SUBGRAPH.subgraphName)]: catalog.url };
    const started = await Promise.allSettled(REGIONS.map((region) => spawn(region.subgraphName, provinceEnv)));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;

    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const name of SUBGRAPH_NAMES) {
      const url = (processes.get(name) as ServiceProcess).url;
      gatewayEnv[urlVariable(name)] = options.routeSubgraph ? await options.routeSubgraph(name, url) : url;
    }
    const gateway = await spawn('gateway', gatewayEnv);
    // Watched once all are up: a process that died meanwhile is restarted now.
    for (const service of processes.values()) supervisor?.watch(service);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, (processes.get(name) as ServiceProcess).url])),
      processes,
      restart,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
