import { describe, expect, it } from 'vitest';
import { CAST, CAST_RECORDS } from '@yrd/shared/fixtures/storyCast';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import { POLICY_CODES, POLICY_ITEMS } from '../seed/policyItems.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { matchPolicies, policyOpenOn } from './policyMatching.ts';

function heldRecordsOf(subjectId: string): HeldRecord[] {
  return CAST_RECORDS.filter((placed) => placed.record.subjectId === subjectId).map((placed) => ({
    ...placed.record,
    region: placed.region,
    holdingAuthority: 'holder',
  }));
}

const TODAY = '2026-12-01';

describe('matchPolicies', () => {
  const matches = matchPolicies(STANDARD_ITEMS, heldRecordsOf(CAST.jiashanHefeng), 'ENTERPRISE', TODAY, 1);

  it('lists only policies, eligible ones first by the most they pay, then near misses', () => {
    expect(matches.every((match) => match.item.policy !== undefined)).toBe(true);
    const standings = matches.map((match) => match.standing);
    expect(standings.indexOf('NEAR_MISS')).toBe(standings.lastIndexOf('ELIGIBLE') + 1);
    const eligible = matches.filter((match) => match.standing === 'ELIGIBLE');
    const amounts = eligible.map((match) => match.item.policy?.maxAmount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(eligible.map((match) => match.item.code)).toContain(POLICY_CODES.zhejiangMicroTaxRelief);
  });

  it('gives the reasons of a near miss, and never counts a policy of another place as near', () => {
    const yieldLeader = matches.find((match) => match.item.code === POLICY_CODES.jiashanYieldLeaderAward);
    expect(yieldLeader?.standing).toBe('NEAR_MISS');
    expect(yieldLeader?.missed).toHaveLength(1);
    expect(yieldLeader?.missed[0]?.description).toMatch(/纳税|税/);
    // 嘉善禾丰 is registered in Zhejiang: 苏州's policies are not near, however the rest goes.
    expect(matches.some((match) => match.item.code === POLICY_CODES.suzhouTechUpgrade)).toBe(false);
  });

  it('widens the near misses with maxMissed, and lists nothing a person cannot apply for', () => {
    const wider = matchPolicies(STANDARD_ITEMS, heldRecordsOf(CAST.kunshanQicheng), 'ENTERPRISE', TODAY, 3);
    const narrow = matchPolicies(STANDARD_ITEMS, heldRecordsOf(CAST.kunshanQicheng), 'ENTERPRISE', TODAY, 1);
    expect(wider.length).toBeGreaterThan(narrow.length);
    expect(wider.every((match) => match.missed.length <= 3)).toBe(true);
    expect(matchPolicies(STANDARD_ITEMS, heldRecordsOf(CAST.kunshanQicheng), 'PERSON', TODAY, 3)).toEqual([]);
  });

  it('leaves out policies closed on the day', () => {
    const policy = POLICY_ITEMS.find((item) => item.code === POLICY_CODES.zhejiangMicroTaxRelief) as StandardItem;
    const applyBy = policy.policy?.applyBy as string;
    expect(policyOpenOn(policy, applyBy)).toBe(true);
    expect(policyOpenOn(policy, '2099-01-01')).toBe(false);
    expect(policyOpenOn({ ...policy, status: 'SUSPENDED' }, TODAY)).toBe(false);
    expect(policyOpenOn({ ...policy, effectiveFrom: '2099-01-01' }, TODAY)).toBe(false);
    const later = matchPolicies(STANDARD_ITEMS, heldRecordsOf(CAST.jiashanHefeng), 'ENTERPRISE', '2099-01-01', 3);
    expect(later).toEqual([]);
  });
});
