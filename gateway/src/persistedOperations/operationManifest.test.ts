import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, print, type OperationDefinitionNode } from 'graphql/index.js'; // the instance operationManifest.ts uses
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import {
  buildManifest,
  checkManifest,
  formatManifest,
  FRAGMENTS_DIR,
  MANIFEST_FILE,
  normaliseOperation,
  operationId,
  OPERATIONS_DIR,
  PER_PROVINCE_DIR,
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

/** Writes files below the temporary operations directory; a name may hold a folder (`fragments/X.graphql`). */
const write = (files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
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

/** Every registered province's namespace, as the supergraph has them: `shanghai: ShanghaiMutation!`, ... */
const provinceSchema = buildSchema(`
  type Query { item(code: ID!): Item }
  type Item { code: ID! name: String! }
  type Ticket { id: ID! number: Int! }
  ${REGIONS.map((region) => `type ${region.typePrefix}Mutation { rename(code: ID!, name: String!): Item! take(code: ID!): Ticket! }`).join('\n')}
  type Mutation { ${REGIONS.map((region) => `${region.subgraphName}: ${region.typePrefix}Mutation!`).join(' ')} }
`);

const operationOf = (body: string): OperationDefinitionNode => {
  const [operation] = parse(body).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error(`no operation in ${body}`);
  return operation;
};

/** The root fields an operation selects (the province namespaces a mutation writes to). */
const rootFields = (body: string): string[] =>
  operationOf(body).selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : selection.kind));

describe('buildManifest: per-province templates', () => {
  const renameTemplate = `# Rename an item in the province.
mutation Rename__Province__($code: ID!, $name: String!) {
  __province__ {
    rename(code: $code, name: $name) { code name }
  }
}
`;

  it('expands every template for every registered region, named <Action><typePrefix>, writing to the region’s namespace only', () => {
    write({
      [`${PER_PROVINCE_DIR}/Rename.graphql`]: renameTemplate,
      [`${PER_PROVINCE_DIR}/Take.graphql`]: 'mutation Take__Province__($code: ID!) { __province__ { take(code: $code) { id number } } }',
      'Item.graphql': 'query Item($code: ID!) { item(code: $code) { name } }',
    });
    const manifest = buildManifest(dir, provinceSchema);
    const expectedNames = ['Item', ...['Rename', 'Take'].flatMap((action) => REGIONS.map((region) => `${action}${region.typePrefix}`))].sort();
    expect(manifest.operations.map(({ name }) => name)).toEqual(expectedNames);
    for (const region of REGIONS) {
      for (const action of ['Rename', 'Take']) {
        const operation = manifest.operations.find(({ name }) => name === `${action}${region.typePrefix}`);
        if (!operation) throw new Error(`${action}${region.typePrefix} missing`);
        expect(operation.type).toBe('mutation');
        expect(operation.id).toBe(operationId(operation.body));
        expect(normaliseOperation(operation.body)).toBe(operation.body);
        expect(operationOf(operation.body).name?.value).toBe(`${action}${region.typePrefix}`);
        // Exactly one root field: the region's own namespace.
        expect(rootFields(operation.body)).toEqual([region.subgraphName]);
        expect(operation.body).not.toMatch(/__province__|__Province__/);
      }
    }
    const shanghai = manifest.operations.find(({ name }) => name === 'RenameShanghai');
    expect(shanghai?.body).toBe(print(parse('mutation RenameShanghai($code: ID!, $name: String!) { shanghai { rename(code: $code, name: $name) { code name } } }')));
  });

  it('replaces the placeholders wherever they stand in a name, and validates each expansion where the template says it', () => {
    write({ [`${PER_PROVINCE_DIR}/Rename.graphql`]: renameTemplate });
    const nowhere = { typePrefix: 'Nowhere', subgraphName: 'nowhere' };
    const message = errorOf(() => buildManifest(dir, provinceSchema, [...REGIONS, nowhere]));
    // The one region the schema lacks fails, at the template's line and column; the registered ones do not.
    expect(message).toContain(`${PER_PROVINCE_DIR}/Rename.graphql (RenameNowhere): Cannot query field "nowhere" on type "Mutation". (at 3:3)`);
    expect(message.split('\n')).toHaveLength(2);

    const manifest = buildManifest(dir, provinceSchema, [{ typePrefix: 'Jiangsu', subgraphName: 'jiangsu' }]);
    expect(manifest.operations.map(({ name }) => name)).toEqual(['RenameJiangsu']);
  });

  it('refuses a template misnamed, without the namespace placeholder, or publishing a name another file publishes', () => {
    write({
      [`${PER_PROVINCE_DIR}/Misnamed.graphql`]: 'mutation Misnamed($code: ID!) { __province__ { take(code: $code) { id } } }',
      [`${PER_PROVINCE_DIR}/Fixed.graphql`]: 'mutation Fixed__Province__($code: ID!) { shanghai { take(code: $code) { id } } }',
      [`${PER_PROVINCE_DIR}/Take.graphql`]: 'mutation Take__Province__($code: ID!) { __province__ { take(code: $code) { id } } }',
      'TakeAnhui.graphql': 'mutation TakeAnhui($code: ID!) { anhui { take(code: $code) { id } } }',
      [`${PER_PROVINCE_DIR}/Broken.graphql`]: 'mutation Broken__Province__ {',
    });
    const message = errorOf(() => buildManifest(dir, provinceSchema));
    expect(message).toContain(`${PER_PROVINCE_DIR}/Misnamed.graphql: the operation is named Misnamed; name it Misnamed__Province__, like its file`);
    expect(message).toContain(`${PER_PROVINCE_DIR}/Fixed.graphql: never uses the namespace __province__`);
    expect(message).toContain(`${PER_PROVINCE_DIR}/Take.graphql (TakeAnhui): the operation TakeAnhui is also published by TakeAnhui.graphql`);
    expect(message).toMatch(/perProvince\/Broken\.graphql: Syntax Error: Expected Name, found <EOF>\. \(at 1:30\)/);
  });

  it('refuses a folder it does not read', () => {
    write({ 'Item.graphql': 'query Item($code: ID!) { item(code: $code) { name } }', 'admin/Secret.graphql': 'query Secret { item(code: "1") { name } }' });
    expect(errorOf(() => buildManifest(dir, provinceSchema))).toMatch(/ {2}admin\/: not read; operations live in .* itself, per-province templates in perProvince\/ and shared fragments in fragments\//);
  });
});

describe('buildManifest: shared fragments', () => {
  const bodyOf = (manifest: OperationManifest, name: string): string => {
    const operation = manifest.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`${name} missing`);
    return operation.body;
  };
  const fragmentNames = (body: string) => parse(body).definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : []));

  it('appends the shared fragments an operation spreads, transitively, and no others', () => {
    write({
      [`${FRAGMENTS_DIR}/ItemFields.graphql`]: '# what a screen shows of an item\nfragment ItemFields on Item { code ...ItemName }',
      [`${FRAGMENTS_DIR}/ItemName.graphql`]: 'fragment ItemName on Item { name }',
      [`${FRAGMENTS_DIR}/ItemCode.graphql`]: 'fragment ItemCode on Item { code }',
      'Item.graphql': 'query Item($code: ID!) { item(code: $code) { ...ItemFields } }',
      'Codes.graphql': 'query Codes { items { ...ItemCode } }',
      'Plain.graphql': 'query Plain { items { code } }',
    });
    const manifest = buildManifest(dir, schema);
    expect(bodyOf(manifest, 'Item')).toBe(
      print(parse('query Item($code: ID!) { item(code: $code) { ...ItemFields } } fragment ItemFields on Item { code ...ItemName } fragment ItemName on Item { name }')),
    );
    expect(fragmentNames(bodyOf(manifest, 'Codes'))).toEqual(['ItemCode']);
    expect(bodyOf(manifest, 'Plain')).toBe(print(parse('query Plain { items { code } }')));
    for (const operation of manifest.operations) expect(normaliseOperation(operation.body)).toBe(operation.body);
  });

  it('appends them in name order, whatever the order of the spreads, the files or the definitions in a file, after the operation’s own', () => {
    const files = {
      'First.graphql': 'query First { items { ...Zeta ...Alpha ...Local } }\nfragment Local on Item { code ...Mid }',
      'Second.graphql': 'query Second { items { ...Alpha ...Zeta ...Mid } }',
    };
    write({ ...files, [`${FRAGMENTS_DIR}/Shared.graphql`]: 'fragment Zeta on Item { name }\nfragment Mid on Item { code }\nfragment Alpha on Item { code name }' });
    const first = buildManifest(dir, schema);
    expect(fragmentNames(bodyOf(first, 'First'))).toEqual(['Local', 'Alpha', 'Mid', 'Zeta']);
    expect(fragmentNames(bodyOf(first, 'Second'))).toEqual(['Alpha', 'Mid', 'Zeta']);

    rmSync(join(dir, FRAGMENTS_DIR), { recursive: true });
    write({ [`${FRAGMENTS_DIR}/A.graphql`]: 'fragment Mid on Item { code }', [`${FRAGMENTS_DIR}/B.graphql`]: 'fragment Alpha on Item { code name }\nfragment Zeta on Item { name }' });
    expect(buildManifest(dir, schema)).toEqual(first);
  });

  it('refuses a fragment defined both in fragments/ and in an operation file, naming both files', () => {
    write({
      [`${FRAGMENTS_DIR}/ItemFields.graphql`]: 'fragment ItemFields on Item { code name }',
      'Item.graphql': 'query Item($code: ID!) { item(code: $code) { ...ItemFields } }\nfragment ItemFields on Item { code }',
      [`${PER_PROVINCE_DIR}/Rename.graphql`]: 'mutation Rename__Province__ { __province__ { rename(code: "1", name: "x") { ...ItemFields } } }\nfragment ItemFields on Item { name }',
    });
    const message = errorOf(() => buildManifest(dir, provinceSchema));
    expect(message).toContain(`Item.graphql: fragment ItemFields is also defined in ${FRAGMENTS_DIR}/ItemFields.graphql`);
    expect(message).toContain(`${PER_PROVINCE_DIR}/Rename.graphql: fragment ItemFields is also defined in ${FRAGMENTS_DIR}/ItemFields.graphql`);
  });

  it('refuses what fragments/ may not hold: an operation, a fragment defined twice, a fragment nobody uses, a field the schema lacks', () => {
    write({
      'Item.graphql': 'query Item($code: ID!) { item(code: $code) { ...ItemFields ...Priced } }',
      [`${FRAGMENTS_DIR}/ItemFields.graphql`]: 'fragment ItemFields on Item { code }',
      [`${FRAGMENTS_DIR}/More.graphql`]: 'fragment ItemFields on Item { name }\nquery Sneaky { items { code } }',
      [`${FRAGMENTS_DIR}/Unused.graphql`]: 'fragment Unused on Item { name }',
      [`${FRAGMENTS_DIR}/Priced.graphql`]: 'fragment Priced on Item {\n  code\n  price\n}',
    });
    const message = errorOf(() => buildManifest(dir, schema));
    expect(message).toContain(`${FRAGMENTS_DIR}/More.graphql: fragment ItemFields is also defined in ${FRAGMENTS_DIR}/ItemFields.graphql`);
    expect(message).toContain(`${FRAGMENTS_DIR}/More.graphql: holds a query; fragments/ holds fragment definitions only`);
    expect(message).toContain(`${FRAGMENTS_DIR}/Unused.graphql: fragment Unused is used by no operation`);
    // The operation is named, and the place is in the fragment's file.
    expect(message).toContain(`Item.graphql: Cannot query field "price" on type "Item". (at ${FRAGMENTS_DIR}/Priced.graphql 3:3)`);
  });

  it('leaves a spread nobody defines to validation', () => {
    write({ 'Item.graphql': 'query Item($code: ID!) { item(code: $code) { ...Nowhere } }', [`${FRAGMENTS_DIR}/ItemFields.graphql`]: 'fragment ItemFields on Item { code }' });
    const message = errorOf(() => buildManifest(dir, schema));
    expect(message).toContain('Item.graphql: Unknown fragment "Nowhere". (at 1:49)');
    expect(message).toContain(`${FRAGMENTS_DIR}/ItemFields.graphql: fragment ItemFields is used by no operation`);
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

  it('publishes each per-province template once per registered province, writing to that province alone, and no other province operation', () => {
    const manifest = readManifest(join(REPOSITORY_ROOT, MANIFEST_FILE));
    const actions = readdirSync(join(REPOSITORY_ROOT, OPERATIONS_DIR, PER_PROVINCE_DIR))
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => file.replace(/\.graphql$/, ''));
    expect(actions.length).toBeGreaterThan(0);
    const suffix = new RegExp(`(${REGIONS.map((region) => region.typePrefix).join('|')})$`);
    const provincial = manifest.operations.filter(({ name }) => suffix.test(name));
    expect(provincial.map(({ name }) => name).sort()).toEqual(actions.flatMap((action) => REGIONS.map((region) => `${action}${region.typePrefix}`)).sort());
    for (const operation of provincial) {
      const region = REGIONS.find((candidate) => operation.name.endsWith(candidate.typePrefix));
      expect(rootFields(operation.body), operation.name).toEqual([region?.subgraphName]);
    }
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
