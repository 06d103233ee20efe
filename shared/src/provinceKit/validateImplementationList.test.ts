import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { StandardItem, TimeLimit } from '../standard/standardItem.ts';
import type { LocalImplementation } from './localImplementation.ts';
import { validateImplementationList } from './validateImplementationList.ts';
import { implementationLine } from './implementationLine.fixture.ts';
import type { PassedOnItem } from './passedOn.ts';

/** One standard item (fictional) and a Shanghai line implementing it; only the promises vary. */
const item = {
  code: '050199001000',
  caseType: 'PROMISED',
  promisedTimeLimit: { amount: 7, unit: 'NATURAL_DAYS' },
  fee: { charged: false },
  visitsRequired: 0,
  crossRegion: false,
  materials: [],
  approvalRules: [],
} as unknown as StandardItem;

const local: LocalImplementation = implementationLine(item.code, 'SH-TEST-001', { localName: '测试给付事项' });

const validate = (standard: TimeLimit, promised: TimeLimit) =>
  validateImplementationList(requireRegion('SHANGHAI'), [{ ...local, promisedTimeLimit: promised }], [{ ...item, promisedTimeLimit: standard }]);
const at = 'SHANGHAI SH-TEST-001 (050199001000) promisedTimeLimit';

describe("validateImplementationList: the local promise within the standard's", () => {
  it('accepts a promise within the standard', () => {
    expect(validate({ amount: 7, unit: 'NATURAL_DAYS' }, { amount: 5, unit: 'NATURAL_DAYS' })).toEqual([]);
  });

  it('refuses a longer promise in the same unit', () => {
    expect(validate({ amount: 2, unit: 'WORKING_DAYS' }, { amount: 3, unit: 'WORKING_DAYS' })).toEqual([
      `${at}: promises 3 working days, more than the standard's 2 working days`,
    ]);
  });

  it("refuses working days that can outlast the standard's natural days", () => {
    // 3 working days from Thursday 12 February 2026: the 13th, the 14th (worked) and, after the Spring Festival, the 24th.
    expect(validate({ amount: 7, unit: 'NATURAL_DAYS' }, { amount: 3, unit: 'WORKING_DAYS' })).toEqual([
      `${at}: promises 3 working days, which can take up to 12 natural days (accepted on 2026-02-12), more than the standard's 7 natural days`,
    ]);
  });

  it("refuses natural days that can outlast the standard's working days, and accepts those that cannot", () => {
    expect(validate({ amount: 3, unit: 'WORKING_DAYS' }, { amount: 4, unit: 'NATURAL_DAYS' })).toEqual([
      `${at}: promises 4 natural days, more than the standard's 3 working days, which can take as few as 3 natural days (accepted on 2026-01-03)`,
    ]);
    expect(validate({ amount: 3, unit: 'WORKING_DAYS' }, { amount: 3, unit: 'NATURAL_DAYS' })).toEqual([]);
  });

  it('reports a promise that is not whole days', () => {
    expect(validate({ amount: 7, unit: 'NATURAL_DAYS' }, { amount: -1, unit: 'NATURAL_DAYS' })).toEqual([`${at}: must be a whole number of days, 0 or more`]);
  });
});

describe('validateImplementationList: 容缺 within the province\'s promise', () => {
  const deferring = {
    ...item,
    promisedTimeLimit: { amount: 5, unit: 'WORKING_DAYS' },
    materials: [{ code: 'M04', name: '职工劳动合同或用工证明', necessity: 'SUPPLY_LATER', supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } }],
  } as unknown as StandardItem;
  const offering = (promisedTimeLimit: TimeLimit) =>
    validateImplementationList(requireRegion('SHANGHAI'), [{ ...local, promisedTimeLimit, tolerantAcceptance: true }], [deferring]);
  const here = 'SHANGHAI SH-TEST-001 (050199001000) tolerantAcceptance: M04 职工劳动合同或用工证明';

  it('accepts 容缺 where the promise is at least the period to supply in', () => {
    expect(offering({ amount: 5, unit: 'WORKING_DAYS' })).toEqual([]);
  });

  it('refuses 容缺 under a promise of 0 days (秒批, 即办), and under one shorter than the period', () => {
    expect(offering({ amount: 0, unit: 'WORKING_DAYS' })).toEqual([
      `${here}: a material may be supplied later (容缺) only within this province's promised time limit, and 0 days leave no time to supply it in`,
    ]);
    expect(offering({ amount: 3, unit: 'WORKING_DAYS' })).toEqual([
      `${here}: its period to supply it in (容缺), 5 working days, more than this province's promised time limit 3 working days`,
    ]);
  });

  it('leaves a province that offers no 容缺 free to promise 0 days', () => {
    expect(validateImplementationList(requireRegion('SHANGHAI'), [{ ...local, promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS' } }], [deferring])).toEqual([]);
  });
});

describe('validateImplementationList: the fee by circumstance', () => {
  const charged = {
    ...item,
    fee: { charged: true, amount: 2000, basis: '申领、换领每证20元，丢失补领或损坏换领每证40元', variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] },
  } as unknown as StandardItem;
  const listing = (fee: LocalImplementation['fee']) => validateImplementationList(requireRegion('SHANGHAI'), [{ ...local, fee }], [charged]);

  it('accepts the standard\'s fee, and refuses one that drops a circumstance or states an amount its basis does not', () => {
    expect(listing(charged.fee)).toEqual([]);
    expect(listing({ charged: true, amount: 2000, basis: '居民身份证换领、补领工本费每证20元' })).toEqual([
      "SHANGHAI SH-TEST-001 (050199001000) fee: lists no amount for 丢失补领或损坏换领, which the standard sets",
    ]);
    expect(listing({ ...charged.fee, basis: '居民身份证换领、补领工本费每证20元' })).toEqual([
      'SHANGHAI SH-TEST-001 (050199001000) fee: the amount for 丢失补领或损坏换领 (40元) is not stated in the basis',
    ]);
  });
});

describe('validateImplementationList: items passed on to an enterprise (联动过户)', () => {
  const registration = { ...item, code: '070101001000' } as unknown as StandardItem;
  const water = { ...item, code: '200901001000' } as unknown as StandardItem;
  const registrationLine = implementationLine('070101001000', 'SH-BDC-QR-001', { localName: '国有建设用地使用权及房屋所有权转移登记' });
  const waterPassedOn: PassedOnItem = {
    itemCode: '200901001000',
    receiver: '上海城投水务（集团）有限公司',
    afterApprovalOf: '070101001000',
    notice: '不动产登记办结后，登记结果推送至上海城投水务（集团）有限公司办理用水过户，无需另行申请',
  };
  const check = (passedOn: readonly PassedOnItem[], lines: readonly LocalImplementation[] = [registrationLine], standard: readonly StandardItem[] = [registration, water]) =>
    validateImplementationList(requireRegion('SHANGHAI'), lines, standard, passedOn);
  const at = 'SHANGHAI passedOn (200901001000)';

  it('accepts a standard item passed on after one the province implements, and refuses one the standard does not have', () => {
    expect(check([waterPassedOn])).toEqual([]);
    expect(check([waterPassedOn], [registrationLine], [registration])).toEqual([`${at} itemCode: no such standard item`]);
  });

  it('refuses an item also on the implementation list', () => {
    expect(check([waterPassedOn], [registrationLine, implementationLine('200901001000', 'SH-SW-GF-001', { localName: '用水过户' })])).toEqual([
      `${at} itemCode: is also on the implementation list: an item is either implemented here or passed on, not both`,
    ]);
  });

  it('refuses an item that follows one the province does not implement, or itself', () => {
    expect(check([waterPassedOn], [])).toEqual([`${at} afterApprovalOf: follows 070101001000, which this province does not implement: nothing here would ever pass it on`]);
    expect(check([{ ...waterPassedOn, afterApprovalOf: '200901001000' }])).toEqual([`${at} afterApprovalOf: follows itself`]);
  });

  it('refuses an item passed on twice, to no one, or with nothing to tell the applicant', () => {
    expect(check([waterPassedOn, { ...waterPassedOn, receiver: '上海市自来水市北有限公司' }])).toEqual([`${at} itemCode: passed on twice`]);
    expect(check([{ ...waterPassedOn, receiver: '  ', notice: '' }])).toEqual([`${at} receiver: names no enterprise`, `${at} notice: is empty`]);
  });
});
