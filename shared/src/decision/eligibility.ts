import type { ApprovalRule, RecordCondition } from '../standard/approvalRule.ts';

/**
 * A serious-dishonesty listing that still stands: unsettled, and public on the decision day — its
 * `publicUntil` that day or later, or not set (public until removed). A listing whose public
 * period has ended no longer puts the subject on the list.
 */
export const STANDING_SERIOUS_DISHONESTY_LISTING: readonly RecordCondition[] = [
  { field: 'category', operator: 'EQ', value: 'SERIOUS_DISHONESTY' },
  { field: 'settled', operator: 'EQ', value: false },
  { field: 'publicUntil', operator: 'GTE', value: { daysFromDecisionDay: 0 }, orNull: true },
];

/**
 * Who may use 容缺受理 and 告知承诺 (State Council 2020 No. 42): not an applicant on a serious
 * dishonesty list — which is where an earlier false commitment puts them — in any province, while
 * the listing is public. National policy, the same for every item, expressed like any other rule.
 */
export const NOT_SERIOUSLY_DISHONEST: ApprovalRule = {
  code: 'NOT_SERIOUSLY_DISHONEST',
  description: '申请人不在任何省份公示中的严重失信主体名单上（含虚假承诺记录）',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: STANDING_SERIOUS_DISHONESTY_LISTING,
};
