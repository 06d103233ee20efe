import { ConfigurationError } from './configurationError.ts';
import { servicePortVariable } from './serviceEnvironment.ts';
import { markServiceStopping } from './serviceStopping.ts';

/**
 * The common life of every process of the federation: start, tell the launcher (over IPC
 * when there is one) where it listens, and stop cleanly on SIGINT/SIGTERM.
 */
export interface RunningService {
  readonly url: string;
  close(): Promise<void>;
}

export interface ServiceReadyMessage {
  readonly type: 'ready';
  readonly name: string;
  readonly url: string;
}

/** How long a process may take to stop (finishing its requests in flight) before it exits anyway. */
export const STOP_TIMEOUT_MS = 10_000;

export interface RunServiceOptions {
  /**
   * The stop budget, STOP_TIMEOUT_MS unless told: a process that waits on others that stop
   * (the cluster primary and its workers) needs more than theirs, or it gives up first.
   */
  readonly stopTimeoutMs?: number;
}

export async function runService(name: string, start: () => Promise<RunningService>, options: RunServiceOptions = {}): Promise<void> {
  const stopTimeoutMs = options.stopTimeoutMs ?? STOP_TIMEOUT_MS;
  let service: RunningService | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    markServiceStopping();
    // Still starting (a gateway waiting for its subgraphs, a province seeding): nothing is served
    // yet, so nothing to drain — what it opened ends with the process.
    if (!service) process.exit(0);
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: did not stop within ${stopTimeoutMs / 1000} s after ${signal}; exiting\n`);
      process.exit(1);
    }, stopTimeoutMs);
    timer.unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${name}: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  // Before starting, which may take long (or forever, retrying): a signal, or the launcher's end,
  // while it starts must stop it too, not leave it running without a parent.
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A launcher that dies must not leave its children running.
  process.on('disconnect', () => stop('disconnect'));
  // …including one that died while this process was still loading its modules, before the listener was there.
  if (process.send && !process.connected) stop('disconnect');

  try {
    service = await start();
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${describeFailure(name, error)}\n`);
    process.exit(1);
  }
  const message: ServiceReadyMessage = { type: 'ready', name, url: service.url };
  // The launcher may have gone while this process started (its channel closing, the disconnect
  // handler above stopping this one): the word that it is ready has nobody to go to — no EPIPE.
  if (process.send) {
    if (process.connected) process.send(message, undefined, {}, () => undefined);
  } else process.stdout.write(`${name} listening at ${service.url}\n`);
}

/**
 * A refused setting in its one line (the operator's to fix), a port another process holds too;
 * anything else with its stack (ours).
 */
function describeFailure(name: string, error: unknown): string {
  if (error instanceof ConfigurationError) return error.message;
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE') {
    return `port ${port ?? ''} is already in use by another process (${servicePortVariable(name)}): stop it, or choose another port (0 picks a free one)`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// A setting read before runService is called (at the top of a main module) is refused by an
// uncaught exception: in one line too, instead of Node's report with the source line and stack.
// A monitor, so that every other uncaught exception keeps Node's own report and exit code.
process.on('uncaughtExceptionMonitor', (error) => {
  if (!(error instanceof ConfigurationError)) return;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
