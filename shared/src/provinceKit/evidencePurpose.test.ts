import { describe, expect, it } from 'vitest';
import { evidencePurposeOf } from './evidencePurpose.ts';
import type { BundleStandard, ItemStandard } from './hubClient.ts';

/** The hub as requestEvidence reads it: an item, and a bundle of two items. */
const material = (code: string, changes: Partial<ItemStandard['materials'][number]> = {}): ItemStandard['materials'][number] => ({
  code,
  name: code,
  necessity: 'REQUIRED',
  replacedBy: null,
  commitmentAllowed: false,
  documentType: null,
  supplyWithin: null,
  ...changes,
});
const standard = (code: string, materials: ItemStandard['materials'], approvalRules: ItemStandard['approvalRules'] = []) =>
  ({ code, name: code, evidenceKinds: [...new Set(materials.flatMap((m) => (m.replacedBy ? [m.replacedBy] : [])))], materials, approvalRules }) as unknown as ItemStandard;
const ITEMS: Record<string, ItemStandard> = {
  // 内资有限公司设立: 告知承诺 for the premises, nothing replaced by data.
  COMPANY: standard('COMPANY', [material('M01'), material('M06', { commitmentAllowed: true })]),
  // 新办纳税人涉税事项: its registration replaces the licence.
  TAX: standard('TAX', [material('M01', { replacedBy: 'BUSINESS_REGISTRATION' })], [{ code: 'R', description: 'r', evidenceKind: 'BUSINESS_REGISTRATION', quantifier: 'ANY', conditions: [] }]),
  // 分公司设立登记: 秒批 reads the credit records.
  BRANCH: standard('BRANCH', [material('M01', { replacedBy: 'CREDIT_RECORD' }), material('M07', { commitmentAllowed: true })], [{ code: 'C', description: 'c', evidenceKind: 'CREDIT_RECORD', quantifier: 'NONE', conditions: [] }]),
};
const bundle = (itemCodes: string[]): BundleStandard => ({ code: 'B', name: '一件事', itemCodes, evidenceKinds: ['BUSINESS_REGISTRATION', 'CREDIT_RECORD'] });
const hub = (itemCodes: string[]) => ({
  item: (code: string) => Promise.resolve(ITEMS[code]),
  bundle: (code: string) => Promise.resolve(code === 'B' ? bundle(itemCodes) : undefined),
});

describe('evidencePurposeOf', () => {
  it('is the item’s standard for an item’s case', async () => {
    expect(await evidencePurposeOf({ isBundle: false, itemCode: 'COMPANY' }, hub([]))).toBe(ITEMS.COMPANY);
    expect(await evidencePurposeOf({ isBundle: false, itemCode: 'NONE' }, hub([]))).toBeUndefined();
  });

  it('sets aside, for a bundle, the credit records its items read only for 容缺/告知承诺', async () => {
    expect(await evidencePurposeOf({ isBundle: true, itemCode: 'B' }, hub(['COMPANY', 'TAX']))).toMatchObject({ code: 'B', evidenceKinds: ['BUSINESS_REGISTRATION', 'CREDIT_RECORD'], leniencyOnlyKinds: ['CREDIT_RECORD'] });
  });

  it('sets nothing aside where an item’s decision reads them, or an item is not known', async () => {
    expect(await evidencePurposeOf({ isBundle: true, itemCode: 'B' }, hub(['COMPANY', 'BRANCH']))).toMatchObject({ leniencyOnlyKinds: [] });
    expect(await evidencePurposeOf({ isBundle: true, itemCode: 'B' }, hub(['COMPANY', 'GONE']))).toMatchObject({ leniencyOnlyKinds: [] });
    expect(await evidencePurposeOf({ isBundle: true, itemCode: 'X' }, hub([]))).toBeUndefined();
  });
});
