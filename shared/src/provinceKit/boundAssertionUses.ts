import type { SqliteDatabase } from '../store/openDatabase.ts';

/** How often expired entries are cleared away (they are refused as expired anyway). */
const PRUNE_EVERY_MS = 60_000;

/**
 * The bound caller assertions a province has taken up (bound_assertion_use), each remembered
 * until it expires, so that one is taken up once even across a restart or a crash: a copy of a
 * write captured on the gateway's link cannot be run again by waiting for the province to come
 * back within the assertion's minute (in memory alone, it could). One statement per write,
 * committed before the write runs; an id seen but expired counts as new (its assertion is
 * refused as expired before it gets here).
 */
export class BoundAssertionUses {
  private readonly take;
  private readonly prune;
  private prunedAt = 0;

  constructor(
    db: SqliteDatabase,
    private readonly now: () => number = Date.now,
  ) {
    this.take = db.prepare<[string, number, number], { id: string }>(
      `INSERT INTO bound_assertion_use (id, expires_at) VALUES (?, ?)
       ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE bound_assertion_use.expires_at <= ?
       RETURNING id`,
    );
    this.prune = db.prepare<[number]>('DELETE FROM bound_assertion_use WHERE expires_at <= ?');
  }

  /** True the first time `id` is taken up (until `expiresAt`, ms since the epoch); false for a replay. */
  first(id: string, expiresAt: number): boolean {
    const now = this.now();
    if (now - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prune.run(now);
      this.prunedAt = now;
    }
    return this.take.get(id, expiresAt, now) !== undefined;
  }
}
