import type { ApprovalRule } from '../standard/approvalRule.ts';

/**
 * Who may use 容缺受理 and 告知承诺 (State Council 2020 No. 42): not an applicant on a serious
 * dishonesty list — which is where an earlier false commitment puts them — in any province.
 * National policy, the same for every item, expressed like any other rule.
 */
export const NOT_SERIOUSLY_DISHONEST: ApprovalRule = {
  code: 'NOT_SERIOUSLY_DISHONEST',
  description: '申请人不在任何省份的严重失信主体名单上（含虚假承诺记录）',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: [
    { field: 'category', operator: 'EQ', value: 'SERIOUS_DISHONESTY' },
    { field: 'settled', operator: 'EQ', value: false },
  ],
};
