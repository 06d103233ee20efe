import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-db-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('openDatabase', () => {
  it('creates the data directory and the database with its -wal and -shm files readable by the service only', () => {
    const file = join(root, 'new', 'data', 'shanghai.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE person (id TEXT PRIMARY KEY)');
    db.prepare('INSERT INTO person (id) VALUES (?)').run('310118198804123021');
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path), path).toBe(true);
      expect(modeOf(path) & 0o077, path).toBe(0);
    }
    expect(modeOf(join(root, 'new')) & 0o077).toBe(0);
    expect(modeOf(join(root, 'new', 'data')) & 0o077).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('tightens the files of a database created world-readable, and leaves an existing directory as its operator set it', () => {
    const directory = join(root, 'existing');
    mkdirSync(directory);
    chmodSync(directory, 0o755);
    const file = join(directory, 'jiangsu.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE person (id TEXT PRIMARY KEY)');
    // Another connection keeps -wal and -shm in place, as a crashed process would leave them.
    for (const path of [file, `${file}-wal`, `${file}-shm`]) chmodSync(path, 0o644);

    const db = openDatabase(file);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(path), path).toBe(0o600);
    expect(modeOf(directory)).toBe(0o755);
    expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 0 });
    db.close();
    old.close();
  });

  it('keeps an existing database as it is', () => {
    const file = join(root, 'kept.sqlite');
    closeSync(openSync(file, 'w', 0o600));
    const first = openDatabase(file);
    first.exec("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('录入')");
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT v FROM kept').get()).toEqual({ v: '录入' });
    again.close();
  });

  it('still opens an in-memory database', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)');
    expect(db.prepare('SELECT v FROM t').get()).toEqual({ v: 1 });
    expect(existsSync(':memory:')).toBe(false);
    db.close();
  });
});
