import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodePageCursor } from '../graphql/pageCursor.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { encodeFeeCursor, feePage, feePageRequest, MAX_FEE_PAGE, type FeePageArgs } from './feeCatalogPage.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { publicServiceResolvers } from './publicServiceResolvers.ts';

/** Seven items, in no order, as a province's implementation list holds them. */
const CODES = ['070201001000', '010001001000', '070101001000', '030101001000', '020202002000', '053301001000', '010002001000'];
const SORTED = [...CODES].sort();
const entries = CODES.map((itemCode) => ({ itemCode }));

/** The extensions of the error `run` throws. */
function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { ...error.extensions, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const page = (args: FeePageArgs, list: readonly { itemCode: string }[] = entries) => feePage(list, feePageRequest(args, 'ZHEJIANG'), 'ZHEJIANG');
const codesOf = (answer: ReturnType<typeof page>) => answer.entries.map((entry) => entry.itemCode);

describe('a fee catalog a page at a time (entryPage)', () => {
  it('gives the first page by item code, with the whole catalog’s totalCount and a cursor to the next', () => {
    const first = page({ first: 3 });
    expect(codesOf(first)).toEqual(SORTED.slice(0, 3));
    expect(first.totalCount).toBe(7);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(encodeFeeCursor('ZHEJIANG', SORTED[2] ?? ''));
    // Opaque: the client passes back what it was given, and cannot read a code out of it.
    expect(first.pageInfo.endCursor).not.toContain(SORTED[2]);
  });

  it('gives the next page after the cursor, and the last page without a next', () => {
    const first = page({ first: 3 });
    const second = page({ first: 3, after: first.pageInfo.endCursor });
    expect(codesOf(second)).toEqual(SORTED.slice(3, 6));
    expect(second.totalCount).toBe(7);
    expect(second.pageInfo.hasNextPage).toBe(true);
    const last = page({ first: 3, after: second.pageInfo.endCursor });
    expect(codesOf(last)).toEqual(SORTED.slice(6));
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeFeeCursor('ZHEJIANG', SORTED[6] ?? '') });
    // A page that ends exactly at the end says there is no next.
    expect(page({ first: 7 }).pageInfo.hasNextPage).toBe(false);
    // Past the end: no entries, no cursor, the same total.
    expect(page({ after: last.pageInfo.endCursor })).toEqual({ entries: [], totalCount: 7, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('takes 50 a page when not told, at most 100, and reads an empty after as the first page (as the hub’s lists do)', () => {
    expect(feePageRequest({}, 'ZHEJIANG')).toEqual({ first: 50, afterCode: undefined });
    expect(feePageRequest({ first: MAX_FEE_PAGE, after: '' }, 'ZHEJIANG')).toEqual({ first: 100, afterCode: undefined });
    expect(refusal(() => feePageRequest({ first: 101 }, 'ZHEJIANG'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'OUT_OF_RANGE' });
    expect(refusal(() => feePageRequest({ first: 0 }, 'ZHEJIANG'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'OUT_OF_RANGE' });
  });

  it('refuses a cursor it did not give, and one of another list, as INVALID_CURSOR', () => {
    const invalid = { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' };
    for (const after of [
      'zzz',
      SORTED[2] ?? '', // an item code: the old entries(after:) cursor, not this one
      encodePageCursor('item', '070101001000'), // the hub's items
      encodePageCursor('entry', '101'), // the negative list
      encodePageCursor('search', 'AbCdEfGhIjKl:10'), // a search
      encodePageCursor('fee', 'ZHEJIANG:0701'), // a position that is no item code
      encodePageCursor('fee', 'NINGXIA:070101001000'), // a province of no federation
    ]) {
      expect(refusal(() => feePageRequest({ after }, 'ZHEJIANG')), after).toMatchObject(invalid);
    }
  });

  it('refuses another province’s catalog cursor as CURSOR_MISMATCH, naming it', () => {
    const shanghai = feePage(entries, feePageRequest({ first: 3 }, 'SHANGHAI'), 'SHANGHAI').pageInfo.endCursor;
    const refused = refusal(() => feePageRequest({ after: shanghai }, 'ZHEJIANG'));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH', region: 'SHANGHAI' });
    expect(refused.message).toContain(`${requireRegion('SHANGHAI').name}的收费目录`);
  });

  it('keeps its place when entries come into the catalog between two pages: nothing repeated, nothing skipped after the cursor', () => {
    const first = page({ first: 3 });
    // An item before the cursor and one after it come in (a policy taking effect, an item added to the list).
    const grown = [...entries, { itemCode: '010001002000' }, { itemCode: '070301001000' }];
    const rest = page({ first: 100, after: first.pageInfo.endCursor }, grown);
    expect(codesOf(rest)).toEqual([...SORTED.slice(3), '070301001000'].sort());
    expect(rest.totalCount).toBe(9);
  });
});

describe('entryPage as the province resolves it', () => {
  const fee = (amount: number) => ({ charged: true, amount, basis: `每件${amount / 100}元`, variants: [] });
  const config = {
    region: requireRegion('ANHUI'),
    implementations: [
      { standardCode: '070201001000', localName: '居民身份证换领、补领', fee: { ...fee(2000), variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] } },
      { standardCode: '010001001000', localName: '内资有限公司设立登记', fee: { charged: false } },
      { standardCode: '053301001000', localName: '小微企业房产税和城镇土地使用税减免', fee: { charged: false } },
      { standardCode: '070101001000', localName: '不动产转移登记', fee: fee(8000) },
    ] as unknown as LocalImplementation[],
  } as unknown as ProvinceConfig;
  const context = {
    services: { config, hub: { policyStartDates: () => Promise.resolve(new Map([['053301001000', '2026-01-01']])) } },
  } as unknown as ProvinceContext;
  const { entryPage } = publicServiceResolvers('anhui', () => new Date()).feeCatalog;
  const ask = (date: string, args: FeePageArgs) => entryPage({ date }, args, context);

  it('pages the items in force on the date, with their fees and circumstances', async () => {
    const first = await ask('2026-11-25', { first: 2 });
    expect(first.entries.map((entry) => entry.itemCode)).toEqual(['010001001000', '053301001000']);
    expect(first.totalCount).toBe(4);
    const next = await ask('2026-11-25', { first: 2, after: first.pageInfo.endCursor });
    expect(next.entries).toMatchObject([
      { itemCode: '070101001000', localName: '不动产转移登记', amount: 8000 },
      { itemCode: '070201001000', amount: 2000, variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] },
    ]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    // In 2020 the policy was not yet in force: the catalog then is one entry shorter.
    expect((await ask('2020-01-01', { first: 2 })).totalCount).toBe(3);
  });

  it('refuses a bad cursor before reading anything', async () => {
    await expect(ask('2026-11-25', { after: 'zzz' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' } });
    await expect(ask('2026-11-25', { after: encodeFeeCursor('JIANGSU', '070101001000') })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH' },
    });
  });
});
