import { scaleFromEnvironment } from '../fixtures/fixtureScale.ts';
import { runService } from '../process/runService.ts';
import { dataDirectory, serviceHost, subgraphEndpoints, subgraphPort } from '../process/serviceEnvironment.ts';
import { keysDirectory, trustDirectory } from '../trust/trustDirectory.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { exchangeSettingsFromEnvironment } from './provinceServices.ts';
import { mapScaleFromEnvironment } from '../publicServices/mapScale.ts';
import { startProvinceSubgraph } from './startProvinceSubgraph.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';
import { clientAddressFromEnvironment } from '../http/clientAddress.ts';
import { hallClockFromEnvironment } from '../publicServices/hallClock.ts';

/** The main of every province process: configuration from the environment, then run. */
export function runProvinceSubgraph(config: ProvinceConfig): Promise<void> {
  return runService(config.region.subgraphName, () =>
    startProvinceSubgraph(config, {
      host: serviceHost(),
      port: subgraphPort(config.region.subgraphName),
      dataDir: dataDirectory(),
      keysDir: keysDirectory(),
      trustDir: trustDirectory(),
      hubUrl: subgraphEndpoints().find((endpoint) => endpoint.name === 'catalog')?.url ?? '',
      scale: scaleFromEnvironment(),
      settings: exchangeSettingsFromEnvironment(),
      deadlineSweepSeconds: wholeNumberVariable(process.env, 'YRD_DEADLINE_SWEEP_SECONDS', 60, 1),
      mapScale: mapScaleFromEnvironment(),
      clientAddress: clientAddressFromEnvironment(),
      hallClock: hallClockFromEnvironment(),
    }),
  );
}
