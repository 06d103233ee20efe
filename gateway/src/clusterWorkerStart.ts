import type { Logger } from '@yrd/shared/observability/logger';
import type { RunningService } from '@yrd/shared/process/runService';

/**
 * A cluster worker's start (gateway/src/main.ts). Its failure is one JSON line in the gateway's
 * log — pino's, with the error and its stack as fields — and the worker exits 1; the primary logs
 * the exit and starts another after its backoff (gatewayCluster.ts). Not runService's report of a
 * failed start, a stack trace over many plain lines on stderr, once per attempt, among the JSON
 * lines of the workers still serving.
 */
export async function startClusterWorker(
  start: () => Promise<RunningService>,
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): Promise<RunningService> {
  try {
    return await start();
  } catch (error) {
    // pino's destination is flushed as the process exits.
    logger.fatal({ err: error }, 'gateway worker failed to start');
    exit(1);
    throw error;
  }
}
