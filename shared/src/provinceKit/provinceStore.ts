import type { NativeEvidenceKind } from '../standard/evidenceKinds.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';

/**
 * A province's own store: every record kept as the province's native payload, exactly as
 * its systems wrote it, indexed by subject. Reading turns payloads into standard records
 * (the kit does that, through the province's adapter); nothing here knows any format.
 */
export interface NativeRow {
  readonly recordId: string;
  readonly subjectId: string;
  readonly kind: NativeEvidenceKind;
  readonly payload: string;
}

export class ProvinceStore {
  private readonly selectBySubjects;
  private readonly insertRow;
  private readonly updatePayload;
  private readonly countRows;

  constructor(private readonly db: SqliteDatabase) {
    // One statement for any number of subjects: the id list travels as one JSON array.
    this.selectBySubjects = this.db.prepare<[string], { record_id: string; subject_id: string; kind: string; payload: string }>(
      `SELECT record_id, subject_id, kind, payload FROM native_record
        WHERE subject_id IN (SELECT value FROM json_each(?))
        ORDER BY subject_id, kind, record_id`,
    );
    this.insertRow = this.db.prepare<[string, string, string, string]>(
      'INSERT INTO native_record (record_id, subject_id, kind, payload) VALUES (?, ?, ?, ?)',
    );
    this.updatePayload = this.db.prepare<[string, string, string, string]>('UPDATE native_record SET payload = ? WHERE record_id = ? AND subject_id = ? AND kind = ?');
    this.countRows = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM native_record');
  }

  /** Native rows of all the given subjects, in one query. */
  rowsForSubjects(subjectIds: readonly string[]): NativeRow[] {
    if (subjectIds.length === 0) return [];
    return this.selectBySubjects.all(JSON.stringify(subjectIds)).map((row) => ({
      recordId: row.record_id,
      subjectId: row.subject_id,
      kind: row.kind as NativeEvidenceKind,
      payload: row.payload,
    }));
  }

  /** Writes one record, as the province's own systems do (e.g. a credit record after a failed post-check). */
  insert(row: NativeRow): void {
    this.insertRow.run(row.recordId, row.subjectId, row.kind, row.payload);
  }

  /**
   * Rewrites one record as the province's own systems do when what it records changes (a
   * registration deregistered); false when no such record of that subject and kind is held.
   */
  replace(row: NativeRow): boolean {
    return this.updatePayload.run(row.payload, row.recordId, row.subjectId, row.kind).changes > 0;
  }

  isEmpty(): boolean {
    return (this.countRows.get()?.n ?? 0) === 0;
  }

  /** Inserts rows in one transaction; the seed info is written with them. */
  insertAll(rows: Iterable<NativeRow>, seedInfo: { scale: string }): number {
    let count = 0;
    this.db.transaction(() => {
      for (const row of rows) {
        this.insertRow.run(row.recordId, row.subjectId, row.kind, row.payload);
        count++;
      }
      this.db
        .prepare('INSERT OR REPLACE INTO seed_info (id, scale, seeded_at) VALUES (1, ?, ?)')
        .run(seedInfo.scale, new Date().toISOString());
    })();
    return count;
  }
}
