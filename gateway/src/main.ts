import cluster from 'node:cluster';
import { httpServerLimitsFromEnvironment } from '@yrd/shared/http/httpServerLimits';
import { createLogger } from '@yrd/shared/observability/logger';
import { runService } from '@yrd/shared/process/runService';
import { gatewayPort, opsListener, serviceHost, subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { CLUSTER_STOP_TIMEOUT_MS, gatewayWorkers, startGatewayCluster } from './gatewayCluster.ts';
import { ClusterOps } from './observability/clusterOps.ts';
import { clusterOpsRoutes } from './observability/opsRoutes.ts';
import { startOpsServer } from './observability/opsServer.ts';
import { openGatewayMembers, startGateway, type GatewayOptions } from './startGateway.ts';
import { startClusterWorker } from './clusterWorkerStart.ts';

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
      // node:cluster would hand a scrape to one worker at random: with YRD_OPS_PORT the primary
      // alone listens there, with the sum over its workers and whether any is ready (the workers
      // do not). Before the workers start, so that a port in use fails the start at once and
      // /ready says 503 while none is live yet.
      const ops = new ClusterOps(workers);
      const opsAt = opsListener();
      const opsServer = opsAt ? await startOpsServer(opsAt.host, opsAt.port, clusterOpsRoutes(ops), logger, httpServerLimitsFromEnvironment(process.env)) : undefined;
      const running = await startGatewayCluster(workers, logger, { workerLive: (worker) => ops.workerLive(worker) }).catch(async (error: unknown) => {
        await opsServer?.close();
        throw error;
      });
      logger.info({ ops: opsServer?.url ?? 'on the public port' }, 'gateway cluster ops endpoints');
      return {
        url: running.url,
        // The ops listener first: a stopping gateway is no longer ready.
        close: async () => {
          await opsServer?.close();
          await running.close();
        },
      };
    },
    { stopTimeoutMs: CLUSTER_STOP_TIMEOUT_MS },
  );
} else {
  await runService(cluster.isWorker ? `gateway worker ${process.pid}` : 'gateway', () =>
    cluster.isWorker ? startClusterWorker(() => startGateway({ ...options, clusterWorker: true }), createLogger('gateway')) : startGateway(options),
  );
}
