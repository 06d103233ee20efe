import { describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase.ts';
import { StatementCache } from './statementCache.ts';

describe('StatementCache', () => {
  it('compiles each SQL text once and answers with it every time after', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE place (id TEXT PRIMARY KEY, name TEXT NOT NULL)');
    const statements = new StatementCache(db);
    const insert = statements.prepare<[string, string]>('INSERT INTO place (id, name) VALUES (?, ?)');
    insert.run('310101', '黄浦区行政服务中心');
    expect(statements.prepare('INSERT INTO place (id, name) VALUES (?, ?)')).toBe(insert);
    statements.prepare<[string, string]>('INSERT INTO place (id, name) VALUES (?, ?)').run('320509', '吴江区政务服务中心');

    const byId = statements.prepare<[string], { name: string }>('SELECT name FROM place WHERE id = ?');
    expect(byId).not.toBe(insert);
    expect(byId.get('320509')?.name).toBe('吴江区政务服务中心');
    expect(statements.prepare<[], { id: string }>('SELECT id FROM place ORDER BY id').all().map((row) => row.id)).toEqual(['310101', '320509']);
  });

  it('leaves the database’s own prepare as better-sqlite3 made it: a new statement each time', () => {
    const db = openDatabase(':memory:');
    new StatementCache(db).prepare('SELECT 1');
    expect(db.prepare('SELECT 1')).not.toBe(db.prepare('SELECT 1'));
  });
});
