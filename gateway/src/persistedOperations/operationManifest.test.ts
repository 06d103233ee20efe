import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSchema, parse, print } from 'graphql/index.js'; // the instance operationManifest.ts uses
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import {
  buildManifest,
  checkManifest,
  formatManifest,
  MANIFEST_FILE,
  normaliseOperation,
  operationId,
  OPERATIONS_DIR,
  readManifest,
  supergraphApiSchema,
  type OperationManifest,
} from './operationManifest.ts';

const schema = buildSchema(`
  type Query { item(code: ID!): Item, items(first: Int): [Item!]! }
  type Item { code: ID! name: String! }
  type Mutation { rename(code: ID!, name: String!): Item! }
`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-operations-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
};

const errorOf = (build: () => unknown): string => {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('buildManifest', () => {
  it('reads, validates and normalises every operation, sorted by name, each id the SHA-256 of its body', () => {
    write({
      'RenameItem.graphql': 'mutation RenameItem($code: ID!, $name: String!) { rename(code: $code, name: $name) { code name } }',
      'Item.graphql': '# a comment\nquery Item($code: ID!) {\n  item(code: $code) { ...ItemFields }\n}\n\nfragment ItemFields on Item { code, name }\n',
      'Items.graphql': 'query   Items($first:Int){items(first:$first){code}}',
      'README.md': 'not an operation',
    });
    const manifest = buildManifest(dir, schema);
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.map(({ name, type }) => [name, type])).toEqual([
      ['Item', 'query'],
      ['Items', 'query'],
      ['RenameItem', 'mutation'],
    ]);
    for (const operation of manifest.operations) {
      expect(operation.id).toBe(operationId(operation.body));
      expect(operation.id).toMatch(/^[0-9a-f]{64}$/);
      expect(normaliseOperation(operation.body)).toBe(operation.body);
    }
    const [item, items] = manifest.operations;
    // The fragment travels with its operation; comments, commas and layout do not.
    expect(item?.body).toBe('query Item($code: ID!) {\n  item(code: $code) {\n    ...ItemFields\n  }\n}\n\nfragment ItemFields on Item {\n  code\n  name\n}');
    expect(items?.body).toBe(print(parse('query Items($first: Int) { items(first: $first) { code } }')));
  });

  it('names the file and the GraphQL error of every invalid operation, all at once', () => {
    write({
      'Good.graphql': 'query Good { items { code } }',
      'Broken.graphql': 'query Broken { items { code }',
      'Unknown.graphql': 'query Unknown {\n  items { code price }\n}',
      'Misnamed.graphql': 'query SomethingElse { items { code } }',
      'Anonymous.graphql': '{ items { code } }',
      'Two.graphql': 'query Two { items { code } }\nquery Three { items { name } }',
      'BadVariable.graphql': 'query BadVariable($code: String!) { item(code: $code) { code } }',
    });
    const message = errorOf(() => buildManifest(dir, schema));
    expect(message).toContain(`invalid operations in ${dir}`);
    expect(message).toMatch(/Broken\.graphql: Syntax Error: Expected Name, found <EOF>\. \(at 1:30\)/);
    expect(message).toContain('Unknown.graphql: Cannot query field "price" on type "Item". (at 2:16)');
    expect(message).toContain('Misnamed.graphql: the operation is named SomethingElse; name it Misnamed, like its file');
    expect(message).toContain('Anonymous.graphql: the operation is anonymous; name it Anonymous, like its file');
    expect(message).toContain('Two.graphql: holds 2 operations');
    expect(message).toMatch(/BadVariable\.graphql: Variable "\$code" of type "String!" used in position expecting type "ID!"/);
    expect(message).not.toContain('Good.graphql');
  });

  it('refuses an empty or missing directory', () => {
    expect(() => buildManifest(dir, schema)).toThrow(`${dir} holds no .graphql operations`);
    expect(() => buildManifest(join(dir, 'nowhere'), schema)).toThrow(/cannot read the operations directory .*nowhere/);
  });
});

describe('readManifest', () => {
  const valid = (): OperationManifest => {
    write({ 'Items.graphql': 'query Items { items { code } }', 'Item.graphql': 'query Item($code: ID!) { item(code: $code) { name } }' });
    return buildManifest(dir, schema);
  };
  const written = (json: unknown) => {
    const file = join(dir, 'manifest.json');
    writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
    return file;
  };

  it('reads back what formatManifest wrote', () => {
    const manifest = valid();
    const file = written(formatManifest(manifest));
    expect(readManifest(file)).toEqual(manifest);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('says what is wrong with a malformed manifest, and where', () => {
    const manifest = valid();
    const [first, second] = manifest.operations;
    if (!first || !second) throw new Error('two operations expected');
    const cases: [unknown, RegExp][] = [
      ['{ not json', /manifest\.json: not JSON/],
      [[], /manifest: expected a JSON object/],
      [{ ...manifest, format: 'something' }, /format: expected "apollo-persisted-query-manifest", found "something"/],
      [{ ...manifest, version: 2 }, /version: expected 1, found 2/],
      [{ ...manifest, operations: {} }, /operations: expected an array/],
      [{ ...manifest, operations: [first, 'x'] }, /operations\[1\]: expected an object/],
      [{ ...manifest, operations: [{ ...first, name: undefined }] }, /operations\[0\]\.name: expected a non-empty string/],
      [{ ...manifest, operations: [{ ...first, id: 'ABC' }] }, /operations\[0\] \(Item\)\.id: expected 64 lowercase hex digits/],
      [{ ...manifest, operations: [{ ...first, type: 'subscribe' }] }, /operations\[0\] \(Item\)\.type: expected "query", "mutation" or "subscription", found "subscribe"/],
      [{ ...manifest, operations: [{ ...first, body: `${first.body} ` }] }, /operations\[0\] \(Item\)\.id: is not the SHA-256 of body .*regenerate the manifest/],
      [{ ...manifest, operations: [{ ...first, name: 'Other' }] }, /operations\[0\] \(Other\)\.body: expected exactly one query named Other/],
      [{ ...manifest, operations: [{ ...first, type: 'mutation' }] }, /operations\[0\] \(Item\)\.body: expected exactly one mutation named Item/],
      [{ ...manifest, operations: [first, second, first] }, /operations\[2\] \(Item\)\.id: appears twice/],
      [{ ...manifest, operations: [{ ...first, body: 'query Item {', id: operationId('query Item {') }] }, /operations\[0\] \(Item\)\.body: Syntax Error/],
    ];
    for (const [json, expected] of cases) expect(errorOf(() => readManifest(written(json))), JSON.stringify(json)).toMatch(expected);
    expect(() => readManifest(join(dir, 'absent.json'))).toThrow(/cannot read the persisted operation manifest .*absent\.json/);
  });

  it('accepts a manifest object checked in memory', () => {
    const manifest = valid();
    expect(checkManifest(JSON.parse(formatManifest(manifest)), 'memory')).toEqual(manifest);
  });
});

describe('the committed manifest', () => {
  it('is exactly what gateway/operations/ builds against the committed supergraph (run `npm run persist` after changing either)', async () => {
    const schema = await supergraphApiSchema(readFileSync(join(REPOSITORY_ROOT, 'gateway/supergraph.graphql'), 'utf8'));
    const expected = formatManifest(buildManifest(join(REPOSITORY_ROOT, OPERATIONS_DIR), schema));
    const committed = readFileSync(join(REPOSITORY_ROOT, MANIFEST_FILE), 'utf8');
    expect(committed, `${MANIFEST_FILE} is stale: run \`npm run persist\` and commit the result`).toBe(expected);
    expect(readManifest(join(REPOSITORY_ROOT, MANIFEST_FILE)).operations.length).toBeGreaterThan(0);
  });

  it('has every province operation for every registered province, identical but for the namespace', () => {
    const manifest = readManifest(join(REPOSITORY_ROOT, MANIFEST_FILE));
    const suffix = new RegExp(`(${REGIONS.map((region) => region.typePrefix).join('|')})$`);
    const provincial = new Map<string, Map<string, string>>();
    for (const operation of manifest.operations) {
      const match = suffix.exec(operation.name);
      if (!match) continue;
      const prefix = match[1] as string;
      const region = REGIONS.find((candidate) => candidate.typePrefix === prefix);
      if (!region) throw new Error(`no region ${prefix}`);
      const generic = operation.body.replaceAll(region.typePrefix, '<Province>').replace(new RegExp(`\\b${region.subgraphName}\\b`, 'g'), '<province>');
      const base = operation.name.slice(0, -prefix.length);
      const variants = provincial.get(base) ?? new Map<string, string>();
      variants.set(region.code, generic);
      provincial.set(base, variants);
    }
    expect(provincial.size).toBeGreaterThan(0);
    for (const [base, variants] of provincial) {
      expect([...variants.keys()].sort(), `${base}: one operation per province`).toEqual(REGIONS.map((region) => region.code).sort());
      expect(new Set(variants.values()).size, `${base}: the province variants differ beyond the namespace`).toBe(1);
    }
  });
});

describe('normaliseOperation', () => {
  it('is print(parse()): layout, commas and comments do not matter, field order does', () => {
    const a = normaliseOperation('query Q { item(code: "1") { code name } }');
    expect(normaliseOperation('# hello\nquery Q{item(code:"1"){code,name}}')).toBe(a);
    expect(normaliseOperation(a)).toBe(a);
    expect(normaliseOperation('query Q { item(code: "1") { name code } }')).not.toBe(a);
  });

  it('throws a syntax error for what is not GraphQL', () => {
    expect(() => normaliseOperation('query {')).toThrow(/Syntax Error/);
  });
});
