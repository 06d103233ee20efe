import { describe, expect, it } from 'vitest';
import { evaluateRules, type RuleResult } from '@yrd/shared/decision/ruleEvaluation';
import { CAST, CAST_RECORDS } from '@yrd/shared/fixtures/storyCast';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { evidenceKindsNeeded, evidenceLicencesNeeded, type StandardItem } from '@yrd/shared/standard/standardItem';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { claimRuleCode } from '@yrd/shared/decision/claimPeriod';
import { POLICY_CODES, POLICY_ITEMS, type PolicyKey } from './policyItems.ts';
import { STANDARD_ITEMS } from './standardItems.ts';

const ZONE_DIVISIONS = ['310118', '320509', '330421'];
const isZonePolicy = (item: StandardItem) => item.policy?.publisher.includes('示范区') === true;

/** The cast's records as a province releases them (with provenance). */
function heldRecordsOf(subjectId: string): HeldRecord[] {
  return CAST_RECORDS.filter((placed) => placed.record.subjectId === subjectId).map((placed) => ({
    ...placed.record,
    region: placed.region,
    holdingAuthority: `${placed.region} ${placed.record.kind} holder`,
  }));
}

const keyOf = new Map<string, PolicyKey>(Object.entries(POLICY_CODES).map(([key, code]) => [code, key as PolicyKey]));

interface Outcome {
  readonly key: PolicyKey;
  readonly failed: readonly RuleResult[];
}

function outcomes(subjectId: string): Outcome[] {
  const records = heldRecordsOf(subjectId);
  return POLICY_ITEMS.map((item) => ({
    key: keyOf.get(item.code) ?? (item.code as PolicyKey),
    failed: evaluateRules(item.approvalRules, records).filter((result) => !result.passed),
  }));
}

const isPlaceRule = (result: RuleResult) => result.code.startsWith('REGISTERED_IN_');

/** Every rule passes. */
const qualifying = (all: readonly Outcome[]) => all.filter((o) => o.failed.length === 0).map((o) => o.key).sort();

/** Registered where the policy applies, and exactly one other condition missing. */
const nearMisses = (all: readonly Outcome[]) =>
  Object.fromEntries(
    all
      .filter((o) => o.failed.length === 1 && !o.failed.some(isPlaceRule))
      .map((o) => [o.key, o.failed[0]?.code ?? ''] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('policy items (政策兑现)', () => {
  it('passes validateStandardItem for every policy', () => {
    const problems = POLICY_ITEMS.flatMap((item) => validateStandardItem(item));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has at least 14 policies, all in the standard once, with codes and names no other item uses', () => {
    expect(POLICY_ITEMS.length).toBeGreaterThanOrEqual(14);
    for (const item of POLICY_ITEMS) {
      expect(STANDARD_ITEMS.filter((candidate) => candidate.code === item.code), item.code).toHaveLength(1);
      expect(STANDARD_ITEMS.filter((candidate) => candidate.name === item.name), item.name).toHaveLength(1);
    }
    const others = STANDARD_ITEMS.filter((item) => item.policy === undefined);
    expect(others.length).toBe(STANDARD_ITEMS.length - POLICY_ITEMS.length);
    const codes = new Set(others.map((item) => item.code));
    expect(POLICY_ITEMS.filter((item) => codes.has(item.code))).toEqual([]);
    expect(new Set(Object.values(POLICY_CODES))).toEqual(new Set(POLICY_ITEMS.map((item) => item.code)));
  });

  it('makes each policy an enterprise benefit or award with a publisher, summary and deadline', () => {
    for (const item of POLICY_ITEMS) {
      expect(['BENEFIT', 'AWARD'], item.name).toContain(item.type);
      expect(item.code, item.name).toMatch(/^(05|08)\d{7}000$/);
      expect(item.audiences, item.name).toEqual(['ENTERPRISE']);
      expect(item.policy?.publisher.trim(), item.name).toBeTruthy();
      expect(item.policy?.summary.trim(), item.name).toBeTruthy();
      expect(item.policy?.applyBy, item.name).toMatch(/^20\d\d-\d\d-\d\d$/);
      const maxAmount = item.policy?.maxAmount;
      if (maxAmount !== undefined) expect(Number.isSafeInteger(maxAmount) && maxAmount > 0, item.name).toBe(true);
      expect(item.materials.filter((m) => m.type === 'FORM' && m.necessity === 'REQUIRED'), item.name).toHaveLength(1);
      expect(item.approvalRules.length, item.name).toBeGreaterThan(0);
    }
    expect(POLICY_ITEMS.some((item) => item.policy?.applyBy?.startsWith('2027'))).toBe(true);
  });

  it('has each province publish at least 3 policies of its own, besides the demonstration zone', () => {
    for (const region of REGIONS) {
      const own = POLICY_ITEMS.filter((item) => item.policy?.publisherRegion === region.code && !isZonePolicy(item));
      expect(own.length, region.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('opens the demonstration-zone policies to enterprises of 青浦, 吴江 and 嘉善, cross-region', () => {
    const zone = POLICY_ITEMS.filter(isZonePolicy);
    expect(zone.length).toBeGreaterThanOrEqual(2);
    for (const item of zone) {
      expect(item.crossRegion, item.name).toBe(true);
      const place = item.approvalRules.find((rule) => rule.code === 'REGISTERED_IN_DEMONSTRATION_ZONE');
      expect(place?.conditions, item.name).toEqual([{ field: 'divisionCode', operator: 'IN', value: ZONE_DIVISIONS }]);
    }
  });

  it('has 2 to 4 instant (免申即享) policies', () => {
    const instant = POLICY_ITEMS.filter((item) => item.instantApproval);
    expect(instant.length).toBeGreaterThanOrEqual(2);
    expect(instant.length).toBeLessThanOrEqual(4);
    for (const item of instant) expect(item.promisedTimeLimit.amount, item.name).toBe(0);
  });

  it('phrases every rule as what the enterprise lacks, and gives a rule code one meaning', () => {
    const byCode = new Map<string, string>();
    // "This policy" (the claim-period rule names the item it is a rule of) is one meaning.
    const thisPolicy = (item: StandardItem, rule: StandardItem['approvalRules'][number]) =>
      rule.conditions.map((condition) => (condition.value === item.code ? { ...condition, value: 'THIS_POLICY' } : condition));
    for (const [item, rule] of POLICY_ITEMS.flatMap((item) => item.approvalRules.map((rule) => [item, rule] as const))) {
      expect(rule.description, rule.code).toMatch(/^企业/);
      const shape = JSON.stringify([rule.evidenceKind, rule.quantifier, thisPolicy(item, rule), rule.description]);
      expect(byCode.get(rule.code) ?? shape, rule.code).toBe(shape);
      byCode.set(rule.code, shape);
    }
  });
});

describe('claims once per period', () => {
  it('every policy records its period and has a rule over its own licences, which its materials name so that holders release exactly those', () => {
    for (const item of POLICY_ITEMS) {
      expect(item.policy?.claimPeriod, item.code).toBeDefined();
      const rule = item.approvalRules.find((candidate) => candidate.code === claimRuleCode(item.policy?.claimPeriod ?? 'ONCE'));
      expect(rule, item.code).toMatchObject({ evidenceKind: 'E_LICENCE', quantifier: 'NONE' });
      expect(rule?.conditions, item.code).toContainEqual({ field: 'itemCode', operator: 'EQ', value: item.code });
      expect(evidenceLicencesNeeded(item), item.code).toEqual([item.code]);
      expect(evidenceKindsNeeded(item), item.code).toContain('E_LICENCE');
      // Nothing to hand in: a first claim has no such licence, and is not refused for it.
      expect(item.materials.find((material) => material.licenceOf === item.code)?.necessity, item.code).toBe('OPTIONAL');
    }
  });

  it('reads the period from the text: 每家每年 a calendar year, 一次性奖励 once', () => {
    const period = (key: PolicyKey) => POLICY_ITEMS.find((item) => item.code === POLICY_CODES[key])?.policy?.claimPeriod;
    expect(period('zoneInnovation')).toEqual({ calendarYears: 1 });
    expect(period('jiashanMicroRentSubsidy')).toEqual({ calendarYears: 1 });
    expect(period('zhejiangMicroTaxRelief')).toEqual({ calendarYears: 1 });
    expect(period('shanghaiDigitalVoucher')).toEqual({ calendarYears: 1 });
    expect(period('jiangsuSpecialisedAward')).toBe('ONCE');
    expect(period('anhuiSpecialisedAward')).toBe('ONCE');
  });

  it('counts an enterprise\'s age from the day of the decision, not from a fixed date that goes stale', () => {
    const rules = POLICY_ITEMS.flatMap((item) => item.approvalRules).filter((rule) => rule.code.startsWith('ESTABLISHED'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(JSON.stringify(rule), rule.code).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{4}年/);
      expect(rule.conditions).toEqual([{ field: 'establishedOn', operator: 'LTE', value: { yearsFromDecisionDay: expect.any(Number) } }]);
    }
    const oneYear = rules.find((rule) => rule.code === 'ESTABLISHED_ONE_YEAR');
    const founded = (establishedOn: string) => ({ ...heldRecordsOf(CAST.jiashanHefeng).find((record) => record.kind === 'BUSINESS_REGISTRATION'), content: { establishedOn } }) as HeldRecord;
    // Founded in December 2025: not a year old on 2026-11-27 (the old rule, 于2025年12月31日前成立, said it was).
    expect(evaluateRules([oneYear as NonNullable<typeof oneYear>], [founded('2025-12-10')], undefined, '2026-11-27')[0]?.passed).toBe(false);
    expect(evaluateRules([oneYear as NonNullable<typeof oneYear>], [founded('2025-12-10')], undefined, '2026-12-10')[0]?.passed).toBe(true);
  });
});

describe('who qualifies (the story cast)', () => {
  it('嘉善禾丰 qualifies for five policies, among them a zone and a Zhejiang one, and narrowly misses three at home', () => {
    const all = outcomes(CAST.jiashanHefeng);
    expect(qualifying(all)).toEqual(
      (['zoneInnovation', 'zoneGreenTransition', 'jiaxingSmeGrowth', 'zhejiangMicroTaxRelief', 'yrdInnovationVoucherAnhui'] as const).slice().sort(),
    );
    expect(nearMisses(all)).toEqual({
      jiashanMicroRentSubsidy: 'CAPITAL_AT_MOST_300WAN',
      jiashanYieldLeaderAward: 'TAX_PAID_2025_AT_LEAST_200WAN',
      zhejiangMadeBrandAward: 'NO_PENALTY_SINCE_2024',
    });
    // Every other policy it misses only for where it is registered.
    for (const outcome of all.filter((o) => o.failed.length > 0 && !(o.key in nearMisses(all)))) {
      expect(outcome.failed.map((result) => result.code), outcome.key).toEqual([expect.stringMatching(/^REGISTERED_IN_/)]);
    }
    const rent = all.find((o) => o.key === 'jiashanMicroRentSubsidy');
    expect(rent?.failed[0]?.description).toBe('企业注册资本不超过300万元（本政策的企业规模条件）');
  });

  it('昆山启程 misses most: no tax record, and an unsettled penalty in Anhui', () => {
    const all = outcomes(CAST.kunshanQicheng);
    expect(qualifying(all)).toEqual(['suzhouJobRetention']);
    expect(nearMisses(all)).toEqual({
      kunshanRdCentreAward: 'NO_UNSETTLED_PENALTY',
      yrdInnovationVoucherAnhui: 'NO_UNSETTLED_PENALTY',
    });
    const techUpgrade = all.find((o) => o.key === 'suzhouTechUpgrade');
    expect(techUpgrade?.failed.map((result) => result.code)).toEqual([
      'TAX_RATING_2025_A_OR_B',
      'TAX_PAID_2025_AT_LEAST_50WAN',
      'NO_UNSETTLED_PENALTY',
    ]);
  });

  it('上海青浦绿岛 qualifies where no tax record is read, and misses Shanghai policies only for want of one', () => {
    const all = outcomes(CAST.qingpuLvdao);
    expect(qualifying(all)).toEqual((['zoneInnovation', 'shanghaiDigitalVoucher', 'yrdInnovationVoucherAnhui'] as const).slice().sort());
    expect(nearMisses(all)).toEqual({
      qingpuHighTechAward: 'TAX_RATING_2025_A_OR_B',
      shanghaiSpecialisedSme: 'TAX_RATING_2025_A_OR_B',
    });
  });

  it('合肥徽源, on the abnormal-operation list, qualifies for nothing', () => {
    const all = outcomes(CAST.hefeiHuiyuan);
    expect(qualifying(all)).toEqual([]);
    expect(nearMisses(all)).toEqual({ yrdInnovationVoucherAnhui: 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST' });
  });
});
