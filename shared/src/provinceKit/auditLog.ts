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
  | 'DIRECT_CALL_REFUSED'
  /** A clerk of the filing province was shown the evidence records a case holds (caseResolvers.ts). */
  | 'CASE_EVIDENCE_VIEWED'
  /** Someone was refused a case of the subject's: to read it or to act on it (caseAccess.ts). */
  | 'CASE_REFUSED';

/**
 * NO_RECORDS: a holder answered an evidence request holding none of the records asked for —
 * it sent nothing of hers (for a kind whose absence is evidence, such as a clean credit record,
 * that answer is the proof, and "found none" is still what happened). VIEWED: shown to a clerk.
 */
export type AuditOutcome = 'RELEASED' | 'NO_RECORDS' | 'REFUSED' | 'REJECTED' | 'VIEWED';

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
  /**
   * How many like events this entry stands for (refusals from one address are folded when they
   * flood; a request answered again is counted in its entry, as are refusals and views folded by
   * `appendFolded`). 0 adds what the entry shows without counting another event.
   */
  readonly repeats?: number;
}

/** How `appendFolded` tells a like event that is counted in an earlier entry instead of written anew. */
export interface FoldOptions {
  /** How long after an entry was first written a like event still counts in it. */
  readonly withinSeconds: number;
  /**
   * Whether an entry also stands for like events that concern other records (a clerk shown more
   * of a case's evidence within the hour): their kinds and records are added to it. Otherwise only
   * events about the very same kinds and records are alike.
   */
  readonly mergeRecords?: boolean;
}

export interface AuditEntry
  extends Required<Omit<AuditEntryInput, 'reason' | 'subjectId' | 'subjectKind' | 'caseId' | 'itemCode' | 'requestId' | 'sourceAddress'>> {
  readonly id: number;
  readonly at: string;
  /** When the last of the events the entry stands for happened (`at` when it stands for one). */
  readonly lastAt: string;
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
  last_at: string | null;
}

export class AuditLog {
  private readonly insert;
  private readonly selectForSubject;
  private readonly selectAlike;
  private readonly count;

  constructor(private readonly db: SqliteDatabase) {
    // A request answered twice alike (a retried or replayed query: same request, event, caller,
    // outcome, reason and records) is one entry, by the unique index of migration 9 — but her
    // data was sent again, so the entry counts it (repeats) and says when it last happened
    // (last_at) rather than dropping the event. Anything else about the same request — another
    // caller presenting it, another set of records released — is an entry of its own. Only that
    // index is handled (DO UPDATE, never OR IGNORE/REPLACE): a NOT NULL violation must fail
    // loudly rather than lose an entry.
    this.insert = db.prepare(
      `INSERT INTO audit_entry (at, event, outcome, reason, subject_id, subject_kind, caller, case_id, item_code, request_id, kinds, record_ids, source_address, repeats)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET repeats = repeats + excluded.repeats, last_at = excluded.at`,
    );
    this.selectForSubject = db.prepare<[string, SubjectKind, number, number], AuditRow>(
      `SELECT * FROM audit_entry WHERE subject_id = ? AND (subject_kind IS NULL OR subject_kind = ?) AND id < ?
        ORDER BY id DESC LIMIT ?`,
    );
    // The latest entry a like event may be counted in (appendFolded): the same about everything
    // but the records when records merge. IS, not =, since most of these columns may be NULL.
    this.selectAlike = db.prepare<AlikeParameters, AuditRow>(
      `SELECT * FROM audit_entry
        WHERE subject_id IS @subjectId AND subject_kind IS @subjectKind AND event = @event AND outcome = @outcome
          AND reason IS @reason AND caller = @caller AND case_id IS @caseId AND item_code IS @itemCode
          AND request_id IS @requestId AND source_address IS @sourceAddress AND at >= @since
          AND (@mergeRecords OR (kinds = @kinds AND record_ids = @recordIds))
        ORDER BY id DESC LIMIT 1`,
    );
    this.count = db.prepare<[number, string, string, string, number]>(
      'UPDATE audit_entry SET repeats = repeats + ?, last_at = ?, kinds = ?, record_ids = ? WHERE id = ?',
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

  /**
   * Writes the event, or counts it in the latest like entry written less than
   * `withinSeconds` before: a burst of identical refusals (one request with twenty aliases), or a
   * clerk reopening a case's evidence all morning, is one entry with how many times and when last
   * — so that it cannot push every other access off the first page of the person's history.
   */
  appendFolded(entry: AuditEntryInput, options: FoldOptions, now = new Date()): void {
    this.db.transaction(() => {
      const alike = this.selectAlike.get({
        subjectId: entry.subjectId ?? null,
        subjectKind: entry.subjectKind ?? null,
        event: entry.event,
        outcome: entry.outcome,
        reason: entry.reason ?? null,
        caller: callerColumn(entry.actor),
        caseId: entry.caseId ?? null,
        itemCode: entry.itemCode ?? null,
        requestId: entry.requestId ?? null,
        sourceAddress: entry.sourceAddress ?? null,
        since: new Date(now.getTime() - options.withinSeconds * 1000).toISOString(),
        mergeRecords: options.mergeRecords ? 1 : 0,
        kinds: JSON.stringify(entry.kinds ?? []),
        recordIds: JSON.stringify(entry.recordIds ?? []),
      });
      if (!alike) {
        // A first event always counts once, even one sent as "no further event" (repeats 0).
        this.append({ ...entry, repeats: Math.max(1, entry.repeats ?? 1) }, now);
        return;
      }
      const kinds = union(JSON.parse(alike.kinds) as string[], entry.kinds ?? []);
      const recordIds = union(JSON.parse(alike.record_ids) as string[], entry.recordIds ?? []);
      this.count.run(entry.repeats ?? 1, now.toISOString(), JSON.stringify(kinds), JSON.stringify(recordIds), alike.id);
    })();
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

interface AlikeParameters {
  subjectId: string | null;
  subjectKind: SubjectKind | null;
  event: AuditEvent;
  outcome: AuditOutcome;
  reason: string | null;
  caller: string;
  caseId: string | null;
  itemCode: string | null;
  requestId: string | null;
  sourceAddress: string | null;
  since: string;
  mergeRecords: 0 | 1;
  kinds: string;
  recordIds: string;
}

/** The values of `first`, then those of `more` it lacks, in order. */
function union(first: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...first, ...more])];
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    lastAt: row.last_at ?? row.at,
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
