import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who is using a data directory. Every process that keeps its database there (and `npm start`,
 * which restarts them) holds `<service>.pid` next to it for its lifetime, so that a tool that
 * replaces the databases (`npm run seed`) can refuse while they are open: deleting a database
 * under a running process loses every write acknowledged since.
 *
 * A file whose process is gone (killed with SIGKILL, the host restarted) is stale and does not
 * count. A process that took over a stale file's pid counts until the file is deleted; the
 * refusal names the file for that case.
 */
export interface DataDirectoryUser {
  readonly service: string;
  readonly pid: number;
  readonly file: string;
}

export interface HeldDataDirectory {
  /** Deletes the file (when it still names this process). Also done when the process exits. */
  release(): void;
}

const SUFFIX = '.pid';

export function dataDirectoryLockFile(dataDir: string, service: string): string {
  return join(dataDir, `${service}${SUFFIX}`);
}

/** Marks `dataDir` as used by `service` (this process) until release() or the process's exit. */
export function holdDataDirectory(dataDir: string, service: string): HeldDataDirectory {
  // As openDatabase does: a directory made here is the service's alone.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = dataDirectoryLockFile(dataDir, service);
  // Overwritten, not refused, when present: a previous run killed without its cleanup left it,
  // and a restart must never fail on that.
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Another process of the same service may have taken the file over since (a restart whose
    // predecessor is still finishing): that one's mark stays.
    if (pidIn(file) === process.pid) unlinkSync(file);
  };
  process.on('exit', release);
  return { release };
}

/** The live processes marked as using `dataDir`, other than this one; stale marks are left out. */
export function dataDirectoryUsers(dataDir: string): DataDirectoryUser[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const users: DataDirectoryUser[] = [];
  for (const name of names.filter((entry) => entry.endsWith(SUFFIX)).sort()) {
    const file = join(dataDir, name);
    const pid = pidIn(file);
    if (pid === undefined || pid === process.pid || !isAlive(pid)) continue;
    users.push({ service: name.slice(0, -SUFFIX.length), pid, file });
  }
  return users;
}

function pidIn(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  return /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without touching it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
