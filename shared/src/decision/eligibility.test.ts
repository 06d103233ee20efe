import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { validateStandardItem } from '../standard/validateStandardItem.ts';
import type { StandardItem } from '../standard/standardItem.ts';
import { NOT_SERIOUSLY_DISHONEST } from './eligibility.ts';
import { evaluateRule } from './ruleEvaluation.ts';

const credit = SAMPLE_RECORDS.find((record) => record.kind === 'CREDIT_RECORD') as NativeRecord;
const listing = (changes: Record<string, unknown>): HeldRecord =>
  ({ ...credit, recordId: 'CR-SD-1', content: { ...credit.content, category: 'SERIOUS_DISHONESTY', settled: false, settledOn: null, ...changes }, region: 'ZHEJIANG', holdingAuthority: 'x' }) as HeldRecord;
const DECISION_DAY = '2026-11-27';
const eligible = (records: readonly HeldRecord[]) => evaluateRule(NOT_SERIOUSLY_DISHONEST, records, new Set(), DECISION_DAY).passed;

describe('NOT_SERIOUSLY_DISHONEST: on the list only while the listing is public', () => {
  it('bars an unsettled listing public on the decision day, to its last day, and one public until removed', () => {
    expect(eligible([listing({ publicUntil: '2029-08-21' })])).toBe(false);
    expect(eligible([listing({ publicUntil: DECISION_DAY })])).toBe(false);
    expect(eligible([listing({ publicUntil: null })])).toBe(false);
  });

  it('no longer bars a listing whose public period ended before the decision day, settled or not', () => {
    expect(eligible([listing({ publicUntil: '2026-11-26' })])).toBe(true);
    expect(eligible([listing({ publicUntil: '2025-03-02', settled: false })])).toBe(true);
  });

  it('reads the date on the decision day it is given: the same listing bars on its last day and not the day after', () => {
    const record = listing({ publicUntil: '2027-03-02' });
    expect(evaluateRule(NOT_SERIOUSLY_DISHONEST, [record], new Set(), '2027-03-02').passed).toBe(false);
    expect(evaluateRule(NOT_SERIOUSLY_DISHONEST, [record], new Set(), '2027-03-03').passed).toBe(true);
  });

  it('still ignores settled listings and other categories', () => {
    expect(eligible([listing({ publicUntil: '2029-01-01', settled: true })])).toBe(true);
    expect(eligible([listing({ publicUntil: '2029-01-01', category: 'ADMINISTRATIVE_PENALTY' })])).toBe(true);
  });

  it('is a rule the standard accepts: a relative date on a date field, by order', () => {
    const item = {
      code: '010099001000',
      name: '测试',
      type: 'LICENSING',
      audiences: ['ENTERPRISE'],
      channels: ['ONLINE'],
      effectiveFrom: '2020-01-01',
      caseType: 'PROMISED',
      statutoryTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
      promisedTimeLimit: { amount: 1, unit: 'WORKING_DAYS' },
      fee: { charged: false },
      materials: [{ code: 'M01', name: '信用状况', necessity: 'REQUIRED', type: 'CERTIFICATE', format: 'ELECTRONIC', copies: 1, replacedBy: 'CREDIT_RECORD', commitmentAllowed: false }],
      instantApproval: false,
      approvalRules: [NOT_SERIOUSLY_DISHONEST],
    } as unknown as StandardItem;
    expect(validateStandardItem(item)).toEqual([]);
    const misplaced = { ...NOT_SERIOUSLY_DISHONEST, conditions: [{ field: 'reason', operator: 'GTE', value: { daysFromDecisionDay: 0 } }] } as const;
    expect(validateStandardItem({ ...item, approvalRules: [misplaced] })).toEqual([
      'item 010099001000 (测试) approvalRules.NOT_SERIOUSLY_DISHONEST: GTE {"daysFromDecisionDay":0} does not fit reason (string)',
    ]);
  });
});
