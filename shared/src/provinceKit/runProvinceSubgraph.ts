import { scaleFromEnvironment } from '../fixtures/fixtureScale.ts';
import { runService } from '../process/runService.ts';
import { dataDirectory, serviceHost, subgraphEndpoints, subgraphPort } from '../process/serviceEnvironment.ts';
import { keysDirectory, trustDirectory } from '../trust/trustDirectory.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { exchangeSettingsFromEnvironment } from './provinceServices.ts';
import { mapScaleFromEnvironment } from '../publicServices/mapScale.ts';
import { startProvinceSubgraph, type ProvinceSubgraphOptions } from './startProvinceSubgraph.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';
import { clientAddressFromEnvironment } from '../http/clientAddress.ts';
import { httpServerLimitsFromEnvironment } from '../http/httpServerLimits.ts';
import { hallClockFromEnvironment } from '../publicServices/hallClock.ts';
import { trustListCheckSecondsFromEnvironment } from '../trust/trustListClient.ts';
import { loadHolidayArrangements } from '../time/holidayArrangementsFile.ts';

/**
 * A province's options from the environment: every setting it reads, each refused (naming its
 * variable) when wrong. The launcher reads them too, to refuse a wrong one before it starts anything.
 */
export function provinceOptionsFromEnvironment(subgraphName: string, env: NodeJS.ProcessEnv = process.env): ProvinceSubgraphOptions {
  return {
    host: serviceHost(env),
    port: subgraphPort(subgraphName, env),
    dataDir: dataDirectory(env),
    keysDir: keysDirectory(env),
    trustDir: trustDirectory(env),
    hubUrl: subgraphEndpoints(env).find((endpoint) => endpoint.name === 'catalog')?.url ?? '',
    scale: scaleFromEnvironment(env),
    settings: exchangeSettingsFromEnvironment(env),
    deadlineSweepSeconds: wholeNumberVariable(env, 'YRD_DEADLINE_SWEEP_SECONDS', 60, 1),
    mapScale: mapScaleFromEnvironment(env),
    clientAddress: clientAddressFromEnvironment(env),
    httpLimits: httpServerLimitsFromEnvironment(env),
    hallClock: hallClockFromEnvironment(env),
    trustListCheckSeconds: trustListCheckSecondsFromEnvironment(env),
  };
}

/** The main of every province process: configuration from the environment, then run. */
export function runProvinceSubgraph(config: ProvinceConfig): Promise<void> {
  return runService(config.region.subgraphName, () => {
    // Deadlines in working days, the halls' days and the promised limits count next year's arrangement once the operators add it.
    loadHolidayArrangements(process.env);
    return startProvinceSubgraph(config, provinceOptionsFromEnvironment(config.region.subgraphName));
  });
}
