import { randomBytes } from 'node:crypto';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';
import { todayInChina } from '../time/localDate.ts';
import { StatementCache } from '../store/statementCache.ts';
import { placeLegacyQueueHolders } from './legacyQueueHolders.ts';

/**
 * Online queue numbers (在线排号) at a province's service places. Numbers are given out per
 * place per day in one transaction, so no two people get the same number; a retried request
 * with the same key gets the same ticket, and a retried call what that call came to (the number
 * it called, or nobody); tickets and calls live in the province's durable database. A number not
 * called by the time its place closes on its day has expired (过号, queueExpiry.ts): it is no
 * longer waiting — not counted ahead of anyone, not called, not in the way of a new number.
 */
export type StoredTicketStatus = 'WAITING' | 'CALLED' | 'CANCELLED';
/** A ticket's status as shown: a number still WAITING when its day's service ended is EXPIRED. */
export type TicketStatus = StoredTicketStatus | 'EXPIRED';

/**
 * Who holds a number: a person or an enterprise, by kind and number. One number can be valid
 * both as a resident identity number and as a credit code, and names two holders then: the
 * person's ticket is not the enterprise's to cancel, retry or be told it already waits with.
 */
export interface QueueHolder {
  readonly kind: SubjectKind;
  readonly id: string;
}

/**
 * Most numbers one holder may hold waiting at one place at once. A number holds a window's
 * time (MINUTES_PER_APPLICANT) for everyone after it: one person taking a number for each of 15
 * items put 90 minutes of queue ahead of everyone who came after her. Three covers a visit for a
 * few related items; for more, she takes the next once one is called or cancelled.
 */
export const MAX_WAITING_NUMBERS_PER_PLACE = 3;

export interface QueueTicket {
  readonly id: string;
  readonly placeId: string;
  readonly itemCode: string;
  readonly day: string;
  /** A001, A002, … per place and day. */
  readonly number: string;
  /** As stored: a WAITING ticket may have expired (queueExpiry.ts). */
  readonly status: StoredTicketStatus;
  /** The signed-in holder's identifier (numbers are taken under a real name). */
  readonly holder: string;
  /** Whether the holder is a person or an enterprise; null for a ticket taken before this was kept whose number is valid as both. */
  readonly holderKind: SubjectKind | null;
  readonly cancelCode: string;
  readonly takenAt: string;
  /** The clerk who called it (null while not called): for the province's records, never shown. */
  readonly calledBy: string | null;
  readonly calledAt: string | null;
  /** The window that called it, as the clerk's sign-in names it (null until called, and for numbers called before it was kept). */
  readonly calledWindow: string | null;
}

/**
 * What taking a number came to: a new number, the one a retried key took, the one the holder
 * already waits with for the item — or none: the place not giving out numbers at the moment,
 * the holder already holding as many waiting numbers there as anyone may (`held`), or the queue
 * already longer than the place's service left today (`waiting` people ahead).
 */
export type TakenNumber =
  | { readonly outcome: 'TAKEN' | 'RETRIED' | 'ALREADY_WAITING'; readonly ticket: QueueTicket }
  | { readonly outcome: 'PLACE_CLOSED' }
  | { readonly outcome: 'HOLDING_LIMIT'; readonly held: readonly QueueTicket[] }
  | { readonly outcome: 'FULL_TODAY'; readonly waiting: number };

/** A place's day as the hall clock reads it when a number is asked for. */
export interface HallToday {
  /** Whether it serves at the moment (lunch break and days off are not). */
  readonly open: boolean;
  /** When today's numbers expire: its closing today (numbersExpireAt). */
  readonly closesAt: Date;
  /** Minutes of service it has left today (serviceMinutesLeft). */
  readonly minutesLeft: number;
}

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
  /**
   * Set when the call found nobody at a place not open at the time (after its closing, before its
   * opening, a day off, a lunch break): nobody waits because the place is closed, which the window
   * is told instead of "nobody" — and nothing is kept against the key, as a refused call came to nothing.
   */
  readonly closed?: true;
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
  holder_kind: string | null;
  cancel_code: string;
  taken_at: string;
  called_by: string | null;
  called_at: string | null;
  called_window: string | null;
}

const toTicket = (row: TicketRow): QueueTicket => ({
  id: row.id,
  placeId: row.place_id,
  itemCode: row.item_code,
  day: row.day,
  number: `A${String(row.number).padStart(3, '0')}`,
  status: row.status as StoredTicketStatus,
  holder: row.holder,
  holderKind: row.holder_kind === null ? null : (row.holder_kind as SubjectKind),
  cancelCode: row.cancel_code,
  takenAt: row.taken_at,
  calledBy: row.called_by,
  calledAt: row.called_at,
  calledWindow: row.called_window,
});

export class QueueStore {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly region: RegionDefinition,
  ) {
    this.statements = new StatementCache(db);
    placeLegacyQueueHolders(db);
  }

  /**
   * Takes the next number at a place for an item, under a real name (实名取号): the ticket this
   * holder's key already took (a retry, even once expired), or — while the holder already waits
   * at the place for the item under another key — that ticket, not a second number, or a new
   * number while the place is open, the holder holds fewer than MAX_WAITING_NUMBERS_PER_PLACE
   * numbers waiting there, and the people already waiting can be served before it closes.
   * Numbers of today still count as waiting only until the place's closing (`hall.closesAt`).
   */
  take(placeId: string, itemCode: string, holder: QueueHolder, idempotencyKey: string, now: Date, hall: HallToday): TakenNumber {
    const key = `${holder.kind}:${holder.id}:${idempotencyKey}`;
    return this.db.transaction((): TakenNumber => {
      const existing = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE idempotency_key = ?').get(key);
      if (existing) return { outcome: 'RETRIED', ticket: toTicket(existing) };
      const day = todayInChina(now).replaceAll('-', '');
      // After closing, today's numbers have expired: none is waiting (and none is given: closed).
      const held = now < hall.closesAt ? this.heldAt(placeId, day, holder) : [];
      const waiting = held.find((ticket) => ticket.itemCode === itemCode);
      if (waiting) return { outcome: 'ALREADY_WAITING', ticket: waiting };
      if (!hall.open) return { outcome: 'PLACE_CLOSED' };
      if (held.length >= MAX_WAITING_NUMBERS_PER_PLACE) return { outcome: 'HOLDING_LIMIT', held };
      const ahead =
        this.statements
          .prepare<[string, string], { n: number }>("SELECT count(*) AS n FROM queue_ticket WHERE place_id = ? AND day = ? AND status = 'WAITING'")
          .get(placeId, day)?.n ?? 0;
      // Nobody is given a number that would not be called before closing (it would only expire).
      if (ahead * MINUTES_PER_APPLICANT >= hall.minutesLeft) return { outcome: 'FULL_TODAY', waiting: ahead };
      const { next } = this.statements
        .prepare<[string, string], { next: number }>('SELECT coalesce(max(number), 0) + 1 AS next FROM queue_ticket WHERE place_id = ? AND day = ?')
        .get(placeId, day) as { next: number };
      const id = `${this.region.divisionPrefix}Q${day}${randomBytes(5).toString('hex').toUpperCase()}`;
      this.statements
        .prepare(
          `INSERT INTO queue_ticket (id, place_id, item_code, day, number, status, holder, holder_kind, cancel_code, taken_at, idempotency_key)
           VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?)`,
        )
        .run(id, placeId, itemCode, day, next, holder.id, holder.kind, randomBytes(6).toString('hex'), now.toISOString(), key);
      return { outcome: 'TAKEN', ticket: this.ticket(id) as QueueTicket };
    })();
  }

  /** The numbers a holder holds waiting at a place on a day, in order (expiry is the caller's to tell). */
  private heldAt(placeId: string, day: string, holder: QueueHolder): QueueTicket[] {
    return this.statements
      .prepare<[string, string, string, string], TicketRow>(
        "SELECT * FROM queue_ticket WHERE holder = ? AND holder_kind = ? AND place_id = ? AND day = ? AND status = 'WAITING' ORDER BY number",
      )
      .all(holder.id, holder.kind, placeId, day)
      .map(toTicket);
  }

  ticket(id: string): QueueTicket | undefined {
    const row = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE id = ?').get(id);
    return row ? toTicket(row) : undefined;
  }

  /** People still waiting ahead of a ticket at its place (for a ticket not yet expired: they expire together). */
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
   * same transaction as the call. Once the place has closed for the day (`closesAt`), its numbers
   * have expired and nobody is waiting. A call that finds nobody while the place is not `open` is
   * `closed`, and kept against nothing; one that finds someone waiting (over a lunch break) calls them.
   * The number called keeps the clerk's `window`: where its holder is to go.
   */
  callNext(placeId: string, clerk: string, idempotencyKey: string, now: Date, closesAt: Date, open = true, window: string | null = null): CalledNumber {
    const callKey = `${clerk}:${idempotencyKey}`;
    return this.db.transaction((): CalledNumber => {
      const earlier = this.statements.prepare<[string], TicketRow>('SELECT * FROM queue_ticket WHERE call_key = ?').get(callKey);
      if (earlier) return { placeId: earlier.place_id, ticket: toTicket(earlier), retried: true };
      const nobody = this.statements.prepare<[string], { place_id: string }>('SELECT place_id FROM queue_empty_call WHERE call_key = ?').get(callKey);
      if (nobody) return { placeId: nobody.place_id, ticket: null, retried: true };
      const day = todayInChina(now).replaceAll('-', '');
      const row =
        now < closesAt
          ? this.statements
              .prepare<[string, string], TicketRow>("SELECT * FROM queue_ticket WHERE place_id = ? AND day = ? AND status = 'WAITING' ORDER BY number LIMIT 1")
              .get(placeId, day)
          : undefined;
      if (!row && !open) return { placeId, ticket: null, retried: false, closed: true };
      if (!row) {
        this.statements.prepare('INSERT INTO queue_empty_call (call_key, place_id, called_at) VALUES (?, ?, ?)').run(callKey, placeId, now.toISOString());
        return { placeId, ticket: null, retried: false };
      }
      this.statements
        .prepare("UPDATE queue_ticket SET status = 'CALLED', called_by = ?, called_at = ?, call_key = ?, called_window = ? WHERE id = ?")
        .run(clerk, now.toISOString(), callKey, window, row.id);
      return { placeId, ticket: this.ticket(row.id) as QueueTicket, retried: false };
    })();
  }
}
