import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { ApprovalRule } from '../standard/approvalRule.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { effectiveRules, evaluateRule, failedRuleReason, valueOn } from './ruleEvaluation.ts';
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
    // The record by what it is, and the figure found against the figure required.
    expect(evaluateRule(continuous, [held(SAMPLE_RECORDS[1], { continuousMonths: 5 })])).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/^没有一条记录满足条件：.*连续缴存月数 5，须不低于 6$/),
    });
    expect(evaluateRule(continuous, [])).toMatchObject({ passed: false, detail: '未取得该类材料' });
  });

  it('NONE passes on records none of which offends, fails naming the offending ones, and on no record only where absence is evidence', () => {
    expect(evaluateRule(noLoan, [fund]).passed).toBe(true);
    // No fund record at all proves no absence of a loan; no credit record is a clean record.
    expect(evaluateRule(noLoan, [])).toMatchObject({ passed: false, unverified: true, detail: '未取得该类材料' });
    const clean: ApprovalRule = { code: 'NO_PENALTY', description: '无处罚', evidenceKind: 'CREDIT_RECORD', quantifier: 'NONE', conditions: [{ field: 'settled', operator: 'EQ', value: false }] };
    expect(evaluateRule(clean, []).passed).toBe(true);
    const loan = { ...held(SAMPLE_RECORDS[1], { outstandingLoan: 58_000_000 }), recordId: 'CAST-PF-CZQ', holdingAuthority: '上海市公积金管理中心' } as HeldRecord;
    const result = evaluateRule(noLoan, [fund, loan]);
    expect(result).toMatchObject({ passed: false, unverified: false });
    // The account as its holder knows it (by the tail of its number), and the loan still owed against none allowed.
    expect(failedRuleReason(result)).toBe(`不符合条件：${noLoan.description}（有 1 条记录不符合：上海市公积金管理中心 公积金账户（尾号7801）：未结清贷款 58万元，须不高于 0.00元）`);
    expect(failedRuleReason(result)).not.toMatch(/CAST-PF-CZQ|110234567801/);
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

describe('reasons people can act on', () => {
  const taxOf = (year: number, taxPaid: number): HeldRecord =>
    ({
      kind: 'TAX',
      recordId: `TAX-${year}`,
      subjectId: '91330421MA2B3C4D17',
      updatedOn: '2026-05-31',
      region: 'ZHEJIANG',
      holdingAuthority: 'x',
      content: { taxpayerKind: 'ENTERPRISE', taxpayerName: '嘉善禾丰', taxYear: year, creditRating: 'A', taxPaid, arrears: 0 },
    }) as HeldRecord;
  const taxAtLeast200: ApprovalRule = {
    code: 'TAX_PAID_2025_AT_LEAST_200WAN',
    description: '企业2025年度纳税额达到200万元',
    evidenceKind: 'TAX',
    quantifier: 'ANY',
    conditions: [
      { field: 'taxYear', operator: 'EQ', value: 2025 },
      { field: 'taxPaid', operator: 'GTE', value: 200_000_000 },
    ],
  };

  it('gives, for a numeric condition, the value found and the value required — on the record nearest to meeting it', () => {
    const result = evaluateRule(taxAtLeast200, [taxOf(2024, 90_000_000), taxOf(2025, 128_645_000)]);
    expect(failedRuleReason(result)).toBe('不符合条件：企业2025年度纳税额达到200万元（没有一条记录满足条件：浙江省2025年度纳税记录：已缴税款 128.645万元，须不低于 200万元）');
  });

  it('names a penalty by its decision number and authority, never by the internal record id', () => {
    const penalty = {
      kind: 'CREDIT_RECORD',
      recordId: 'CAST-CR-KSQC',
      subjectId: '91320583MA1XYZ1234',
      updatedOn: '2026-08-21',
      region: 'ANHUI',
      holdingAuthority: 'x',
      content: {
        subjectKind: 'ENTERPRISE',
        subjectName: '昆山启程',
        category: 'ADMINISTRATIVE_PENALTY',
        decisionNumber: '包市监罚〔2026〕231号',
        decidedOn: '2026-08-21',
        authority: '合肥市包河区市场监督管理局',
        reason: 'r',
        penaltyAmount: 8_000_000,
        settled: false,
        settledOn: null,
        publicUntil: '2029-08-21',
      },
    } as HeldRecord;
    const unsettled: ApprovalRule = { code: 'NO_UNSETTLED_PENALTY', description: '企业无尚未履行完毕的行政处罚', evidenceKind: 'CREDIT_RECORD', quantifier: 'NONE', conditions: [{ field: 'settled', operator: 'EQ', value: false }] };
    const reason = failedRuleReason(evaluateRule(unsettled, [penalty]));
    expect(reason).toBe('不符合条件：企业无尚未履行完毕的行政处罚（有 1 条记录不符合：合肥市包河区市场监督管理局 包市监罚〔2026〕231号：已履行 否，须为 是）');
    expect(reason).not.toMatch(/CAST-CR-KSQC/);
  });

  it('says which records break an ALL rule and how', () => {
    const all: ApprovalRule = { ...taxAtLeast200, quantifier: 'ALL', conditions: [{ field: 'arrears', operator: 'LTE', value: 0 }] };
    const result = evaluateRule(all, [taxOf(2025, 1), { ...taxOf(2024, 1), content: { ...taxOf(2024, 1).content, arrears: 1_500_000 } } as HeldRecord]);
    expect(result).toMatchObject({ passed: false, detail: '1 条记录不满足条件：浙江省2024年度纳税记录：欠缴税款 1.5万元，须不高于 0.00元' });
  });
});

describe('dates counted from the decision day', () => {
  const registration = (establishedOn: string): HeldRecord =>
    ({ kind: 'BUSINESS_REGISTRATION', recordId: 'R', subjectId: 's', updatedOn: establishedOn, region: 'ZHEJIANG', holdingAuthority: 'x', content: { establishedOn, registrationAuthority: '嘉善县市场监督管理局' } }) as unknown as HeldRecord;
  const oneYearOld: ApprovalRule = {
    code: 'ESTABLISHED_ONE_YEAR',
    description: '企业成立满一年',
    evidenceKind: 'BUSINESS_REGISTRATION',
    quantifier: 'ANY',
    conditions: [{ field: 'establishedOn', operator: 'LTE', value: { yearsFromDecisionDay: -1 } }],
  };

  it('reads "a full year old" to the same day a year before, not a fixed date that goes stale', () => {
    // Founded in December 2025: not one year old on 2026-11-27, whatever the old "by 2025-12-31" said.
    expect(evaluateRule(oneYearOld, [registration('2025-12-10')], new Set(), '2026-11-27')).toMatchObject({
      passed: false,
      detail: expect.stringContaining('成立日期 2025年12月10日，须不晚于 2025年11月27日'),
    });
    expect(evaluateRule(oneYearOld, [registration('2025-12-10')], new Set(), '2026-12-10').passed).toBe(true);
    expect(evaluateRule(oneYearOld, [registration('2025-12-10')], new Set(), '2026-12-09').passed).toBe(false);
    // No corresponding day: 29 February counts to 28 February.
    expect(valueOn({ yearsFromDecisionDay: -1 }, '2029-02-28')).toBe('2028-02-28');
    expect(valueOn({ yearsFromDecisionDay: -1 }, '2028-02-29')).toBe('2027-02-28');
  });

  it('reads the first day of a calendar year counted from the decision day\'s', () => {
    expect(valueOn({ firstDayOfDecisionYear: 0 }, '2026-11-27')).toBe('2026-01-01');
    expect(valueOn({ firstDayOfDecisionYear: -2 }, '2026-11-27')).toBe('2024-01-01');
    expect(valueOn({ daysFromDecisionDay: -1 }, '2026-01-01')).toBe('2025-12-31');
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

describe('what an offending record has, for a NONE rule', () => {
  const listing = {
    kind: 'CREDIT_RECORD',
    recordId: 'CAST-CR-LIST',
    subjectId: '91320583MA1XYZ1234',
    updatedOn: '2026-06-01',
    region: 'JIANGSU',
    holdingAuthority: '江苏省公共信用信息中心',
    content: {
      subjectKind: 'ENTERPRISE',
      subjectName: '昆山启程',
      category: 'ABNORMAL_OPERATION',
      decisionNumber: '昆市监异〔2026〕88号',
      decidedOn: '2026-06-01',
      authority: '昆山市市场监督管理局',
      reason: 'r',
      penaltyAmount: 0,
      settled: false,
      settledOn: null,
      publicUntil: null,
    },
  } as HeldRecord;
  const notListed: ApprovalRule = {
    code: 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST',
    description: '申请主体不在经营异常名录或严重违法失信名单上（未列入或已移出）',
    evidenceKind: 'CREDIT_RECORD',
    quantifier: 'NONE',
    conditions: [
      { field: 'category', operator: 'IN', value: ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'] },
      { field: 'settled', operator: 'EQ', value: false },
      { field: 'publicUntil', operator: 'GTE', value: { daysFromDecisionDay: 0 }, orNull: true },
    ],
  };

  it('gives each value found against what would clear it — any one would — leaving what the record is to its name', () => {
    expect(evaluateRule(notListed, [listing], new Set(), '2026-11-27').detail).toBe(
      '有 1 条记录不符合：昆山市市场监督管理局 昆市监异〔2026〕88号：已履行 否，须为 是，或公示截止日期 空，须早于 2026年11月27日',
    );
  });

  it('says a coded value in words, as the record view does', () => {
    const sealed = held(SAMPLE_RECORDS[1], { accountStatus: 'SEALED' });
    expect(evaluateRule(continuous, [sealed]).detail).toContain('账户状态 封存，须为 正常缴存');
    const onlyWhatItIs: ApprovalRule = { ...notListed, conditions: [{ field: 'category', operator: 'EQ', value: 'ABNORMAL_OPERATION' }] };
    expect(evaluateRule(onlyWhatItIs, [listing]).detail).toBe('有 1 条记录不符合：昆山市市场监督管理局 昆市监异〔2026〕88号：类别 经营异常名录，须不为 经营异常名录');
  });
});
