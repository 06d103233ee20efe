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

describe('validateStandardItem: a material replaced by an electronic licence says which licence', () => {
  const identity = item.materials[0] as StandardItem['materials'][number];
  const certificate = { code: 'M02', name: '缴存使用证明', necessity: 'REQUIRED', type: 'CERTIFICATE', format: 'ELECTRONIC', copies: 1, commitmentAllowed: false } as const;
  const withMaterial = (material: StandardItem['materials'][number], approvalRules: StandardItem['approvalRules'] = []): StandardItem => ({
    ...item,
    materials: [identity, material],
    approvalRules,
  });
  const M02 = '050199001000 (测试给付事项) materials.M02';

  it('accepts an E_LICENCE material naming the item whose licence it is', () => {
    expect(validateStandardItem(withMaterial({ ...certificate, replacedBy: 'E_LICENCE', licenceOf: '200047001000' }))).toEqual([]);
  });

  it('refuses an E_LICENCE material that names no licence: any licence the applicant holds would stand for it', () => {
    expect(validateStandardItem(withMaterial({ ...certificate, replacedBy: 'E_LICENCE' }))).toEqual([
      `item ${M02}: replaced by an electronic licence (E_LICENCE), it must name the item whose licence it is (licenceOf, e.g. '200047001000'): any other licence the applicant holds is not this paper`,
    ]);
  });

  it('refuses licenceOf on a material another kind of evidence replaces, or none', () => {
    expect(validateStandardItem(withMaterial({ ...certificate, replacedBy: 'PROVIDENT_FUND', licenceOf: '200047001000' }))).toEqual([
      `item ${M02}: licenceOf names a licence, but the material is replaced by PROVIDENT_FUND, not an electronic licence (E_LICENCE)`,
    ]);
    expect(validateStandardItem(withMaterial({ ...certificate, licenceOf: '200047001000' }))).toEqual([
      `item ${M02}: licenceOf names a licence, but the material is replaced by no evidence, not an electronic licence (E_LICENCE)`,
    ]);
  });

  it('refuses a licenceOf that is not an item code', () => {
    expect(validateStandardItem(withMaterial({ ...certificate, replacedBy: 'E_LICENCE', licenceOf: '11100000000013338W047' }))).toEqual([
      `item ${M02}: licenceOf "11100000000013338W047" is not an item's 12-digit basic code`,
    ]);
  });

  it('refuses a rule reading the licence of an item no material names (the holder releases only those)', () => {
    const rule = (value: string | readonly string[]) => ({
      code: 'CERTIFICATE_VALID',
      description: '持有有效的证明',
      evidenceKind: 'E_LICENCE' as const,
      quantifier: 'ANY' as const,
      conditions: [{ field: 'itemCode', operator: Array.isArray(value) ? ('IN' as const) : ('EQ' as const), value }],
    });
    const named = { ...certificate, replacedBy: 'E_LICENCE' as const, licenceOf: '200047001000' };
    expect(validateStandardItem(withMaterial(named, [rule('200047001000')]))).toEqual([]);
    expect(validateStandardItem(withMaterial(named, [rule(['200047001000', '200502001000'])]))).toEqual([
      'item 050199001000 (测试给付事项) approvalRules.CERTIFICATE_VALID: reads the licence of item 200502001000, which no material names (licenceOf): a holding province releases only the licences the materials name',
    ]);
  });
});

describe('validateStandardItem: 容缺 within the promised time limit', () => {
  const deferring = (promised: TimeLimit, supplyWithin?: TimeLimit): StandardItem => ({
    ...item,
    statutoryTimeLimit: { amount: 15, unit: 'NATURAL_DAYS' },
    promisedTimeLimit: promised,
    materials: [
      ...item.materials,
      { code: 'M02', name: '职工劳动合同', necessity: 'SUPPLY_LATER', type: 'OTHER', format: 'PAPER', copies: 1, commitmentAllowed: false, ...(supplyWithin ? { supplyWithin } : {}) },
    ],
  });
  const atM02 = 'item 050199001000 (测试给付事项) materials.M02';

  it('accepts a period to supply in that the promise covers, and none (the promise is the period)', () => {
    expect(validateStandardItem(deferring({ amount: 5, unit: 'WORKING_DAYS' }, { amount: 5, unit: 'WORKING_DAYS' }))).toEqual([]);
    expect(validateStandardItem(deferring({ amount: 5, unit: 'WORKING_DAYS' }))).toEqual([]);
  });

  it('refuses 容缺 on an item promised on the spot (分公司设立登记, 单位参保登记 as they were: 5 working days against 0)', () => {
    expect(validateStandardItem(deferring({ amount: 0, unit: 'WORKING_DAYS' }, { amount: 5, unit: 'WORKING_DAYS' }))).toEqual([
      `${atM02}: a material may be supplied later (容缺) only within the promised time limit, and 0 days leave no time to supply it in`,
    ]);
  });

  it('refuses a period longer than the promise, across units too', () => {
    expect(validateStandardItem(deferring({ amount: 3, unit: 'WORKING_DAYS' }, { amount: 5, unit: 'WORKING_DAYS' }))).toEqual([
      `${atM02}: its period to supply it in (容缺), 5 working days, more than the promised time limit 3 working days`,
    ]);
    expect(validateStandardItem(deferring({ amount: 7, unit: 'NATURAL_DAYS' }, { amount: 5, unit: 'WORKING_DAYS' }))[0]).toMatch(
      /^item 050199001000 \(测试给付事项\) materials\.M02: its period to supply it in \(容缺\), 5 working days, which can take up to \d+ natural days/,
    );
  });
});

describe('validateStandardItem: the fee', () => {
  it('refuses an amount by circumstance the basis does not state (居民身份证：丢失补领40元 under a basis of 20元)', () => {
    const fee = { charged: true, amount: 2000, basis: '居民身份证换领、补领工本费每证20元', variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] };
    expect(validateStandardItem({ ...item, fee })).toEqual(['item 050199001000 (测试给付事项) fee: the amount for 丢失补领或损坏换领 (40元) is not stated in the basis']);
    expect(validateStandardItem({ ...item, fee: { ...fee, basis: '申领、换领每证20元，丢失补领或损坏换领每证40元' } })).toEqual([]);
  });
});
