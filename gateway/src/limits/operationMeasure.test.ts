import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation, regionTypedAbstractTypes } from './operationMeasure.ts';

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
    expect(perItem('{ evidenceSources(requests: ["r"]) { region } }')).toBe(1 + 4);
    expect(perItem('{ negativeListEntry(code: "218") { provinceGuidance { region } } }')).toBe(1 + (1 + 4));
    expect(perItem('{ subject(id: "1") { regions { cases { id } } } }')).toBe(1 + (1 + 4 * (1 + 10)));
  });
});
