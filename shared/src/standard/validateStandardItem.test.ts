import { describe, expect, it } from 'vitest';
import type { StandardItem, TimeLimit } from './standardItem.ts';
import { validateStandardItem } from './validateStandardItem.ts';

/** A sound benefit item (fictional), whose time limits each test varies. */
const item: StandardItem = {
  code: '050199001000',
  name: '测试给付事项',
  keywords: ['测试', '给付', '申领'],
  type: 'BENEFIT',
  status: 'IN_FORCE',
  version: '1.0',
  department: '测试部门',
  legalBasis: '测试办法',
  powerSource: 'STATUTORY',
  exerciseLevels: ['CITY'],
  audiences: ['NATURAL_PERSON'],
  caseType: 'PROMISED',
  statutoryTimeLimit: { amount: 10, unit: 'NATURAL_DAYS' },
  promisedTimeLimit: { amount: 7, unit: 'NATURAL_DAYS' },
  acceptanceConditions: '符合条件的',
  process: ['申请', '审核', '决定'],
  fee: { charged: false },
  visitsRequired: 0,
  channels: ['ONLINE'],
  materials: [{ code: 'M01', name: '身份证件', necessity: 'REQUIRED', type: 'CERTIFICATE', format: 'PAPER', copies: 1, commitmentAllowed: false }],
  instantApproval: false,
  approvalRules: [],
  crossRegion: false,
  effectiveFrom: '2020-01-01',
};

const withLimits = (statutory: TimeLimit, promised: TimeLimit): StandardItem => ({ ...item, statutoryTimeLimit: statutory, promisedTimeLimit: promised });
const at = '050199001000 (测试给付事项) promisedTimeLimit';

describe('validateStandardItem: the promise within the statutory time limit', () => {
  it('accepts a sound item', () => {
    expect(validateStandardItem(item)).toEqual([]);
  });

  it('refuses a promise longer than the statute in the same unit', () => {
    expect(validateStandardItem(withLimits({ amount: 10, unit: 'NATURAL_DAYS' }, { amount: 11, unit: 'NATURAL_DAYS' }))).toEqual([
      `item ${at}: promises 11 natural days, more than the statutory 10 natural days`,
    ]);
  });

  it('refuses working days that can outlast a statute in natural days (失业保险金申领 promised 5 working days against 10 days)', () => {
    expect(validateStandardItem(withLimits({ amount: 10, unit: 'NATURAL_DAYS' }, { amount: 5, unit: 'WORKING_DAYS' }))).toEqual([
      `item ${at}: promises 5 working days, which can take up to 15 natural days (accepted on 2026-09-23), more than the statutory 10 natural days`,
    ]);
  });

  it('accepts working days that fit the statute in natural days whatever the day of acceptance', () => {
    // 20 working days take at most 35 natural days (across the Spring Festival); 居民身份证 has 60.
    expect(validateStandardItem(withLimits({ amount: 60, unit: 'NATURAL_DAYS' }, { amount: 20, unit: 'WORKING_DAYS' }))).toEqual([]);
    expect(validateStandardItem(withLimits({ amount: 10, unit: 'NATURAL_DAYS' }, { amount: 1, unit: 'WORKING_DAYS' }))).toEqual([]);
  });

  it('refuses natural days that can outlast a statute in working days', () => {
    expect(validateStandardItem(withLimits({ amount: 3, unit: 'WORKING_DAYS' }, { amount: 4, unit: 'NATURAL_DAYS' }))).toEqual([
      `item ${at}: promises 4 natural days, more than the statutory 3 working days, which can take as few as 3 natural days (accepted on 2026-01-03)`,
    ]);
  });

  it('reports an amount that is not whole days, without comparing it', () => {
    expect(validateStandardItem(withLimits({ amount: 10, unit: 'NATURAL_DAYS' }, { amount: 2.5, unit: 'WORKING_DAYS' }))).toEqual([
      `item ${at}: must be a whole number of days, 0 or more`,
    ]);
  });
});
