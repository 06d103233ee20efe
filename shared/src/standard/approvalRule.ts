import type { EvidenceKind } from './evidenceKinds.ts';

/**
 * Instant-approval (秒批) rules are data, not code: predicates over normalised evidence that
 * a case is checked against automatically. A failed rule never refuses a case by itself; it
 * routes the case to a person with the rule's description as the reason.
 */
/**
 * CONTAINS applies to list fields (e.g. social-insurance schemes); STARTS_WITH to text (e.g.
 * a division code's province prefix); the others to scalars. Dates compare as ISO strings.
 */
export type ConditionOperator = 'EQ' | 'NE' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'IN' | 'CONTAINS' | 'STARTS_WITH';

/**
 * A date counted from the day the rule is decided on (China time), for a date field:
 * `{ daysFromDecisionDay: 0 }` is that day — `publicUntil GTE { daysFromDecisionDay: 0 }`
 * reads "still public today". In rule JSON it is that object; every other value is as before.
 */
export interface RelativeDate {
  readonly daysFromDecisionDay: number;
}

/**
 * The first day of a calendar year counted from the decision day's year (China time), for a date
 * field: `{ firstDayOfDecisionYear: 0 }` is 1 January of the year the rule is decided in —
 * `issuedOn GTE { firstDayOfDecisionYear: 0 }` reads "issued this year" (每家每年: a calendar
 * year, which no count of days from the decision day can say).
 */
export interface YearStart {
  readonly firstDayOfDecisionYear: number;
}

/**
 * The same day of the month a number of years from the decision day (China time), for a date
 * field: `establishedOn LTE { yearsFromDecisionDay: -1 }` reads "established a full year ago"
 * (成立满一年), in calendar years as the Civil Code counts a period of years (第二百零三条: with
 * no corresponding day, the month's last — 29 February becomes 28 February).
 */
export interface YearsFromDecisionDay {
  readonly yearsFromDecisionDay: number;
}

export type ConditionValue = string | number | boolean | null | readonly (string | number)[] | RelativeDate | YearStart | YearsFromDecisionDay;

export function isRelativeDate(value: ConditionValue | undefined): value is RelativeDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as RelativeDate).daysFromDecisionDay === 'number';
}

export function isYearStart(value: ConditionValue | undefined): value is YearStart {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as YearStart).firstDayOfDecisionYear === 'number';
}

export function isYearsFromDecisionDay(value: ConditionValue | undefined): value is YearsFromDecisionDay {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as YearsFromDecisionDay).yearsFromDecisionDay === 'number';
}

/** A comparison on one field of a record's normalised content. */
export interface RecordCondition {
  readonly field: string;
  readonly operator: ConditionOperator;
  readonly value: ConditionValue;
  /**
   * Also met where the field is null — an open end: a listing whose `publicUntil` is not set
   * stays public until it is removed. Absent (false) in rule JSON written before it.
   */
  readonly orNull?: boolean;
}

/**
 * ANY: at least one record of the kind meets every condition.
 * NONE: no record of the kind meets every condition (also true when there is no record).
 * ALL: there is at least one record, and every record meets every condition.
 */
export type RuleQuantifier = 'ANY' | 'NONE' | 'ALL';

export interface ApprovalRule {
  /** Stable code, e.g. PF_DEPOSITS_CONTINUOUS; a province tightens a rule by its code. */
  readonly code: string;
  /**
   * The condition the rule requires, stated as what must hold (企业在嘉兴市登记注册, 缴存职工无未结清的
   * 住房公积金个人住房贷款): shown beside passed true or false, it reads right either way.
   */
  readonly description: string;
  readonly evidenceKind: EvidenceKind;
  readonly quantifier: RuleQuantifier;
  readonly conditions: readonly RecordCondition[];
}
