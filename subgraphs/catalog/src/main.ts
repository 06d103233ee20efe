import { runService } from '@yrd/shared/process/runService';
import { dataDirectory, serviceHost, subgraphPort } from '@yrd/shared/process/serviceEnvironment';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { startCatalogSubgraph } from './startCatalogSubgraph.ts';

const trustListSeconds = Number(process.env.YRD_TRUST_LIST_SECONDS || 600);
if (!Number.isInteger(trustListSeconds) || trustListSeconds <= 0) throw new RangeError('YRD_TRUST_LIST_SECONDS must be a whole number of seconds > 0');

await runService('catalog', () =>
  startCatalogSubgraph({
    host: serviceHost(),
    port: subgraphPort('catalog'),
    dataDir: dataDirectory(),
    keysDir: keysDirectory(),
    trustDir: trustDirectory(),
    trustListSeconds,
  }),
);
