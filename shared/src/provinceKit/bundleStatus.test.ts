import { describe, expect, it } from 'vitest';
import type { CaseStatus } from './caseModel.ts';
import { bundleItemsSummary, bundleStatusOf } from './bundleStatus.ts';

const items = (...statuses: CaseStatus[]) => statuses.map((status) => ({ status }));

describe('bundleStatusOf: a submitted bundle stands where its items do', () => {
  it('is the least advanced item while any is being handled', () => {
    expect(bundleStatusOf(items('APPROVED', 'IN_REVIEW', 'DEFERRED_MATERIALS'))).toBe('DEFERRED_MATERIALS');
    expect(bundleStatusOf(items('REJECTED', 'IN_REVIEW'))).toBe('IN_REVIEW');
  });

  it('is APPROVED when every item was granted, PARTLY_APPROVED when only some were', () => {
    expect(bundleStatusOf(items('APPROVED', 'APPROVED'))).toBe('APPROVED');
    expect(bundleStatusOf(items('APPROVED', 'APPROVED', 'APPROVED', 'REJECTED'))).toBe('PARTLY_APPROVED');
    expect(bundleStatusOf(items('APPROVED', 'TERMINATED'))).toBe('PARTLY_APPROVED');
    // A licence revoked after its post-check: the item was not granted after all.
    expect(bundleStatusOf(items('REVOKED', 'APPROVED'))).toBe('PARTLY_APPROVED');
  });

  it('says how the items ended when none was granted', () => {
    expect(bundleStatusOf(items('TERMINATED', 'REJECTED'))).toBe('REJECTED');
    expect(bundleStatusOf(items('REVOKED', 'TERMINATED'))).toBe('TERMINATED');
    expect(bundleStatusOf(items('REVOKED'))).toBe('REVOKED');
  });
});

describe('bundleItemsSummary', () => {
  it('counts the items by status, in the order of a case\'s life, in the schema\'s words', () => {
    expect(bundleItemsSummary(items('REJECTED', 'APPROVED', 'IN_REVIEW', 'APPROVED'))).toBe('各事项：人工审核中 1 项、已办结（准予） 2 项、不予批准 1 项');
  });
});
