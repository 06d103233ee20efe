import type { SqliteDatabase } from '../store/openDatabase.ts';

/** A hub answer as kept: what it said and when (ms since the epoch). */
export interface StoredHubAnswer {
  readonly value: unknown;
  readonly receivedAt: number;
}

/** Where a province's hub client keeps the hub's answers beyond its memory (HubClient). */
export interface HubAnswerStore {
  /** The answer last kept for `question`, if it was received after `since`. */
  load(question: string, since: number): StoredHubAnswer | undefined;
  save(question: string, answer: StoredHubAnswer): void;
}

/** How often answers too old to stand in are cleared away. */
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * The hub's answers about the item standard, kept in the province's database (hub_answer), so
 * that a province restarted while the hub is down still takes numbers and opens cases on the
 * standard as the hub last gave it (within the day a kept answer may stand in). One row per
 * question, written when the hub answers (at most once a minute a question); an answer that
 * cannot be read back (a row from another version) counts as none.
 */
export class SqliteHubAnswerStore implements HubAnswerStore {
  private readonly select;
  private readonly upsert;
  private readonly prune;
  private prunedAt = 0;

  constructor(
    db: SqliteDatabase,
    /** How long an answer is of use at all: older ones are pruned. */
    private readonly keepMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.select = db.prepare<[string, number], { answer: string; received_at: number }>('SELECT answer, received_at FROM hub_answer WHERE question = ? AND received_at > ?');
    this.upsert = db.prepare<[string, string, number]>(
      `INSERT INTO hub_answer (question, answer, received_at) VALUES (?, ?, ?)
       ON CONFLICT (question) DO UPDATE SET answer = excluded.answer, received_at = excluded.received_at`,
    );
    this.prune = db.prepare<[number]>('DELETE FROM hub_answer WHERE received_at <= ?');
  }

  load(question: string, since: number): StoredHubAnswer | undefined {
    const row = this.select.get(question, since);
    if (!row) return undefined;
    try {
      return { value: JSON.parse(row.answer) as unknown, receivedAt: row.received_at };
    } catch {
      return undefined;
    }
  }

  save(question: string, answer: StoredHubAnswer): void {
    const now = this.now();
    if (now - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prune.run(now - this.keepMs);
      this.prunedAt = now;
    }
    this.upsert.run(question, JSON.stringify(answer.value), answer.receivedAt);
  }
}
