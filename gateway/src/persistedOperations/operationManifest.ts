import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
// graphql's CommonJS entry, the module instance Apollo Gateway and Apollo Server load. Plain Node
// resolves 'graphql' to it too, but Vitest resolves 'graphql' to the ESM build (index.mjs), and
// graphql refuses a schema or error from the other instance ("from another module or realm").
import { GraphQLError, Kind, parse, print, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql/index.js';

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
  /** The operation's name, which is also its file's name in `gateway/operations/`. */
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

const OPERATION_FILE = /\.graphql$/;

/**
 * Reads every `*.graphql` file of `operationsDir` (one named operation per file, with the
 * fragments it uses; the operation is named like the file), checks each against `schema`,
 * and returns the manifest sorted by operation name. Every problem of every file is reported
 * in one error, each line naming the file.
 */
export function buildManifest(operationsDir: string, schema: GraphQLSchema): OperationManifest {
  let files: string[];
  try {
    files = readdirSync(operationsDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && OPERATION_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`cannot read the operations directory ${operationsDir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new Error(`${operationsDir} holds no .graphql operations`);

  const problems: string[] = [];
  const operations: PersistedOperation[] = [];
  for (const file of files) {
    const expectedName = file.replace(OPERATION_FILE, '');
    let document: DocumentNode;
    try {
      document = parse(readFileSync(join(operationsDir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${describeError(error)}`);
      continue;
    }
    const definitions = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const [operation] = definitions;
    if (definitions.length !== 1 || !operation) {
      problems.push(`${file}: holds ${definitions.length} operations; a file holds exactly one (and the fragments it uses)`);
      continue;
    }
    const name = operation.name?.value;
    if (name !== expectedName) {
      problems.push(`${file}: the operation is ${name ? `named ${name}` : 'anonymous'}; name it ${expectedName}, like its file`);
      continue;
    }
    const errors = validate(schema, document);
    if (errors.length > 0) {
      for (const error of errors) problems.push(`${file}: ${describeError(error)}`);
      continue;
    }
    const body = print(document);
    operations.push({ id: operationId(body), name, type: operation.operation, body });
  }
  if (problems.length > 0) {
    throw new Error(`invalid operations in ${operationsDir}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return { format: MANIFEST_FORMAT, version: 1, operations: operations.sort((a, b) => compare(a.name, b.name)) };
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

function describeError(error: unknown): string {
  if (error instanceof GraphQLError) {
    const where = (error.locations ?? []).map(({ line, column }) => `${line}:${column}`).join(', ');
    return where ? `${error.message} (at ${where})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
