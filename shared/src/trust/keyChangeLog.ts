import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, readFileSync, readSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { syncDirectory, writeAll } from './jsonFile.ts';

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

/** The entry a change is recorded as, now, by this user. */
export function keyChangeEntry(change: Omit<KeyChange, 'at' | 'by'>, now = new Date()): KeyChange {
  return { at: now.toISOString(), ...change, by: currentAdministrator() };
}

/** Appends one change, durably: written whole and fsynced (the file, and the directory when it is new) before this returns. */
export function recordKeyChange(keysDir: string, entry: KeyChange): void {
  const file = keyChangeLogFile(keysDir);
  const fd = openSync(file, 'a+', 0o600);
  try {
    // Owner only, whatever mode an earlier hand gave the file.
    fchmodSync(fd, 0o600);
    // A line an earlier append left cut short (a crash) is ended first, so that this one stands on its own.
    const { size } = fstatSync(fd);
    const last = Buffer.alloc(1);
    const endsLine = size === 0 || (readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a);
    writeAll(fd, Buffer.from(`${endsLine ? '' : '\n'}${JSON.stringify(entry)}\n`, 'utf8'));
    fsyncSync(fd);
    if (size === 0) syncDirectory(keysDir);
  } finally {
    closeSync(fd);
  }
}

const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const ACTIONS: readonly string[] = ['ROTATE', 'ROTATE_ENCRYPTION', 'REVOKE'];

/** Whether a line read back is a change as recordKeyChange writes it. */
function isKeyChange(value: unknown): value is KeyChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  return isText(change.at) && !Number.isNaN(Date.parse(String(change.at))) && ACTIONS.includes(String(change.action)) && isText(change.member) && isText(change.kid) && isText(change.by);
}

/**
 * Every change recorded, oldest first, and the numbers of the lines that are not one (cut short
 * by a crash mid-append, or written by hand in another shape): left out, and said.
 */
export function readKeyChanges(keysDir: string): { changes: KeyChange[]; unreadableLines: number[] } {
  let text: string;
  try {
    text = readFileSync(keyChangeLogFile(keysDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], unreadableLines: [] };
    throw error;
  }
  const changes: KeyChange[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (isKeyChange(value)) changes.push(value);
    else unreadableLines.push(index + 1);
  });
  return { changes, unreadableLines };
}
