import type { RecordCondition } from '@yrd/shared/standard/approvalRule';

/**
 * The credit-record conditions several rules share (an item's rule and a policy's rule with the
 * same code mean the same, worded for their reader): each picks out the records that count
 * against the subject.
 */
export const UNSETTLED_PENALTY: readonly RecordCondition[] = [
  { field: 'category', operator: 'EQ', value: 'ADMINISTRATIVE_PENALTY' },
  { field: 'settled', operator: 'EQ', value: false },
];

/** On a list while the listing is unsettled and public on the decision day (no publicUntil: public until removed). */
export const ON_ABNORMAL_OR_DISHONEST_LIST: readonly RecordCondition[] = [
  { field: 'category', operator: 'IN', value: ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'] },
  { field: 'settled', operator: 'EQ', value: false },
  { field: 'publicUntil', operator: 'GTE', value: { daysFromDecisionDay: 0 }, orNull: true },
];
