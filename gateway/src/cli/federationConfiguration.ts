import { resolve } from 'node:path';
import { requestEndSyncFromEnvironment } from '@yrd/shared/evidence/requestEndSync';
import { clientAddressFromEnvironment } from '@yrd/shared/http/clientAddress';
import { bodiesPerClientFromEnvironment, httpServerLimitsFromEnvironment } from '@yrd/shared/http/httpServerLimits';
import { logLevelFromEnvironment } from '@yrd/shared/observability/logger';
import { gatewayPort, opsListener, subgraphNames, subgraphPort } from '@yrd/shared/process/serviceEnvironment';
import { checkPortsDistinct } from './portsCheck.ts';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import { provinceOptionsFromEnvironment } from '@yrd/shared/provinceKit/runProvinceSubgraph';
import { rateLimitFromEnvironment } from '@yrd/shared/protection/rateLimiter';
import { hallClockFromEnvironment } from '@yrd/shared/publicServices/hallClock';
import { HOLIDAY_ARRANGEMENTS_VARIABLE, holidayArrangementsFromEnvironment } from '@yrd/shared/time/holidayArrangementsFile';
import { missingArrangementNotice } from '@yrd/shared/time/calendarCoverage';
import { todayInChina } from '@yrd/shared/time/localDate';
import { hasPublishedArrangement } from '@yrd/shared/time/workingCalendar';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { MAX_TRUST_LIST_SECONDS } from '@yrd/shared/trust/encryptionKeys';
import { trustListCheckSecondsFromEnvironment } from '@yrd/shared/trust/trustListClient';
import { identityProviderJwksUrl, maxTokenLifetimeFromEnvironment } from '../callerAuthentication.ts';
import { gatewayWorkers } from '../gatewayCluster.ts';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { gatewayModeFromEnvironment, type GatewayModeSettings } from '../gatewayMode.ts';
import { servicesForm } from '../launcher/servicesForm.ts';
import { operationLimitsFromEnvironment } from '../limits/operationLimits.ts';
import { subgraphPolicyFromEnvironment } from '../resilience/subgraphPolicy.ts';

/**
 * Every setting the processes of `npm start` read at their start, read here first by the
 * launcher with the same functions, so that a wrong one is refused (its error naming the
 * variable) before anything starts — not after the hub and four provinces have started and
 * seeded, when the gateway comes to read it. Throws the first refusal; returns what the start
 * banner needs to know.
 *
 * Kept in step with the mains: subgraphs/catalog/src/main.ts, runProvinceSubgraph.ts,
 * gateway/src/main.ts and startGateway.ts. A setting missing here is still refused, only later.
 * The files the gateway's settings name (the supergraph, the persisted operation list) are read
 * and loaded next, by gatewayFiles.ts.
 */
export interface FederationConfiguration {
  readonly mode: GatewayModeSettings;
  /** Where the gateway's /ready and /metrics are, when not on its public port. */
  readonly ops: { readonly host: string; readonly port: number } | undefined;
  /** The identity provider's JWKS; undefined: the development identity provider (`npm run token`). */
  readonly jwksUrl: URL | undefined;
  /** What the working calendar lacks that it will soon count (this year's, or next year's holiday arrangement), for the banner. */
  readonly calendarNotice: string | undefined;
}

export function checkFederationConfiguration(env: NodeJS.ProcessEnv): FederationConfiguration {
  // The launcher: which form it starts the processes in.
  servicesForm(env, import.meta.url);
  // Every process.
  logLevelFromEnvironment(env);
  for (const name of subgraphNames()) subgraphPort(name, env);
  // …and no two of them on one port.
  checkPortsDistinct(env);
  hallClockFromEnvironment(env);
  // The hub and the provinces: next year's holiday arrangement, when the operators added it — a
  // relative path read where they run, the repository's root, as the gateway's files are (gatewayFiles.ts).
  const holidays = env[HOLIDAY_ARRANGEMENTS_VARIABLE];
  const addedYears = holidayArrangementsFromEnvironment(holidays ? { [HOLIDAY_ARRANGEMENTS_VARIABLE]: resolve(REPOSITORY_ROOT, holidays) } : {});
  const calendarNotice = missingArrangementNotice(todayInChina(), (year) => hasPublishedArrangement(year) || addedYears[year] !== undefined);
  // The catalog hub (its main reads this one itself).
  wholeNumberVariable(env, 'YRD_TRUST_LIST_SECONDS', 600, 1, MAX_TRUST_LIST_SECONDS);
  // Every member but the hub: how often its trust list is checked against the hub's (the provinces' options read it too).
  trustListCheckSecondsFromEnvironment(env);
  // Every process's HTTP server: time to send a request, connections held (the gateway reads the bodies per client too).
  httpServerLimitsFromEnvironment(env);
  bodiesPerClientFromEnvironment(env);
  // The hub's window for vouching a request is live, with the provinces' heartbeat (both read it).
  requestEndSyncFromEnvironment(env);
  // The provinces: all read the same settings.
  for (const region of REGIONS) provinceOptionsFromEnvironment(region.subgraphName, env);
  // The gateway.
  gatewayPort(env);
  const ops = opsListener(env);
  gatewayWorkers(env);
  const mode = gatewayModeFromEnvironment(env);
  operationLimitsFromEnvironment(env);
  subgraphPolicyFromEnvironment(env);
  rateLimitFromEnvironment(env);
  clientAddressFromEnvironment(env);
  wholeNumberVariable(env, 'YRD_SUBGRAPH_POLL_MS', 10_000, 100);
  const jwksUrl = identityProviderJwksUrl(env);
  maxTokenLifetimeFromEnvironment(env);
  const exporter = env.OTEL_TRACES_EXPORTER;
  if (exporter !== undefined && !['otlp', 'console', 'none'].includes(exporter)) {
    throw new RangeError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${exporter}"`);
  }
  return { mode, ops, jwksUrl, calendarNotice };
}
