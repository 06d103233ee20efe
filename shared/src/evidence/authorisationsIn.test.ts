import { describe, expect, it } from 'vitest';
import { authorisingBody } from './authorisationProof.fixture.ts';
import { authorisationsIn } from './authorisationsIn.ts';

const CASE = '32050920261128000001';
const ITEM = '200047001000';
const request = (query: string, variables?: Record<string, unknown>, operationName?: string) => JSON.stringify({ query, variables, operationName });

describe('the authorisations a signed request gives', () => {
  it('reads the case and item of her authoriseEvidence under the filing province’s field, from variables or literals', () => {
    expect(authorisationsIn(authorisingBody('jiangsu', CASE, ITEM), 'jiangsu')).toEqual([{ caseId: CASE, itemCode: ITEM }]);
    expect(authorisationsIn(authorisingBody('jiangsu', CASE, ITEM, { literal: true }), 'jiangsu')).toEqual([{ caseId: CASE, itemCode: ITEM }]);
    // An ID written as an integer, an alias, another mutation beside it.
    const query = `mutation { jiangsu { first: authoriseEvidence(caseId: 32050920261128000002, itemCode: "${ITEM}") { id } withdrawCase(caseId: "${CASE}") { id } } }`;
    expect(authorisationsIn(request(query), 'jiangsu')).toEqual([{ caseId: '32050920261128000002', itemCode: ITEM }]);
    // A variable's declared default stands in for one not sent.
    const defaulted = `mutation M($caseId: ID!, $item: ID = "${ITEM}") { jiangsu { authoriseEvidence(caseId: $caseId, itemCode: $item) { id } } }`;
    expect(authorisationsIn(request(defaulted, { caseId: CASE }), 'jiangsu')).toEqual([{ caseId: CASE, itemCode: ITEM }]);
  });

  it('reads through fragments, and not what @skip or @include leaves out', () => {
    const query = `mutation M($caseId: ID!, $no: Boolean!) { ...Root }
      fragment Root on Mutation { jiangsu { ... on JiangsuMutations { authoriseEvidence(caseId: $caseId, itemCode: "${ITEM}") { id } } authoriseEvidence(caseId: "skipped", itemCode: "${ITEM}") @include(if: $no) { id } } }`;
    expect(authorisationsIn(request(query, { caseId: CASE, no: false }), 'jiangsu').map((given) => given.caseId)).toEqual([CASE]);
    expect(authorisationsIn(request(query, { caseId: CASE, no: true }), 'jiangsu').map((given) => given.caseId)).toEqual([CASE, 'skipped']);
    const defaultedSkip = `mutation ($x: Boolean = true) { jiangsu { authoriseEvidence(caseId: "${CASE}", itemCode: "${ITEM}") @skip(if: $x) { id } } }`;
    expect(authorisationsIn(request(defaultedSkip), 'jiangsu')).toEqual([]);
    // A fragment spreading itself is read once.
    const cyclic = `mutation { jiangsu { ...A } } fragment A on JiangsuMutations { authoriseEvidence(caseId: "${CASE}", itemCode: "${ITEM}") { id } ...A }`;
    expect(authorisationsIn(request(cyclic), 'jiangsu')).toEqual([{ caseId: CASE, itemCode: ITEM }]);
  });

  it('gives none for anything else: her own 调取, another province’s field, a query, an operation not run, a missing argument, no GraphQL at all', () => {
    expect(authorisationsIn(authorisingBody('jiangsu', CASE, ITEM, { field: 'requestEvidence' }), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(authorisingBody('anhui', CASE, ITEM), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(request(`query { jiangsu { authoriseEvidence(caseId: "${CASE}", itemCode: "${ITEM}") { id } } }`), 'jiangsu')).toEqual([]);
    const two = `mutation A { jiangsu { withdrawCase(caseId: "${CASE}") { id } } } mutation B { jiangsu { authoriseEvidence(caseId: "${CASE}", itemCode: "${ITEM}") { id } } }`;
    expect(authorisationsIn(request(two, undefined, 'A'), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(request(two), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(request(two, undefined, 'B'), 'jiangsu')).toEqual([{ caseId: CASE, itemCode: ITEM }]);
    expect(authorisationsIn(request(`mutation { jiangsu { authoriseEvidence(caseId: "${CASE}") { id } } }`), 'jiangsu')).toEqual([]);
    expect(authorisationsIn('not json', 'jiangsu')).toEqual([]);
    expect(authorisationsIn(request('mutation {'), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(JSON.stringify({ variables: { caseId: CASE } }), 'jiangsu')).toEqual([]);
    // A variable that is not there, or not a string.
    const byVariables = 'mutation M($caseId: ID!, $itemCode: ID!) { jiangsu { authoriseEvidence(caseId: $caseId, itemCode: $itemCode) { id } } }';
    expect(authorisationsIn(request(byVariables, { caseId: 7, itemCode: ITEM }), 'jiangsu')).toEqual([]);
    expect(authorisationsIn(request(byVariables, { caseId: CASE }), 'jiangsu')).toEqual([]);
  });
});
