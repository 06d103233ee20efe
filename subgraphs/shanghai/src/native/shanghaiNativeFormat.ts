import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import { NativeRecordError, unknownKeyOf, type NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import type { LocalDate } from '@yrd/shared/time/localDate';
import { describeJson, FieldProblem, type JsonValue } from './fieldCodecs.ts';
import { RECORD_TYPES } from './shanghaiCodeTables.ts';
import { PLATFORM_METADATA_FIELDS, RECORD_TYPE_FIELD, SHANGHAI_LAYOUTS, type NativeField } from './shanghaiFieldMap.ts';

/**
 * Shanghai's native record format, as the 一网通办 data-sharing platform exchanges it: one JSON
 * object per record, camelCase field names of Shanghai's own (shanghaiFieldMap.ts), a
 * `recordType` discriminator, Shanghai's code values (shanghaiCodeTables.ts), ISO dates,
 * `lastModified` as a date-time with offset, money as decimal strings in 元 (capital in 万元).
 *
 * A payload carrying a field this adapter does not know is unreadable, as in Jiangsu (an extra
 * column) and Anhui (an unknown element). The adapter certifies the record to another province
 * as evidence, and a field it does not understand could change what the record means — a new
 * revocation flag, a new status — so it must not be dropped in silence: the error names the
 * field and says the adapter needs updating. Known are the `recordType` discriminator, the
 * kind's fields in shanghaiFieldMap.ts and the platform's exchange metadata
 * (PLATFORM_METADATA_FIELDS: known, not read). A field of the layout that an older payload
 * lacks is another matter: absent, it is read by its whenAbsent (NativeField.whenAbsent).
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

/**
 * Every field a payload of a kind may carry, in the order Shanghai writes them: the
 * discriminator, record number, subject, content, lastModified, then the platform's metadata.
 */
function knownFieldsOf(layout: GenericLayout): ReadonlySet<string> {
  const content = Object.values(layout.content).map((field) => field.name);
  return new Set([RECORD_TYPE_FIELD, layout.recordId.name, layout.subjectId.name, ...content, layout.updatedOn.name, ...PLATFORM_METADATA_FIELDS]);
}

/** knownFieldsOf each kind, made once rather than for every payload read. */
const KNOWN_FIELDS = new Map((Object.keys(SHANGHAI_LAYOUTS) as NativeEvidenceKind[]).map((kind) => [kind, knownFieldsOf(layoutOf(kind))]));

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
 * Refuses a payload with a field Shanghai's `kind` record does not have, naming the first such
 * field (and any others) but never its value, which may be a person's data. Checked once the
 * recordType says the payload is of `kind` — a record of another kind is reported as that — and
 * before any field is read, so a field renamed by Shanghai is reported by its new name, as a
 * change of format, rather than by the old one as missing.
 */
function refuseUnknownFields(kind: NativeEvidenceKind, object: JsonObject): void {
  // decode has found the kind's layout already: its known fields are there too.
  const unknown = unknownKeyOf(object, KNOWN_FIELDS.get(kind) as ReadonlySet<string>, { province: 'Shanghai', key: 'field', payload: `${kind} record` });
  if (unknown) throw new NativeRecordError(REGION, kind, unknown.key, unknown.problem);
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
  refuseUnknownFields(kind, object);
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
