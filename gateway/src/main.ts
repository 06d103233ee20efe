import { runService } from '@yrd/shared/process/runService';
import { gatewayPort, serviceHost, subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { startGateway } from './startGateway.ts';

await runService('gateway', () =>
  startGateway({
    host: serviceHost(),
    port: gatewayPort(),
    subgraphs: subgraphEndpoints(),
    keysDir: keysDirectory(),
    trustDir: trustDirectory(),
    // A production deployment names its identity provider's JWKS instead.
    developmentIdentityProvider: !process.env.YRD_IDP_JWKS_URL,
    ...(process.env.YRD_SUPERGRAPH_FILE ? { supergraphFile: process.env.YRD_SUPERGRAPH_FILE } : {}),
    env: process.env,
  }),
);
