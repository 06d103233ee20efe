import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { addDays, addYears } from '@yrd/shared/time/localDate';

/**
 * The public (anonymous) services about items, through the gateway: service guides side by
 * side, knowledge-base search, the negative list and market access, and the fee catalogs.
 */
let federation: BootedFederation;

beforeAll(async () => {
  federation = await bootFederation();
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(federation.gatewayUrl, query, variables);

describe('service guides (办事指南)', () => {
  it('shows each province\'s implementation of an item side by side, in one query, to anyone', async () => {
    const { item } = dataOf(
      await ask<{ item: { name: string; implementations: Record<string, unknown>[] } }>(
        `query Guide($code: ID!) { item(code: $code) { name implementations {
          region offered localCode localName promisedTimeLimit { amount unit } fee { charged amount }
          places { name address phone } hours onlineUrl visitsRequired tolerantAcceptance commitmentSystem } } }`,
        { code: STORY_ITEMS.providentFundLoanCertificate },
      ),
    );
    expect(item.implementations.map((implementation) => implementation.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    for (const implementation of item.implementations) {
      expect(implementation).toMatchObject({ offered: true, fee: { charged: false } });
      expect(implementation.localCode).toBeTruthy();
      expect((implementation.places as unknown[]).length).toBeGreaterThan(0);
    }
    // Provinces name the same standard item their own way.
    expect(new Set(item.implementations.map((implementation) => implementation.localCode)).size).toBe(4);
  });
});

interface Hit {
  kind: string;
  title: string;
  highlightedTitle: string;
  snippet: string;
  exact: boolean;
  item: { code: string; name: string } | null;
  negativeListEntry: { code: string } | null;
}

const SEARCH = `query Search($text: String!, $kinds: [KnowledgeKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount readings pageInfo { hasNextPage endCursor }
    hits { kind title highlightedTitle snippet exact item { code name } negativeListEntry { code } }
  }
}`;

type SearchResult = { search: { totalCount: number; readings: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; hits: Hit[] } };

describe('knowledge-base search (知识库)', () => {
  it('finds company setup for "开公司" and the provident-fund certificate for "公积金贷款证明"', async () => {
    const company = dataOf(await ask<SearchResult>(SEARCH, { text: '开公司', kinds: ['ITEM'] })).search;
    expect(company.hits[0]?.item?.code).toBe(STORY_ITEMS.domesticCompanySetup);
    expect(company.readings[0]).toBe('开公司');
    const fund = dataOf(await ask<SearchResult>(SEARCH, { text: '公积金贷款证明' })).search;
    expect(fund.hits[0]?.item?.code).toBe(STORY_ITEMS.providentFundLoanCertificate);
    expect(fund.hits.map((hit) => hit.kind)).toContain('FAQ');
  });

  it('marks the matches in safe HTML and pages by cursor without repeats', async () => {
    const first = dataOf(await ask<SearchResult>(SEARCH, { text: '社保', first: 4 })).search;
    expect(first.hits).toHaveLength(4);
    for (const hit of first.hits) expect(hit.highlightedTitle + hit.snippet).toContain('<mark>社保</mark>');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await ask<SearchResult>(SEARCH, { text: '社保', first: 4, after: first.pageInfo.endCursor })).search;
    const titles = (page: typeof first) => page.hits.map((hit) => `${hit.kind}:${hit.title}`);
    expect(titles(second).filter((title) => titles(first).includes(title))).toEqual([]);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('rejects empty and huge searches, page sizes over 50, and another search\'s cursor', async () => {
    const codeOf = async (variables: Record<string, unknown>) => (await ask(SEARCH, variables)).errors?.[0]?.extensions;
    expect(await codeOf({ text: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'EMPTY' });
    expect(await codeOf({ text: '办'.repeat(200) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LONG' });
    expect(await codeOf({ text: '社保', first: 51 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = dataOf(await ask<SearchResult>(SEARCH, { text: '社保', first: 1 })).search.pageInfo.endCursor;
    expect(await codeOf({ text: '户口', after: cursor })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_MISMATCH' });
  });
});

interface AccessAnswer {
  verdict: string;
  explanation: string;
  entries: { code: string; category: string; licensingItems: { code: string }[] }[];
  relatedEntries: { code: string }[];
}

const MARKET_ACCESS = `query Access($activity: String!) { marketAccess(activity: $activity) {
  verdict explanation entries { code category licensingItems { code } } relatedEntries { code } } }`;

describe('market access (市场准入负面清单)', () => {
  it('says an activity is prohibited, licensed (by which item) or free', async () => {
    const organs = dataOf(await ask<{ marketAccess: AccessAnswer }>(MARKET_ACCESS, { activity: '买卖人体器官' })).marketAccess;
    expect(organs.verdict).toBe('PROHIBITED');
    expect(organs.entries.map((entry) => entry.code)).toContain('101');

    const teaShop = dataOf(await ask<{ marketAccess: AccessAnswer }>(MARKET_ACCESS, { activity: '开奶茶店' })).marketAccess;
    expect(teaShop.verdict).toBe('LICENSED');
    expect(teaShop.entries[0]?.licensingItems.map((item) => item.code)).toEqual(['010102001000']);
    expect(teaShop.explanation).toContain('许可');

    const design = dataOf(await ask<{ marketAccess: AccessAnswer }>(MARKET_ACCESS, { activity: '平面设计工作室' })).marketAccess;
    expect(design.verdict).toBe('FREE');
    expect(design.entries).toEqual([]);
    expect(design.explanation).toContain('非禁即入');
  });

  it('lists the national entries by page, each with every province\'s guidance', async () => {
    const page = dataOf(
      await ask<{ negativeList: { totalCount: number; entries: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `{ negativeList(category: PROHIBITED, first: 4) { totalCount entries { code } pageInfo { hasNextPage endCursor } } }`,
      ),
    ).negativeList;
    expect(page.entries.map((entry) => entry.code)).toEqual(['101', '102', '103', '104']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(
      await ask<{ negativeList: { entries: { code: string }[]; pageInfo: { hasNextPage: boolean } } }>(
        `query Rest($after: String) { negativeList(category: PROHIBITED, first: 50, after: $after) { entries { code } pageInfo { hasNextPage } } }`,
        { after: page.pageInfo.endCursor },
      ),
    ).negativeList;
    expect(page.totalCount).toBe(page.entries.length + rest.entries.length);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const entry = dataOf(
      await ask<{ negativeListEntry: { provinceGuidance: { region: string; localGuidance: string | null }[] } }>(
        `{ negativeListEntry(code: "218") { provinceGuidance { region localGuidance } } }`,
      ),
    ).negativeListEntry;
    expect(entry.provinceGuidance.map((guidance) => guidance.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    expect(entry.provinceGuidance.find((guidance) => guidance.region === 'SHANGHAI')?.localGuidance).toContain('一业一证');
  });

  it('gives clear codes for unknown or malformed entries and an empty activity', async () => {
    expect((await ask(`{ negativeListEntry(code: "999") { code } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ask(`{ negativeListEntry(code: "x") { code } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await ask(MARKET_ACCESS, { activity: '' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activity' });
  });
});

describe('fee catalogs (收费目录)', () => {
  const FEE = `query Fee($region: Region!, $date: Date, $code: ID!) {
    feeCatalog(region: $region, date: $date) { date region item(code: $code) { itemCode charged amount basis effectiveFrom localName } }
  }`;
  type FeeAnswer = { feeCatalog: { date: string; region: string; item: { amount: string | null; basis: string; effectiveFrom: string; localName: string | null } } };

  it('answers what an item cost in a province on a date, version by version', async () => {
    const at = async (date: string) =>
      dataOf(await ask<FeeAnswer>(FEE, { region: 'SHANGHAI', date, code: STORY_ITEMS.realEstateTransfer })).feeCatalog.item;
    expect(await at('2010-06-01')).toMatchObject({ amount: '80.00', effectiveFrom: '2008-05-01' });
    expect((await at('2010-06-01')).basis).toContain('房屋登记费');
    expect((await at('2018-01-01')).effectiveFrom).toBe('2016-12-01');
    const current = await at('2026-01-01');
    expect(current.effectiveFrom >= '2019-01-01').toBe(true);
    expect(current.localName).toBeTruthy();
  });

  it('says from when the catalog records an item’s fee when asked about a date before it, rather than that the item does not exist', async () => {
    const answer = await ask<FeeAnswer>(FEE, { region: 'SHANGHAI', date: '2010-06-01', code: STORY_ITEMS.providentFundLoanCertificate });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code', reason: 'BEFORE_RECORDED_HISTORY', recordedFrom: '2019-05-22' });
    expect(answer.errors?.[0]?.message).toContain('收费记录自 2019-05-22 起');
    // A code no item of the province has is still plainly not found.
    const unknown = await ask<FeeAnswer>(FEE, { region: 'SHANGHAI', date: '2010-06-01', code: '999999999999' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    expect(unknown.errors?.[0]?.extensions?.reason).toBeUndefined();
  });

  it('answers for every province, today when no date is given', async () => {
    const answers = await Promise.all(
      ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI'].map(async (region) =>
        dataOf(await ask<FeeAnswer>(FEE, { region, code: STORY_ITEMS.providentFundLoanCertificate })).feeCatalog,
      ),
    );
    expect(answers.map((answer) => answer.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    for (const answer of answers) expect(answer.item.amount).toBeNull();
    expect(new Set(answers.map((answer) => answer.date)).size).toBe(1);
  });

  it('gives clear codes for dates out of range, unknown regions and items with no record that early', async () => {
    const errorOf = async (variables: Record<string, unknown>) => (await ask(FEE, { code: STORY_ITEMS.realEstateTransfer, ...variables })).errors?.[0]?.extensions;
    expect(await errorOf({ region: 'SHANGHAI', date: '1990-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await errorOf({ region: 'SHANGHAI', date: '2100-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await errorOf({ region: 'BEIJING' })).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/) });
    expect(await errorOf({ region: 'SHANGHAI', date: '2005-01-01' })).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    // A code that cannot be an item's is a mistake in the code, not an item with no record.
    expect(await errorOf({ region: 'SHANGHAI', code: 'abc' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'FORMAT' });
  });

  it('gives the amounts by circumstance beside the ordinary one: the guide, every province and the catalog\'s history', async () => {
    type Fee = { amount: string | null; variants: { circumstance: string; amount: string }[] };
    const guide = dataOf(
      await ask<{ item: { fee: Fee; implementations: { region: string; fee: Fee | null }[] } }>(
        'query ($code: ID!) { item(code: $code) { fee { amount variants { circumstance amount } } implementations { region fee { amount variants { circumstance amount } } } } }',
        { code: '070201001000' },
      ),
    ).item;
    const lostOrDamaged = [
      { circumstance: '丢失补领或损坏换领', amount: '40.00' },
      { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: '0.00' },
    ];
    expect(guide.fee).toEqual({ amount: '20.00', variants: lostOrDamaged });
    for (const implementation of guide.implementations) expect(implementation.fee, implementation.region).toEqual({ amount: '20.00', variants: lostOrDamaged });
    const variantsOn = async (date: string) =>
      dataOf(
        await ask<{ feeCatalog: { item: Fee } }>('query ($date: Date) { feeCatalog(region: ZHEJIANG, date: $date) { item(code: "070101001000") { amount variants { circumstance amount } } } }', { date }),
      ).feeCatalog.item;
    expect(await variantsOn('2026-01-01')).toEqual({
      amount: '80.00',
      variants: [
        { circumstance: '非住宅类', amount: '550.00' },
        { circumstance: '另增证书（每本加收）', amount: '10.00' },
        { circumstance: '小微企业（含个体工商户）申请', amount: '0.00' },
      ],
    });
    expect((await variantsOn('2010-06-01')).variants).toContainEqual({ circumstance: '非住房', amount: '550.00' });
  });

  it('answers up to a year ahead — the same day next year — and names that day when refusing the next', async () => {
    const today = dataOf(await ask<{ feeCatalog: { date: string } }>('{ feeCatalog(region: SHANGHAI) { date } }')).feeCatalog.date;
    const latest = addYears(today, 1);
    expect((await ask(FEE, { region: 'SHANGHAI', date: latest, code: STORY_ITEMS.realEstateTransfer })).errors).toBeUndefined();
    const refused = await ask(FEE, { region: 'SHANGHAI', date: addDays(latest, 1), code: STORY_ITEMS.realEstateTransfer });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date', reason: 'OUT_OF_RANGE' });
    expect(refused.errors?.[0]?.message).toContain(`至 ${latest}（含）`);
  });

  it('lists an item only from the day it is in force: a 2026 policy is in no catalog of 2020', async () => {
    const entriesOn = async (date: string) =>
      dataOf(await ask<{ feeCatalog: { entries: { itemCode: string }[] } }>(`{ feeCatalog(region: ZHEJIANG, date: "${date}") { entries(first: 100) { itemCode } } }`)).feeCatalog.entries.map(
        (entry) => entry.itemCode,
      );
    const policy = '053301001000'; // 小微企业房产税和城镇土地使用税减免（免申即享）, in force from 2026
    expect(await entriesOn('2020-01-01')).not.toContain(policy);
    expect(await entriesOn('2026-06-01')).toContain(policy);
    const early = await ask(`{ feeCatalog(region: ZHEJIANG, date: "2020-01-01") { item(code: "${policy}") { amount } } }`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });

  it('pages the whole catalog with a maximum page size', async () => {
    const page = dataOf(await ask<{ feeCatalog: { entries: { itemCode: string }[] } }>(`{ feeCatalog(region: ANHUI) { entries(first: 5) { itemCode } } }`)).feeCatalog;
    expect(page.entries).toHaveLength(5);
    const over = await ask(`{ feeCatalog(region: ANHUI) { entries(first: 500) { itemCode } } }`);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // The next page starts after the last item code of this one; anything else is not a cursor (was an empty page).
    const next = dataOf(await ask<{ feeCatalog: { entries: { itemCode: string }[] } }>(`{ feeCatalog(region: ANHUI) { entries(first: 5, after: "${page.entries.at(-1)?.itemCode}") { itemCode } } }`)).feeCatalog;
    expect((next.entries[0]?.itemCode ?? '') > (page.entries.at(-1)?.itemCode ?? '')).toBe(true);
    const bad = await ask(`{ feeCatalog(region: ANHUI) { entries(first: 5, after: "zzz") { itemCode } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});
