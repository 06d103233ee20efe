import { runService } from '@yrd/shared/process/runService';
import { dataDirectory, serviceHost, subgraphPort } from '@yrd/shared/process/serviceEnvironment';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import { hallClockFromEnvironment } from '@yrd/shared/publicServices/hallClock';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { startCatalogSubgraph } from './startCatalogSubgraph.ts';

const trustListSeconds = wholeNumberVariable(process.env, 'YRD_TRUST_LIST_SECONDS', 600, 1);

await runService('catalog', () =>
  startCatalogSubgraph({
    host: serviceHost(),
    port: subgraphPort('catalog'),
    dataDir: dataDirectory(),
    keysDir: keysDirectory(),
    trustDir: trustDirectory(),
    trustListSeconds,
    hallClock: hallClockFromEnvironment(),
  }),
);
