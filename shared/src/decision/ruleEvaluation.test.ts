import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { ApprovalRule } from '../standard/approvalRule.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { effectiveRules, evaluateRule, failedRuleReason } from './ruleEvaluation.ts';
import { dateAfter, endOfDayAfter } from './workingDays.ts';

const held = (record: NativeRecord, changes: Record<string, unknown> = {}): HeldRecord =>
  ({ ...record, content: { ...record.content, ...changes }, region: 'SHANGHAI', holdingAuthority: 'x' }) as HeldRecord;
const fund = held(SAMPLE_RECORDS[1]);
const continuous: ApprovalRule = {
  code: 'PF_DEPOSITS_CONTINUOUS',
  description: '连续缴存',
  evidenceKind: 'PROVIDENT_FUND',
  quantifier: 'ANY',
  conditions: [
    { field: 'accountStatus', operator: 'EQ', value: 'ACTIVE' },
    { field: 'continuousMonths', operator: 'GTE', value: 6 },
  ],
};
const noLoan: ApprovalRule = { code: 'PF_NO_LOAN', description: '无贷款', evidenceKind: 'PROVIDENT_FUND', quantifier: 'NONE', conditions: [{ field: 'outstandingLoan', operator: 'GT', value: 0 }] };

describe('approval rules', () => {
  it('ANY passes when one record meets every condition, and says why not otherwise', () => {
    expect(evaluateRule(continuous, [fund]).passed).toBe(true);
    expect(evaluateRule(continuous, [held(SAMPLE_RECORDS[1], { continuousMonths: 5 })])).toMatchObject({ passed: false, detail: '没有一条记录满足条件' });
    expect(evaluateRule(continuous, [])).toMatchObject({ passed: false, detail: '未取得该类材料' });
  });

  it('NONE passes on records none of which offends, fails naming the offending ones, and on no record only where absence is evidence', () => {
    expect(evaluateRule(noLoan, [fund]).passed).toBe(true);
    // No fund record at all proves no absence of a loan; no credit record is a clean record.
    expect(evaluateRule(noLoan, [])).toMatchObject({ passed: false, unverified: true, detail: '未取得该类材料' });
    const clean: ApprovalRule = { code: 'NO_PENALTY', description: '无处罚', evidenceKind: 'CREDIT_RECORD', quantifier: 'NONE', conditions: [{ field: 'settled', operator: 'EQ', value: false }] };
    expect(evaluateRule(clean, []).passed).toBe(true);
    const result = evaluateRule(noLoan, [fund, held(SAMPLE_RECORDS[1], { outstandingLoan: 100, recordId: 'X' })]);
    expect(result).toMatchObject({ passed: false, unverified: false });
    expect(failedRuleReason(result)).toMatch(new RegExp(`^不符合条件：${noLoan.description}（有 1 条记录不符合：上海市 \\S+）$`));
  });

  it('cannot be decided over evidence the applicant refused, and does not state what it guards against as a fact', () => {
    const refused = evaluateRule(noLoan, [fund], new Set(['PROVIDENT_FUND']));
    expect(refused).toMatchObject({ passed: false, unverified: true, detail: '申请人拒绝使用部分该类材料' });
    expect(failedRuleReason(refused)).toBe(`未能自动核验以下条件（申请人拒绝使用部分该类材料）：${noLoan.description}`);
  });

  it('is unverified, not failed as a fact, when an ANY or ALL rule has no record of its kind', () => {
    for (const quantifier of ['ANY', 'ALL'] as const) {
      const result = evaluateRule({ ...continuous, quantifier }, []);
      expect(result).toMatchObject({ passed: false, unverified: true, detail: '未取得该类材料' });
      expect(failedRuleReason(result).startsWith('未能自动核验以下条件')).toBe(true);
    }
    expect(evaluateRule(continuous, [held(SAMPLE_RECORDS[1], { continuousMonths: 1 })])).toMatchObject({ passed: false, unverified: false });
  });

  it('CONTAINS and IN work on lists and scalars', () => {
    const medical: ApprovalRule = { code: 'M', description: 'm', evidenceKind: 'SOCIAL_INSURANCE', quantifier: 'ANY', conditions: [{ field: 'schemes', operator: 'CONTAINS', value: 'MEDICAL' }] };
    expect(evaluateRule(medical, [held(SAMPLE_RECORDS[0])]).passed).toBe(true);
    expect(evaluateRule(medical, [held(SAMPLE_RECORDS[0], { schemes: ['PENSION'] })]).passed).toBe(false);
  });

  it('lets a province tighten a rule by its code', () => {
    const stricter = { ...continuous, conditions: [continuous.conditions[0], { field: 'continuousMonths', operator: 'GTE', value: 60 }] } as ApprovalRule;
    const rules = effectiveRules([continuous, noLoan], [stricter]);
    expect(rules.map((rule) => rule.code)).toEqual(['PF_DEPOSITS_CONTINUOUS', 'PF_NO_LOAN']);
    expect(evaluateRule(rules[0] as ApprovalRule, [fund]).passed).toBe(false);
  });
});

describe('deadlines', () => {
  it('count working days over weekends', () => {
    expect(dateAfter('2026-11-27', 1, 'WORKING_DAYS')).toBe('2026-11-30'); // Friday → Monday
    expect(dateAfter('2026-11-27', 5, 'WORKING_DAYS')).toBe('2026-12-04');
    expect(dateAfter('2026-11-27', 3, 'NATURAL_DAYS')).toBe('2026-11-30');
    expect(endOfDayAfter('2026-11-26', 0, 'WORKING_DAYS').toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });
});
