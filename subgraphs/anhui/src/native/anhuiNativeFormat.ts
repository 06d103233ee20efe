import { formatChanged, NativeRecordError, type NativeFormat } from '@yrd/shared/provinceKit/nativeFormat';
import { NATIVE_EVIDENCE_KIND_VALUES, type NativeEvidenceKind, type SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { subjectKindOf } from '@yrd/shared/standard/recordSubjectKind';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import type { FailAt, FieldCodec } from './fieldCodecs.ts';
import { SUBJECT_ELEMENTS, SUBJECT_ORGANISATION, SUBJECT_PERSON, subjectElementOf, writeSubject } from './identifiers.ts';
import { legacySubjectKind } from './legacySubjectKind.ts';
import { readDate, writeDate } from './nativeValues.ts';
import { RECORD_TYPES } from './recordLayouts.ts';
import { buildXmlDocument, containerElement, parseXmlDocument, XmlSyntaxError, type XmlElement } from './xmlDocument.ts';

/**
 * 安徽 · 皖事通办 data exchange: one GB-style XML document per record.
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <JL LX="GJJ" BH="record number" GXSJ="2026/11/10">
 *     <SFZHM>…</SFZHM>            subject: SFZHM (person) or TYSHXYDM (organisation)
 *     <XM>顾晓梅</XM>
 *     <ZHZT DM="1">正常</ZHZT>    coded values: code in DM, the table's label as text
 *     …
 *   </JL>
 *
 * LX is the record type (SB, GJJ, HJ, HY, QYDJ, NS, XY; see recordLayouts.ts), BH the record
 * number, GXSJ the last update. Dates 'yyyy/MM/dd', months 'yyyy/MM', money yuan with two
 * decimals, registered capital 万元, booleans 是/否, sex 男/女. Null is an absent element.
 *
 * A NS or XY record may be a person's or an enterprise's, and says whose right after the
 * subject: <NSRLX DM="1">单位纳税人</NSRLX> (DM 2: 个人纳税人) or <ZTLX DM="1">法人及其他组织</ZTLX>
 * (DM 2: 自然人). The subject's element agrees with it. One written before these elements
 * existed lacks them: see legacySubjectKind.ts.
 */

const REGION = 'ANHUI';
const ROOT = 'JL';
const TYPE_ATTRIBUTE = 'LX';
const NUMBER_ATTRIBUTE = 'BH';
const UPDATED_ATTRIBUTE = 'GXSJ';
const ROOT_ATTRIBUTES: readonly string[] = [TYPE_ATTRIBUTE, NUMBER_ATTRIBUTE, UPDATED_ATTRIBUTE];
/** The field named in errors about the document as a whole (not well-formed, not XML). */
const DOCUMENT_FIELD = 'XML';

/**
 * A layout seen field by field. FieldCodec's methods are bivariant, so every typed layout
 * fits; the per-field types are enforced where the layouts are declared.
 */
type FieldByField = Readonly<Record<string, FieldCodec<unknown>>>;

function layoutOf(kind: NativeEvidenceKind): FieldByField {
  return RECORD_TYPES[kind].layout;
}

function encode(record: NativeRecord): string {
  const type = RECORD_TYPES[record.kind];
  // The content is an interface without an index signature; the layout walks its own keys.
  const content = record.content as unknown as Readonly<Record<string, unknown>>;
  // The subject's element follows whose record it is, not the number's shape (identifiers.ts).
  const children: XmlElement[] = [writeSubject(subjectKindOf(record), record.subjectId)];
  for (const [field, codec] of Object.entries(layoutOf(record.kind))) {
    const element = codec.write(content[field]);
    if (element !== undefined) children.push(element);
  }
  return buildXmlDocument(
    containerElement(ROOT, children, {
      [TYPE_ATTRIBUTE]: type.code,
      [NUMBER_ATTRIBUTE]: record.recordId,
      [UPDATED_ATTRIBUTE]: writeDate(record.updatedOn),
    }),
  );
}

function decode(kind: NativeEvidenceKind, payload: string): NativeRecord {
  const fail: FailAt = (field, problem) => {
    throw new NativeRecordError(REGION, kind, field, problem);
  };
  if (!NATIVE_EVIDENCE_KIND_VALUES.includes(kind)) return fail(TYPE_ATTRIBUTE, `"${String(kind)}" is not an evidence kind`);
  const type = RECORD_TYPES[kind];
  if (typeof payload !== 'string') return fail(DOCUMENT_FIELD, `payload is a ${typeof payload}, not XML text`);

  let root: XmlElement;
  try {
    root = parseXmlDocument(payload);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return fail(DOCUMENT_FIELD, error.message);
    throw error;
  }
  if (root.name !== ROOT) return fail(ROOT, `the root element is <${root.name}>, expected <${ROOT}>`);

  // Root attributes: record type, number, update date.
  for (const attribute of Object.keys(root.attributes)) {
    if (!ROOT_ATTRIBUTES.includes(attribute)) fail(attribute, `unexpected attribute of <${ROOT}>`);
  }
  const attribute = (name: string): string => {
    const value = root.attributes[name]?.trim();
    if (value === undefined) return fail(name, `attribute of <${ROOT}> is missing`);
    if (value === '') return fail(name, `attribute of <${ROOT}> is empty`);
    return value;
  };
  const recordType = attribute(TYPE_ATTRIBUTE);
  if (recordType !== type.code) {
    const other = NATIVE_EVIDENCE_KIND_VALUES.find((candidate) => RECORD_TYPES[candidate].code === recordType);
    fail(
      TYPE_ATTRIBUTE,
      `record type "${recordType}"${other ? ` (${other})` : ' is unknown and'} does not match the requested kind ${kind} (${type.code})`,
    );
  }
  const recordId = attribute(NUMBER_ATTRIBUTE);
  const updatedOn = readDate(attribute(UPDATED_ATTRIBUTE), (problem) => fail(UPDATED_ATTRIBUTE, problem));

  // Child elements: each known, each once.
  if (root.text.trim() !== '') fail(ROOT, `text directly inside <${ROOT}>: "${root.text.trim()}"`);
  const layout = layoutOf(kind);
  const known = new Set([...SUBJECT_ELEMENTS, ...Object.values(layout).map((codec) => codec.element)]);
  const elements = new Map<string, XmlElement>();
  for (const child of root.children) {
    if (!known.has(child.name)) {
      fail(child.name, `is not an element of a ${type.code} (${type.label}) record; ${formatChanged('Anhui')}`);
    }
    if (elements.has(child.name)) fail(child.name, 'appears more than once');
    elements.set(child.name, child);
  }

  // The subject: exactly one of SFZHM / TYSHXYDM.
  const person = elements.get(SUBJECT_PERSON.element);
  const organisation = elements.get(SUBJECT_ORGANISATION.element);
  if (person !== undefined && organisation !== undefined) {
    fail(SUBJECT_ORGANISATION.element, `a record has one subject, but both <${SUBJECT_PERSON.element}> and <${SUBJECT_ORGANISATION.element}> are present`);
  }
  if (person === undefined && organisation === undefined) {
    fail(SUBJECT_PERSON.element, `is missing (the subject is written in <${SUBJECT_PERSON.element}> or <${SUBJECT_ORGANISATION.element}>)`);
  }
  const subjectId =
    person !== undefined ? SUBJECT_PERSON.read(person, fail) : SUBJECT_ORGANISATION.read(organisation, fail);

  const content: Record<string, unknown> = {};
  const kindField: string | undefined = type.subjectKindField;
  for (const [field, codec] of Object.entries(layout)) {
    const found = elements.get(codec.element);
    content[field] =
      field === kindField && found === undefined ? legacySubjectKind(codec.element, subjectId, fail) : codec.read(found, fail);
  }

  // NSRLX / ZTLX, when written, came with the subject in the element of that kind (encode);
  // a record whose two say different things cannot tell whose it is.
  const kindElement = kindField === undefined ? undefined : layout[kindField]?.element;
  if (kindField !== undefined && kindElement !== undefined && elements.has(kindElement)) {
    const said = content[kindField] as SubjectKind;
    const written = person !== undefined ? SUBJECT_PERSON.element : SUBJECT_ORGANISATION.element;
    if (subjectElementOf(said) !== written) {
      fail(kindElement, `says the subject is ${said === 'PERSON' ? 'a person' : 'an enterprise'}, but it is written in <${written}>, not <${subjectElementOf(said)}>`);
    }
  }
  // Every field of the kind's content was read by the codec its layout declares for it.
  return { kind, recordId, subjectId, updatedOn, content } as unknown as NativeRecord;
}

export const anhuiNativeFormat: NativeFormat = {
  description:
    '安徽 皖事通办 exchange: one XML document per record, <JL LX="…" BH="…" GXSJ="yyyy/MM/dd"> with pinyin-initial elements, DM-coded statuses, yuan amounts, absent element = null',
  encode,
  decode,
};
