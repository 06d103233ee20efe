import { describe, expect, it } from 'vitest';
import { policyClosedOn, policyOpenOn, type PolicyTerms } from './policyOpen.ts';

/** A policy open from 1 March 2026 to its last day, 31 December 2027, as a province reads it from the hub. */
const policy: PolicyTerms = { name: '苏州市失业保险稳岗返还（免申即享）', status: 'IN_FORCE', effectiveFrom: '2026-03-01', cancelOn: null, policy: { applyBy: '2027-12-31' } };

describe('whether a policy takes applications on a day', () => {
  it('is open from its first day through its last, both included', () => {
    for (const day of ['2026-03-01', '2026-11-26', '2027-12-31']) {
      expect(policyClosedOn(policy, day), day).toBeUndefined();
      expect(policyOpenOn(policy, day), day).toBe(true);
    }
  });

  it('is closed the day after its last day, naming the last day', () => {
    expect(policyClosedOn(policy, '2028-01-01')).toEqual({
      reason: 'POLICY_CLOSED',
      message: '“苏州市失业保险稳岗返还（免申即享）”的申请截止日为 2027-12-31，已截止，不再受理申请',
      details: { applyBy: '2027-12-31' },
    });
    expect(policyOpenOn(policy, '2028-01-02')).toBe(false);
  });

  it('is not yet open before it takes effect', () => {
    expect(policyClosedOn(policy, '2026-02-28')).toMatchObject({ reason: 'POLICY_NOT_YET_OPEN', details: { effectiveFrom: '2026-03-01' } });
    expect(policyClosedOn(policy, '2026-02-28')?.message).toContain('2026-03-01');
  });

  it('is not in force when suspended, withdrawn, or from the day it is cancelled', () => {
    expect(policyClosedOn({ ...policy, status: 'SUSPENDED' }, '2026-11-26')).toMatchObject({ reason: 'POLICY_NOT_IN_FORCE', message: expect.stringContaining('已暂停'), details: { status: 'SUSPENDED' } });
    expect(policyClosedOn({ ...policy, status: 'CANCELLED' }, '2026-11-26')).toMatchObject({ reason: 'POLICY_NOT_IN_FORCE', message: expect.stringContaining('已取消') });
    expect(policyClosedOn({ ...policy, cancelOn: '2026-11-26' }, '2026-11-26')).toMatchObject({ reason: 'POLICY_NOT_IN_FORCE', details: { cancelOn: '2026-11-26' } });
    expect(policyClosedOn({ ...policy, cancelOn: '2026-11-26' }, '2026-11-25')).toBeUndefined();
  });

  it('stays open without a last day, read from the hub (null) or from the standard (absent)', () => {
    expect(policyOpenOn({ ...policy, policy: { applyBy: null } }, '2099-01-01')).toBe(true);
    expect(policyOpenOn({ ...policy, policy: {} }, '2099-01-01')).toBe(true);
  });

  it('lists only policies as open: an ordinary item has no last day to apply by', () => {
    expect(policyOpenOn({ ...policy, policy: null }, '2026-11-26')).toBe(false);
    expect(policyOpenOn({ name: '普通事项', status: 'IN_FORCE', effectiveFrom: '2026-01-01' }, '2026-11-26')).toBe(false);
  });
});
