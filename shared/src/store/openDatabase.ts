import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/**
 * Opens a subgraph's embedded database in WAL mode with full synchronous commits: a write
 * that was acknowledged is on disk and survives a kill -9 of the process.
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
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
