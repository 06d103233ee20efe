import { runService } from '@yrd/shared/process/runService';
import { dataDirectory, serviceHost, subgraphPort } from '@yrd/shared/process/serviceEnvironment';
import { startCatalogSubgraph } from './startCatalogSubgraph.ts';

await runService('catalog', () =>
  startCatalogSubgraph({ host: serviceHost(), port: subgraphPort('catalog'), dataDir: dataDirectory() }),
);
