import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import { NativeRecordError, type NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import type { LocalDate } from '@yrd/shared/time/localDate';
import { describeJson, FieldProblem, type JsonValue } from './fieldCodecs.ts';
import { RECORD_TYPES } from './shanghaiCodeTables.ts';
import { RECORD_TYPE_FIELD, SHANGHAI_LAYOUTS, type NativeField } from './shanghaiFieldMap.ts';

/**
 * Shanghai's native record format, as the 一网通办 data-sharing platform exchanges it: one JSON
 * object per record, camelCase field names of Shanghai's own (shanghaiFieldMap.ts), a
 * `recordType` discriminator, Shanghai's code values (shanghaiCodeTables.ts), ISO dates,
 * `lastModified` as a date-time with offset, money as decimal strings in 元 (capital in 万元).
 * Fields Shanghai's system adds that the standard does not know are ignored.
 */

const REGION = 'SHANGHAI';
/** Field name reported when the payload as a whole is wrong (not JSON, not an object). */
export const WHOLE_PAYLOAD = '$';

type JsonObject = Readonly<Record<string, unknown>>;

/** A layout with its content fields seen generically, so one walk serves every kind. */
interface GenericLayout {
  readonly recordType: string;
  readonly recordId: NativeField<string>;
  readonly subjectId: NativeField<string>;
  readonly updatedOn: NativeField<LocalDate>;
  readonly content: Readonly<Record<string, NativeField<unknown>>>;
}

function layoutOf(kind: NativeEvidenceKind): GenericLayout {
  return SHANGHAI_LAYOUTS[kind];
}

function parseObject(kind: NativeEvidenceKind, payload: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NativeRecordError(REGION, kind, WHOLE_PAYLOAD, `payload is not JSON (${reason})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new NativeRecordError(REGION, kind, WHOLE_PAYLOAD, `expected one JSON object per record, got ${describeJson(parsed)}`);
  }
  return parsed as JsonObject;
}

function checkRecordType(kind: NativeEvidenceKind, expected: string, object: JsonObject): void {
  if (!Object.hasOwn(object, RECORD_TYPE_FIELD)) {
    throw new NativeRecordError(REGION, kind, RECORD_TYPE_FIELD, `is missing; expected "${expected}"`);
  }
  const actual = object[RECORD_TYPE_FIELD];
  if (actual === expected) return;
  const storedAs = Object.entries(RECORD_TYPES).find(([, recordType]) => recordType === actual)?.[0];
  const problem =
    storedAs === undefined
      ? `${describeJson(actual)} is not a Shanghai record type; a ${kind} record is "${expected}"`
      : `is "${String(actual)}" (a ${storedAs} record), but the payload is stored as ${kind}, which Shanghai writes as "${expected}"`;
  throw new NativeRecordError(REGION, kind, RECORD_TYPE_FIELD, problem);
}

/**
 * One field, by its codec. `subjectId` (the record's subject number, once read) serves a field
 * Shanghai added after payloads were already written, when the payload lacks it
 * (NativeField.whenAbsent); any other absent field is an error.
 */
function readField<T>(kind: NativeEvidenceKind, object: JsonObject, field: NativeField<T>, subjectId?: string): T {
  try {
    if (Object.hasOwn(object, field.name)) return field.codec.read(object[field.name]);
    if (field.whenAbsent !== undefined && subjectId !== undefined) return field.whenAbsent(subjectId);
  } catch (error) {
    if (error instanceof FieldProblem) throw new NativeRecordError(REGION, kind, `${field.name}${error.path}`, error.message);
    throw error;
  }
  throw new NativeRecordError(REGION, kind, field.name, 'is missing (absent values are written as null)');
}

function decode(kind: NativeEvidenceKind, payload: string): NativeRecord {
  const layout = layoutOf(kind);
  const object = parseObject(kind, payload);
  checkRecordType(kind, layout.recordType, object);
  const recordId = readField(kind, object, layout.recordId);
  const subjectId = readField(kind, object, layout.subjectId);
  const content: Record<string, unknown> = {};
  for (const [standardName, nativeField] of Object.entries(layout.content)) {
    content[standardName] = readField(kind, object, nativeField, subjectId);
  }
  const updatedOn = readField(kind, object, layout.updatedOn);
  // Every content field of `kind` was read by the codec SHANGHAI_LAYOUTS[kind] pairs with it (or, for
  // a field added later that an older payload lacks, its whenAbsent), and
  // ShanghaiLayout's mapped type makes that list complete and each codec's value type the
  // field's; TypeScript cannot follow that through the generic walk, hence the assertion.
  return { kind, recordId, subjectId, updatedOn, content } as unknown as NativeRecord;
}

function encode(record: NativeRecord): string {
  const layout = layoutOf(record.kind);
  // Widened to `object`, then read by name: every content shape is a plain object of fields.
  const shape: object = record.content;
  const content = shape as JsonObject;
  const native: Record<string, JsonValue> = {
    [RECORD_TYPE_FIELD]: layout.recordType,
    [layout.recordId.name]: layout.recordId.codec.write(record.recordId),
    [layout.subjectId.name]: layout.subjectId.codec.write(record.subjectId),
  };
  for (const [standardName, nativeField] of Object.entries(layout.content)) {
    if (!Object.hasOwn(content, standardName)) {
      throw new RangeError(`standard ${record.kind} record ${record.recordId} has no ${standardName}`);
    }
    native[nativeField.name] = nativeField.codec.write(content[standardName]);
  }
  native[layout.updatedOn.name] = layout.updatedOn.codec.write(record.updatedOn);
  return JSON.stringify(native);
}

export const shanghaiNativeFormat: NativeFormat = {
  description:
    'Shanghai 一网通办 data-sharing JSON: one object per record, own camelCase fields and codes, recordType discriminator, ' +
    'ISO dates, lastModified with UTC offset, money as decimal strings in 元 (registered capital in 万元)',
  encode,
  decode,
};
