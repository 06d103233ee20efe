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

/**
 * What every adapter says of a payload carrying something its format does not have (a field, a
 * column, an element): the province's format has changed. The adapter certifies the record to
 * another province as evidence, and what it does not understand could change what the record
 * means (a new revocation flag, a new status), so the record is unreadable until it is updated.
 */
export function formatChanged(province: string): string {
  return `${province}'s format has changed — update the adapter before its records are used as evidence`;
}

/**
 * The first key of a key–value payload (a JSON record) that is not among `known`, with the
 * problem to report it by — naming the others too, never a value, which may be a person's data —
 * or undefined when every key is known. `words` name the province, what a key is (field, column)
 * and what the payload is (record, row) in the adapter's own terms.
 */
export function unknownKeyOf(
  payload: object,
  known: ReadonlySet<string>,
  words: { readonly province: string; readonly key: string; readonly payload: string },
): { readonly key: string; readonly problem: string } | undefined {
  const [unknown, ...others] = Object.keys(payload).filter((key) => !known.has(key));
  if (unknown === undefined) return undefined;
  const alsoUnknown = others.length === 0 ? '' : `nor are ${others.join(', ')}; `;
  return {
    key: unknown,
    problem: `is not a ${words.key} of ${words.province}'s ${words.payload} (${alsoUnknown}known: ${[...known].join(', ')}); ${formatChanged(words.province)}`,
  };
}
