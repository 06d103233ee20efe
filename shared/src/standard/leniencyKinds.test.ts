import { describe, expect, it } from 'vitest';
import { bundleLeniencyOnlyKinds, decisionKinds, leniencyOnlyKinds, offersLeniency, type LeniencySource } from './leniencyKinds.ts';

type Material = LeniencySource['materials'][number];
const material = (changes: Partial<Material> = {}): Material => ({ necessity: 'REQUIRED', commitmentAllowed: false, replacedBy: null, ...changes });

/** 生育登记: the marriage certificate may come later (容缺); nothing the decision reads is a credit record. */
const birth: LeniencySource = { materials: [material(), material({ replacedBy: 'HOUSEHOLD_REGISTRATION' }), material({ replacedBy: 'MARRIAGE', necessity: 'SUPPLY_LATER' })], approvalRules: [] };
/** 个体工商户设立登记: 告知承诺 for the premises; no paper replaced by data at all. */
const soleTrader: LeniencySource = { materials: [material(), material({ commitmentAllowed: true })], approvalRules: [] };
/** 分公司设立登记: 秒批 on registration and credit records, 告知承诺 for the premises. */
const branch: LeniencySource = {
  materials: [material({ replacedBy: 'BUSINESS_REGISTRATION' }), material({ replacedBy: 'CREDIT_RECORD' }), material({ commitmentAllowed: true })],
  approvalRules: [{ evidenceKind: 'BUSINESS_REGISTRATION' }, { evidenceKind: 'CREDIT_RECORD' }],
};
/** 社保证明开具: neither 容缺 nor 告知承诺. */
const certificate: LeniencySource = { materials: [material({ replacedBy: 'SOCIAL_INSURANCE' })], approvalRules: [{ evidenceKind: 'SOCIAL_INSURANCE' }] };

describe('the kinds read only to decide whether 容缺 or 告知承诺 may be used', () => {
  it('are the credit records, for an item allowing either whose decision does not read them', () => {
    expect([offersLeniency(birth), decisionKinds(birth), leniencyOnlyKinds(birth)]).toEqual([true, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], ['CREDIT_RECORD']]);
    expect([offersLeniency(soleTrader), decisionKinds(soleTrader), leniencyOnlyKinds(soleTrader)]).toEqual([true, [], ['CREDIT_RECORD']]);
  });

  it('are none where the decision reads the credit records itself (a rule, or a material they replace), or the item allows neither', () => {
    expect(leniencyOnlyKinds(branch)).toEqual([]);
    expect(leniencyOnlyKinds({ ...branch, materials: branch.materials.filter((m) => m.replacedBy !== 'CREDIT_RECORD') })).toEqual([]);
    expect(leniencyOnlyKinds({ ...branch, approvalRules: [] })).toEqual([]);
    expect([offersLeniency(certificate), leniencyOnlyKinds(certificate)]).toEqual([false, []]);
  });

  it('are, for a bundle, those some item reads for leniency and no item’s decision reads', () => {
    expect(bundleLeniencyOnlyKinds([birth, certificate])).toEqual(['CREDIT_RECORD']);
    expect(bundleLeniencyOnlyKinds([soleTrader, branch])).toEqual([]);
    expect(bundleLeniencyOnlyKinds([certificate])).toEqual([]);
  });
});
