import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundAssertionUses } from './boundAssertionUses.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

describe('the bound assertions a province has taken up', () => {
  it('takes each up once, and still knows it after a restart (the database opened again) until it expires', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yrd-bound-'));
    try {
      let now = 1_000_000;
      const file = join(dir, 'jiangsu.sqlite');
      const before = openProvinceDatabase(file);
      const uses = new BoundAssertionUses(before, () => now);
      expect(uses.first('jti-1', now + 60_000)).toBe(true);
      expect(uses.first('jti-1', now + 60_000)).toBe(false);
      expect(uses.first('jti-2', now + 60_000)).toBe(true);
      before.close();

      // The province restarts within the assertions' minute: a replay is still a replay.
      const after = openProvinceDatabase(file);
      const again = new BoundAssertionUses(after, () => now);
      expect(again.first('jti-1', now + 60_000)).toBe(false);
      expect(again.first('jti-3', now + 60_000)).toBe(true);

      // Past its expiry an id is forgotten (its assertion is refused as expired before it gets here).
      now += 61_000;
      expect(again.first('jti-1', now + 60_000)).toBe(true);
      expect(after.prepare('SELECT id FROM bound_assertion_use ORDER BY id').all()).toEqual([{ id: 'jti-1' }]);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
