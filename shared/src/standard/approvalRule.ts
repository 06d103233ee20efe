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
export type ConditionValue = string | number | boolean | null | readonly (string | number)[];

/** A comparison on one field of a record's normalised content. */
export interface RecordCondition {
  readonly field: string;
  readonly operator: ConditionOperator;
  readonly value: ConditionValue;
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
  /** What a clerk reads when the rule fails. */
  readonly description: string;
  readonly evidenceKind: EvidenceKind;
  readonly quantifier: RuleQuantifier;
  readonly conditions: readonly RecordCondition[];
}
