import { runService } from '@yrd/shared/process/runService';
import { gatewayPort, serviceHost, subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { startGateway } from './startGateway.ts';

await runService('gateway', () =>
  startGateway({
    host: serviceHost(),
    port: gatewayPort(),
    subgraphs: subgraphEndpoints(),
    ...(process.env.YRD_SUPERGRAPH_FILE ? { supergraphFile: process.env.YRD_SUPERGRAPH_FILE } : {}),
  }),
);
