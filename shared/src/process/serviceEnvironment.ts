import { resolve } from 'node:path';
import { CATALOG_SUBGRAPH, GATEWAY_DEFAULT_PORT, regionBySubgraphName, REGIONS } from '../regions/regionRegistry.ts';
import { ConfigurationError } from './configurationError.ts';
import { parseWholeNumber } from './wholeNumberVariable.ts';

/**
 * Where every process of the federation listens and keeps its data, from environment
 * variables with documented defaults. Loopback only unless YRD_HOST says otherwise.
 *
 * | variable                | default                     |
 * | YRD_HOST                | 127.0.0.1                   |
 * | PORT (gateway)          | 4000                        |
 * | YRD_CATALOG_PORT        | 4100                        |
 * | YRD_<REGION>_PORT       | 4101… (registry)            |
 * | YRD_<NAME>_URL          | http://<host>:<port>/graphql|
 * | YRD_DATA_DIR            | ./data                      |
 */
export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
}

export function serviceHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.YRD_HOST || '127.0.0.1';
}

export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.YRD_DATA_DIR || 'data');
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  // Digits only, as every numeric setting (wholeNumberVariable.ts): "0x1f90" is no port anyone means.
  const port = parseWholeNumber(raw);
  if (port === undefined || port > 65_535) throw new ConfigurationError(`${name} must be a port number 0–65535, got "${raw}"`);
  return port;
}

export function portVariable(subgraphName: string): string {
  return `YRD_${subgraphName.toUpperCase()}_PORT`;
}

/** The variable that sets a process's port: the gateway's PORT, a subgraph's YRD_<NAME>_PORT. */
export function servicePortVariable(service: string): string {
  return service === 'gateway' ? 'PORT' : portVariable(service);
}

export function urlVariable(subgraphName: string): string {
  return `YRD_${subgraphName.toUpperCase()}_URL`;
}

export function subgraphPort(subgraphName: string, env: NodeJS.ProcessEnv = process.env): number {
  const defaultPort =
    subgraphName === CATALOG_SUBGRAPH.subgraphName
      ? CATALOG_SUBGRAPH.defaultPort
      : (regionBySubgraphName(subgraphName)?.defaultPort ?? 0);
  const variable = portVariable(subgraphName);
  return parsePort(variable, env[variable], defaultPort);
}

export function gatewayPort(env: NodeJS.ProcessEnv = process.env): number {
  return parsePort('PORT', env.PORT, GATEWAY_DEFAULT_PORT);
}

/**
 * Where the gateway serves its operational endpoints (/ready, /metrics) apart from the public
 * port, for the orchestrator and Prometheus only: `YRD_OPS_PORT`, on `YRD_OPS_HOST` (loopback
 * unless named). Undefined when unset: they are served on the public port.
 */
export function opsListener(env: NodeJS.ProcessEnv = process.env): { host: string; port: number } | undefined {
  if (env.YRD_OPS_PORT === undefined || env.YRD_OPS_PORT === '') return undefined;
  return { host: env.YRD_OPS_HOST || '127.0.0.1', port: parsePort('YRD_OPS_PORT', env.YRD_OPS_PORT, 0) };
}

/** Every subgraph of the federation: the hub first, then the registry's regions. */
export function subgraphNames(): string[] {
  return [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((region) => region.subgraphName)];
}

export function subgraphEndpoints(env: NodeJS.ProcessEnv = process.env): SubgraphEndpoint[] {
  const host = serviceHost(env);
  return subgraphNames().map((name) => ({
    name,
    url: env[urlVariable(name)] || `http://${host}:${subgraphPort(name, env)}/graphql`,
  }));
}
