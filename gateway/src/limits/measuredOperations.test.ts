import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MeasuredOperations, sizeVariablesOf } from './measuredOperations.ts';
import { measureOperation } from './operationMeasure.ts';

/** The API schema clients see, from the committed supergraph (through its SDL, as in operationMeasure.test). */
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8')).apiSchema()));

const DISCLOSURE = parse(`query Disclosure($id: ID!, $n: Int = 3, $m: Int) { creditDisclosure(enterpriseId: $id) {
  penalties(first: $m) { recordId } licences(first: $n) { licenceId } registrations { recordId } } }`);

describe('MeasuredOperations', () => {
  it('reads only the variables given as a page size', () => {
    expect(sizeVariablesOf(DISCLOSURE)).toEqual(['m', 'n']);
    expect(sizeVariablesOf(parse('query ($id: ID!) { subject(id: $id) { id } }'))).toEqual([]);
  });

  it('answers what measureOperation answers, for every combination of page sizes, absent and null told apart', () => {
    const measured = new MeasuredOperations();
    const cases: Record<string, unknown>[] = [{ id: 'a' }, { id: 'a', n: 7 }, { id: 'a', n: null }, { id: 'a', n: 7, m: 2 }, { id: 'a', m: 'many' }, { id: 'a', n: 7 }];
    for (const variables of cases) {
      expect(measured.measure(DISCLOSURE, 'Disclosure', schema, variables)).toEqual(measureOperation(DISCLOSURE, 'Disclosure', schema, variables));
    }
    // The default (3) when n is absent; null leaves licences at the schema's default (50).
    expect(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a' }).cost).not.toBe(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: null }).cost);
  });

  it('measures an operation once: other variables, and the same sizes again, reuse the measure', () => {
    const measured = new MeasuredOperations();
    const first = measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: 5 });
    expect(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'b', n: 5 })).toBe(first);
    expect(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: 6 })).not.toBe(first);
    // The same text parsed again is another document: measured again, to the same numbers.
    const again = parse(`query Disclosure($id: ID!, $n: Int = 3, $m: Int) { creditDisclosure(enterpriseId: $id) {
  penalties(first: $m) { recordId } licences(first: $n) { licenceId } registrations { recordId } } }`);
    const remeasured = measured.measure(again, 'Disclosure', schema, { id: 'a', n: 5 });
    expect(remeasured).not.toBe(first);
    expect(remeasured).toEqual(first);
  });

  it('keeps a bounded number of page-size variants per operation, each still right', () => {
    const measured = new MeasuredOperations();
    for (let n = 0; n < 100; n++) {
      expect(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n }).cost).toBe(measureOperation(DISCLOSURE, 'Disclosure', schema, { id: 'a', n }).cost);
    }
    const latest = measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: 99 });
    expect(measured.measure(DISCLOSURE, 'Disclosure', schema, { id: 'b', n: 99 })).toBe(latest);
  });
});
