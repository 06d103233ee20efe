import { readdirSync, readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_LIMITS } from './operationLimits.ts';
import { FALLBACK_PAGE_SIZE, measureOperation, regionTypedAbstractTypes } from './operationMeasure.ts';
import { sizingArguments } from './sizingArguments.ts';

/**
 * The API schema clients see, from the committed supergraph. Passed through its SDL: under
 * Vitest, federation-internals (CommonJS) and this file load different copies of graphql.
 */
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8')).apiSchema()));

/** The measure of a query the gateway would accept (it must pass validation first). */
function measure(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  return measureOperation(document, operationName, schema, variables);
}

describe('measureOperation', () => {
  it('counts depth, fields, width and cost of a plain selection', () => {
    expect(measure('{ item(code: "010100100000") { code name } }')).toEqual({ depth: 2, aliases: 0, fields: 3, widestSelection: 2, cost: 3 });
  });

  it('counts aliases, each aliased field being selected and costed separately', () => {
    expect(measure('{ a: item(code: "1") { code } b: item(code: "2") { c: code name } }')).toEqual({
      depth: 2,
      aliases: 3,
      fields: 5,
      widestSelection: 2,
      cost: 2 + 3,
    });
  });

  it('expands a named fragment wherever it is spread; a page sizes the list inside it by its `first`', () => {
    const query = `{ item(code: "1") { ...ItemNames } items { edges { node { ...ItemNames } } } }
      fragment ItemNames on StandardItem { code name keywords }`;
    // items(first: 20 by default) is a page: edges counts 20 nodes of 1 + 3.
    expect(measure(query)).toEqual({ depth: 4, aliases: 0, fields: 10, widestSelection: 3, cost: 1 + 3 + (1 + (1 + 20 * (1 + 3))) });
    expect(measure(query.replace('items {', 'items(first: 2) {')).cost).toBe(1 + 3 + (1 + (1 + 2 * (1 + 3))));
  });

  it('expands inline fragments on an interface, and multiplies a fan-out list by the number of regions', () => {
    const query = `query ($id: ID!) { subject(id: $id) { id regions {
      region
      ... on ShanghaiSubject { id }
      ... on JiangsuSubject { id records { __typename } }
    } } }`;
    // regions: 4 provinces × (region + id + id + records: 1 + 10 × __typename 0); __typename adds no depth.
    expect(measure(query)).toEqual({ depth: 3, aliases: 0, fields: 8, widestSelection: 4, cost: 1 + 1 + (1 + 4 * (1 + 1 + 1 + 1)) });
  });

  it('counts every field a selection set receives from its fragments towards its width', () => {
    const query = `{ item(code: "1") { code name ... on StandardItem { keywords type } ...More } }
      fragment More on StandardItem { status version }`;
    expect(measure(query).widestSelection).toBe(6);
  });

  it('sizes a list by its `first`: a literal, a variable, the variable default, the schema default', () => {
    const query = `query ($n: Int) { creditDisclosure(enterpriseId: "91310000MA1FL8XQ30") {
      penalties(first: 5) { recordId } licences(first: $n) { licenceId } registrations { recordId }
    } }`;
    // registrations(first: Int = 20) and licences(first: Int = 50) in the schema.
    expect(measure(query, { n: 7 }).cost).toBe(1 + (1 + 5) + (1 + 7) + (1 + 20));
    expect(measure(query).cost).toBe(1 + (1 + 5) + (1 + 50) + (1 + 20));
    expect(measure(query.replace('$n: Int', '$n: Int = 3')).cost).toBe(1 + (1 + 5) + (1 + 3) + (1 + 20));
    // A value execution would reject gives no size: the list counts as if `first` were absent.
    expect(measure(query, { n: 'many' }).cost).toBe(1 + (1 + 5) + (1 + 50) + (1 + 20));
  });

  it('multiplies an ordinary list without `first` by 10', () => {
    expect(measure('{ case(id: "3101") { id cases { id } } }').cost).toBe(1 + 1 + (1 + 10 * 1));
    expect(measure('{ item(code: "1") { implementations { region places { name } } } }').cost).toBe(1 + (1 + 4 * (1 + (1 + 10 * 1))));
  });

  it('counts introspection as fields but neither as cost nor as depth', () => {
    const query = '{ __typename __schema { types { name fields { name } } } item(code: "1") { __typename code } }';
    expect(measure(query)).toEqual({ depth: 2, aliases: 0, fields: 9, widestSelection: 3, cost: 1 + 1 });
    expect(measure('{ __type(name: "Query") { name kind } }')).toEqual({ depth: 0, aliases: 0, fields: 3, widestSelection: 2, cost: 0 });
  });

  it('measures only the selected operation', () => {
    const query = `query Small { regions { code } }
      query Large { subject(id: "1") { allRegions { id region } } }`;
    expect(measure(query, undefined, 'Small')).toEqual({ depth: 2, aliases: 0, fields: 2, widestSelection: 1, cost: 1 + 10 });
    expect(measure(query, undefined, 'Large')).toEqual({ depth: 3, aliases: 0, fields: 4, widestSelection: 2, cost: 1 + (1 + 4 * 2) });
    expect(measureOperation(parse(query), 'Missing', schema)).toEqual({ depth: 0, aliases: 0, fields: 0, widestSelection: 0, cost: 0 });
    expect(measureOperation(parse(query), undefined, schema).fields).toBe(0); // two operations, none named: none selected
  });

  it('stops at a fragment cycle (which validation would reject)', () => {
    const document = parse(`{ item(code: "1") { ...A } }
      fragment A on StandardItem { code ...B }
      fragment B on StandardItem { name ...A }`);
    expect(measureOperation(document, undefined, schema)).toEqual({ depth: 2, aliases: 0, fields: 3, widestSelection: 2, cost: 3 });
  });

  it('measures fragments spread exponentially often in linear time, saturating the cost', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment F${level} on Case { id }` : `fragment F${level} on Case { a: cases { ...F${level + 1} } b: cases { ...F${level + 1} } }`,
    );
    const document = parse(`{ case(id: "3101") { ...F0 } }\n${fragments.join('\n')}`);
    const started = performance.now();
    const result = measureOperation(document, undefined, schema);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.depth).toBe(1 + (levels - 1) + 1);
    expect(result.fields).toBe(1 + (2 ** levels - 2) + 2 ** (levels - 1)); // case, the cases at every level, the ids
    expect(result.aliases).toBe(2 ** levels - 2);
    expect(result.cost).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('lists fanned out to the provinces', () => {
  it('are the region-typed interfaces read from the schema and the region registry', () => {
    const regionTyped = regionTypedAbstractTypes(schema);
    for (const name of ['RegionalSubject', 'ItemImplementation', 'EvidenceSource', 'AccessGuidance', 'Case']) expect(regionTyped).toContain(name);
    expect(regionTyped).not.toContain('EvidenceRecord'); // MarriageRecord, TaxRecord, …
  });

  it('are the nullable-item lists of them: one stub per province, while [Case!]! is an ordinary list', () => {
    const perItem = (query: string) => measure(query).cost;
    expect(perItem('{ subject(id: "1") { regions { id } allRegions { id } } }')).toBe(1 + (1 + 4) + (1 + 4));
    expect(perItem('{ item(code: "1") { implementations { region } } }')).toBe(1 + (1 + 4));
    // evidenceSources is one of them too, but sized by its requests first (below): one source each.
    expect(perItem('{ evidenceSources(requests: ["r"]) { region } }')).toBe(1 + 1);
    expect(perItem('{ negativeListEntry(code: "218") { provinceGuidance { region } } }')).toBe(1 + (1 + 4));
    expect(perItem('{ subject(id: "1") { regions { cases { id } } } }')).toBe(1 + (1 + 4 * (1 + 10)));
  });
});

describe('lists sized by a list argument', () => {
  /** subjects × (regions: 4 × (records: 1 + 10 × recordId) under each province's type): 177 per subject. */
  const EVERY_PROVINCE_RECORDS = ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui'].map((province) => `... on ${province}Subject { records { recordId } }`).join(' ');
  const PER_SUBJECT = 1 + 4 * (4 * (1 + 10 * 1));
  const ids = (count: number) => Array.from({ length: count }, (_, index) => `31011819880412${String(index).padStart(4, '0')}`);

  it('are the required list arguments of list fields in the supergraph, and no filter', () => {
    const sized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        for (const argument of sizingArguments(field)) sized.push(`${type.name}.${field.name}(${argument.name})`);
      }
    }
    // A new one is looked at: does the field answer one item per element of that argument?
    expect(sized.sort()).toEqual(
      [
        'Query.subjects(ids)',
        'Query.evidenceSources(requests)',
        ...['Anhui', 'Jiangsu', 'Shanghai', 'Zhejiang'].map((province) => `${province}Mutations.collectEvidence(tokens)`),
      ].sort(),
    );
  });

  it('count one item per element: a variable by its length, a written list by its own, a single value as one', () => {
    const query = `query ($ids: [ID!]!) { subjects(ids: $ids) { id regions { id } } }`;
    const perSubject = 1 + (1 + 4 * 1);
    expect(measure(query, { ids: ids(37) }).cost).toBe(1 + 37 * perSubject);
    expect(measure(query, { ids: [] }).cost).toBe(1);
    expect(measure(query, { ids: 'x' }).cost).toBe(1 + 1 * perSubject); // coerced into a list of one
    expect(measure('{ subjects(ids: ["a", "b", "c"]) { id regions { id } } }').cost).toBe(1 + 3 * perSubject);
    expect(measure('query ($b: ID!) { subjects(ids: ["a", $b]) { id regions { id } } }', { b: 'b' }).cost).toBe(1 + 2 * perSubject);
    expect(measure('query ($ids: [ID!]! = ["a", "b"]) { subjects(ids: $ids) { id regions { id } } }').cost).toBe(1 + 2 * perSubject);
    // A list that does not coerce (execution refuses it) still counts with the length it was sent with.
    expect(measure(query, { ids: [...ids(199), { not: 'an id' }] }).cost).toBe(1 + 200 * perSubject);
    // Without a value (execution refuses the request), as any other list.
    expect(measure(query).cost).toBe(1 + 10 * perSubject);
  });

  it('come before the fan-out: one evidence source per request, one verification per token', () => {
    const requests = Array.from({ length: 20 }, (_, index) => `request-${index}`);
    expect(measure('query ($r: [String!]!) { evidenceSources(requests: $r) { region } }', { r: requests }).cost).toBe(1 + 20 * 1);
    expect(measure('query ($r: [String!]!) { evidenceSources(requests: $r) { region } }', { r: ['one'] }).cost).toBe(1 + 1);
    const collect = 'mutation ($t: [String!]!) { shanghai { collectEvidence(caseId: "3101", tokens: $t) { accepted rejection { reason } } } }';
    expect(measure(collect, { t: ['a', 'b', 'c'] }).cost).toBe(1 + (1 + 3 * (1 + (1 + 1))));
  });

  it('leave an optional list that narrows the answer alone: records(kinds: [one kind]) is still any number of records', () => {
    expect(measure('{ subject(id: "1") { regions { records(kinds: [SOCIAL_INSURANCE]) { recordId } } } }').cost).toBe(1 + (1 + 4 * (1 + 10 * 1)));
  });

  it('refuse 11 aliases of 200 subjects each, read in every province, which measured 19 481 before', () => {
    const aliases = Array.from({ length: 11 }, (_, index) => `s${index}: subjects(ids: $ids) { regions { ${EVERY_PROVINCE_RECORDS} } }`).join(' ');
    const query = `query ($ids: [ID!]!) { ${aliases} }`;
    expect(measure(query).cost).toBe(11 * (1 + 10 * PER_SUBJECT)); // what it measured with 10 per list: 19 481
    const cost = measure(query, { ids: ids(200) }).cost;
    expect(cost).toBe(11 * (1 + 200 * PER_SUBJECT));
    expect(cost).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
    // One alias of 200 is over the limit on its own.
    expect(measure(`query ($ids: [ID!]!) { subjects(ids: $ids) { regions { ${EVERY_PROVINCE_RECORDS} } } }`, { ids: ids(200) }).cost).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
  });
});

describe('`first: null`', () => {
  it('counts the page the resolvers fall back to, not 10 nor a smaller declared default', () => {
    const accessLog = 'query ($n: Int) { subject(id: "1") { regions { accessLog(first: $n) { id } } } }';
    expect(measure(accessLog, { n: null }).cost).toBe(1 + (1 + 4 * (1 + FALLBACK_PAGE_SIZE * 1)));
    expect(measure('{ subject(id: "1") { regions { accessLog(first: null) { id } } } }').cost).toBe(1 + (1 + 4 * (1 + 50 * 1)));
    expect(measure('{ reviewQueue { inReview(first: null) { id } } }').cost).toBe(1 + (1 + 50 * 1));
    // registrations declare first: Int = 20, but the disclosure resolver falls back to 50 for null.
    expect(measure('{ creditDisclosure(enterpriseId: "91310000MA1FL8XQ30") { registrations(first: null) { recordId } } }').cost).toBe(1 + (1 + 50));
    // A page asked for with first: null sizes the list inside it by the same fallback.
    expect(measure('{ items(first: null) { edges { node { code } } } }').cost).toBe(1 + (1 + FALLBACK_PAGE_SIZE * (1 + 1)));
  });

  it('is no smaller than what any resolver falls back to (pageSize(args.first, fallback, max) or args.first ?? fallback)', () => {
    const root = new URL('../../../', import.meta.url);
    const sources = (dir: URL): URL[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? (entry.name === 'node_modules' ? [] : sources(new URL(`${entry.name}/`, dir))) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [new URL(entry.name, dir)] : [],
      );
    const fallbacks: number[] = [];
    for (const file of [...sources(new URL('subgraphs/', root)), ...sources(new URL('shared/src/', root))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/pageSize\(\s*args\.first\s*,\s*(\d+)|args\.first\s*\?\?\s*(\d+)/g)) fallbacks.push(Number(match[1] ?? match[2]));
    }
    expect(fallbacks.length).toBeGreaterThanOrEqual(7); // the scan still finds them
    expect(Math.max(...fallbacks)).toBeLessThanOrEqual(FALLBACK_PAGE_SIZE);
  });
});

describe('variables', () => {
  it('are read each on its own: one that does not coerce leaves the others read', () => {
    const query = `query ($id: ID!, $n: Int) { creditDisclosure(enterpriseId: $id) { licences(first: $n) { licenceId } } }`;
    expect(measure(query, { id: { not: 'an id' }, n: 90 }).cost).toBe(1 + (1 + 90));
    expect(measure(query, { id: '91310000MA1FL8XQ30', n: 90 }).cost).toBe(1 + (1 + 90));
  });
});
