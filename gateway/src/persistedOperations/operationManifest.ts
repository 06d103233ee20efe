import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
// graphql's CommonJS entry, the module instance Apollo Gateway and Apollo Server load. Plain Node
// resolves 'graphql' to it too, but Vitest resolves 'graphql' to the ESM build (index.mjs), and
// graphql refuses a schema or error from the other instance ("from another module or realm").
import {
  getLocation,
  GraphQLError,
  Kind,
  parse,
  print,
  Source,
  validate,
  visit,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type NameNode,
  type OperationDefinitionNode,
} from 'graphql/index.js';
import { REGIONS, type RegionDefinition } from '@yrd/shared/regions/regionRegistry';

/**
 * The product's published client operations, as an Apollo persisted query manifest
 * (https://www.apollographql.com/docs/graphos/platform/security/persisted-queries — the
 * format Apollo Router and `@apollo/generate-persisted-query-manifest` use):
 *
 *   { format: "apollo-persisted-query-manifest", version: 1,
 *     operations: [{ id, name, type, body }] }
 *
 * `body` is the operation's text in normal form — `print(parse(text))` with graphql-js, so
 * comments, whitespace and commas in the `.graphql` file do not matter — and `id` is the hex
 * SHA-256 of `body`: exactly the `extensions.persistedQuery.sha256Hash` a client sends for
 * that text (APQ), so a client that sends the manifest's body hashes to the manifest's id.
 */

/** Where the published operations live and where the manifest is written, from the repository root. */
export const OPERATIONS_DIR = 'gateway/operations';
export const MANIFEST_FILE = 'gateway/persisted-operations.json';
export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

export type PersistedOperationType = 'query' | 'mutation' | 'subscription';

export interface PersistedOperation {
  /** Hex SHA-256 of `body`. */
  readonly id: string;
  /**
   * The operation's name: its file's name in `gateway/operations/`, or for a per-province
   * template `perProvince/<Action>.graphql` the action followed by the region's `typePrefix`.
   */
  readonly name: string;
  readonly type: PersistedOperationType;
  /** The operation (and the fragments it uses) in normal form: `print(parse(text))`. */
  readonly body: string;
}

export interface OperationManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: 1;
  /** Sorted by name. */
  readonly operations: readonly PersistedOperation[];
}

/** The normal form of an operation document: `print(parse(text))`. Throws a GraphQLError on a syntax error. */
export function normaliseOperation(text: string): string {
  return print(parse(text, { noLocation: true }));
}

/** Hex SHA-256 of a text (UTF-8): the APQ hash, and a manifest entry's id. */
export function operationId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * The folders of the operations directory besides its own `*.graphql` operations:
 *
 * - `perProvince/<Action>.graphql`: a template written once for every province. It names its
 *   operation `<Action>__Province__` and writes to the namespace field `__province__`; the
 *   manifest holds one operation per region of the registry, `<Action><typePrefix>`
 *   (`OpenCaseShanghai`), with `__Province__` replaced by the region's `typePrefix` and
 *   `__province__` by its `subgraphName` (`shanghai`) wherever they stand in a name. The
 *   placeholders are GraphQL names, so a template parses like any operation.
 * - `fragments/*.graphql`: fragment definitions only, shared by every operation and template.
 *   An operation that spreads a fragment it does not define gets the shared definitions it
 *   needs — transitively, and only those — appended in name order before it is validated,
 *   normalised and hashed. A shared fragment may not be defined again in an operation file.
 */
export const PER_PROVINCE_DIR = 'perProvince';
export const FRAGMENTS_DIR = 'fragments';
/** Replaced, in every name of a per-province template, with the region's `typePrefix` (`Shanghai`). */
export const PROVINCE_TYPE_PLACEHOLDER = '__Province__';
/** Replaced, in every name of a per-province template, with the region's `subgraphName` (`shanghai`). */
export const PROVINCE_FIELD_PLACEHOLDER = '__province__';

/** What a per-province template needs to know of a region. */
export type ProvinceNames = Pick<RegionDefinition, 'typePrefix' | 'subgraphName'>;

const GRAPHQL_FILE = /\.graphql$/;

/**
 * Reads the operations of `operationsDir` — every `*.graphql` file in it (one named operation
 * per file, named like the file, with any fragments of its own), every template of
 * `perProvince/` expanded for each of `regions`, and the shared fragments of `fragments/` they
 * use — checks each against `schema`, and returns the manifest sorted by operation name.
 * Every problem of every file is reported in one error, each line naming the file (and, for a
 * template, the operation it expanded to).
 */
export function buildManifest(operationsDir: string, schema: GraphQLSchema, regions: readonly ProvinceNames[] = REGIONS): OperationManifest {
  const problems: string[] = [];
  const { operationFiles, templateFiles, fragmentFiles } = listOperationsDir(operationsDir, problems);
  if (operationFiles.length + templateFiles.length === 0) throw new Error(`${operationsDir} holds no .graphql operations`);

  const shared = readSharedFragments(operationsDir, fragmentFiles, problems);
  const sources: OperationSource[] = [];
  let allRead = true;
  for (const file of operationFiles) {
    const document = parseFile(operationsDir, file, problems);
    const name = file.replace(GRAPHQL_FILE, '');
    if (!document || !soleOperation(document, file, name, problems) || !ownsNoSharedFragment(document, file, shared, problems)) {
      allRead = false;
      continue;
    }
    sources.push({ file, label: file, name, document });
  }
  for (const file of templateFiles) {
    const document = parseFile(operationsDir, file, problems);
    const action = file.slice(`${PER_PROVINCE_DIR}/`.length).replace(GRAPHQL_FILE, '');
    if (!document || !soleOperation(document, file, `${action}${PROVINCE_TYPE_PLACEHOLDER}`, problems) || !ownsNoSharedFragment(document, file, shared, problems)) {
      allRead = false;
      continue;
    }
    if (!usesName(document, PROVINCE_FIELD_PLACEHOLDER)) {
      problems.push(`${file}: never uses the namespace ${PROVINCE_FIELD_PLACEHOLDER}; a per-province template writes to its province's namespace (else make it one operation in ${operationsDir})`);
      allRead = false;
      continue;
    }
    for (const region of regions) {
      const name = `${action}${region.typePrefix}`;
      sources.push({ file, label: `${file} (${name})`, name, document: expandTemplate(document, region) });
    }
  }

  const labelByName = new Map<string, string>();
  const usedShared = new Set<string>();
  const operations: PersistedOperation[] = [];
  for (const source of sources) {
    const other = labelByName.get(source.name);
    if (other !== undefined) {
      problems.push(`${source.label}: the operation ${source.name} is also published by ${other}; operation names are unique`);
      continue;
    }
    labelByName.set(source.name, source.label);
    const document = withSharedFragments(source.document, shared, usedShared);
    const errors = validate(schema, document);
    if (errors.length > 0) {
      for (const error of errors) problems.push(`${source.label}: ${describeError(error, source.file)}`);
      continue;
    }
    const [operation] = document.definitions.filter(isOperation);
    if (!operation) throw new Error(`${source.label}: the operation went missing`); // soleOperation checked it
    const body = print(document);
    operations.push({ id: operationId(body), name: source.name, type: operation.operation, body });
  }
  // Only when every operation was read: one that failed to parse may be the fragment's user.
  if (allRead) {
    for (const [name, { file }] of shared) {
      if (!usedShared.has(name)) problems.push(`${file}: fragment ${name} is used by no operation; delete it (an unused fragment is never checked against the schema)`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`invalid operations in ${operationsDir}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return { format: MANIFEST_FORMAT, version: 1, operations: operations.sort((a, b) => compare(a.name, b.name)) };
}

/** One operation to publish: a file of the operations directory, or a template expanded for one region. */
interface OperationSource {
  /** The file, relative to the operations directory (`OpenCase.graphql`, `perProvince/OpenCase.graphql`). */
  readonly file: string;
  /** How problems name it: the file, and for a template the operation it expanded to. */
  readonly label: string;
  readonly name: string;
  readonly document: DocumentNode;
}

interface SharedFragment {
  /** Relative to the operations directory: `fragments/CaseOutcome.graphql`. */
  readonly file: string;
  readonly definition: FragmentDefinitionNode;
}

/** The `.graphql` files of the operations directory and of its two folders, each list sorted; any other folder is a problem. */
function listOperationsDir(operationsDir: string, problems: string[]) {
  let entries: Dirent[];
  try {
    entries = readdirSync(operationsDir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`cannot read the operations directory ${operationsDir}: ${(error as Error).message}`);
  }
  const folders = new Set<string>();
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    if (entry.name === PER_PROVINCE_DIR || entry.name === FRAGMENTS_DIR) folders.add(entry.name);
    else problems.push(`${entry.name}/: not read; operations live in ${operationsDir} itself, per-province templates in ${PER_PROVINCE_DIR}/ and shared fragments in ${FRAGMENTS_DIR}/`);
  }
  const graphqlFiles = (list: Dirent[]) => list.filter((entry) => entry.isFile() && GRAPHQL_FILE.test(entry.name)).map((entry) => entry.name).sort(compare);
  const folder = (name: string): string[] => {
    if (!folders.has(name)) return [];
    try {
      return graphqlFiles(readdirSync(join(operationsDir, name), { withFileTypes: true })).map((file) => `${name}/${file}`);
    } catch (error) {
      throw new Error(`cannot read ${join(operationsDir, name)}: ${(error as Error).message}`);
    }
  };
  return { operationFiles: graphqlFiles(entries), templateFiles: folder(PER_PROVINCE_DIR), fragmentFiles: folder(FRAGMENTS_DIR) };
}

/** Parses a file of the operations directory; the document's source is named by `file`, so an error can say where it stands. */
function parseFile(operationsDir: string, file: string, problems: string[]): DocumentNode | undefined {
  try {
    return parse(new Source(readFileSync(join(operationsDir, file), 'utf8'), file));
  } catch (error) {
    problems.push(`${file}: ${describeError(error, file)}`);
    return undefined;
  }
}

function readSharedFragments(operationsDir: string, files: readonly string[], problems: string[]): Map<string, SharedFragment> {
  const shared = new Map<string, SharedFragment>();
  for (const file of files) {
    const document = parseFile(operationsDir, file, problems);
    if (!document) continue;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) {
        const what = definition.kind === Kind.OPERATION_DEFINITION ? `a ${definition.operation}` : `a ${definition.kind}`;
        problems.push(`${file}: holds ${what}; ${FRAGMENTS_DIR}/ holds fragment definitions only`);
        continue;
      }
      const name = definition.name.value;
      const other = shared.get(name);
      if (other) problems.push(`${file}: fragment ${name} is also defined in ${other.file}; a shared fragment is defined once`);
      else shared.set(name, { file, definition });
    }
  }
  return shared;
}

/** Whether a file holds exactly one operation, named `expectedName`; a problem otherwise. */
function soleOperation(document: DocumentNode, file: string, expectedName: string, problems: string[]): boolean {
  const definitions = document.definitions.filter(isOperation);
  const [operation] = definitions;
  if (definitions.length !== 1 || !operation) {
    problems.push(`${file}: holds ${definitions.length} operations; a file holds exactly one (and the fragments it uses)`);
    return false;
  }
  const name = operation.name?.value;
  if (name !== expectedName) {
    problems.push(`${file}: the operation is ${name ? `named ${name}` : 'anonymous'}; name it ${expectedName}, like its file`);
    return false;
  }
  return true;
}

/** Whether an operation file leaves the shared fragments to `fragments/`; a problem naming both files for each it defines again. */
function ownsNoSharedFragment(document: DocumentNode, file: string, shared: ReadonlyMap<string, SharedFragment>, problems: string[]): boolean {
  let owns = false;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const other = shared.get(definition.name.value);
    if (!other) continue;
    problems.push(`${file}: fragment ${definition.name.value} is also defined in ${other.file}; use the shared one and delete this definition`);
    owns = true;
  }
  return !owns;
}

/** The template with its placeholders replaced by the region's names, wherever they stand in a name (locations are kept: errors point into the template). */
function expandTemplate(template: DocumentNode, region: ProvinceNames): DocumentNode {
  return visit(template, {
    Name(node): NameNode | undefined {
      const value = node.value.replaceAll(PROVINCE_TYPE_PLACEHOLDER, region.typePrefix).replaceAll(PROVINCE_FIELD_PLACEHOLDER, region.subgraphName);
      return value === node.value ? undefined : { ...node, value };
    },
  });
}

function usesName(document: DocumentNode, part: string): boolean {
  let found = false;
  visit(document, {
    Name(node) {
      if (node.value.includes(part)) found = true;
    },
  });
  return found;
}

/**
 * The document with the shared fragments it spreads but does not define appended, with the
 * shared fragments those spread in turn, in name order (so the body does not depend on the
 * order of the spreads). Records each fragment appended in `used`. A spread neither the
 * document nor `fragments/` defines is left to validation ("Unknown fragment").
 */
function withSharedFragments(document: DocumentNode, shared: ReadonlyMap<string, SharedFragment>, used: Set<string>): DocumentNode {
  const defined = new Set(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])));
  const appended = new Map<string, FragmentDefinitionNode>();
  const pending = spreadNames(document);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (defined.has(name) || appended.has(name)) continue;
    const fragment = shared.get(name);
    if (!fragment) continue;
    appended.set(name, fragment.definition);
    used.add(name);
    pending.push(...spreadNames(fragment.definition));
  }
  if (appended.size === 0) return document;
  const fragments = [...appended.values()].sort((a, b) => compare(a.name.value, b.name.value));
  return { ...document, definitions: [...document.definitions, ...fragments] };
}

function spreadNames(node: ASTNode): string[] {
  const names: string[] = [];
  visit(node, {
    FragmentSpread(spread) {
      names.push(spread.name.value);
    },
  });
  return names;
}

function isOperation(definition: DefinitionNode): definition is OperationDefinitionNode {
  return definition.kind === Kind.OPERATION_DEFINITION;
}

/** The manifest as written to `gateway/persisted-operations.json`: two-space JSON and a final newline. */
export function formatManifest(manifest: OperationManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads a manifest file, checking its shape and that every id is the SHA-256 of its body. */
export function readManifest(file: string): OperationManifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the persisted operation manifest ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  return checkManifest(json, file);
}

/** Checks a parsed manifest; every error names the file, the entry and what is wrong. */
export function checkManifest(json: unknown, source: string): OperationManifest {
  const fail = (where: string, what: string): never => {
    throw new Error(`${source}: ${where}: ${what}`);
  };
  if (!isRecord(json)) return fail('manifest', 'expected a JSON object');
  if (json.format !== MANIFEST_FORMAT) fail('format', `expected "${MANIFEST_FORMAT}", found ${JSON.stringify(json.format)}`);
  if (json.version !== 1) fail('version', `expected 1, found ${JSON.stringify(json.version)}`);
  if (!Array.isArray(json.operations)) return fail('operations', 'expected an array');

  const ids = new Set<string>();
  const names = new Set<string>();
  const operations = (json.operations as unknown[]).map((entry, index): PersistedOperation => {
    const where = `operations[${index}]`;
    if (!isRecord(entry)) return fail(where, 'expected an object');
    const { id, name, type, body } = entry;
    if (typeof name !== 'string' || name === '') return fail(`${where}.name`, 'expected a non-empty string');
    const at = `${where} (${name})`;
    if (typeof id !== 'string' || !/^[0-9a-f]{64}$/.test(id)) return fail(`${at}.id`, 'expected 64 lowercase hex digits (the SHA-256 of body)');
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription') return fail(`${at}.type`, `expected "query", "mutation" or "subscription", found ${JSON.stringify(type)}`);
    if (typeof body !== 'string' || body === '') return fail(`${at}.body`, 'expected the operation text');
    if (operationId(body) !== id) return fail(`${at}.id`, `is not the SHA-256 of body (${operationId(body)}); regenerate the manifest`);
    let document: DocumentNode;
    try {
      document = parse(body, { noLocation: true });
    } catch (error) {
      return fail(`${at}.body`, describeError(error));
    }
    const defined = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    if (defined.length !== 1 || defined[0]?.name?.value !== name || defined[0].operation !== type) {
      fail(`${at}.body`, `expected exactly one ${type} named ${name}`);
    }
    if (ids.has(id)) fail(`${at}.id`, 'appears twice');
    if (names.has(name)) fail(`${at}.name`, 'appears twice');
    ids.add(id);
    names.add(name);
    return { id, name, type, body };
  });
  return { format: MANIFEST_FORMAT, version: 1, operations };
}

/**
 * The API schema clients see for a composed supergraph — the very schema Apollo Gateway
 * serves and validates against (inaccessible and join elements removed), from a gateway that
 * is loaded and stopped again without serving anything.
 *
 * Constructing an ApolloGateway otherwise starts Apollo's anonymous usage telemetry: cloud
 * metadata probes (AWS, GCP, Azure, Alibaba) and an OTLP exporter to Apollo. A build tool and a
 * unit test have no business reaching the network, so it is switched off for the (synchronous)
 * construction — `APOLLO_TELEMETRY_DISABLED` is read there and nowhere else.
 */
export async function supergraphApiSchema(supergraphSdl: string): Promise<GraphQLSchema> {
  const telemetry = process.env.APOLLO_TELEMETRY_DISABLED;
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  let gateway: ApolloGateway;
  try {
    gateway = new ApolloGateway({ supergraphSdl });
  } finally {
    if (telemetry === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = telemetry;
  }
  try {
    return (await gateway.load()).schema;
  } finally {
    await gateway.stop();
  }
}

/**
 * A GraphQL error with where it stands: `(at 2:16)` in `file` itself, or `(at fragments/X.graphql 3:5)`
 * in another file (a shared fragment the operation uses).
 */
function describeError(error: unknown, file?: string): string {
  if (error instanceof GraphQLError) {
    const where = errorLocations(error)
      .map(({ source, line, column }) => (file !== undefined && source !== undefined && source !== file ? `${source} ${line}:${column}` : `${line}:${column}`))
      .join(', ');
    return where ? `${error.message} (at ${where})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function errorLocations(error: GraphQLError): { source?: string; line: number; column: number }[] {
  const ofNodes = (error.nodes ?? []).flatMap(({ loc }) => (loc ? [{ source: loc.source.name, ...getLocation(loc.source, loc.start) }] : []));
  if (ofNodes.length > 0) return ofNodes;
  return (error.locations ?? []).map((location) => ({ source: error.source?.name, ...location }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
