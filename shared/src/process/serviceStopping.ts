/** Whether this process was told to stop (a signal, its launcher gone): a process-wide fact, as signals are. */
let stopRequested = false;

/** Marks the process as stopping (runService, on a signal or its launcher's end). */
export function markServiceStopping(): void {
  stopRequested = true;
}

/**
 * Whether the process is stopping: work it started and cut short now (the console's bundling,
 * the plan warm-up — whose esbuild helper the same Ctrl-C reached) is no failure to report as one.
 */
export function serviceStopping(): boolean {
  return stopRequested;
}
