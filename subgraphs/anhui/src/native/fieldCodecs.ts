import type { Fen } from '@yrd/shared/standard/money';
import type { Sex } from '@yrd/shared/standard/recordContents';
import type { LocalDate, YearMonth } from '@yrd/shared/time/localDate';
import type { AnhuiCodeTable } from './codeTables.ts';
import {
  readDate,
  readMonth,
  readSex,
  readWanYuan,
  readWholeNumber,
  readYear,
  readYesNo,
  readYuan,
  writeDate,
  writeMonth,
  writeSex,
  writeWanYuan,
  writeWholeNumber,
  writeYear,
  writeYesNo,
  writeYuan,
  type Fail,
} from './nativeValues.ts';
import { containerElement, textElement, type XmlElement } from './xmlDocument.ts';

/**
 * How one standard field is written as one child element of a record, and read back.
 *
 * Strictness rules shared by every codec:
 * - null is written by leaving the element out; nothing else means null. An empty element,
 *   or one with the attribute KZ="1", is an error, not a null.
 * - a required element that is absent is an error; it is never defaulted.
 * - a value's surrounding blanks are trimmed, its inner blanks and line breaks are kept.
 * - attributes other than the ones a codec knows (DM on coded elements) are errors.
 */
export interface FieldCodec<T> {
  /** The native element, e.g. 'XM'. */
  readonly element: string;
  /** The element that carries the value, or undefined to leave the element out (null). */
  write(value: T): XmlElement | undefined;
  /** The value from the element found in the record (undefined when absent). */
  read(found: XmlElement | undefined, fail: FailAt): T;
}

/** Throws the NativeRecordError of a native field (an element, or container/item). */
export type FailAt = (field: string, problem: string) => never;

const NULL_HINT = 'a null value is written by leaving the element out';

/** The trimmed text of a leaf element that may carry only the given attributes. */
function leafText(element: XmlElement, fail: FailAt, allowedAttributes: readonly string[] = [], field = element.name): string {
  for (const attribute of Object.keys(element.attributes)) {
    if (!allowedAttributes.includes(attribute)) {
      fail(field, `unexpected attribute ${attribute}${attribute === 'KZ' ? ` (${NULL_HINT})` : ''}`);
    }
  }
  const [child] = element.children;
  if (child !== undefined) fail(field, `must hold text, found child element <${child.name}>`);
  const text = element.text.trim();
  if (text === '') fail(field, `is empty (${NULL_HINT})`);
  return text;
}

function required(element: string, found: XmlElement | undefined, fail: FailAt): XmlElement {
  if (found === undefined) return fail(element, 'is missing');
  return found;
}

/** A required text value converted by `read` and written by `write`. */
export function scalar<T>(element: string, read: (text: string, fail: Fail) => T, write: (value: T) => string): FieldCodec<T> {
  return {
    element,
    write: (value) => textElement(element, write(value)),
    read: (found, fail) => read(leafText(required(element, found, fail), fail), (problem) => fail(element, problem)),
  };
}

export const text = (element: string): FieldCodec<string> => scalar(element, (value) => value, (value) => value);

/** Text that must match a pattern, e.g. an identity number. */
export const patterned = (element: string, pattern: RegExp, description: string): FieldCodec<string> =>
  scalar(
    element,
    (value, fail) => (pattern.test(value) ? value : fail(`"${value}" is not ${description}`)),
    (value) => value,
  );

export const date = (element: string): FieldCodec<LocalDate> => scalar(element, readDate, writeDate);
export const month = (element: string): FieldCodec<YearMonth> => scalar(element, readMonth, writeMonth);
export const yuan = (element: string): FieldCodec<Fen> => scalar(element, readYuan, writeYuan);
export const wanYuan = (element: string): FieldCodec<Fen> => scalar(element, readWanYuan, writeWanYuan);
export const wholeNumber = (element: string): FieldCodec<number> => scalar(element, readWholeNumber, writeWholeNumber);
export const year = (element: string): FieldCodec<number> => scalar(element, readYear, writeYear);
export const yesNo = (element: string): FieldCodec<boolean> => scalar(element, readYesNo, writeYesNo);
export const sex = (element: string): FieldCodec<Sex> => scalar(element, readSex, writeSex);

/** A nullable field: absent element ⇄ null. */
export function optional<T>(codec: FieldCodec<T>): FieldCodec<T | null> {
  return {
    element: codec.element,
    write: (value) => (value === null ? undefined : codec.write(value)),
    read: (found, fail) => (found === undefined ? null : codec.read(found, fail)),
  };
}

const CODE_ATTRIBUTE = 'DM';

function knownCodes<V extends string>(table: AnhuiCodeTable<V>): string {
  return table.map((entry) => `${entry.code} ${entry.label}`).join(', ');
}

/** Reads `<NAME DM="code">label</NAME>`: decoded by the code; the label must agree with it. */
function readCoded<V extends string>(found: XmlElement, table: AnhuiCodeTable<V>, fail: FailAt, field: string): V {
  const label = leafText(found, fail, [CODE_ATTRIBUTE], field);
  const code = found.attributes[CODE_ATTRIBUTE];
  if (code === undefined) return fail(field, `has no ${CODE_ATTRIBUTE} code attribute`);
  const entry = table.find((candidate) => candidate.code === code.trim());
  if (entry === undefined) return fail(field, `unknown code ${CODE_ATTRIBUTE}="${code}" (known: ${knownCodes(table)})`);
  if (label !== entry.label) {
    return fail(field, `label "${label}" contradicts ${CODE_ATTRIBUTE}="${entry.code}", which means "${entry.label}"`);
  }
  return entry.value;
}

function writeCoded<V extends string>(element: string, table: AnhuiCodeTable<V>, value: V): XmlElement {
  const entry = table.find((candidate) => candidate.value === value);
  if (entry === undefined) throw new RangeError(`no ${element} code for ${value}`);
  return textElement(element, entry.label, { [CODE_ATTRIBUTE]: entry.code });
}

/** A status or type: `<ZHZT DM="1">正常</ZHZT>`. */
export function coded<V extends string>(element: string, table: AnhuiCodeTable<V>): FieldCodec<V> {
  return {
    element,
    write: (value) => writeCoded(element, table, value),
    read: (found, fail) => readCoded(required(element, found, fail), table, fail, element),
  };
}

/**
 * A set of coded values as repeated items in a container: `<CBXZ><XZ DM="110">…</XZ>…</CBXZ>`.
 * An empty container is the empty set; an absent container is an error. Items may come in
 * any order but not twice; the standard value lists them in `order`.
 */
export function codedSet<V extends string>(
  container: string,
  item: string,
  table: AnhuiCodeTable<V>,
  order: readonly V[],
): FieldCodec<V[]> {
  const itemField = `${container}/${item}`;
  return {
    element: container,
    write: (values) => containerElement(container, values.map((value) => writeCoded(item, table, value))),
    read: (found, fail) => {
      const element = required(container, found, fail);
      const [attribute] = Object.keys(element.attributes);
      if (attribute !== undefined) fail(container, `unexpected attribute ${attribute}`);
      if (element.text.trim() !== '') fail(container, `must hold only <${item}> elements, found text "${element.text.trim()}"`);
      const values: V[] = [];
      for (const child of element.children) {
        if (child.name !== item) fail(container, `must hold only <${item}> elements, found <${child.name}>`);
        const value = readCoded(child, table, fail, itemField);
        if (values.includes(value)) fail(itemField, `${child.attributes[CODE_ATTRIBUTE] ?? ''} appears more than once`);
        values.push(value);
      }
      return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    },
  };
}
