import { describe, expect, it } from 'vitest';
import { issuedLicence } from '../fixtures/issuedLicence.fixture.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { failureWording } from '../standard/ruleDescriptionWording.ts';
import { notClaimedInPeriod } from './claimPeriod.ts';
import { evaluateRule, failedRuleReason } from './ruleEvaluation.ts';

const VOUCHER = '059001001000';

const licence = (itemCode: string, issuedOn: string, licenceStatus: 'VALID' | 'REVOKED' | 'EXPIRED' = 'VALID', region: HeldRecord['region'] = 'SHANGHAI'): HeldRecord =>
  issuedLicence({ subjectId: '91330421MA2B3C4D17', itemCode, issuedOn, recordId: `L-${itemCode}-${issuedOn}`, region, content: { licenceId: `L-${issuedOn}`, licenceStatus } });

describe('a policy claimed once per its period', () => {
  const yearly = notClaimedInPeriod(VOUCHER, { calendarYears: 1 });

  it('holds on no licence at all: every province answering "none issued" is the evidence of a first claim', () => {
    expect(evaluateRule(yearly, [], new Set(), '2026-11-27')).toMatchObject({ passed: true, unverified: false });
  });

  it('fails on a licence of the policy issued this calendar year, in any province, naming it as people know it', () => {
    const result = evaluateRule(yearly, [licence(VOUCHER, '2026-03-02')], new Set(), '2026-11-27');
    expect(result).toMatchObject({ passed: false, unverified: false });
    expect(failedRuleReason(result)).toBe(
      `不符合条件：${yearly.description}（有 1 条记录不符合：上海市青浦区科学技术委员会2026年3月2日签发的“长三角生态绿色一体化发展示范区科技创新券兑付办理结果”（办件 3120261127000001）：证照状态 有效，须为 已撤销，或签发日期 2026年3月2日，须早于 2026年1月1日）`,
    );
  });

  it('counts the calendar year, not the last 365 days; another policy’s licence and a revoked grant are no claim', () => {
    expect(evaluateRule(yearly, [licence(VOUCHER, '2025-12-31')], new Set(), '2026-01-01').passed).toBe(true);
    expect(evaluateRule(yearly, [licence(VOUCHER, '2026-01-01')], new Set(), '2026-12-31').passed).toBe(false);
    expect(evaluateRule(yearly, [licence('053102001000', '2026-03-02')], new Set(), '2026-11-27').passed).toBe(true);
    expect(evaluateRule(yearly, [licence(VOUCHER, '2026-03-02', 'REVOKED')], new Set(), '2026-11-27').passed).toBe(true);
  });

  it('once only: any earlier grant, however long ago', () => {
    const once = notClaimedInPeriod('083201001000', 'ONCE');
    expect(evaluateRule(once, [licence('083201001000', '2020-05-01', 'EXPIRED')], new Set(), '2026-11-27').passed).toBe(false);
  });

  it('is not decided by a machine when the applicant refused her licences', () => {
    expect(evaluateRule(yearly, [], new Set(['E_LICENCE']), '2026-11-27')).toMatchObject({ passed: false, unverified: true });
  });

  it('has one code per period', () => {
    expect([yearly.code, notClaimedInPeriod(VOUCHER, 'ONCE').code, notClaimedInPeriod(VOUCHER, { calendarYears: 3 }).code]).toEqual([
      'NOT_CLAIMED_THIS_YEAR',
      'NOT_CLAIMED_BEFORE',
      'NOT_CLAIMED_IN_3_YEARS',
    ]);
  });

  it('states the condition required', () => {
    for (const rule of [yearly, notClaimedInPeriod(VOUCHER, 'ONCE'), notClaimedInPeriod(VOUCHER, { calendarYears: 3 })]) {
      expect(failureWording(rule.description)).toBeUndefined();
    }
  });
});
