import { evaluateRules, type RuleResult } from '@yrd/shared/decision/ruleEvaluation';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { ApprovalRule } from '@yrd/shared/standard/approvalRule';
import { policyOpenOn } from '@yrd/shared/standard/policyOpen';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import type { LocalDate } from '@yrd/shared/time/localDate';

/**
 * 政策兑现 matching: a policy's eligibility is its approval rules read over the enterprise's
 * normalised profile from every province. An enterprise qualifies when every rule passes; a
 * policy it misses by a few rules is a near miss, shown with the rules' descriptions as reasons.
 */
export type PolicyStanding = 'ELIGIBLE' | 'NEAR_MISS';

export interface PolicyMatch {
  readonly item: StandardItem;
  readonly standing: PolicyStanding;
  readonly rules: readonly RuleResult[];
  /** The rules not met (empty when eligible). */
  readonly missed: readonly RuleResult[];
}

export const MAX_MISSED_RULES = 3;

/**
 * A rule on where the enterprise is registered (it reads the division code). Missing one is
 * never "near": an enterprise in 合肥 does not qualify for a 苏州 policy by doing better.
 */
export function isLocationRule(rule: ApprovalRule): boolean {
  return rule.conditions.some((condition) => condition.field === 'divisionCode');
}

// The provinces refuse a closed policy's case by the same rule: it lives in shared.
export { policyOpenOn } from '@yrd/shared/standard/policyOpen';

/**
 * The open policies the subject qualifies for, then those it misses by 1..`maxMissed` rules
 * (none of them on location);
 * eligible ones by the most they pay, near misses by how few rules they miss.
 */
export function matchPolicies(
  items: readonly StandardItem[],
  records: readonly HeldRecord[],
  subjectKind: SubjectKind,
  today: LocalDate,
  maxMissed: number,
): PolicyMatch[] {
  const audiences: readonly string[] = subjectKind === 'PERSON' ? ['NATURAL_PERSON'] : ['ENTERPRISE', 'UNINCORPORATED_ENTERPRISE'];
  const matches: PolicyMatch[] = [];
  for (const item of items) {
    if (!policyOpenOn(item, today) || !item.audiences.some((candidate) => audiences.includes(candidate))) continue;
    const rules = evaluateRules(item.approvalRules, records);
    const missed = rules.filter((rule) => !rule.passed);
    const location = new Set(item.approvalRules.filter(isLocationRule).map((rule) => rule.code));
    if (missed.length > maxMissed || missed.some((rule) => location.has(rule.code))) continue;
    matches.push({ item, standing: missed.length === 0 ? 'ELIGIBLE' : 'NEAR_MISS', rules, missed });
  }
  return matches.sort(
    (a, b) =>
      a.missed.length - b.missed.length ||
      (b.item.policy?.maxAmount ?? 0) - (a.item.policy?.maxAmount ?? 0) ||
      a.item.code.localeCompare(b.item.code),
  );
}
