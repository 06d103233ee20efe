import { describe, expect, it } from 'vitest';
import { unansweredEntities } from './unansweredEntities.ts';

describe('unansweredEntities', () => {
  it('answers each representation with its type and every requested field null', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on ServiceMapSearch { __typename zhejiangCandidates { id distanceMeters } }
      ... on PolicyCheck { z: zhejiangProfileRecords { __typename } ...More }
    } }
    fragment More on PolicyCheck { other }`;
    const representations = [
      { __typename: 'ServiceMapSearch', key: 'k1' },
      { __typename: 'PolicyCheck', subjectId: 's' },
    ];
    expect(unansweredEntities(query, representations)).toEqual([
      { __typename: 'ServiceMapSearch', zhejiangCandidates: null, z: null, other: null },
      { __typename: 'PolicyCheck', zhejiangCandidates: null, z: null, other: null },
    ]);
  });

  it('leaves anything but an entity fetch alone', () => {
    expect(unansweredEntities('{ item(code: "1") { name } }', [])).toBeUndefined();
    expect(unansweredEntities('mutation { zhejiang { openCase { id } } }', [])).toBeUndefined();
    expect(unansweredEntities('not graphql', [])).toBeUndefined();
  });
});
