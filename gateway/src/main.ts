import cluster from 'node:cluster';
import { createLogger } from '@yrd/shared/observability/logger';
import { runService } from '@yrd/shared/process/runService';
import { gatewayPort, serviceHost, subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { CLUSTER_STOP_TIMEOUT_MS, gatewayWorkers, startGatewayCluster } from './gatewayCluster.ts';
import { openGatewayMembers, startGateway, type GatewayOptions } from './startGateway.ts';

const options: GatewayOptions = {
  host: serviceHost(),
  port: gatewayPort(),
  subgraphs: subgraphEndpoints(),
  keysDir: keysDirectory(),
  trustDir: trustDirectory(),
  // A production deployment names its identity provider's JWKS instead.
  developmentIdentityProvider: !process.env.YRD_IDP_JWKS_URL,
  ...(process.env.YRD_SUPERGRAPH_FILE ? { supergraphFile: process.env.YRD_SUPERGRAPH_FILE } : {}),
  env: process.env,
};

const workers = gatewayWorkers();
if (workers > 1 && cluster.isPrimary) {
  const logger = createLogger('gateway');
  // The primary ends through runService (0 after SIGINT/SIGTERM) or the cluster giving up (1).
  // An event loop that merely runs dry means its workers were lost: a failure for the supervisor.
  process.once('beforeExit', () => {
    logger.fatal('the gateway primary has nothing left to run; exiting with code 1');
    process.exitCode = 1;
  });
  await runService(
    'gateway',
    async () => {
      await openGatewayMembers(options);
      return startGatewayCluster(workers, logger);
    },
    { stopTimeoutMs: CLUSTER_STOP_TIMEOUT_MS },
  );
} else {
  await runService(cluster.isWorker ? `gateway worker ${process.pid}` : 'gateway', () => startGateway(options));
}
