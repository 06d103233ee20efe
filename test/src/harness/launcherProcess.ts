import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { portVariable } from '@yrd/shared/process/serviceEnvironment';
import { eventually } from './eventually.ts';

/**
 * `npm start` (or the launcher alone) as an operator runs it, in a process group of its own, so
 * that a test can see every process it leaves behind — re-parented ones included — and end
 * them all afterwards.
 */
export interface LauncherRun {
  /** The process started: npm, or the launcher itself. Leader of its process group. */
  readonly child: ChildProcess;
  /** Everything it and its processes wrote to stdout and stderr so far. */
  output(): string;
  readonly exited: Promise<number | null>;
  /** The processes still alive in its group: "pid pgid command line" each. */
  groupProcesses(): string[];
  /** Waits until the group is empty (or the time is up), returning what is still there with its command lines. */
  groupGone(timeoutMs: number): Promise<string[]>;
  /** SIGKILLs whatever is left in the group (test cleanup). */
  killGroup(): void;
}

/** Every process on a free loopback port, a small fixture world: as launcher.test.ts runs it. */
export function ephemeralEnvironment(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, YRD_DATA_DIR: dataDir, PORT: '0', YRD_SEED_PEOPLE: '50', YRD_SEED_ENTERPRISES: '10', ...extra };
  for (const name of [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((r) => r.subgraphName)]) env[portVariable(name)] = '0';
  return env;
}

export function startLauncher(how: 'npm start' | 'launcher', env: NodeJS.ProcessEnv): LauncherRun {
  const [command, args] =
    how === 'npm start'
      ? ['npm', ['start']]
      : [process.execPath, ['--conditions=source', '--import', 'tsx', 'gateway/src/cli/startFederation.ts']];
  const child = spawn(command, args as string[], { cwd: REPOSITORY_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const group = child.pid as number;
  const listGroup = (): string[] =>
    execFileSync('ps', ['-A', '-o', 'pid=,pgid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((row) => row.trim())
      .filter((row) => Number(row.split(/\s+/)[1]) === group);
  return {
    child,
    output: () => output,
    exited,
    groupProcesses: listGroup,
    groupGone: (timeoutMs) => eventually(listGroup, (rows) => rows.length === 0, timeoutMs),
    killGroup: () => {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Nothing left.
      }
    },
  };
}

/** Resolves once the launcher printed its banner; rejects if it exits first or takes too long. */
export async function untilUp(run: LauncherRun, timeoutMs = 100_000): Promise<void> {
  const up = await eventually(
    () => run.output().includes('Ctrl-C stops all processes') || run.child.exitCode !== null,
    (done) => done,
    timeoutMs,
  );
  if (!up || !run.output().includes('Ctrl-C stops all processes')) throw new Error(`the launcher is not up:\n${run.output()}`);
}

/** The "Try" commands of the banner (token and curl), as a shell script to run as printed. */
export function tryCommands(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Try '));
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  if (start < 0 || end < 0) throw new Error(`no Try commands in:\n${output}`);
  return lines.slice(start + 1, end).join('\n');
}
