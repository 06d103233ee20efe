import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/**
 * Opens a subgraph's embedded database in WAL mode with full synchronous commits: a write
 * that was acknowledged is on disk and survives a kill -9 of the process.
 *
 * The databases hold personal records, so only the service's own user may read them: a data
 * directory created here is 0700, and the database with its -wal and -shm files is 0600.
 * A directory that already exists keeps the mode its operator gave it (it may be shared with
 * other tools on purpose); the files in it are ours and are tightened at every open.
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file === ':memory:') return configure(new Database(file));
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // SQLite would create the file 0644; created 0600 first (empty is a valid database), it is
  // never readable by others, and SQLite gives the -wal and -shm files the database's mode.
  closeSync(openSync(file, 'a', 0o600));
  const db = configure(new Database(file));
  // A database created before files were kept private, and its -wal and -shm with it. A file
  // another user owns (EPERM) keeps the mode its owner gave it.
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(path, 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EPERM') throw error;
    }
  }
  return db;
}

function configure(db: SqliteDatabase): SqliteDatabase {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Erased and deleted contents (a withdrawn case's evidence) are overwritten with zeros, not
  // left in free space where a copy of the file would still hold them (see checkpointErasure).
  db.pragma('secure_delete = ON');
  return db;
}

/**
 * After an erasure: copies the write-ahead log into the database (whose freed and rewritten
 * space secure_delete has zeroed) and truncates the log, which still held the pages as they
 * were before. Best effort — a reader in the middle of a read keeps the log for a moment; the
 * next erasure or SQLite's own checkpoint then takes it.
 */
export function checkpointErasure(db: SqliteDatabase): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Applies numbered migrations once each, in order, recording the version reached in
 * `user_version`.
 */
export function migrate(db: SqliteDatabase, migrations: readonly string[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const apply = db.transaction(() => {
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version] as string);
    }
    db.pragma(`user_version = ${migrations.length}`);
  });
  if (current < migrations.length) apply();
}
