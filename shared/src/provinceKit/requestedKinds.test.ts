import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { CaseEvidence } from './caseModel.ts';
import { refusedKinds, requestedKinds, type EvidencePurpose } from './requestedKinds.ts';

/** Which kinds a requestEvidence call may ask for, decided before anything is signed. */
const BIRTH: EvidencePurpose = { name: '生育登记', evidenceKinds: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD'] };
const NONE = new Set<EvidenceKind>();

const refusalOf = (run: () => unknown): GraphQLError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('requestedKinds', () => {
  it('asks for the purpose’s kinds by default, and each kind named once', () => {
    expect(requestedKinds(undefined, BIRTH, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']);
    expect(requestedKinds(['MARRIAGE', 'MARRIAGE'], BIRTH, NONE, false)).toEqual(['MARRIAGE']);
  });

  it('refuses no kinds at all as empty', () => {
    expect(refusalOf(() => requestedKinds([], BIRTH, NONE, false)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'EMPTY' });
  });

  it('refuses a kind the purpose does not gather, naming it and what it gathers in Chinese, codes in the extensions', () => {
    const refused = refusalOf(() => requestedKinds(['MARRIAGE', 'TAX', 'PROVIDENT_FUND'], BIRTH, NONE, false));
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kinds',
      reason: 'KIND_NOT_NEEDED',
      kinds: ['TAX', 'PROVIDENT_FUND'],
      needed: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD'],
    });
    expect(refused.message).toBe(
      'kinds: “生育登记”不需要纳税信息（TX）、住房公积金缴存记录（PF）（目的限定），可调取的是：户籍登记信息（HR）、婚姻登记信息（MR）、信用记录（处罚、经营异常、失信）（CR）',
    );
  });

  it('says so when the purpose gathers nothing at all', () => {
    const refused = refusalOf(() => requestedKinds(['TAX'], { name: '婚姻登记档案查询', evidenceKinds: [] }, NONE, false));
    expect(refused.extensions).toMatchObject({ reason: 'KIND_NOT_NEEDED', kinds: ['TAX'], needed: [] });
    expect(refused.message).toBe('kinds: “婚姻登记档案查询”不需要纳税信息（TX）（目的限定），该事项不调取任何共享材料');
  });

  it('leaves the kinds the applicant refused out of a clerk’s request for the purpose’s kinds', () => {
    expect(requestedKinds(undefined, BIRTH, new Set(['MARRIAGE']), false)).toEqual(['HOUSEHOLD_REGISTRATION', 'CREDIT_RECORD']);
    expect(requestedKinds(undefined, BIRTH, new Set(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']), false)).toEqual([]);
  });

  it('refuses a clerk’s request naming a kind the applicant refused, naming it in Chinese', () => {
    const refused = refusalOf(() => requestedKinds(['HOUSEHOLD_REGISTRATION', 'MARRIAGE'], BIRTH, new Set(['MARRIAGE']), false));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'REFUSED_BY_APPLICANT', kinds: ['MARRIAGE'] });
    expect(refused.message).toBe('kinds: 申请人已拒绝本办件使用婚姻登记信息（MR），窗口不能再次调取；申请人改变主意的，可由其本人确认使用或重新调取');
  });

  it('asks for a refused kind when the applicant asks herself', () => {
    expect(requestedKinds(undefined, BIRTH, new Set(['MARRIAGE']), true)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']);
    expect(requestedKinds(['MARRIAGE'], BIRTH, new Set(['MARRIAGE']), true)).toEqual(['MARRIAGE']);
  });
});

describe('refusedKinds', () => {
  const piece = (kind: EvidenceKind, status: CaseEvidence['status']) => ({ kind, status }) as CaseEvidence;

  it('is the kinds of which she refused any piece', () => {
    expect([...refusedKinds([piece('MARRIAGE', 'REJECTED'), piece('HOUSEHOLD_REGISTRATION', 'ACCEPTED'), piece('CREDIT_RECORD', 'PENDING_PREVIEW'), piece('E_LICENCE', 'ACCEPTED'), piece('E_LICENCE', 'REJECTED')])]).toEqual([
      'MARRIAGE',
      'E_LICENCE',
    ]);
  });
});

describe('requestedKinds for an item whose credit records are read only for 容缺/告知承诺', () => {
  const material = (code: string, changes: Partial<NonNullable<EvidencePurpose['materials']>[number]> = {}) => ({ code, necessity: 'REQUIRED' as const, commitmentAllowed: false, replacedBy: null, ...changes });
  // 生育登记: household and marriage records replace papers; the marriage certificate may come later (容缺).
  const birth: EvidencePurpose = {
    ...BIRTH,
    materials: [material('M01'), material('M02', { replacedBy: 'HOUSEHOLD_REGISTRATION' }), material('M03', { replacedBy: 'MARRIAGE', necessity: 'SUPPLY_LATER' })],
    approvalRules: [],
  };

  it('leaves them out of a request for the purpose’s kinds, and asks for them when named', () => {
    expect(requestedKinds(undefined, birth, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    expect(requestedKinds(undefined, birth, NONE, true)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    expect(requestedKinds(['CREDIT_RECORD'], birth, NONE, false)).toEqual(['CREDIT_RECORD']);
  });

  it('asks for them by default where the item’s decision reads them too (秒批 on credit records)', () => {
    const branch: EvidencePurpose = { ...birth, approvalRules: [{ evidenceKind: 'CREDIT_RECORD' }] };
    expect(requestedKinds(undefined, branch, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']);
    const replacing: EvidencePurpose = { ...birth, materials: [...(birth.materials ?? []), material('M05', { replacedBy: 'CREDIT_RECORD' })] };
    expect(requestedKinds(undefined, replacing, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']);
  });

  it('refuses them, named, where this province offers neither 容缺 nor 告知承诺 for the item: they could decide nothing here', () => {
    const refused = (() => {
      try {
        requestedKinds(['MARRIAGE', 'CREDIT_RECORD'], birth, NONE, true, false);
      } catch (error) {
        return error as GraphQLError;
      }
      throw new Error('expected a refusal');
    })();
    expect(refused.message).toBe('kinds: “生育登记”在本省不适用容缺受理或告知承诺，不需要信用记录（处罚、经营异常、失信）（CR）（目的限定）');
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'KIND_NOT_NEEDED', kinds: ['CREDIT_RECORD'], needed: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'] });
    // The kinds its decision reads are asked for as before, and a kind its rules read is no leniency-only kind.
    expect(requestedKinds(undefined, birth, NONE, false, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    expect(requestedKinds(['CREDIT_RECORD'], { ...birth, approvalRules: [{ evidenceKind: 'CREDIT_RECORD' }] }, NONE, false, false)).toEqual(['CREDIT_RECORD']);
  });

  it('takes the kinds a bundle set aside for leniency as given', () => {
    expect(requestedKinds(undefined, { ...BIRTH, leniencyOnlyKinds: ['CREDIT_RECORD'] }, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    expect(requestedKinds(undefined, { ...BIRTH, leniencyOnlyKinds: [] }, NONE, false)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'CREDIT_RECORD']);
  });
});
