import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The custom scalars as a client sees them: an app developer introspecting the gateway (or
 * reading the SDL it was given) learns from each scalar its form, the specification it follows
 * and — for the dates and instants — the time zone, without reading our code.
 */
const INTROSPECT = `{ ${['Date', 'DateTime', 'YearMonth', 'Yuan'].map((name) => `${name}: __type(name: "${name}") { description specifiedByURL }`).join(' ')} }`;

type Described = Record<'Date' | 'DateTime' | 'YearMonth' | 'Yuan', { description: string | null; specifiedByURL: string | null }>;

/**
 * What introspection answers on the API schema of a supergraph, as the gateway derives it (through
 * its SDL: federation-internals carries its own copy of graphql-js, as in operationMeasure.test).
 */
async function introspected(supergraphSdl: string): Promise<Described> {
  const schema = buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
  const result = await graphql({ schema, source: INTROSPECT });
  expect(result.errors).toBeUndefined();
  return result.data as unknown as Described;
}

function expectDescribed(scalars: Described) {
  expect(scalars.DateTime.description).toMatch(/RFC 3339/);
  expect(scalars.DateTime.description).toMatch(/UTC \(Z\)/);
  expect(scalars.DateTime.description).toMatch(/case number/);
  expect(scalars.DateTime.specifiedByURL).toBe('https://www.rfc-editor.org/rfc/rfc3339');
  expect(scalars.Date.description).toMatch(/ISO 8601/);
  expect(scalars.Date.description).toMatch(/China Standard Time/);
  expect(scalars.Date.description).toMatch(/case number/);
  expect(scalars.Date.specifiedByURL).toMatch(/iso-8601/);
  expect(scalars.YearMonth.description).toMatch(/ISO 8601/);
  expect(scalars.YearMonth.specifiedByURL).toMatch(/iso-8601/);
  // Money has no published specification: described, with no @specifiedBy.
  expect(scalars.Yuan.description).toMatch(/yuan.*"2580\.00"/);
  expect(scalars.Yuan.specifiedByURL).toBeNull();
}

describe('the custom scalars in the schema clients see', () => {
  // The committed supergraph is the composition of the subgraphs' SDL (composeSupergraph.test.ts checks it is current).
  it('keep their descriptions and @specifiedBy through composition, into the gateway’s introspection', async () => {
    expectDescribed(await introspected(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8')));
  });
});
