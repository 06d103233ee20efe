import { readFileSync, unlinkSync } from 'node:fs';

/** The pid a mark file names (one line of digits), or undefined when it is missing or holds anything else. */
export function pidIn(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  return /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
}

/** Whether a process with this pid exists (signal 0 touches nothing); EPERM: it does, under another user. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The function that removes this process's mark `file` — when it still names this process (another
 * may have taken a stale mark over since) — called at the latest when the process exits.
 */
export function markRelease(file: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (pidIn(file) === process.pid) unlinkSync(file);
  };
  process.on('exit', release);
  return release;
}
