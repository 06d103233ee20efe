import { isRelativeDate, isYearStart, isYearsFromDecisionDay, type ApprovalRule, type ConditionValue, type RecordCondition } from '../standard/approvalRule.ts';
import { addDays, addYears, localDate, todayInChina, type LocalDate } from '../time/localDate.ts';
import { ABSENCE_IS_EVIDENCE, type EvidenceKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { failedConditionWords, offendingConditionWords } from './conditionWording.ts';
import { recordLabel } from './recordLabel.ts';

/**
 * 秒批: checks an item's approval rules (data, not code) against the evidence a case may use.
 * A rule over evidence the applicant refused to have used cannot be decided by a machine:
 * it fails, and a person looks at the case.
 */
export interface RuleResult {
  readonly code: string;
  readonly description: string;
  readonly evidenceKind: EvidenceKind;
  readonly passed: boolean;
  /** Why it failed, for the clerk. */
  readonly detail: string | null;
  /**
   * Failed because the machine could not tell, not because a record showed it: the evidence was
   * refused, or none was had. Its description (the condition required) is then neither met nor not met.
   */
  readonly unverified: boolean;
}

function fieldValue(record: HeldRecord, field: string): unknown {
  return (record.content as unknown as Record<string, unknown>)[field];
}

function compare(actual: unknown, operator: RecordCondition['operator'], expected: ConditionValue): boolean {
  switch (operator) {
    case 'EQ':
      return actual === expected;
    case 'NE':
      return actual !== expected;
    case 'GT':
    case 'GTE':
    case 'LT':
    case 'LTE': {
      if (typeof actual !== typeof expected || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
      const a = actual as number | string;
      const e = expected as number | string;
      return operator === 'GT' ? a > e : operator === 'GTE' ? a >= e : operator === 'LT' ? a < e : a <= e;
    }
    case 'IN':
      return Array.isArray(expected) && (expected as readonly unknown[]).includes(actual);
    case 'CONTAINS':
      return Array.isArray(actual) && (actual as readonly unknown[]).includes(expected);
    case 'STARTS_WITH':
      return typeof actual === 'string' && typeof expected === 'string' && actual.startsWith(expected);
  }
}

type PlainValue = string | number | boolean | null | readonly (string | number)[];

/**
 * A condition's value on the decision day: a date counted from it (days, or years to the same
 * day) or the first day of a year counted from its year becomes the ISO date it names.
 */
export function valueOn(value: ConditionValue, decisionDay: LocalDate): PlainValue {
  if (isRelativeDate(value)) return addDays(decisionDay, value.daysFromDecisionDay);
  if (isYearsFromDecisionDay(value)) return addYears(decisionDay, value.yearsFromDecisionDay);
  if (isYearStart(value)) return localDate(Number(decisionDay.slice(0, 4)) + value.firstDayOfDecisionYear, 1, 1);
  return value;
}

function conditionMet(record: HeldRecord, condition: RecordCondition, decisionDay: LocalDate): boolean {
  const actual = fieldValue(record, condition.field);
  if (condition.orNull && actual === null) return true;
  return compare(actual, condition.operator, valueOn(condition.value, decisionDay));
}

/** The conditions a record fails, each with the value found and the value required (已缴税款 128.645万元，须不低于 200万元). */
function failedConditions(record: HeldRecord, conditions: readonly RecordCondition[], decisionDay: LocalDate): string[] {
  return conditions
    .filter((condition) => !conditionMet(record, condition, decisionDay))
    .map((condition) => failedConditionWords(record.kind, condition, fieldValue(record, condition.field), valueOn(condition.value, decisionDay)));
}

/**
 * Fields that say what a record is (a penalty rather than a listing, the licence of this item, a
 * person's taxes): a NONE rule's condition on one picks the records it is about, and the record's
 * label already says it. What the record would have to be instead (类别 须不为 行政处罚) helps no one.
 */
const WHAT_THE_RECORD_IS: ReadonlySet<string> = new Set(['category', 'itemCode', 'licenceTypeCode', 'taxpayerKind', 'subjectKind', 'holderKind', 'event']);

/**
 * Why a record breaks a NONE rule: each condition it meets, with the value found and what the
 * value would have to be instead (未结清贷款 58万元，须不高于 0.00元) — any one of them would clear
 * it, hence 或. Conditions on what the record is are left to its label, unless they are all there is.
 */
function offendingConditions(record: HeldRecord, conditions: readonly RecordCondition[], decisionDay: LocalDate): string {
  const telling = conditions.filter((condition) => !WHAT_THE_RECORD_IS.has(condition.field));
  return (telling.length > 0 ? telling : conditions)
    .map((condition) => offendingConditionWords(record.kind, condition, fieldValue(record, condition.field), valueOn(condition.value, decisionDay)))
    .join('，或');
}

/** At most this many records are named in a reason; the rest are counted. */
const RECORDS_NAMED = 3;

function namedRecords(records: readonly HeldRecord[], describe: (record: HeldRecord) => string): string {
  const named = records.slice(0, RECORDS_NAMED).map(describe).join('；');
  return records.length > RECORDS_NAMED ? `${named}；等 ${records.length} 条` : named;
}

/**
 * Why no record meets an ANY rule: the records nearest to meeting it (failing the fewest
 * conditions — the 2025 tax record, not the 2024 one, for a 2025 threshold), each by the name
 * people know it by and with what it lacks.
 */
function nearestMisses(records: readonly HeldRecord[], conditions: readonly RecordCondition[], decisionDay: LocalDate): string {
  const failures = records.map((record) => ({ record, failed: failedConditions(record, conditions, decisionDay) }));
  const fewest = Math.min(...failures.map((failure) => failure.failed.length));
  const nearest = failures.filter((failure) => failure.failed.length === fewest);
  const byRecord = new Map(nearest.map((failure) => [failure.record, failure.failed]));
  return namedRecords(
    nearest.map((failure) => failure.record),
    (record) => `${recordLabel(record)}：${(byRecord.get(record) ?? []).join('，')}`,
  );
}

/**
 * Whether a record meets every condition, on `decisionDay` (China's today unless given): relative
 * dates (`{ daysFromDecisionDay: 0 }`) are read as of that day.
 */
export function recordMeets(record: HeldRecord, conditions: readonly RecordCondition[], decisionDay: LocalDate = todayInChina()): boolean {
  return conditions.every((condition) => conditionMet(record, condition, decisionDay));
}

export function evaluateRule(
  rule: ApprovalRule,
  records: readonly HeldRecord[],
  refusedKinds: ReadonlySet<EvidenceKind> = new Set(),
  decisionDay: LocalDate = todayInChina(),
): RuleResult {
  const base = { code: rule.code, description: rule.description, evidenceKind: rule.evidenceKind };
  const decided = (passed: boolean, detail: string | null): RuleResult => ({ ...base, passed, detail, unverified: false });
  const unverified = (detail: string): RuleResult => ({ ...base, passed: false, detail, unverified: true });
  if (refusedKinds.has(rule.evidenceKind)) return unverified('申请人拒绝使用部分该类材料');
  const ofKind = records.filter((record) => record.kind === rule.evidenceKind);
  const meeting = ofKind.filter((record) => recordMeets(record, rule.conditions, decisionDay));
  switch (rule.quantifier) {
    case 'ANY':
      if (meeting.length > 0) return decided(true, null);
      return ofKind.length === 0 ? unverified('未取得该类材料') : decided(false, `没有一条记录满足条件：${nearestMisses(ofKind, rule.conditions, decisionDay)}`);
    case 'NONE':
      // "No record says X" holds on no records only where the holders' answer "none" is itself
      // the evidence (a clean credit record). For any other kind, no record proves nothing: an
      // enterprise without a tax record has not shown it owes no tax.
      if (ofKind.length === 0 && !ABSENCE_IS_EVIDENCE.has(rule.evidenceKind)) return unverified('未取得该类材料');
      if (meeting.length === 0) return decided(true, null);
      return decided(false, `有 ${meeting.length} 条记录不符合：${namedRecords(meeting, (record) => `${recordLabel(record)}：${offendingConditions(record, rule.conditions, decisionDay)}`)}`);
    case 'ALL': {
      if (ofKind.length === 0) return unverified('未取得该类材料');
      const failing = ofKind.filter((record) => !recordMeets(record, rule.conditions, decisionDay));
      if (failing.length === 0) return decided(true, null);
      const detail = namedRecords(failing, (record) => `${recordLabel(record)}：${failedConditions(record, rule.conditions, decisionDay).join('，')}`);
      return decided(false, `${failing.length} 条记录不满足条件：${detail}`);
    }
  }
}

/**
 * A failed rule as the clerk reads it. A description states the condition required (缴存职工无
 * 未结清的住房公积金个人住房贷款), so a failed one is named as not met, with the records that
 * break it; one the machine could not decide (she only refused to have her fund record used) is
 * named as what could not be checked, with why — never as a fact either way.
 */
export function failedRuleReason(result: RuleResult): string {
  if (result.unverified) return `未能自动核验以下条件（${result.detail}）：${result.description}`;
  return `不符合条件：${result.description}${result.detail ? `（${result.detail}）` : ''}`;
}

export function evaluateRules(rules: readonly ApprovalRule[], records: readonly HeldRecord[], refusedKinds?: ReadonlySet<EvidenceKind>, decisionDay?: LocalDate): RuleResult[] {
  return rules.map((rule) => evaluateRule(rule, records, refusedKinds, decisionDay));
}

/** The standard's rules with the province's tightenings in place of the rules they tighten. */
export function effectiveRules(standard: readonly ApprovalRule[], tightened: readonly ApprovalRule[] = []): ApprovalRule[] {
  const byCode = new Map(tightened.map((rule) => [rule.code, rule]));
  return standard.map((rule) => byCode.get(rule.code) ?? rule);
}
