import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes JSON atomically and durably, creating the directory (mode 0700). Key files,
 * registrations and the anchor are written this way: after a power loss the file is either
 * the old one or the new one, whole — never empty or torn.
 *
 * The content is written to a temporary file and fsynced before the rename (otherwise the
 * rename can reach the disk before the data, leaving an empty file under the real name), and
 * the directory is fsynced after it (otherwise the rename itself may be lost). The file gets
 * `mode` when created, as the process's umask allows.
 */
export function writeJsonFile(file: string, value: unknown, mode = 0o644): void {
  const directory = resolve(dirname(file));
  const created = mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  // A temporary file left by a crashed process with the same pid would keep its own mode if
  // reused: start from a new one, created exclusively with ours.
  rmSync(temporary, { force: true });
  const fd = openSync(temporary, 'wx', mode);
  try {
    writeAll(fd, Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
  syncDirectory(directory);
  // Directories created just now are themselves entries of their parents: make those durable too.
  if (created !== undefined) {
    for (let child = directory; child !== created && dirname(child) !== child; child = dirname(child)) syncDirectory(dirname(child));
    syncDirectory(dirname(created));
  }
}

/** Writes every byte (a write may take fewer than it is given). */
export function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Some platforms cannot open a directory or fsync one (Windows, some network file systems);
 * there the rename is as durable as the platform makes it. Any other error is real trouble.
 */
const DIRECTORY_SYNC_REFUSED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP', 'EOPNOTSUPP']);

/** Makes a directory's entries durable (a file created or renamed in it), where the platform can. */
export function syncDirectory(directory: string): void {
  let fd: number;
  try {
    fd = openSync(directory, 'r');
  } catch (error) {
    if (DIRECTORY_SYNC_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!DIRECTORY_SYNC_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON file, or undefined when it does not exist. */
export function readJsonFile<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
