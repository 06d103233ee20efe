import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { ApprovalRule } from '@yrd/shared/standard/approvalRule';
import { policyOpenOn } from '@yrd/shared/standard/policyOpen';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import type { LocalDate } from '@yrd/shared/time/localDate';
import { readRules, type ReadSubject, type RuleReading } from './undecidedRules.ts';

/**
 * 政策兑现 matching: a policy's eligibility is its approval rules read over the enterprise's
 * normalised profile from every province that answered. An enterprise qualifies when every
 * rule passes for certain; when none fails for certain but a silent province could still
 * decide some, the policy waits for it (UNCONFIRMED). A policy it misses by a few rules for
 * certain is a near miss, shown with those rules' descriptions as reasons.
 */
export type PolicyStanding = 'ELIGIBLE' | 'UNCONFIRMED' | 'NEAR_MISS';

export interface PolicyMatch {
  readonly item: StandardItem;
  readonly standing: PolicyStanding;
  readonly rules: readonly RuleReading[];
  /** The rules not met for certain (empty unless a near miss). */
  readonly missed: readonly RuleReading[];
  /** The rules a silent province could still decide: neither met nor missed. */
  readonly undecided: readonly RuleReading[];
}

/** The subject's records from the provinces that answered, and the provinces that did not. */
export interface MatchedProfile {
  readonly records: readonly HeldRecord[];
  readonly unavailableRegions: readonly RegionCode[];
}

export const MAX_MISSED_RULES = 3;

const STANDING_ORDER: Readonly<Record<PolicyStanding, number>> = { ELIGIBLE: 0, UNCONFIRMED: 1, NEAR_MISS: 2 };

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
 * The open policies the subject qualifies for, then those waiting for a silent province, then
 * those it misses for certain by 1..`maxMissed` rules (none of them, and no undecided rule,
 * on location: a policy is "near" only where the enterprise is known to be registered);
 * each group by the most it pays, near misses by how few rules they miss.
 */
export function matchPolicies(
  items: readonly StandardItem[],
  profile: MatchedProfile,
  subject: ReadSubject,
  today: LocalDate,
  maxMissed: number,
): PolicyMatch[] {
  const audiences: readonly string[] = subject.kind === 'PERSON' ? ['NATURAL_PERSON'] : ['ENTERPRISE', 'UNINCORPORATED_ENTERPRISE'];
  const matches: PolicyMatch[] = [];
  for (const item of items) {
    if (!policyOpenOn(item, today) || !item.audiences.some((candidate) => audiences.includes(candidate))) continue;
    const rules = readRules(item.approvalRules, profile.records, subject, profile.unavailableRegions, today);
    const missed = rules.filter((rule) => !rule.passed && !rule.undecided);
    const undecided = rules.filter((rule) => rule.undecided);
    const location = new Set(item.approvalRules.filter(isLocationRule).map((rule) => rule.code));
    if (missed.length > maxMissed || missed.some((rule) => location.has(rule.code))) continue;
    // Failing anyway, and whether it is the enterprise's place waits for a silent province: not "near" either.
    if (missed.length > 0 && undecided.some((rule) => location.has(rule.code))) continue;
    const standing: PolicyStanding = missed.length > 0 ? 'NEAR_MISS' : undecided.length > 0 ? 'UNCONFIRMED' : 'ELIGIBLE';
    matches.push({ item, standing, rules, missed, undecided });
  }
  return matches.sort(
    (a, b) =>
      STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] ||
      a.missed.length - b.missed.length ||
      (b.item.policy?.maxAmount ?? 0) - (a.item.policy?.maxAmount ?? 0) ||
      a.item.code.localeCompare(b.item.code),
  );
}
