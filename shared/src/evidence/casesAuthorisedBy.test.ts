import { describe, expect, it } from 'vitest';
import { authorisingBody } from './authorisationProof.fixture.ts';
import { casesAuthorisedBy } from './casesAuthorisedBy.ts';

const CASE = '32050920261128000001';
const request = (query: string, variables?: Record<string, unknown>, operationName?: string) => JSON.stringify({ query, variables, operationName });

describe('the cases a signed request authorises', () => {
  it('reads the case of her authoriseEvidence or own requestEvidence under the filing province’s field, from a variable or a literal', () => {
    expect(casesAuthorisedBy(authorisingBody('jiangsu', CASE), 'jiangsu')).toEqual([CASE]);
    expect(casesAuthorisedBy(authorisingBody('jiangsu', CASE, { field: 'requestEvidence', literal: true }), 'jiangsu')).toEqual([CASE]);
    // An ID written as an integer, an alias, several fields in one mutation.
    const query = `mutation { jiangsu { first: authoriseEvidence(caseId: 32050920261128000002) { id } withdrawCase(caseId: "${CASE}") { id } } }`;
    expect(casesAuthorisedBy(request(query), 'jiangsu')).toEqual(['32050920261128000002']);
  });

  it('reads through fragments, and not what @skip or @include leaves out', () => {
    const query = `mutation M($caseId: ID!, $no: Boolean!) { ...Root }
      fragment Root on Mutation { jiangsu { ... on JiangsuMutations { authoriseEvidence(caseId: $caseId) { id } } requestEvidence(caseId: "skipped") @include(if: $no) { caseId } } }`;
    expect(casesAuthorisedBy(request(query, { caseId: CASE, no: false }), 'jiangsu')).toEqual([CASE]);
    expect(casesAuthorisedBy(request(query, { caseId: CASE, no: true }), 'jiangsu')).toEqual([CASE, 'skipped']);
    expect(casesAuthorisedBy(request(`mutation { jiangsu { authoriseEvidence(caseId: "${CASE}") @skip(if: true) { id } } }`), 'jiangsu')).toEqual([]);
    // A fragment spreading itself is read once.
    const cyclic = `mutation { jiangsu { ...A } } fragment A on JiangsuMutations { authoriseEvidence(caseId: "${CASE}") { id } ...A }`;
    expect(casesAuthorisedBy(request(cyclic), 'jiangsu')).toEqual([CASE]);
  });

  it('authorises nothing else: another province’s field, a query, another mutation, the operation not run, or no GraphQL at all', () => {
    expect(casesAuthorisedBy(authorisingBody('anhui', CASE), 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(request(`query { jiangsu { authoriseEvidence(caseId: "${CASE}") { id } } }`), 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(request(`mutation { jiangsu { withdrawCase(caseId: "${CASE}") { id } } }`), 'jiangsu')).toEqual([]);
    const two = `mutation A { jiangsu { withdrawCase(caseId: "${CASE}") { id } } } mutation B { jiangsu { authoriseEvidence(caseId: "${CASE}") { id } } }`;
    expect(casesAuthorisedBy(request(two, undefined, 'A'), 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(request(two), 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(request(two, undefined, 'B'), 'jiangsu')).toEqual([CASE]);
    expect(casesAuthorisedBy('not json', 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(request('mutation {'), 'jiangsu')).toEqual([]);
    expect(casesAuthorisedBy(JSON.stringify({ variables: { caseId: CASE } }), 'jiangsu')).toEqual([]);
    // A variable that is not there, or not a string.
    expect(casesAuthorisedBy(request('mutation M($caseId: ID!) { jiangsu { authoriseEvidence(caseId: $caseId) { id } } }', { caseId: 7 }), 'jiangsu')).toEqual([]);
  });
});
