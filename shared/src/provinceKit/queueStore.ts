import { randomBytes } from 'node:crypto';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';
import { todayInChina } from '../time/localDate.ts';
import { StatementCache } from '../store/statementCache.ts';

/**
 * Online queue numbers (在线排号) at a province's service places. Numbers are given out per
 * place per day in one transaction, so no two people get the same number; a retried request
 * with the same key gets the same ticket, and a retried call what that call came to (the number
 * it called, or nobody); tickets and calls live in the province's durable database.
 */
export type TicketStatus = 'WAITING' | 'CALLED' | 'CANCELLED';

export interface QueueTicket {
  readonly id: string;
  readonly placeId: string;
  readonly itemCode: string;
  readonly day: string;
  /** A001, A002, … per place and day. */
  readonly number: string;
  readonly status: TicketStatus;
  /** The signed-in holder's identifier (numbers are taken under a real name). */
  readonly holder: string;
  readonly cancelCode: string;
  readonly takenAt: string;
  /** The clerk who called it (null while not called). */
  readonly calledBy: string | null;
  readonly calledAt: string | null;
}

/**
 * What taking a number came to: a new number, the one a retried key took, the one the holder
 * already waits with — or none, the place not giving out numbers at the moment.
 */
export type TakenNumber =
  | { readonly outcome: 'TAKEN' | 'RETRIED' | 'ALREADY_WAITING'; readonly ticket: QueueTicket }
  | { readonly outcome: 'PLACE_CLOSED' };

/**
 * What a window's call came to: the number it called, or nobody (nobody waited when it was
 * made) — for the place it was made at. A retried call (`retried`, the same clerk's same key)
 * answers with what that call came to, whoever has taken a number since: it never calls anyone.
 */
export interface CalledNumber {
  /** The place the call was made at (for a retry: where the key was first used). */
  readonly placeId: string;
  /** The number called; null when nobody was waiting. */
  readonly ticket: QueueTicket | null;
  readonly retried: boolean;
}

/** Minutes a window needs per applicant, for the estimated wait. */
export const MINUTES_PER_APPLICANT = 6;

interface TicketRow {
  id: string;
  place_id: string;
  item_code: string;
  day: string;
  number: number;
  status: string;
  holder: string;
  cancel_code: string;
  taken_at: string;
  called_by: string | null;
  called_at: string | null;
}

const toTicket = (row: TicketRow): QueueTicket => ({
  id: row.id,
  placeId: row.place_id,
  itemCode: row.item_code,
  day: row.day,
  number: `A${String(row.number).padStart(3, '0')}`,
  status: row.status as TicketStatus,
  holder: row.holder,
  cancelCode: row.cancel_code,
  takenAt: row.taken_at,
  calledBy: row.called_by,
  calledAt: row.called_at,
});

export class QueueStore {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly region: RegionDefinition,
  ) {
    this.statements = new StatementCache(db);
  }

  /**
   * Takes the next number at a place for an item, under a real name (实名取号): the ticket this
   * holder's key already took (a retry), or — while the holder already waits at the place for
   * the item under another key — that ticket, not a second number (no hoarding of numbers), or
   * a new number while the place is `open` (a retry after closing time still gets its ticket).
   */
  take(placeId: string, itemCode: string, holder: string, idempotencyKey: string, now: Date, open: boolean): TakenNumber {
    return this.db.transaction((): TakenNumber => {
      const existing = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE idempotency_key = ?').get(`${holder}:${idempotencyKey}`);
      if (existing) return { outcome: 'RETRIED', ticket: toTicket(existing) };
      const day = todayInChina(now).replaceAll('-', '');
      const waiting = this.statements
        .prepare<[string, string, string, string], TicketRow>(
          "SELECT * FROM queue_ticket WHERE place_id = ? AND day = ? AND status = 'WAITING' AND item_code = ? AND holder = ? LIMIT 1",
        )
        .get(placeId, day, itemCode, holder);
      if (waiting) return { outcome: 'ALREADY_WAITING', ticket: toTicket(waiting) };
      if (!open) return { outcome: 'PLACE_CLOSED' };
      const { next } = this.statements
        .prepare<[string, string], { next: number }>('SELECT coalesce(max(number), 0) + 1 AS next FROM queue_ticket WHERE place_id = ? AND day = ?')
        .get(placeId, day) as { next: number };
      const id = `${this.region.divisionPrefix}Q${day}${randomBytes(5).toString('hex').toUpperCase()}`;
      this.statements
        .prepare(
          `INSERT INTO queue_ticket (id, place_id, item_code, day, number, status, holder, cancel_code, taken_at, idempotency_key)
           VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?)`,
        )
        .run(id, placeId, itemCode, day, next, holder, randomBytes(6).toString('hex'), now.toISOString(), `${holder}:${idempotencyKey}`);
      return { outcome: 'TAKEN', ticket: this.ticket(id) as QueueTicket };
    })();
  }

  ticket(id: string): QueueTicket | undefined {
    const row = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE id = ?').get(id);
    return row ? toTicket(row) : undefined;
  }

  /** People still waiting ahead of a ticket at its place. */
  ahead(ticket: QueueTicket): number {
    const number = Number(ticket.number.slice(1));
    return (
      this.statements
        .prepare<[string, string, number], { n: number }>(
          "SELECT count(*) AS n FROM queue_ticket WHERE place_id = ? AND day = ? AND status = 'WAITING' AND number < ?",
        )
        .get(ticket.placeId, ticket.day, number)?.n ?? 0
    );
  }

  cancel(id: string): boolean {
    return this.statements.prepare("UPDATE queue_ticket SET status = 'CANCELLED' WHERE id = ? AND status = 'WAITING'").run(id).changes > 0;
  }

  /**
   * A window's clerk calls the next waiting number at a place today — or, for a key this clerk
   * has called with before, gets what that call came to: the number it called, or nobody if
   * nobody was waiting then (a retried call must not call, and so skip, the next person, nor
   * call someone the call it retries did not). Either outcome is kept against the key in the
   * same transaction as the call.
   */
  callNext(placeId: string, clerk: string, idempotencyKey: string, now: Date): CalledNumber {
    const callKey = `${clerk}:${idempotencyKey}`;
    return this.db.transaction((): CalledNumber => {
      const earlier = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE call_key = ?').get(callKey);
      if (earlier) return { placeId: earlier.place_id, ticket: toTicket(earlier), retried: true };
      const nobody = this.statements.prepare<[string], { place_id: string }>('SELECT place_id FROM queue_empty_call WHERE call_key = ?').get(callKey);
      if (nobody) return { placeId: nobody.place_id, ticket: null, retried: true };
      const day = todayInChina(now).replaceAll('-', '');
      const row = this.statements
        .prepare<[string, string], TicketRow>("SELECT * FROM queue_ticket WHERE place_id = ? AND day = ? AND status = 'WAITING' ORDER BY number LIMIT 1")
        .get(placeId, day);
      if (!row) {
        this.statements.prepare('INSERT INTO queue_empty_call (call_key, place_id, called_at) VALUES (?, ?, ?)').run(callKey, placeId, now.toISOString());
        return { placeId, ticket: null, retried: false };
      }
      this.statements
        .prepare("UPDATE queue_ticket SET status = 'CALLED', called_by = ?, called_at = ?, call_key = ? WHERE id = ?")
        .run(clerk, now.toISOString(), callKey, row.id);
      return { placeId, ticket: this.ticket(row.id) as QueueTicket, retried: false };
    })();
  }
}
