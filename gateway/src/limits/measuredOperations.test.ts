import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { lengthVariablesOf, MeasuredOperations, sizeVariablesOf } from './measuredOperations.ts';
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

  it('may read the length of the variables given whole as any other argument', () => {
    expect(lengthVariablesOf(DISCLOSURE)).toEqual(['id']);
    expect(lengthVariablesOf(parse('query ($ids: [ID!]!, $b: ID!, $k: String) { subjects(ids: $ids) { id } more: subjects(ids: ["a", $b]) { kind(of: $k) } }'))).toEqual(['ids', 'k']);
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

describe('MeasuredOperations and lists sized by a variable', () => {
  const SUBJECTS = parse('query Subjects($ids: [ID!]!, $n: Int) { subjects(ids: $ids) { id regions { accessLog(first: $n) { id } } } }');
  const ids = (count: number, seed = 'a') => Array.from({ length: count }, (_, index) => `${seed}${index}`);

  it('keeps a measure per length of the list, not per ids', () => {
    const measured = new MeasuredOperations();
    const forty = measured.measure(SUBJECTS, 'Subjects', schema, { ids: ids(40), n: 5 });
    expect(forty).toEqual(measureOperation(SUBJECTS, 'Subjects', schema, { ids: ids(40), n: 5 }));
    expect(measured.measure(SUBJECTS, 'Subjects', schema, { ids: ids(40, 'b'), n: 5 })).toBe(forty);
    const twoHundred = measured.measure(SUBJECTS, 'Subjects', schema, { ids: ids(200), n: 5 });
    expect(twoHundred.cost).toBe(measureOperation(SUBJECTS, 'Subjects', schema, { ids: ids(200), n: 5 }).cost);
    expect(twoHundred.cost).toBeGreaterThan(forty.cost);
  });

  it('cannot be left a short measure by a request whose variables do not coerce', () => {
    const measured = new MeasuredOperations();
    // A list of 200 with one bad id, then the same length done right: both measured as 200 subjects.
    const bad = { ids: [...ids(199), { not: 'an id' }], n: 5 };
    const good = { ids: ids(200), n: 5 };
    measured.measure(SUBJECTS, 'Subjects', schema, bad);
    expect(measured.measure(SUBJECTS, 'Subjects', schema, good).cost).toBe(measureOperation(SUBJECTS, 'Subjects', schema, good).cost);
    // A bad identifier next to a large page: the page is still read, for the request done right too.
    const disclosure = new MeasuredOperations();
    disclosure.measure(DISCLOSURE, 'Disclosure', schema, { id: { not: 'an id' }, n: 100 });
    expect(disclosure.measure(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: 100 }).cost).toBe(measureOperation(DISCLOSURE, 'Disclosure', schema, { id: 'a', n: 100 }).cost);
  });

  it('tells an absent list, a null one, a single value and lists of each length apart', () => {
    const measured = new MeasuredOperations();
    for (const variables of [{}, { ids: null }, { ids: 'one' }, { ids: ['one'] }, { ids: [] }, { ids: ids(3) }, { ids: 'one' }, {}]) {
      expect(measured.measure(SUBJECTS, 'Subjects', schema, variables), JSON.stringify(variables)).toEqual(measureOperation(SUBJECTS, 'Subjects', schema, variables));
    }
  });
});
