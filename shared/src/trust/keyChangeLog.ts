import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * What administrators did to the members' keys (`npm run keys`), kept beside them in
 * `<keysDir>/key-changes.jsonl`: one JSON line per change, appended and fsynced, never
 * rewritten — who changed which member's key when, and what replaced what (X-Road keeps an
 * audit log of its security server administrators' acts the same way). Public facts only: kids,
 * never key material.
 */
export type KeyChangeAction = 'ROTATE' | 'ROTATE_ENCRYPTION' | 'REVOKE';

export interface KeyChange {
  readonly at: string;
  readonly action: KeyChangeAction;
  readonly member: string;
  /** The key made (ROTATE, ROTATE_ENCRYPTION) or removed (REVOKE). */
  readonly kid: string;
  /** ROTATE: the keys it replaces; REVOKE: the key made in its place, when it was the one signing or published. */
  readonly replaces?: readonly string[];
  readonly replacedBy?: string;
  /** ROTATE: from when the new key signs. */
  readonly activatesAt?: string;
  /** The operating-system user who ran the command (name and uid), as far as the system says. */
  readonly by: string;
}

const FILE = 'key-changes.jsonl';

export function keyChangeLogFile(keysDir: string): string {
  return join(keysDir, FILE);
}

/** The user running this process, as `name (uid N)`. */
export function currentAdministrator(): string {
  const uid = process.getuid?.();
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? 'unknown';
  }
  return uid === undefined ? name : `${name} (uid ${uid})`;
}

/** Appends one change, durably: written and fsynced before this returns. */
export function recordKeyChange(keysDir: string, change: Omit<KeyChange, 'at' | 'by'>, now = new Date()): KeyChange {
  const entry: KeyChange = { at: now.toISOString(), ...change, by: currentAdministrator() };
  const fd = openSync(keyChangeLogFile(keysDir), 'a+', 0o600);
  try {
    // A line an earlier append left cut short (a crash) is ended first, so that this one stands on its own.
    const { size } = fstatSync(fd);
    const last = Buffer.alloc(1);
    const endsLine = size === 0 || (readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a);
    writeSync(fd, `${endsLine ? '' : '\n'}${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return entry;
}

/** Every change recorded, oldest first; a line cut short (a crash mid-append) is left out. */
export function readKeyChanges(keysDir: string): KeyChange[] {
  let text: string;
  try {
    text = readFileSync(keyChangeLogFile(keysDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as KeyChange];
    } catch {
      return [];
    }
  });
}
