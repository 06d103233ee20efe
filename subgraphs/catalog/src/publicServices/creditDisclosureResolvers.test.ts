import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { completeResidentIdentityNumber } from '@yrd/shared/identifiers/index';
import { ANONYMOUS, type Caller } from '@yrd/shared/identity/caller';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import type { CatalogContext } from '../catalogResolvers.ts';
import { creditDisclosureResolvers } from './creditDisclosureResolvers.ts';

const BOTH = numberValidAsBoth();
/** An all-digit credit code that is no resident identity number: an enterprise's, public. */
const ENTERPRISE = '913100001000000080';

const { Query, CreditDisclosure } = creditDisclosureResolvers();
const { creditDisclosure } = Query;
const ask = (enterpriseId: string, caller: Caller = ANONYMOUS) => creditDisclosure(undefined, { enterpriseId }, { caller } as CatalogContext);

const errorOf = (run: () => unknown): { message: string; extensions: Record<string, unknown> } => {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('creditDisclosure(enterpriseId) at the hub', () => {
  it('refuses a code that is also a valid resident identity number up front, unless its holder asks', () => {
    expect(identityOfSubject(BOTH)).toBe('EITHER');
    const strangers: Caller[] = [
      ANONYMOUS,
      { kind: 'ENTERPRISE', creditCode: ENTERPRISE },
      { kind: 'CITIZEN', residentId: completeResidentIdentityNumber('31011519950618128') },
      { kind: 'OPERATOR', region: 'SHANGHAI', division: '310115', window: 'W01', operatorId: 'op-1' },
      { kind: 'SERVICE', member: 'shanghai' },
    ];
    for (const caller of strangers) {
      const error = errorOf(() => ask(BOTH, caller));
      expect(error.extensions, caller.kind).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId', reason: 'AMBIGUOUS_IDENTIFIER' });
      expect(error.message).toMatch(/^enterpriseId: .*公民身份号码.*不予公示.*登录后可查看本企业/);
      // The number may be a person's: it is not repeated back into messages and logs.
      expect(error.message).not.toContain(BOTH);
    }
    // Its holder, signed in as the organisation or the person, is passed on: each province shows it its own records.
    expect(ask(BOTH, { kind: 'ENTERPRISE', creditCode: BOTH })).toEqual({ enterpriseId: BOTH });
    expect(ask(BOTH, { kind: 'CITIZEN', residentId: BOTH })).toEqual({ enterpriseId: BOTH });
    // An enterprise's code, all digits or not, is still asked about for anyone.
    expect(identityOfSubject(ENTERPRISE)).toBe('ENTERPRISE');
    expect(ask(ENTERPRISE)).toEqual({ enterpriseId: ENTERPRISE });
    expect(errorOf(() => ask('not-a-code')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
  });

  it('says a person\'s number is one, instead of failing it as a credit code on its division', () => {
    const person = '310118198804123021';
    expect(identityOfSubject(person)).toBe('PERSON');
    for (const caller of [ANONYMOUS, { kind: 'CITIZEN', residentId: person } as const]) {
      const error = errorOf(() => ask(person, caller));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId', reason: 'PERSON_NUMBER', identifierKind: 'RESIDENT_IDENTITY_NUMBER' });
      expect(error.message).toMatch(/^enterpriseId: 涉企信息公示按企业的统一社会信用代码查询.*公民身份号码/);
      expect(error.message).not.toMatch(/行政区划|省级代码/);
      expect(error.message).not.toContain(person);
    }
    // Neither a person's number nor a credit code: still the credit code's own problem.
    expect(errorOf(() => ask('310118198804123022')).extensions.reason).not.toBe('PERSON_NUMBER');
  });
});

/** A credit record as a province serialises it for the hub (@requires). */
const creditRecord = (region: string, recordId: string, category: string, decidedOn: string) => ({
  __typename: 'CreditRecord',
  kind: 'CREDIT_RECORD',
  recordId,
  subjectId: ENTERPRISE,
  region,
  holdingAuthority: '市场监督管理局',
  updatedOn: decidedOn,
  subjectKind: 'ENTERPRISE',
  subjectName: '上海某某贸易有限公司',
  category,
  decisionNumber: `${recordId}号`,
  decidedOn,
  authority: '市场监督管理局',
  reason: '未按规定公示年度报告',
  penaltyAmount: '1000.00',
  settled: true,
  settledOn: null,
  publicUntil: null,
});

describe("a disclosure's lists and their totals", () => {
  // Three penalties from two provinces, one listing; Anhui did not answer.
  const disclosure = {
    enterpriseId: ENTERPRISE,
    shanghaiDisclosedRecords: [
      creditRecord('SHANGHAI', 'SH-1', 'ADMINISTRATIVE_PENALTY', '2025-03-01'),
      creditRecord('SHANGHAI', 'SH-2', 'ABNORMAL_OPERATION', '2025-06-01'),
    ],
    jiangsuDisclosedRecords: [creditRecord('JIANGSU', 'JS-1', 'ADMINISTRATIVE_PENALTY', '2026-01-15'), creditRecord('JIANGSU', 'JS-2', 'ADMINISTRATIVE_PENALTY', '2024-11-30')],
    zhejiangDisclosedRecords: [],
    anhuiDisclosedRecords: null,
  };

  it('shows at most first entries, newest first, and counts them all', () => {
    const shown = CreditDisclosure.penalties(disclosure, { first: 2 }) as { recordId: string }[];
    expect(shown.map((record) => record.recordId)).toEqual(['JS-1', 'SH-1']);
    expect(CreditDisclosure.totals(disclosure)).toEqual({ registrations: 0, licences: 0, penalties: 3, listings: 1, inspections: 0 });
    expect(CreditDisclosure.unavailableRegions(disclosure)).toEqual(['ANHUI']);
  });
});
