import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Node's built-ins only, no workspace package: this runs before anything is compiled (Vitest's
// global set-up loads it by path, outside the source condition), when @yrd/shared would resolve to a dist/ that
// does not exist yet.

/** How often a compile waiting for another one looks again. */
const WAIT_STEP_MS = 250;

/** The mark of the compile under way in a checkout (one dist/ per workspace, whatever the data directory). */
export function buildLockFile(repositoryRoot: string): string {
  return join(repositoryRoot, 'node_modules', '.cache', 'yrd-build.lock');
}

/**
 * Runs `work` (a compile) while no other compile of the same checkout runs: two `npm start` at
 * once — on two data directories, or a test run beside one — would otherwise write the same dist/
 * files from two tsc processes at the same time. The second waits for the first (`waiting` is told
 * whose, once) and then finds everything up to date. A mark whose process is gone is stale and
 * taken over. Stopped while it waits (`abort`), it gives up with the same words as a stopped compile.
 */
export async function withBuildLock<T>(repositoryRoot: string, work: () => Promise<T>, abort?: AbortSignal, waiting?: (holder: number) => void): Promise<T> {
  const file = buildLockFile(repositoryRoot);
  mkdirSync(dirname(file), { recursive: true });
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = markedPid(file);
    if (holder === undefined || !processExists(holder)) {
      // Stale (its compile killed), or being written this instant: taken over once gone.
      if (holder !== undefined) unlinkSync(file);
      else await sleep(10);
      continue;
    }
    if (!told) waiting?.(holder);
    told = true;
    try {
      await sleep(WAIT_STEP_MS, undefined, abort ? { signal: abort } : {});
    } catch {
      throw new Error('compiling the services was stopped');
    }
  }
  try {
    return await work();
  } finally {
    if (markedPid(file) === process.pid) unlinkSync(file);
  }
}

/** The pid the mark holds; undefined while it is missing or still being written. */
function markedPid(file: string): number | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 touches nothing; EPERM: it exists, under another user. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
