import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from './configurationError.ts';
import { isAlive, markRelease, pidIn } from './pidFile.ts';

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

/**
 * Marks `dataDir` as used by `service` (this process) until release() or the process's exit.
 * Refused (ConfigurationError, one line) while another live process holds the mark and is not a
 * sibling of this one — a second `npm start` on the same directory, or the service started on
 * its own beside the launcher's: it would open the same database, and on its way out remove the
 * mark of the one still running, leaving `npm run seed` free to replace the databases under it.
 */
export function holdDataDirectory(dataDir: string, service: string): HeldDataDirectory {
  // As openDatabase does: a directory made here is the service's alone.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = dataDirectoryLockFile(dataDir, service);
  const holder = pidIn(file);
  if (holder !== undefined && holder !== process.pid && isAlive(holder) && !isSibling(holder)) {
    throw new ConfigurationError(
      `${service}: the data directory ${dataDir} is in use by another ${service} (pid ${holder}, ${file}) — another npm start, or the service started on its own, uses it: stop that one, or set YRD_DATA_DIR to another directory`,
    );
  }
  // Overwritten when the mark is stale (a previous run killed without its cleanup left it: a
  // restart must never fail on that), or when it is a sibling's — the launcher restarting this
  // service while its predecessor still finishes.
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  // Another process of the same service may have taken the file over since (a restart whose
  // predecessor is still finishing): that one's mark stays.
  return { release: markRelease(file) };
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

/**
 * Whether `pid` was started by this process's parent too (Linux: /proc/<pid>/stat). Where that
 * cannot be read (another system, the process gone meanwhile) it is taken for one: a restart
 * must not fail on what cannot be known.
 */
function isSibling(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return true;
  }
  // "pid (command) state ppid …": the command may hold spaces and parentheses — read after the last ')'.
  const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return !Number.isInteger(parent) || parent === process.ppid;
}
