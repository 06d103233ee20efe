import { COMMON_HTML, CURRENCY, EntityDecoder } from '@nodable/entities';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The XML layer of the 皖事通办 exchange: payload text ⇄ a small element tree. Parsing and
 * escaping are fast-xml-parser's; this file only fixes its options and narrows its output.
 *
 * Options that matter for records:
 * - parseTagValue / parseAttributeValue false: every value stays text ('0012' is not 12).
 * - trimValues false: inner blanks and line breaks of a value are kept as written.
 * - preserveOrder: repeated elements (`<XZ>`) and formatting whitespace stay visible, so the
 *   reader can reject duplicates and stray text instead of having them merged away.
 * - processEntities: &amp; &lt; &gt; &quot; &apos; are decoded on read and written on build.
 * - a carriage return is written as &#13;: a reader turns every literal CR and CRLF into LF
 *   (XML 1.0 §2.11), so "\r\n" in a clerk's note came back as "\n". The builder's escapes
 *   cover only the five characters above, so buildXmlDocument adds this one.
 * - entityDecoder: one decoder for every document (the parser resets it per document), so a
 *   record does not rebuild the entity tables — that was a third of the cost of reading one.
 *   It decodes numeric character references (&#10;, &#x4E2D;), which XML requires a reader to
 *   decode, and the common HTML names such as &nbsp; a provincial system may write; an
 *   unknown reference like &foo; is left as written (the validator accepts it). Entities a
 *   document declares itself (<!DOCTYPE … [<!ENTITY …>]>) are refused: a record has no use
 *   for them, and expanding them is the classic way to make a parser do unbounded work.
 */

/** One element: its attributes, child elements and (for leaves) its text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** All text directly inside the element, CDATA included, entities decoded, untrimmed. */
  readonly text: string;
}

/** The payload is not well-formed XML, or not a single-rooted document. */
export class XmlSyntaxError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'XmlSyntaxError';
  }
}

const ATTRIBUTES_KEY = ':@';
const TEXT_KEY = '#text';
const DECLARATION_KEY = '?xml';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  entityDecoder: new EntityDecoder({
    namedEntities: { ...COMMON_HTML, ...CURRENCY },
    numericAllowed: true,
    onInputEntity: (name) => {
      throw new XmlSyntaxError(`the document declares an entity of its own (&${name};); a record may use only XML's and the common HTML entities`);
    },
  }),
  ignoreDeclaration: false,
  ignorePiTags: false,
  removeNSPrefix: false,
});

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  suppressEmptyNode: false,
  // Otherwise an attribute whose value is "true" is written without a value.
  suppressBooleanAttributes: false,
  format: false,
});

/** Parses one XML document; returns its root element. */
export function parseXmlDocument(payload: string): XmlElement {
  const validation = XMLValidator.validate(payload);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new XmlSyntaxError(`not well-formed XML (line ${line}${col === undefined ? '' : `, column ${col}`}): ${msg}`);
  }
  let nodes: unknown;
  try {
    nodes = parser.parse(payload);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw error;
    throw new XmlSyntaxError(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(nodes)) throw new XmlSyntaxError('not an XML document');

  const roots: XmlElement[] = [];
  for (const node of nodes) {
    const entry = nodeEntry(node);
    if (entry.name === TEXT_KEY) {
      if (entry.text.trim() !== '') throw new XmlSyntaxError('text outside the root element');
    } else if (entry.name === DECLARATION_KEY) {
      // The XML declaration; nothing in it concerns the record.
    } else if (entry.name.startsWith('?')) {
      throw new XmlSyntaxError(`unexpected processing instruction <${entry.name}?>`);
    } else {
      roots.push(toElement(entry.name, entry.children, entry.attributes));
    }
  }
  const [root, ...others] = roots;
  if (root === undefined) throw new XmlSyntaxError('no root element');
  if (others.length > 0) throw new XmlSyntaxError(`more than one root element (${roots.map((r) => `<${r.name}>`).join(', ')})`);
  return root;
}

/** A literal carriage return; the builder writes none of its own (format: false). */
const CARRIAGE_RETURN = /\r/g;

/** Writes a UTF-8 XML document with the declaration and the given root element. */
export function buildXmlDocument(root: XmlElement): string {
  const document: string = builder.build([
    { [DECLARATION_KEY]: [], [ATTRIBUTES_KEY]: { version: '1.0', encoding: 'UTF-8' } },
    toBuilderNode(root),
  ]);
  // Every CR in the output came from a value (text or attribute); as a character reference it
  // survives the reader's line-end normalisation. Replaced after building, because the
  // builder would escape the & of a reference put into the value beforehand.
  return document.replace(CARRIAGE_RETURN, '&#13;');
}

/** A leaf element holding text. */
export function textElement(name: string, text: string, attributes: Record<string, string> = {}): XmlElement {
  return { name, attributes, children: [], text };
}

/** An element holding child elements. */
export function containerElement(name: string, children: readonly XmlElement[], attributes: Record<string, string> = {}): XmlElement {
  return { name, attributes, children, text: '' };
}

type BuilderNode = Record<string, unknown>;

function toBuilderNode(element: XmlElement): BuilderNode {
  const content: BuilderNode[] = element.children.map(toBuilderNode);
  if (element.text !== '') content.unshift({ [TEXT_KEY]: element.text });
  const node: BuilderNode = { [element.name]: content };
  if (Object.keys(element.attributes).length > 0) node[ATTRIBUTES_KEY] = { ...element.attributes };
  return node;
}

interface NodeEntry {
  name: string;
  /** Child nodes of an element (empty for text). */
  children: unknown[];
  /** Text of a text node (empty for an element). */
  text: string;
  attributes: Record<string, string>;
}

/** Narrows one node of fast-xml-parser's ordered output: `{ NAME: [...], ':@': {...} }` or `{ '#text': '...' }`. */
function nodeEntry(node: unknown): NodeEntry {
  if (typeof node !== 'object' || node === null) throw new XmlSyntaxError('unexpected parser output');
  const keys = Object.keys(node).filter((key) => key !== ATTRIBUTES_KEY);
  const [name, ...extra] = keys;
  if (name === undefined || extra.length > 0) throw new XmlSyntaxError('unexpected parser output');
  const value: unknown = (node as Record<string, unknown>)[name];
  const attributes = readAttributes((node as Record<string, unknown>)[ATTRIBUTES_KEY]);
  if (name === TEXT_KEY) return { name, children: [], text: String(value), attributes };
  if (!Array.isArray(value)) throw new XmlSyntaxError(`unexpected parser output for <${name}>`);
  return { name, children: value, text: '', attributes };
}

function readAttributes(raw: unknown): Record<string, string> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null) throw new XmlSyntaxError('unexpected parser output for attributes');
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw new XmlSyntaxError(`attribute ${name} has no value`);
    attributes[name] = value;
  }
  return attributes;
}

function toElement(name: string, nodes: unknown[], attributes: Record<string, string>): XmlElement {
  const children: XmlElement[] = [];
  let text = '';
  for (const node of nodes) {
    const entry = nodeEntry(node);
    if (entry.name === TEXT_KEY) text += entry.text;
    else if (entry.name.startsWith('?')) throw new XmlSyntaxError(`unexpected processing instruction inside <${name}>`);
    else children.push(toElement(entry.name, entry.children, entry.attributes));
  }
  return { name, attributes, children, text };
}
