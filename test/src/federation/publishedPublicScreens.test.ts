import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, type GraphQLResponse } from '../harness/graphqlClient.ts';

/**
 * The public screens the README advertises, built as an app in production builds them: with the
 * published operations alone (gateway/operations, run by hash against the safelist) — the guide
 * with every fee's circumstances, a province's fee catalog, a division code's name, a negative-list
 * entry a search hit names, an enterprise's disclosure list to its end. An operation missing from
 * the list fails here, not in the app.
 */
const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: { id: string; name: string }[] };

/** 居民身份证异地换领、补领: 20元, 丢失补领或损坏换领 40元, 低保 exempt. */
const IDENTITY_CARD = '070201001000';
const IDENTITY_CARD_VARIANTS = [
  { circumstance: '丢失补领或损坏换领', amount: '40.00' },
  { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: '0.00' },
];

interface Fee {
  charged: boolean;
  amount: string | null;
  variants: { circumstance: string; amount: string }[];
}

describe('the public screens from the published operations alone (production, safelist)', () => {
  let federation: BootedFederation;
  beforeAll(async () => {
    federation = await bootFederation({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow' });
  }, 180_000);
  afterAll(async () => {
    await federation?.shutdown();
  });

  /** A published operation sent by its hash alone, as an app in production sends it: the whole answer. */
  async function send<TData>(name: string, variables: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
    const operation = manifest.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`no published operation ${name}`);
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, 'status'>) };
  }

  /** A published operation's data (failing on any error). */
  async function run<TData>(name: string, variables: Record<string, unknown>): Promise<TData> {
    return dataOf(await send<TData>(name, variables));
  }

  it('ItemGuide: every fee with its circumstances, and each place with its division code', async () => {
    type Guide = { item: { fee: Fee; implementations: { region: string; fee: Fee | null; places: { name: string; divisionCode: string }[] }[] } };
    const { item } = await run<Guide>('ItemGuide', { code: IDENTITY_CARD });
    expect(item.fee).toMatchObject({ charged: true, amount: '20.00', variants: IDENTITY_CARD_VARIANTS });
    for (const implementation of item.implementations) {
      expect(implementation.fee, implementation.region).toMatchObject({ amount: '20.00', variants: IDENTITY_CARD_VARIANTS });
      for (const place of implementation.places) expect(place.divisionCode, place.name).toMatch(/^\d{6}$/);
    }
  });

  it('FeeOnDate: the ordinary amount and the others the basis sets', async () => {
    type Answer = { feeCatalog: { item: Fee } };
    const { feeCatalog } = await run<Answer>('FeeOnDate', { region: 'SHANGHAI', itemCode: IDENTITY_CARD, date: '2026-11-25' });
    expect(feeCatalog.item).toMatchObject({ amount: '20.00', variants: IDENTITY_CARD_VARIANTS });
  });

  it('FeeCatalog: a province’s whole catalog, paged by item code, entries with their circumstances', async () => {
    type Page = { feeCatalog: { region: string; entries: (Fee & { itemCode: string })[] } };
    const first = (await run<Page>('FeeCatalog', { region: 'JIANGSU', date: '2026-11-25', first: 5 })).feeCatalog;
    expect(first.region).toBe('JIANGSU');
    expect(first.entries).toHaveLength(5);
    const next = (await run<Page>('FeeCatalog', { region: 'JIANGSU', date: '2026-11-25', first: 100, after: first.entries.at(-1)?.itemCode })).feeCatalog;
    const codes = [...first.entries, ...next.entries].map((entry) => entry.itemCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect([...first.entries, ...next.entries].find((entry) => entry.itemCode === IDENTITY_CARD)).toMatchObject({ amount: '20.00', variants: IDENTITY_CARD_VARIANTS });
  });

  it('FeeCatalogPage: the whole catalog a page at a time with its totalCount, by opaque cursors bound to the catalog', async () => {
    type Page = {
      feeCatalog: {
        region: string;
        entryPage: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; entries: (Fee & { itemCode: string })[] };
      };
    };
    const pageOf = async (after: string | null) =>
      (await run<Page>('FeeCatalogPage', { region: 'JIANGSU', date: '2026-11-25', first: 7, ...(after ? { after } : {}) })).feeCatalog.entryPage;
    const pages: Page['feeCatalog']['entryPage'][] = [];
    for (let after: string | null = null; pages.length < 20; ) {
      const page = await pageOf(after);
      pages.push(page);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const last = pages.at(-1);
    expect(last?.pageInfo.hasNextPage).toBe(false);
    expect(pages.length).toBeGreaterThan(2);
    const totalCount = pages[0]?.totalCount ?? 0;
    for (const page of pages) expect(page.totalCount).toBe(totalCount);
    for (const page of pages.slice(0, -1)) expect(page.entries).toHaveLength(7);
    const codes = pages.flatMap((page) => page.entries.map((entry) => entry.itemCode));
    // Every entry once, in item-code order, as many as totalCount says, and the same catalog the older FeeCatalog lists.
    expect(codes).toHaveLength(totalCount);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    const whole = (await run<{ feeCatalog: { entries: { itemCode: string }[] } }>('FeeCatalog', { region: 'JIANGSU', date: '2026-11-25', first: 100 })).feeCatalog.entries;
    expect(whole.map((entry) => entry.itemCode)).toEqual(codes);
    expect(pages.flatMap((page) => page.entries).find((entry) => entry.itemCode === IDENTITY_CARD)).toMatchObject({ amount: '20.00', variants: IDENTITY_CARD_VARIANTS });
    // Opaque cursors: an item code (FeeCatalog's cursor) is none, nor one of another list; one of another province's catalog is refused by name.
    const cursor = pages[0]?.pageInfo.endCursor ?? '';
    expect(cursor).not.toContain(codes[6]);
    const refusedWith = async (variables: Record<string, unknown>) => (await send('FeeCatalogPage', { date: '2026-11-25', first: 7, ...variables })).errors?.[0]?.extensions;
    expect(await refusedWith({ region: 'JIANGSU', after: codes[6] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    const itemsCursor = (await run<{ items: { pageInfo: { endCursor: string } } }>('Items', { first: 2 })).items.pageInfo.endCursor;
    expect(await refusedWith({ region: 'JIANGSU', after: itemsCursor })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    expect(await refusedWith({ region: 'ANHUI', after: cursor })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH', region: 'JIANGSU' });
  });

  it('CreditDisclosurePage: one list of an enterprise\'s disclosure to its end, a page at a time', async () => {
    type Page = { creditDisclosure: { page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; entries: { __typename: string; decisionNumber: string }[] } } };
    const variables = { enterpriseId: CAST.qingpuLvdao, list: 'INSPECTIONS', first: 1 };
    const first = (await run<Page>('CreditDisclosurePage', variables)).creditDisclosure.page;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, entries: [{ __typename: 'CreditRecord', decisionNumber: '沪双随机〔2026〕1207号' }] });
    const next = (await run<Page>('CreditDisclosurePage', { ...variables, after: first.pageInfo.endCursor })).creditDisclosure.page;
    expect(next).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, entries: [{ __typename: 'CreditRecord', decisionNumber: '沪双随机〔2025〕0388号' }] });
  });

  it('Division: the name of a code a record, a map place or a service place carries', async () => {
    type Answer = { division: { code: string; name: string; current: boolean; region: string | null } };
    expect((await run<Answer>('Division', { code: '310101' })).division).toMatchObject({ code: '310101', name: '上海市黄浦区', current: true, region: 'SHANGHAI' });
  });

  it('NegativeListEntry: the entry a search hit names, by its code', async () => {
    type Search = { search: { hits: { title: string; negativeListEntry: { code: string; title: string } | null }[] } };
    const hits = (await run<Search>('SearchKnowledge', { text: '烟花爆竹', kinds: ['NEGATIVE_LIST_ENTRY'], first: 5 })).search.hits;
    const named = hits.find((hit) => hit.negativeListEntry)?.negativeListEntry;
    if (!named) throw new Error(`no negative-list hit for 烟花爆竹: ${JSON.stringify(hits)}`);
    type Answer = { negativeListEntry: { code: string; title: string; licensingItems: { code: string }[]; provinceGuidance: { region: string }[] } };
    const entry = (await run<Answer>('NegativeListEntry', { code: named.code })).negativeListEntry;
    expect(entry).toMatchObject({ code: named.code, title: named.title });
    expect(entry.provinceGuidance.map((guidance) => guidance.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
  });
});
