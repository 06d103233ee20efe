import type { ServiceExit, ServiceProcess } from './serviceProcess.ts';

/**
 * `npm start` keeps the federation whole: a process that exits without being asked to (a crash,
 * an out-of-memory kill) is started again after a pause that doubles while it keeps dying; after
 * maxAttempts restarts in a row that did not last, the launcher is told to give up. Planned
 * stops (ServiceProcess.stop, a restart the launcher was asked for, Ctrl-C) restart nothing.
 */
export interface RestartPolicy {
  /** Restarts in a row before giving up. */
  readonly maxAttempts: number;
  /** The pause before the first restart; it doubles with each failed one… */
  readonly firstDelayMs: number;
  /** …up to this. */
  readonly maxDelayMs: number;
  /** A process that ran this long before it died starts the count afresh. */
  readonly steadyAfterMs: number;
}

export const LAUNCHER_RESTART_POLICY: RestartPolicy = { maxAttempts: 5, firstDelayMs: 1_000, maxDelayMs: 16_000, steadyAfterMs: 60_000 };

export type SupervisionEvent =
  /** It exited unplanned (`how`: "code 1", "SIGKILL"); restart `attempt` follows in restartInMs. */
  | { readonly type: 'exited'; readonly name: string; readonly how: string; readonly attempt: number; readonly maxAttempts: number; readonly restartInMs: number }
  /** A restart did not come up (`reason`); another follows in restartInMs. */
  | { readonly type: 'restart-failed'; readonly name: string; readonly reason: string; readonly attempt: number; readonly maxAttempts: number; readonly restartInMs: number }
  | { readonly type: 'restarted'; readonly name: string; readonly url: string }
  /** It kept dying: no more restarts; the launcher should stop everything and fail. */
  | { readonly type: 'gave-up'; readonly name: string; readonly attempts: number; readonly reason: string };

export interface ServiceSupervisor {
  /** From now on, `service` is started again if it exits unplanned. */
  watch(service: ServiceProcess): void;
  /** Abandons any restart of `name` under way (a planned restart or stop takes over). */
  forget(name: string): Promise<void>;
  /** No more restarts; resolves once any restart under way has been abandoned and its process stopped. */
  close(): Promise<void>;
}

/** Starts the process `name` again (same environment, same port); rejects if it does not come up. */
export type Respawn = (name: string, abort: AbortSignal) => Promise<ServiceProcess>;

export function describeExit(exit: Pick<ServiceExit, 'code' | 'signal'>): string {
  return exit.signal ?? `code ${exit.code}`;
}

export function superviseServices(respawn: Respawn, report: (event: SupervisionEvent) => void, policy: RestartPolicy = LAUNCHER_RESTART_POLICY): ServiceSupervisor {
  let closed = false;
  const failures = new Map<string, number>();
  const recoveries = new Map<string, { readonly controller: AbortController; readonly done: Promise<void> }>();

  const pause = (ms: number, abort: AbortSignal) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        abort.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      abort.addEventListener('abort', onAbort, { once: true });
    });

  const recover = async (name: string, how: string, abort: AbortSignal) => {
    let reason = how;
    for (let first = true; ; first = false) {
      const failed = failures.get(name) ?? 0;
      if (failed >= policy.maxAttempts) {
        report({ type: 'gave-up', name, attempts: failed, reason });
        return;
      }
      const restartInMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** failed);
      failures.set(name, failed + 1);
      const progress = { name, attempt: failed + 1, maxAttempts: policy.maxAttempts, restartInMs };
      report(first ? { type: 'exited', how, ...progress } : { type: 'restart-failed', reason, ...progress });
      if (!(await pause(restartInMs, abort))) return;
      let service: ServiceProcess;
      try {
        service = await respawn(name, abort);
      } catch (error) {
        if (abort.aborted) return;
        // The launcher's message carries the process's last output lines: the first line says what happened.
        reason = ((error as Error).message.split('\n')[0] ?? '').trim();
        continue;
      }
      if (abort.aborted) return service.stop();
      watch(service);
      report({ type: 'restarted', name, url: service.url });
      return;
    }
  };

  const watch = (service: ServiceProcess) => {
    const since = Date.now();
    void service.exited.then((exit) => {
      if (exit.planned || closed) return;
      // A process that ran steadily is not "dying again": its count starts afresh.
      if (Date.now() - since >= policy.steadyAfterMs) failures.delete(service.name);
      const controller = new AbortController();
      const done = recover(service.name, describeExit(exit), controller.signal).finally(() => {
        if (recoveries.get(service.name)?.controller === controller) recoveries.delete(service.name);
      });
      recoveries.set(service.name, { controller, done });
    });
  };

  const forget = async (name: string) => {
    const recovery = recoveries.get(name);
    recovery?.controller.abort();
    await recovery?.done;
  };

  return {
    watch,
    forget,
    close: async () => {
      closed = true;
      await Promise.all([...recoveries.keys()].map(forget));
    },
  };
}
