import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { seedRefusal, workIn } from './seedGuard.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-seed-guard-'));
  dirs.push(dir);
  return dir;
}

/** A province database as a running federation leaves it: a case filed and its audit entry. */
function databaseWithWork(file: string): void {
  const db = openProvinceDatabase(file);
  db.prepare(
    `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
     VALUES ('AH-20261125-0001', '110101', '341602199203052464', 'PERSON', 'SUBMITTED', 'ONLINE', 'citizen', '2026-11-25T02:00:00Z', 'k1', 'd1')`,
  ).run();
  for (const at of ['2026-11-25T02:00:00Z', '2026-11-25T02:00:01Z']) {
    db.prepare(`INSERT INTO audit_entry (at, event, outcome, caller, kinds, record_ids) VALUES (?, 'READ', 'ALLOWED', 'citizen', '[]', '[]')`).run(at);
  }
  db.close();
}

describe('npm run seed', () => {
  it('refuses while a service holds the data directory, naming it and its pid, even with --force', async () => {
    const dir = dataDir();
    const service = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, 'anhui.pid'), `${service.pid}\n`);
      const refusal = seedRefusal(dir, [], true);
      expect(refusal).toContain(`${dir} is in use by anhui (pid ${service.pid})`);
      expect(refusal).toContain('Stop npm start');
    } finally {
      service.kill('SIGKILL');
      await new Promise((resolve) => service.once('exit', resolve));
    }
    // Once it is gone, its file is stale and no longer counts.
    expect(seedRefusal(dir, [], false)).toBeUndefined();
  });

  it('refuses to erase cases, licences, the audit trail or queue tickets without --force, saying what would be lost', () => {
    const dir = dataDir();
    const anhui = join(dir, 'anhui.sqlite');
    const jiangsu = join(dir, 'jiangsu.sqlite');
    databaseWithWork(anhui);
    openProvinceDatabase(jiangsu).close();
    const databases = [
      { service: 'anhui', file: anhui },
      { service: 'jiangsu', file: jiangsu },
      { service: 'zhejiang', file: join(dir, 'zhejiang.sqlite') },
    ];
    expect(workIn(anhui)).toEqual(['1 case', '2 audit entries']);
    expect(seedRefusal(dir, databases, false)).toBe(
      "seeding erases every province's database, not only its generated records; this would lose anhui: 1 case, 2 audit entries. Run again with --force to erase them.",
    );
    expect(seedRefusal(dir, databases, true)).toBeUndefined();
    // Generated records alone (or no database yet) are no reason to ask.
    expect(seedRefusal(dir, databases.slice(1), false)).toBeUndefined();
  });
});
