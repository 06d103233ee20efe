import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withBuildLock } from './buildLock.ts';

export interface ServicesBuild {
  /** The workspaces compiled now, by name (gateway, anhui…); the others were up to date (turbo's cache). */
  readonly compiled: readonly string[];
  readonly upToDate: number;
}

/**
 * Compiles every workspace the federation's processes run from (each with a build script; the test workspace has none) to
 * its dist/, through turbo: a workspace whose sources have not changed since its last build is
 * restored from turbo's cache (a whole up-to-date build takes about half a second). The build's
 * own output is kept back unless it fails, when the error carries it.
 */
export function buildServices(repositoryRoot: string, abort?: AbortSignal, waiting?: (holder: number) => void): Promise<ServicesBuild> {
  // One compile of a checkout at a time (buildLock.ts): another start's, or a test run's, is waited for.
  return withBuildLock(repositoryRoot, () => compile(repositoryRoot, abort), abort, waiting);
}

function compile(repositoryRoot: string, abort?: AbortSignal): Promise<ServicesBuild> {
  const turbo = join(repositoryRoot, 'node_modules', '.bin', 'turbo');
  // Abandoned (the operator stopped npm start while it compiled): turbo is told to stop, and stops its tasks.
  // new-only: a workspace compiled now says so ("@yrd/anhui:build: cache miss, executing …"), one restored from the cache says nothing more.
  const child = spawn(turbo, ['run', 'build', '--output-logs=new-only', '--ui=stream'], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(abort ? { signal: abort, killSignal: 'SIGTERM' as const } : {}),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      if (error.name === 'AbortError') reject(new Error('compiling the services was stopped'));
      else reject(new Error(`could not run turbo (${turbo}) to compile the services: ${error.message}; has \`npm install\` run?`));
    });
    child.once('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`compiling the services failed (turbo ${signal ?? `exited with ${code}`}):\n${output.trim()}`));
        return;
      }
      resolve(buildSummary(output));
    });
  });
}

/**
 * What turbo said: the workspaces it compiled ("@yrd/anhui:build: cache miss, executing …", named
 * without the scope) and how many its cache held up to date ("Cached: 6 cached, 7 total").
 */
export function buildSummary(turboOutput: string): ServicesBuild {
  const compiled = [...turboOutput.matchAll(/^(?:@[^/\s]+\/)?([^:\s]+):build: cache miss/gm)].map((match) => match[1] as string);
  const upToDate = Number(/Cached:\s+(\d+) cached/.exec(turboOutput)?.[1] ?? 0);
  return { compiled, upToDate };
}
