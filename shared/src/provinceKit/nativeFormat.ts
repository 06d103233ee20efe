import type { NativeEvidenceKind } from '../standard/evidenceKinds.ts';
import type { NativeRecord } from '../standard/standardRecord.ts';

/**
 * How one province's own system stores a record, and the adapter that reads it.
 *
 * Each province keeps its records in its native format (one payload per record in its
 * store). The province kit calls `decode` (nativeToStandard) on every read, so nothing
 * downstream ever sees a native field name, date style, status code or unit.
 */
export interface NativeFormat {
  /** One line on the format, for the README and start-up logs. */
  readonly description: string;
  /**
   * standardToNative: how the province's system would write the record. Used by the fixture
   * generator to produce the province's native dataset; never on a read path.
   */
  encode(record: NativeRecord): string;
  /**
   * nativeToStandard: one stored payload of the given kind → the standard record.
   * Throws NativeRecordError when the payload breaks the province's format.
   */
  decode(kind: NativeEvidenceKind, payload: string): NativeRecord;
}

/** A native payload that does not follow its province's format. */
export class NativeRecordError extends Error {
  constructor(
    readonly region: string,
    readonly kind: NativeEvidenceKind,
    readonly field: string,
    problem: string,
  ) {
    super(`${region} ${kind} record, field ${field}: ${problem}`);
    this.name = 'NativeRecordError';
  }
}
