import type { EndedRequest, RequestEndReason, RequestRef } from '@yrd/shared/evidence/requestEnd';
import type { SqliteDatabase } from '@yrd/shared/store/openDatabase';
import { StatementCache } from '@yrd/shared/store/statementCache';

/**
 * The evidence requests that have ended (their case can no longer use them, or the applicant
 * refused what they released), as their issuing provinces told the hub: holding provinces ask
 * before every release. A request is known by its issuer and its id (the jti its issuer signed):
 * only the province that signed a request ends it, and an id another province signed is another
 * request, so that no province can take a request's id first and leave its real end unrecorded.
 * Kept until it expires, after which no holder answers it anyway and the hub forgets it.
 */
export const ENDED_REQUEST_MIGRATION = `CREATE TABLE ended_evidence_request (
     id         TEXT PRIMARY KEY,
     issuer     TEXT NOT NULL,
     reason     TEXT NOT NULL CHECK (reason IN ('WITHDRAWN', 'SUBMITTED', 'DECIDED', 'APPLICANT_REFUSED')),
     ended_at   TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     told_at    TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ended_evidence_request_by_expiry ON ended_evidence_request (expires_at);`;

/** Ends keyed by (issuer, id): migration 3 keyed them by the id alone (a province could claim another's id). */
export const ENDED_REQUEST_BY_ISSUER_MIGRATION = `CREATE TABLE ended_evidence_request_v2 (
     issuer     TEXT NOT NULL,
     id         TEXT NOT NULL,
     reason     TEXT NOT NULL CHECK (reason IN ('WITHDRAWN', 'SUBMITTED', 'DECIDED', 'APPLICANT_REFUSED')),
     ended_at   TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     told_at    TEXT NOT NULL,
     PRIMARY KEY (issuer, id)
   ) STRICT;
   INSERT INTO ended_evidence_request_v2 (issuer, id, reason, ended_at, expires_at, told_at)
     SELECT issuer, id, reason, ended_at, expires_at, told_at FROM ended_evidence_request;
   DROP TABLE ended_evidence_request;
   ALTER TABLE ended_evidence_request_v2 RENAME TO ended_evidence_request;
   CREATE INDEX ended_evidence_request_by_expiry ON ended_evidence_request (expires_at);`;

interface EndedRow {
  id: string;
  issuer: string;
  reason: string;
  ended_at: string;
  expires_at: string;
}

const toEnded = (row: EndedRow): EndedRequest => ({
  id: row.id,
  issuer: row.issuer,
  reason: row.reason as RequestEndReason,
  endedAt: row.ended_at,
  expiresAt: row.expires_at,
});

const refsJson = (refs: readonly RequestRef[]) => JSON.stringify(refs.map(({ issuer, id }) => [issuer, id]));

/** An end the store did not keep: nothing of the call is acknowledged. */
export class EndNotRecorded extends Error {
  constructor(readonly ref: RequestRef) {
    super(`end of ${ref.issuer}:${ref.id} was not recorded`);
    this.name = 'EndNotRecorded';
  }
}

export class EndedRequests {
  private readonly statements: StatementCache;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = new StatementCache(db);
  }

  /**
   * Records ends, all or none (one transaction, durable before the issuer is answered), and
   * returns each as stored. An end told again (a retried delivery) keeps the first; the expired
   * are forgotten meanwhile. Every end is read back before the transaction commits: one that is
   * not there throws EndNotRecorded and nothing is kept, so nothing unrecorded is acknowledged.
   */
  record(ends: readonly EndedRequest[], now = new Date()): EndedRequest[] {
    return this.db.transaction(() => {
      this.forgetExpired(now);
      const insert = this.statements.prepare(
        `INSERT INTO ended_evidence_request (issuer, id, reason, ended_at, expires_at, told_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (issuer, id) DO NOTHING`,
      );
      const read = this.statements.prepare<[string, string], EndedRow>('SELECT * FROM ended_evidence_request WHERE issuer = ? AND id = ?');
      return ends.map((end) => {
        insert.run(end.issuer, end.id, end.reason, end.endedAt, end.expiresAt, now.toISOString());
        const stored = read.get(end.issuer, end.id);
        if (!stored) throw new EndNotRecorded(end);
        return toEnded(stored);
      });
    })();
  }

  /** The ended requests among `refs` (a request not among them has not been told ended, or has expired). */
  find(refs: readonly RequestRef[], now = new Date()): EndedRequest[] {
    return this.statements
      .prepare<[string, string], EndedRow>(
        `SELECT ended.* FROM ended_evidence_request ended
           JOIN json_each(?) asked ON ended.issuer = asked.value ->> 0 AND ended.id = asked.value ->> 1
          WHERE ended.expires_at > ?`,
      )
      .all(refsJson(refs), now.toISOString())
      .map(toEnded);
  }

  forgetExpired(now = new Date()): void {
    this.statements.prepare('DELETE FROM ended_evidence_request WHERE expires_at <= ?').run(now.toISOString());
  }
}

/**
 * When the hub last heard each issuing province say it had every end it committed (its outbox
 * held nothing else: RequestEndsBody.syncedAsOf). In memory only: after the hub restarts it is in
 * step with nobody until each province speaks again (within its heartbeat), and until then
 * answers UNCONFIRMED — an end told while it was away may still wait in a province's outbox.
 */
export class IssuerSync {
  private readonly syncedAt = new Map<string, number>();

  constructor(
    /** How long after an issuer's word the hub still vouches that its requests not told ended are live. */
    private readonly windowMs: number,
  ) {}

  /**
   * The issuer said the hub had every end it committed before `asOf`. Taken no later than the
   * hub's own now (a clock ahead claims nothing more), and never moving back (an older word
   * arriving late, or replayed, changes nothing).
   */
  mark(issuer: string, asOf: Date, now = new Date()): void {
    const at = Math.min(asOf.getTime(), now.getTime());
    if (at > (this.syncedAt.get(issuer) ?? Number.NEGATIVE_INFINITY)) this.syncedAt.set(issuer, at);
  }

  /** Whether the issuer's last word is recent enough to vouch for its requests not told ended. */
  inSync(issuer: string, now = new Date()): boolean {
    const at = this.syncedAt.get(issuer);
    return at !== undefined && now.getTime() - at <= this.windowMs;
  }
}
