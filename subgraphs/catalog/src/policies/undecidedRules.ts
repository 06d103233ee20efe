import { evaluateRule, recordMeets, type RuleResult } from '@yrd/shared/decision/ruleEvaluation';
import { registeringRegion, regionsHolding } from '@yrd/shared/regions/holdingRegions';
import { REGIONS, type RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { ApprovalRule, RecordCondition } from '@yrd/shared/standard/approvalRule';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import type { LocalDate } from '@yrd/shared/time/localDate';

/**
 * Approval rules read over the records of the provinces that answered, when some did not.
 * A rule whose outcome a silent province's records could still change is undecided — neither
 * failed (the record it lacks may be there) nor passed (the listing it must not have may be
 * there). An outcome the answered records already settle stays: ANY met, NONE broken, ALL
 * broken. A silent province that cannot hold the rule's kind for the subject (another
 * province's taxes of an enterprise) changes nothing.
 */
export interface RuleReading extends RuleResult {
  /** A silent province could change the outcome: `passed` is then false and `detail` names the provinces. */
  readonly undecided: boolean;
}

export interface ReadSubject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** Whether the answered records settle the rule whatever more records of its kind may come. */
function settledBy(rule: ApprovalRule, records: readonly HeldRecord[], decisionDay?: LocalDate): boolean {
  const ofKind = records.filter((record) => record.kind === rule.evidenceKind);
  switch (rule.quantifier) {
    // One meeting record satisfies ANY and breaks NONE for good.
    case 'ANY':
    case 'NONE':
      return ofKind.some((record) => recordMeets(record, rule.conditions, decisionDay));
    // One record that does not meet breaks ALL for good.
    case 'ALL':
      return ofKind.some((record) => !recordMeets(record, rule.conditions, decisionDay));
  }
}

/** The division codes (or their prefixes) a condition on `divisionCode` can be met by; none for another field. */
function divisionsNamed(condition: RecordCondition): readonly string[] {
  if (condition.field !== 'divisionCode') return [];
  if (Array.isArray(condition.value)) return condition.value.filter((value): value is string => typeof value === 'string');
  return typeof condition.value === 'string' && (condition.operator === 'EQ' || condition.operator === 'STARTS_WITH' || condition.operator === 'IN') ? [condition.value] : [];
}

/**
 * A rule requiring an enterprise's registration in places all outside the province its credit
 * code names: no record can meet it, whatever that province answers — an enterprise's
 * registration is held where it is registered, and its division lies in that province. So a
 * silent registering province leaves a Jiangsu policy's location rule failed for a Zhejiang
 * enterprise, not undecided.
 */
export function registeredElsewhere(rule: ApprovalRule, subject: ReadSubject): string | null {
  if (subject.kind !== 'ENTERPRISE' || rule.evidenceKind !== 'BUSINESS_REGISTRATION' || rule.quantifier !== 'ANY') return null;
  const region = registeringRegion(subject.id);
  if (!region) return null;
  const outside = rule.conditions.some((condition) => {
    const places = divisionsNamed(condition);
    // A place inside the province starts with its prefix; a prefix shorter than that ('3') may cover it.
    const mayBeInside = (place: string) => place.startsWith(region.divisionPrefix) || region.divisionPrefix.startsWith(place);
    return places.length > 0 && !places.some(mayBeInside);
  });
  return outside ? `企业在${region.name}登记，不在本政策适用地域` : null;
}

/** "浙江、安徽未应答，暂无法判断": the provinces by their short names, in registry order. */
export function silenceDetail(regions: readonly RegionCode[]): string {
  const names = REGIONS.filter((region) => regions.includes(region.code)).map((region) => region.name.replace(/[省市]$/, ''));
  return `${names.join('、')}未应答，暂无法判断`;
}

/** The silent provinces that may hold records of the rule's kind about the subject. */
export function silentHolders(rule: ApprovalRule, subject: ReadSubject, silentRegions: readonly RegionCode[]): RegionCode[] {
  const holders = new Set<RegionCode>(regionsHolding(subject.kind, subject.id, rule.evidenceKind).map((region) => region.code));
  return silentRegions.filter((region) => holders.has(region));
}

/** `decisionDay` (China's today unless given) is the day relative dates in conditions are read from. */
export function readRule(rule: ApprovalRule, records: readonly HeldRecord[], subject: ReadSubject, silentRegions: readonly RegionCode[], decisionDay?: LocalDate): RuleReading {
  const result = evaluateRule(rule, records, undefined, decisionDay);
  const silent = silentHolders(rule, subject, silentRegions);
  if (silent.length === 0 || settledBy(rule, records, decisionDay)) return { ...result, undecided: false };
  const elsewhere = registeredElsewhere(rule, subject);
  if (elsewhere) return { ...result, passed: false, detail: elsewhere, undecided: false };
  return { ...result, passed: false, detail: silenceDetail(silent), undecided: true };
}

/** evaluateRules over the answered records, with the rules a silent province could change marked undecided. */
export function readRules(
  rules: readonly ApprovalRule[],
  records: readonly HeldRecord[],
  subject: ReadSubject,
  silentRegions: readonly RegionCode[],
  decisionDay?: LocalDate,
): RuleReading[] {
  return rules.map((rule) => readRule(rule, records, subject, silentRegions, decisionDay));
}
