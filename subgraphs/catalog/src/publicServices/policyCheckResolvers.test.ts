import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import type { Caller } from '@yrd/shared/identity/caller';
import { profileRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { CatalogContext } from '../catalogResolvers.ts';
import type { CatalogStore } from '../catalogStore.ts';
import { policyCheckResolvers } from './policyCheckResolvers.ts';

/** A signed-in subject whose number is valid both as a person's and as a credit code is matched as what it signed in as. */
const BOTH = numberValidAsBoth();
const store = { policyItems: () => [] } as unknown as CatalogStore;
const { PolicyCheck } = policyCheckResolvers(store);
/** Every province answered, with no records. */
const check = () => ({ subjectId: BOTH, ...Object.fromEntries(REGIONS.map((region) => [profileRecordsField(region.subgraphName), []])) });
const asked = (caller: Caller) => ({ caller }) as CatalogContext;

describe('policy matching for a number valid both ways', () => {
  it('matches a signed-in enterprise or citizen as the kind it signed in as', () => {
    for (const caller of [{ kind: 'ENTERPRISE', creditCode: BOTH }, { kind: 'CITIZEN', residentId: BOTH }] as const) {
      expect(PolicyCheck.eligible(check(), undefined, asked(caller)), caller.kind).toEqual([]);
      expect(PolicyCheck.nearMisses(check(), {}, asked(caller))).toEqual([]);
      expect(PolicyCheck.unconfirmed(check(), undefined, asked(caller))).toEqual([]);
    }
  });

  it('still asks which is meant of anyone else', () => {
    const operator: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'W01', operatorId: 'op-1' };
    expect(() => PolicyCheck.eligible(check(), undefined, asked(operator))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'AMBIGUOUS_SUBJECT' }) }));
  });
});
