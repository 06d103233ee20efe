import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import type { Caller } from '@yrd/shared/identity/caller';
import { profileRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { CatalogContext } from '../catalogResolvers.ts';
import type { CatalogStore } from '../catalogStore.ts';
import type { RuleReading } from '../policies/undecidedRules.ts';
import { POLICY_ITEMS } from '../seed/policyItems.ts';
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

describe('policy matching while a province is silent', () => {
  const { PolicyCheck: withPolicies, RuleOutcome } = policyCheckResolvers({ policyItems: () => POLICY_ITEMS } as unknown as CatalogStore);
  /** Every province but Zhejiang answered with nothing; Zhejiang, where 嘉善禾丰 is registered, did not answer. */
  const zhejiangSilent = () => ({
    subjectId: CAST.jiashanHefeng,
    ...Object.fromEntries(REGIONS.filter((region) => region.code !== 'ZHEJIANG').map((region) => [profileRecordsField(region.subgraphName), []])),
  });
  const enterprise = asked({ kind: 'ENTERPRISE', creditCode: CAST.jiashanHefeng });

  it('words an undecided rule as what could not be checked, not as what the enterprise lacks', () => {
    const unconfirmed = withPolicies.unconfirmed(zhejiangSilent(), undefined, enterprise);
    const undecided: RuleReading[] = unconfirmed.flatMap((match) => match.undecidedRules);
    const penalty = undecided.find((rule) => rule.code === 'NO_UNSETTLED_PENALTY');
    expect(penalty).toBeDefined();
    if (!penalty) return;
    expect(penalty.detail).toBe('浙江未应答，暂无法判断');
    expect(RuleOutcome.description(penalty)).toBe('未能自动核验以下条件（浙江未应答，暂无法判断）：企业无尚未履行完毕的行政处罚');
    // The same rule among all the rules of a match reads the same; a decided one keeps its description.
    for (const match of unconfirmed) {
      for (const rule of match.rules) {
        expect(RuleOutcome.description(rule).startsWith('未能自动核验以下条件'), rule.code).toBe(rule.undecided);
      }
    }
  });
});
