import type { EndedRequest, RequestEndReason } from '@yrd/shared/evidence/requestEnd';
import type { SqliteDatabase } from '@yrd/shared/store/openDatabase';
import { StatementCache } from '@yrd/shared/store/statementCache';

/**
 * The evidence requests that have ended (their case can no longer use them, or the applicant
 * refused what they released), as their issuing provinces told the hub: holding provinces ask
 * before every release. A request is known by its id (the jti its issuer signed) and kept with
 * its issuer — only the province that signed a request ends it — until it expires, after which no
 * holder answers it anyway and the hub forgets it.
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

export class EndedRequests {
  private readonly statements: StatementCache;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = new StatementCache(db);
  }

  /**
   * Records ends, all or none (one transaction, durable before the issuer is answered). An end
   * told again (a retried delivery) keeps the first; the expired are forgotten meanwhile.
   */
  record(ends: readonly EndedRequest[], now = new Date()): void {
    this.db.transaction(() => {
      this.forgetExpired(now);
      const insert = this.statements.prepare(
        `INSERT INTO ended_evidence_request (id, issuer, reason, ended_at, expires_at, told_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      );
      for (const end of ends) insert.run(end.id, end.issuer, end.reason, end.endedAt, end.expiresAt, now.toISOString());
    })();
  }

  /** The ended requests among `ids` (a request not among them has not ended, or has expired). */
  find(ids: readonly string[], now = new Date()): EndedRequest[] {
    return this.statements
      .prepare<[string, string], EndedRow>('SELECT * FROM ended_evidence_request WHERE id IN (SELECT value FROM json_each(?)) AND expires_at > ?')
      .all(JSON.stringify(ids), now.toISOString())
      .map(toEnded);
  }

  /** The issuer recorded for a request id, if it is known. */
  issuerOf(id: string): string | undefined {
    return this.statements.prepare<[string], { issuer: string }>('SELECT issuer FROM ended_evidence_request WHERE id = ?').get(id)?.issuer;
  }

  forgetExpired(now = new Date()): void {
    this.statements.prepare('DELETE FROM ended_evidence_request WHERE expires_at <= ?').run(now.toISOString());
  }
}
