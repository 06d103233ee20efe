import { createHash, randomUUID } from 'node:crypto';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';
import { todayInChina } from '../time/localDate.ts';

/**
 * The cases filed in a province, the evidence requests it issued for them and the evidence
 * it received. Every write is one transaction on the province's durable database.
 */
export type CaseStatus = 'OPEN';
export type CaseChannel = 'WINDOW' | 'ONLINE';
export type EvidenceStatus = 'PENDING_PREVIEW' | 'ACCEPTED' | 'REJECTED';

export interface CaseFile {
  readonly id: string;
  readonly itemCode: string;
  readonly subjectId: string;
  readonly subjectKind: SubjectKind;
  readonly status: CaseStatus;
  readonly channel: CaseChannel;
  readonly openedBy: CaseActor;
  readonly openedAt: string;
}

export interface IssuedRequest {
  readonly id: string;
  readonly caseId: string;
  readonly holder: string;
  readonly kinds: readonly EvidenceKind[];
  readonly token: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

export interface CaseEvidence {
  readonly id: string;
  readonly caseId: string;
  readonly requestId: string;
  readonly issuer: string;
  readonly kind: EvidenceKind;
  readonly record: HeldRecord;
  readonly token: string;
  readonly receivedAt: string;
  readonly expiresAt: string;
  readonly status: EvidenceStatus;
  readonly decidedBy: CaseActor | null;
  readonly decidedAt: string | null;
}

export interface OpenCaseInput {
  readonly itemCode: string;
  readonly subjectId: string;
  readonly subjectKind: SubjectKind;
  readonly channel: CaseChannel;
  readonly openedBy: CaseActor;
  /** Chosen by the caller; the same key from the same actor returns the same case. */
  readonly idempotencyKey: string;
}

/** The same idempotency key was used before for a different case. */
export class IdempotencyConflict extends Error {
  constructor(readonly existingCaseId: string) {
    super(`idempotency key already used for case ${existingCaseId} with other details`);
  }
}

interface CaseRow {
  id: string;
  item_code: string;
  subject_id: string;
  subject_kind: string;
  status: string;
  channel: string;
  opened_by: string;
  opened_at: string;
  request_digest: string;
}

interface EvidenceRow {
  id: string;
  case_id: string;
  request_id: string;
  issuer: string;
  kind: string;
  record: string;
  token: string;
  received_at: string;
  expires_at: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
}

interface RequestRow {
  id: string;
  case_id: string;
  holder: string;
  kinds: string;
  token: string;
  issued_at: string;
  expires_at: string;
}

const toRequest = (row: RequestRow): IssuedRequest => ({
  id: row.id,
  caseId: row.case_id,
  holder: row.holder,
  kinds: JSON.parse(row.kinds) as EvidenceKind[],
  token: row.token,
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
});

const toCase = (row: CaseRow): CaseFile => ({
  id: row.id,
  itemCode: row.item_code,
  subjectId: row.subject_id,
  subjectKind: row.subject_kind as SubjectKind,
  status: row.status as CaseStatus,
  channel: row.channel as CaseChannel,
  openedBy: JSON.parse(row.opened_by) as CaseActor,
  openedAt: row.opened_at,
});

const toEvidence = (row: EvidenceRow): CaseEvidence => ({
  id: row.id,
  caseId: row.case_id,
  requestId: row.request_id,
  issuer: row.issuer,
  kind: row.kind as EvidenceKind,
  record: JSON.parse(row.record) as HeldRecord,
  token: row.token,
  receivedAt: row.received_at,
  expiresAt: row.expires_at,
  status: row.status as EvidenceStatus,
  decidedBy: row.decided_by ? (JSON.parse(row.decided_by) as CaseActor) : null,
  decidedAt: row.decided_at,
});

function actorKey(actor: CaseActor): string {
  return actor.kind === 'OPERATOR' ? `operator:${actor.region}:${actor.window}:${actor.operatorId}` : `applicant:${actor.subjectId}`;
}

export class CaseStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly region: RegionDefinition,
  ) {}

  /**
   * Opens a case, or returns the one this actor already opened with this idempotency key.
   * Case numbers carry the filing province (division prefix), the CST date and a daily
   * sequence: 32 20261126 000017.
   */
  openCase(input: OpenCaseInput, now = new Date()): { caseFile: CaseFile; created: boolean } {
    const key = `${actorKey(input.openedBy)}:${input.idempotencyKey}`;
    const digest = createHash('sha256').update(JSON.stringify([input.itemCode, input.subjectId, input.channel])).digest('hex');
    return this.db.transaction(() => {
      const existing = this.db.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE idempotency_key = ?').get(key);
      if (existing) {
        if (existing.request_digest !== digest) throw new IdempotencyConflict(existing.id);
        return { caseFile: toCase(existing), created: false };
      }
      const day = todayInChina(now).replaceAll('-', '');
      const { last } = this.db
        .prepare<[string], { last: number }>(
          'INSERT INTO case_sequence (day, last) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last',
        )
        .get(day) as { last: number };
      const id = `${this.region.divisionPrefix}${day}${String(last).padStart(6, '0')}`;
      this.db
        .prepare(
          `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
           VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)`,
        )
        .run(id, input.itemCode, input.subjectId, input.subjectKind, input.channel, JSON.stringify(input.openedBy), now.toISOString(), key, digest);
      return { caseFile: this.caseById(id) as CaseFile, created: true };
    })();
  }

  caseById(id: string): CaseFile | undefined {
    const row = this.db.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE id = ?').get(id);
    return row ? toCase(row) : undefined;
  }

  casesByIds(ids: readonly string[]): Map<string, CaseFile> {
    const rows = this.db.prepare<[string], CaseRow>('SELECT * FROM case_file WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, toCase(row)]));
  }

  recordRequest(request: IssuedRequest): void {
    this.db
      .prepare('INSERT INTO evidence_request (id, case_id, holder, kinds, token, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(request.id, request.caseId, request.holder, JSON.stringify(request.kinds), request.token, request.issuedAt, request.expiresAt);
  }

  requestById(id: string): IssuedRequest | undefined {
    const row = this.db.prepare<[string], RequestRow>('SELECT * FROM evidence_request WHERE id = ?').get(id);
    return row ? toRequest(row) : undefined;
  }

  requestsOf(caseId: string): IssuedRequest[] {
    return this.db.prepare<[string], RequestRow>('SELECT * FROM evidence_request WHERE case_id = ? ORDER BY issued_at, holder').all(caseId).map(toRequest);
  }

  /** Stores verified evidence awaiting the applicant's preview; the same record again is a no-op. */
  addEvidence(evidence: Omit<CaseEvidence, 'id' | 'status' | 'decidedBy' | 'decidedAt'>): CaseEvidence {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO case_evidence (id, case_id, request_id, issuer, kind, record_id, record, token, received_at, expires_at, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING_PREVIEW')`,
      )
      .run(
        randomUUID(),
        evidence.caseId,
        evidence.requestId,
        evidence.issuer,
        evidence.kind,
        evidence.record.recordId,
        JSON.stringify(evidence.record),
        evidence.token,
        evidence.receivedAt,
        evidence.expiresAt,
      );
    return toEvidence(
      this.db
        .prepare<[string, string, string], EvidenceRow>('SELECT * FROM case_evidence WHERE case_id = ? AND issuer = ? AND record_id = ?')
        .get(evidence.caseId, evidence.issuer, evidence.record.recordId) as EvidenceRow,
    );
  }

  evidenceOf(caseId: string): CaseEvidence[] {
    return this.db
      .prepare<[string], EvidenceRow>('SELECT * FROM case_evidence WHERE case_id = ? ORDER BY issuer, kind, record_id')
      .all(caseId)
      .map(toEvidence);
  }

  /** Evidence a decision may use: accepted by the applicant and not expired at `now`. */
  usableEvidenceOf(caseId: string, now = new Date()): CaseEvidence[] {
    return this.evidenceOf(caseId).filter((evidence) => evidence.status === 'ACCEPTED' && Date.parse(evidence.expiresAt) > now.getTime());
  }

  /** Records the applicant's decision on one piece of evidence. */
  decideEvidence(caseId: string, evidenceId: string, accept: boolean, by: CaseActor, now = new Date()): CaseEvidence | undefined {
    const changed = this.db
      .prepare("UPDATE case_evidence SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND case_id = ?")
      .run(accept ? 'ACCEPTED' : 'REJECTED', JSON.stringify(by), now.toISOString(), evidenceId, caseId).changes;
    if (changed === 0) return undefined;
    return toEvidence(this.db.prepare<[string], EvidenceRow>('SELECT * FROM case_evidence WHERE id = ?').get(evidenceId) as EvidenceRow);
  }
}
