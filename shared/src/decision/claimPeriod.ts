import type { ApprovalRule } from '../standard/approvalRule.ts';

/**
 * How often an enterprise may claim a policy (政策兑现), as the policy's text limits it:
 * `{ calendarYears: 1 }` once a calendar year (每家每年最高…: 年 is the calendar year, 1 January
 * to 31 December, not the last 365 days), `{ calendarYears: n }` once in the decision day's year
 * and the n−1 before it, `'ONCE'` once only (一次性奖励).
 */
export type ClaimPeriod = { readonly calendarYears: number } | 'ONCE';

/**
 * The rule's code, one per period (a rule code means the same in every policy — "this policy"
 * being the policy it is a rule of): NOT_CLAIMED_THIS_YEAR, NOT_CLAIMED_IN_3_YEARS, NOT_CLAIMED_BEFORE.
 */
export function claimRuleCode(period: ClaimPeriod): string {
  if (period === 'ONCE') return 'NOT_CLAIMED_BEFORE';
  return period.calendarYears === 1 ? 'NOT_CLAIMED_THIS_YEAR' : `NOT_CLAIMED_IN_${period.calendarYears}_YEARS`;
}

/** Whether a rule is a policy's claim-period rule. */
export const isClaimRule = (rule: { readonly code: string }): boolean => rule.code.startsWith('NOT_CLAIMED_');

/** The period in words, for the rule's description and the policy's guide. */
export function claimPeriodWords(period: ClaimPeriod): string {
  if (period === 'ONCE') return '每家企业限兑现一次';
  return period.calendarYears === 1 ? '每家企业每个自然年度限兑现一次' : `每家企业每${period.calendarYears}个自然年度限兑现一次`;
}

/**
 * A policy claimed once per its period: no electronic licence of the policy's own item, issued
 * since the period began, that has not been revoked. Each province that grants a claim issues
 * that licence and holds it (a claim of the 示范区 voucher in 上海 is held in 上海 when the
 * enterprise applies in 浙江), and every province is asked for licences, so a claim anywhere in the
 * delta counts. A revoked grant (its post-check failed) is no claim. The policy's materials must
 * name its own item as a licence (licenceOf) so that the holders release exactly those licences.
 */
export function notClaimedInPeriod(itemCode: string, period: ClaimPeriod): ApprovalRule {
  const since =
    period === 'ONCE'
      ? []
      : [{ field: 'issuedOn', operator: 'GTE', value: { firstDayOfDecisionYear: -(period.calendarYears - 1) } } as const];
  const when =
    period === 'ONCE'
      ? '企业此前未获本政策兑现'
      : period.calendarYears === 1
        ? '企业本年度（自1月1日起）未获本政策兑现'
        : `企业本年度及前${period.calendarYears - 1}个年度内未获本政策兑现`;
  return {
    code: claimRuleCode(period),
    description: `${when}（${claimPeriodWords(period)}；以各省（市）签发的本政策兑现结果电子证照为准，已撤销的除外）`,
    evidenceKind: 'E_LICENCE',
    quantifier: 'NONE',
    conditions: [{ field: 'itemCode', operator: 'EQ', value: itemCode }, { field: 'licenceStatus', operator: 'NE', value: 'REVOKED' }, ...since],
  };
}
