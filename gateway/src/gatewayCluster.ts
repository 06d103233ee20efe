import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from '@yrd/shared/observability/logger';
import type { RunningService, ServiceReadyMessage } from '@yrd/shared/process/runService';

/**
 * Multi-process mode (node:cluster): the primary starts `workers` gateway processes that share
 * one listening port, restarts one that dies, and on stop lets each finish its requests.
 * Each worker has its own circuit breakers, rate-limit buckets and /metrics; in production,
 * prefer one worker per container behind the load balancer and let it scale them.
 */
export function gatewayWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.YRD_GATEWAY_WORKERS;
  if (raw === undefined || raw === '' || raw === '1') return 1;
  if (raw === 'auto') return availableParallelism();
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1 || value > 64) throw new RangeError(`YRD_GATEWAY_WORKERS must be auto or a whole number 1–64, got "${raw}"`);
  return value;
}

export async function startGatewayCluster(workers: number, logger: Logger): Promise<RunningService> {
  let stopping = false;
  const ready = (worker: Worker) =>
    new Promise<string>((resolve, reject) => {
      worker.on('message', (message: ServiceReadyMessage) => {
        if (message?.type === 'ready') resolve(message.url);
      });
      worker.once('exit', (code) => reject(new Error(`gateway worker ${worker.process.pid} exited (code ${code}) before it was ready`)));
    });
  const fork = async (): Promise<string> => {
    const worker = cluster.fork();
    const url = await ready(worker);
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker died; starting another');
      void fork().catch((error: unknown) => logger.error({ err: error }, 'could not restart a gateway worker'));
    });
    return url;
  };
  const urls = await Promise.all(Array.from({ length: workers }, fork));
  logger.info({ workers, url: urls[0] }, 'gateway cluster started');
  return {
    url: urls[0] as string,
    close: async () => {
      stopping = true;
      await Promise.all(
        Object.values(cluster.workers ?? {}).map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (!worker || worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
