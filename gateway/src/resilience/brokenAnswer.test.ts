import { describe, expect, it } from 'vitest';
import { brokenAnswer } from './brokenAnswer.ts';

const ONE = [{ __typename: 'PolicyCheck', subjectId: 's' }];
const TWO = [...ONE, { __typename: 'PolicyCheck', subjectId: 't' }];
/** How a province refuses one record: its reference resolver throws FORBIDDEN (shared/src/provinceKit/caseAccess.ts). */
const forbidden = (path: readonly (string | number)[]) => ({ message: '只能查看本人（本企业）的办件', path, extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' } });

describe('brokenAnswer', () => {
  it('finds nothing wrong with an entity fetch answered one entity per representation', () => {
    expect(brokenAnswer({ data: { _entities: [{ __typename: 'PolicyCheck', x: 1 }, { x: 2 }] } }, TWO)).toBeUndefined();
  });

  it('accepts a null entity that an error explains: a refusal of one record, a failed non-null field, an error without a path', () => {
    expect(brokenAnswer({ data: { _entities: [{ x: 1 }, null] }, errors: [forbidden(['_entities', 1])] }, TWO)).toBeUndefined();
    expect(brokenAnswer({ data: { _entities: [null, { x: 2 }] }, errors: [forbidden(['_entities', 0, 'records'])] }, TWO)).toBeUndefined();
    expect(brokenAnswer({ data: { _entities: [null] }, errors: [{ message: 'x' }] }, ONE)).toBeUndefined();
  });

  it('accepts data null with errors: the subgraph refused the fetch as a whole and says why', () => {
    expect(brokenAnswer({ data: null, errors: [{ message: 'refused', extensions: { code: 'UNAUTHENTICATED' } }] }, ONE)).toBeUndefined();
    expect(brokenAnswer({ errors: [{ message: 'refused' }] }, ONE)).toBeUndefined();
  });

  it('names an entity fetch answered without its entities, with the wrong number of them, or with a null that no error explains', () => {
    expect(brokenAnswer({ data: null }, ONE)?.detail).toBe('no data and no errors');
    expect(brokenAnswer({}, ONE)?.detail).toBe('no data and no errors');
    expect(brokenAnswer({ data: { _entities: [null] } }, ONE)?.detail).toBe('entity null without an error');
    expect(brokenAnswer({ data: { _entities: [{ x: 1 }, null] }, errors: [forbidden(['_entities', 0])] }, TWO)?.detail).toBe('entity null without an error');
    expect(brokenAnswer({ data: { _entities: [] } }, ONE)).toEqual({ detail: 'wrong number of entities', cause: '0 entities for 1 representations' });
    // No error can explain a wrong count: GraphQL nulls a list's entries, it does not drop them.
    expect(brokenAnswer({ data: { _entities: [null] }, errors: [forbidden(['_entities', 0])] }, TWO)?.detail).toBe('wrong number of entities');
    expect(brokenAnswer({ data: {} }, ONE)?.detail).toBe('entities missing');
    expect(brokenAnswer({ data: { _entities: null }, errors: [forbidden(['_entities'])] }, ONE)?.detail).toBe('entities missing');
  });

  it('names an answer that is no GraphQL response, for any fetch', () => {
    expect(brokenAnswer({ data: { feeOnDate: 30 } }, undefined)).toBeUndefined();
    expect(brokenAnswer({ data: null }, undefined)?.detail).toBe('no data and no errors');
    expect(brokenAnswer({ data: 'x', errors: [{ message: 'x' }] }, undefined)?.detail).toBe('data not an object');
    expect(brokenAnswer({ data: {}, errors: { message: 'x' } }, undefined)?.detail).toBe('errors not a list');
  });
});
