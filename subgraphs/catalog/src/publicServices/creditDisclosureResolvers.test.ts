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

describe('a list of a disclosure a page at a time', () => {
  // Five penalties, two of them on one day (ordered by record id), from three provinces.
  const disclosure = () => ({
    enterpriseId: ENTERPRISE,
    shanghaiDisclosedRecords: [creditRecord('SHANGHAI', 'SH-10', 'ADMINISTRATIVE_PENALTY', '2025-03-01'), creditRecord('SHANGHAI', 'SH-9', 'ADMINISTRATIVE_PENALTY', '2025-03-01')],
    jiangsuDisclosedRecords: [creditRecord('JIANGSU', 'JS-1', 'ADMINISTRATIVE_PENALTY', '2026-01-15'), creditRecord('JIANGSU', 'JS-2', 'INSPECTION_RESULT', '2024-11-30')],
    zhejiangDisclosedRecords: [creditRecord('ZHEJIANG', 'ZJ-1', 'ADMINISTRATIVE_PENALTY', '2024-02-02'), creditRecord('ZHEJIANG', 'ZJ-2', 'ADMINISTRATIVE_PENALTY', '2023-05-05')],
    anhuiDisclosedRecords: [],
  });
  type Page = { list: string; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; entries: { recordId: string; region: string; kind: string }[] };
  const page = (representation: ReturnType<typeof disclosure>, args: { list: string; first?: number; after?: string | null }) => CreditDisclosure.page(representation, args) as Page;

  it('reads the list to its end in the order the list shows, each entry once, however small the pages', () => {
    const whole = (CreditDisclosure.penalties(disclosure(), { first: 100 }) as { recordId: string }[]).map((record) => record.recordId);
    expect(whole).toEqual(['JS-1', 'SH-10', 'SH-9', 'ZJ-1', 'ZJ-2']);
    for (const first of [1, 2, 3, 5]) {
      const read: string[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages += 1) {
        const answer = page(disclosure(), { list: 'PENALTIES', first, after });
        expect(answer).toMatchObject({ list: 'PENALTIES', totalCount: 5 });
        read.push(...answer.entries.map((entry) => entry.recordId));
        if (!answer.pageInfo.hasNextPage) break;
        expect(pages).toBeLessThan(5);
        after = answer.pageInfo.endCursor;
      }
      expect(read, `first: ${first}`).toEqual(whole);
    }
    // Entries are records, typed by their kind as the provinces type them.
    expect(page(disclosure(), { list: 'INSPECTIONS' }).entries).toEqual([expect.objectContaining({ recordId: 'JS-2', kind: 'CREDIT_RECORD' })]);
    expect(page(disclosure(), { list: 'LICENCES' })).toEqual({ list: 'LICENCES', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, entries: [] });
  });

  it('pages past records of one day sharing a record id in two provinces, and ids holding a colon', () => {
    // Each province numbers its own records: Jiangsu's and Zhejiang's 2024-0007 are two penalties.
    const shared = {
      ...disclosure(),
      shanghaiDisclosedRecords: [creditRecord('SHANGHAI', 'SH:2025:1', 'ADMINISTRATIVE_PENALTY', '2025-03-01')],
      jiangsuDisclosedRecords: [creditRecord('JIANGSU', '2024-0007', 'ADMINISTRATIVE_PENALTY', '2024-06-01')],
      zhejiangDisclosedRecords: [creditRecord('ZHEJIANG', '2024-0007', 'ADMINISTRATIVE_PENALTY', '2024-06-01')],
    };
    const read: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages += 1) {
      const answer = page(shared, { list: 'PENALTIES', first: 1, after });
      read.push(...answer.entries.map((entry) => `${entry.region}/${entry.recordId}`));
      if (!answer.pageInfo.hasNextPage) break;
      after = answer.pageInfo.endCursor;
    }
    expect(read).toEqual(['SHANGHAI/SH:2025:1', 'JIANGSU/2024-0007', 'ZHEJIANG/2024-0007']);
  });

  it('goes on where the page ended when a record comes or goes between two pages', () => {
    const first = page(disclosure(), { list: 'PENALTIES', first: 2 });
    expect(first.entries.map((entry) => entry.recordId)).toEqual(['JS-1', 'SH-10']);
    // Meanwhile SH-10 (the page's last) left the disclosure, and a newer penalty came in.
    const changed = disclosure();
    changed.shanghaiDisclosedRecords = [creditRecord('SHANGHAI', 'SH-9', 'ADMINISTRATIVE_PENALTY', '2025-03-01'), creditRecord('SHANGHAI', 'SH-11', 'ADMINISTRATIVE_PENALTY', '2026-11-01')];
    const next = page(changed, { list: 'PENALTIES', first: 2, after: first.pageInfo.endCursor });
    expect(next.entries.map((entry) => entry.recordId)).toEqual(['SH-9', 'ZJ-1']);
    expect(next.totalCount).toBe(5);
  });

  it("refuses another list's or another enterprise's cursor, one it did not give, and a page size out of range", () => {
    const cursor = page(disclosure(), { list: 'PENALTIES', first: 1 }).pageInfo.endCursor;
    const otherList = errorOf(() => page(disclosure(), { list: 'LISTINGS', after: cursor }));
    expect(otherList.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH' });
    expect(otherList.message).toBe('after: 分页游标属于“行政处罚信息”：查看“列入经营异常名录和严重失信主体名单信息”请从第一页开始（不传 after）');
    const other = { ...disclosure(), enterpriseId: '91320583MA1Q8R6T57' };
    const otherEnterprise = errorOf(() => page(other, { list: 'PENALTIES', after: cursor }));
    expect(otherEnterprise.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH' });
    expect(otherEnterprise.message).not.toContain(ENTERPRISE);
    const made = (position: string) => Buffer.from(`disclosure:${position}`).toString('base64url');
    for (const cursor of [
      'PENALTIES:x',
      // Cut short: no date, province or record id; an unknown province; a list of no disclosure.
      made(`penalties:${ENTERPRISE}`),
      made(`penalties:${ENTERPRISE}:2025-03-01:SH-9`),
      made(`penalties:${ENTERPRISE}:2025-03-01:shanghai:SH-9`),
      made(`fines:${ENTERPRISE}:2025-03-01:SHANGHAI:SH-9`),
      Buffer.from('fee:SHANGHAI:011001001000').toString('base64url'),
    ]) {
      expect(errorOf(() => page(disclosure(), { list: 'PENALTIES', after: cursor })).extensions, cursor).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    }
    for (const first of [0, 101]) {
      expect(errorOf(() => page(disclosure(), { list: 'PENALTIES', first })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'OUT_OF_RANGE' });
    }
  });
});
