import { fork, type ChildProcess } from 'node:child_process';
import type { ServiceReadyMessage } from '@yrd/shared/process/runService';

/**
 * One process of the federation, started from its compiled entry point on Node (a .js entry) or
 * from its TypeScript entry point through tsx (a .ts entry), and reporting its URL over IPC once
 * it listens.
 */
export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Settles when the process has exited, saying whether stop() asked it to (or it crashed, was killed by someone else, …). */
  readonly exited: Promise<ServiceExit>;
  /** The last lines (up to 2,000) the process wrote to stdout and stderr, when output is captured. */
  recentOutput(): string;
  /** A planned stop: SIGTERM unless told (SIGKILL to play a crash), then waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServiceExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** stop() asked for it: nothing to restart. */
  readonly planned: boolean;
}

export interface SpawnOptions {
  readonly name: string;
  readonly entry: string;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** 'inherit' for npm start; 'pipe' for tests, which show the output only on failure. */
  readonly output: 'inherit' | 'pipe';
  readonly readyTimeoutMs: number;
  /** Abandons the start: the process is stopped and the promise rejects once it has exited. */
  readonly abort?: AbortSignal;
}

export function spawnService(options: SpawnOptions): Promise<ServiceProcess> {
  const child = fork(options.entry, [], {
    cwd: options.cwd,
    env: options.env,
    // YRD_CPU_PROFILE_DIR: every process writes a V8 CPU profile there when it exits (for tuning).
    execArgv: [...(options.entry.endsWith('.ts') ? ['--conditions=source', '--import', 'tsx'] : []), ...(options.env.YRD_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${options.env.YRD_CPU_PROFILE_DIR}`] : [])],
    stdio: options.output === 'inherit' ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const outputLines: string[] = [];
  const keep = (chunk: Buffer) => {
    outputLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (outputLines.length > 2_000) outputLines.splice(0, outputLines.length - 2_000);
  };
  child.stderr?.on('data', keep);
  child.stdout?.on('data', keep);
  let planned = false;
  const exited = new Promise<ServiceExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, planned })));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    planned = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  return new Promise<ServiceProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not report ready within ${options.readyTimeoutMs} ms:\n${outputLines.slice(-60).join('\n')}`));
    }, options.readyTimeoutMs);
    const onAbort = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      void stop().then(() => reject(new Error(`${options.name}: start abandoned`)));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      options.abort?.removeEventListener('abort', onAbort);
      reject(new Error(`${options.name} exited (${signal ?? `code ${code}`}) before it was ready:\n${outputLines.slice(-60).join('\n')}`));
    };
    child.once('exit', onExit);
    if (options.abort?.aborted) onAbort();
    else options.abort?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (message: ServiceReadyMessage) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('exit', onExit);
      options.abort?.removeEventListener('abort', onAbort);
      resolve({ name: options.name, url: message.url, child, exited, recentOutput: () => outputLines.join('\n'), stop });
    });
  });
}
