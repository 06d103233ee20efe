import type { Caller } from '../identity/caller.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';

/**
 * A province's audit log (X-Road keeps one per member): every release of evidence, every
 * refusal to release or to show personal records, every piece of evidence rejected on
 * arrival. Written in the same durable database as everything else, before the answer goes
 * out; a subject reads their own entries as their access history.
 */
export type AuditEvent =
  | 'EVIDENCE_RELEASED'
  | 'EVIDENCE_REFUSED'
  | 'RECORDS_REFUSED'
  | 'EVIDENCE_REJECTED'
  | 'DIRECT_CALL_REFUSED';

export type AuditOutcome = 'RELEASED' | 'REFUSED' | 'REJECTED';

export interface AuditEntryInput {
  readonly event: AuditEvent;
  readonly outcome: AuditOutcome;
  readonly reason?: string | null;
  /** Whose data it was about (null when the request never named a subject). */
  readonly subjectId?: string | null;
  /**
   * Which holder of that number it concerns, a person or an enterprise (a number can be valid
   * as both: subjects/subjectIdentity.ts); null when it could concern either, e.g. a refused
   * read of whatever the number holds. Each holder's access history shows its own and these.
   */
  readonly subjectKind?: SubjectKind | null;
  /** Who asked: the clerk (region, division, window, operator), a citizen, anyone. */
  readonly actor: Caller;
  readonly caseId?: string | null;
  readonly itemCode?: string | null;
  readonly requestId?: string | null;
  readonly kinds?: readonly EvidenceKind[];
  readonly recordIds?: readonly string[];
  /** The network address a refused direct call came from. */
  readonly sourceAddress?: string | null;
  /** How many like events this entry stands for (refusals from one address are folded when they flood). */
  readonly repeats?: number;
}

export interface AuditEntry
  extends Required<Omit<AuditEntryInput, 'reason' | 'subjectId' | 'subjectKind' | 'caseId' | 'itemCode' | 'requestId' | 'sourceAddress'>> {
  readonly id: number;
  readonly at: string;
  readonly reason: string | null;
  readonly subjectId: string | null;
  readonly subjectKind: SubjectKind | null;
  readonly caseId: string | null;
  readonly itemCode: string | null;
  readonly requestId: string | null;
  readonly sourceAddress: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  event: string;
  outcome: string;
  reason: string | null;
  subject_id: string | null;
  subject_kind: string | null;
  caller: string;
  case_id: string | null;
  item_code: string | null;
  request_id: string | null;
  kinds: string;
  record_ids: string;
  source_address: string | null;
  repeats: number;
}

export class AuditLog {
  private readonly insert;
  private readonly selectForSubject;

  constructor(private readonly db: SqliteDatabase) {
    // A request answered twice alike (a retried query: same request, event, caller, outcome,
    // reason and records) is logged once, by the unique index of migration 9. Anything else
    // about the same request — another caller presenting it, another set of records released
    // — is an entry of its own. DO NOTHING (not OR IGNORE) so that only that index can drop
    // a row: a NOT NULL violation must fail loudly rather than lose an entry.
    this.insert = db.prepare(
      `INSERT INTO audit_entry (at, event, outcome, reason, subject_id, subject_kind, caller, case_id, item_code, request_id, kinds, record_ids, source_address, repeats)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    this.selectForSubject = db.prepare<[string, SubjectKind, number, number], AuditRow>(
      `SELECT * FROM audit_entry WHERE subject_id = ? AND (subject_kind IS NULL OR subject_kind = ?) AND id < ?
        ORDER BY id DESC LIMIT ?`,
    );
  }

  append(entry: AuditEntryInput, now = new Date()): void {
    this.insert.run(
      now.toISOString(),
      entry.event,
      entry.outcome,
      entry.reason ?? null,
      entry.subjectId ?? null,
      entry.subjectKind ?? null,
      callerColumn(entry.actor),
      entry.caseId ?? null,
      entry.itemCode ?? null,
      entry.requestId ?? null,
      JSON.stringify(entry.kinds ?? []),
      JSON.stringify(entry.recordIds ?? []),
      entry.sourceAddress ?? null,
      entry.repeats ?? 1,
    );
  }

  /** Entries that record one event together (e.g. under each person it concerns): all or none. */
  appendAll(entries: readonly AuditEntryInput[], now = new Date()): void {
    this.db.transaction(() => {
      for (const entry of entries) this.append(entry, now);
    })();
  }

  /**
   * The subject's entries, newest first, `limit` at a time, before entry `beforeId`: those about
   * the holder of `subjectId` of this kind, and those that could be about either holder.
   */
  entriesFor(subjectId: string, subjectKind: SubjectKind, limit: number, beforeId = Number.MAX_SAFE_INTEGER): AuditEntry[] {
    return this.selectForSubject.all(subjectId, subjectKind, beforeId, limit).map(toEntry);
  }

  /** Every entry, oldest first (for the province's own inspection, and tests). */
  all(): AuditEntry[] {
    return this.db.prepare<[], AuditRow>('SELECT * FROM audit_entry ORDER BY id').all().map(toEntry);
  }
}

/**
 * The caller as stored: its fields in name order, so that one caller is always the same text
 * however its object was put together — the column takes part in telling a retry apart.
 */
function callerColumn(actor: Caller): string {
  return JSON.stringify(actor, Object.keys(actor).sort());
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    event: row.event as AuditEvent,
    outcome: row.outcome as AuditOutcome,
    reason: row.reason,
    subjectId: row.subject_id,
    subjectKind: row.subject_kind as SubjectKind | null,
    actor: JSON.parse(row.caller) as Caller,
    caseId: row.case_id,
    itemCode: row.item_code,
    requestId: row.request_id,
    kinds: JSON.parse(row.kinds) as EvidenceKind[],
    recordIds: JSON.parse(row.record_ids) as string[],
    sourceAddress: row.source_address,
    repeats: row.repeats,
  };
}
