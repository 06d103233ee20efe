import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, type GraphQLResponse } from '../harness/graphqlClient.ts';

/**
 * The public screens the README advertises, built as an app in production builds them: with the
 * published operations alone (gateway/operations, run by hash against the safelist) — the guide
 * with every fee's circumstances, a province's fee catalog, a division code's name, a negative-list
 * entry a search hit names. An operation missing from the list fails here, not in the app.
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

  /** A published operation sent by its hash alone, as an app in production sends it. */
  async function run<TData>(name: string, variables: Record<string, unknown>): Promise<TData> {
    const operation = manifest.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`no published operation ${name}`);
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } }),
    });
    return dataOf({ status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, 'status'>) });
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
