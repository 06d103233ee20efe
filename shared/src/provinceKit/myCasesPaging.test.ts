import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { CaseStore } from './caseStore.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { createProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { subjectFieldResolvers } from './subjectResolvers.ts';
import { windowCaseInput } from './windowCase.fixture.ts';

/**
 * 我的办件 in one province (Jiangsu), paged: newest first, from the number of the oldest case
 * shown, one part of a cursor per province; as the kind of subject she holds her number as.
 */
const JIANGSU = requireRegion('JIANGSU');
/** A number valid both as a resident identity number and as a credit code: a person and an enterprise hold it. */
const BOTH = numberValidAsBoth();
const HER: Caller = { kind: 'CITIZEN', residentId: BOTH };
const ITS: Caller = { kind: 'ENTERPRISE', creditCode: BOTH };

/** Jiangsu with her six cases and the enterprise's three (every third), filed over three days. */
function jiangsuWithCases() {
  const store = new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
  const hers: string[] = [];
  const its: string[] = [];
  for (let n = 0; n < 9; n += 1) {
    const enterprise = n % 3 === 2;
    const filedAt = new Date(Date.UTC(2026, 10, 25 + Math.floor(n / 4), 2, n));
    const opened = store.openCase({ ...windowCaseInput(`k-${n}`), subjectId: BOTH, subjectKind: enterprise ? 'ENTERPRISE' : 'PERSON' }, filedAt);
    (enterprise ? its : hers).unshift(opened.caseFile.id);
  }
  return { store, hers, its };
}

/** One request's context in Jiangsu for `caller`. */
function contextFor(store: CaseStore, caller: Caller): ProvinceContext {
  const services = { cases: store, config: { region: JIANGSU } } as unknown as ProvinceServices;
  return { caller, services, loaders: createProvinceLoaders(services, caller) } as unknown as ProvinceContext;
}

async function listed(store: CaseStore, caller: Caller, args: { first?: number; before?: string } = {}): Promise<string[]> {
  const cases = (await subjectFieldResolvers.cases({ id: BOTH }, args, contextFor(store, caller))) as { id: string }[];
  return cases.map((own) => own.id);
}

async function refusal(store: CaseStore, args: { first?: number; before?: string }): Promise<GraphQLError> {
  const error = await listed(store, HER, args).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('我的办件 paged in a province', () => {
  it('lists her newest cases first, and the older ones from the oldest number shown, until none are left', async () => {
    const { store, hers, its } = jiangsuWithCases();
    expect([hers.length, its.length]).toEqual([6, 3]);
    expect(await listed(store, HER)).toEqual(hers);
    const first = await listed(store, HER, { first: 2 });
    expect(first).toEqual(hers.slice(0, 2));
    const second = await listed(store, HER, { first: 2, before: first.at(-1) });
    expect(second).toEqual(hers.slice(2, 4));
    expect(await listed(store, HER, { first: 2, before: second.at(-1) })).toEqual(hers.slice(4, 6));
    expect(await listed(store, HER, { first: 2, before: hers.at(-1) })).toEqual([]);
  });

  it('fills a page with cases of the kind she holds her number as: the enterprise sharing it neither shortens her page nor appears on it', async () => {
    const { store, hers, its } = jiangsuWithCases();
    expect(await listed(store, HER, { first: 3 })).toEqual(hers.slice(0, 3));
    expect(await listed(store, ITS, { first: 2 })).toEqual(its.slice(0, 2));
    expect(await listed(store, ITS, { first: 2, before: its[1] })).toEqual(its.slice(2));
  });

  it('reads its own part of a cursor naming several provinces, and lists none when the cursor names only others', async () => {
    const { store, hers } = jiangsuWithCases();
    expect(await listed(store, HER, { first: 2, before: `3120261127000009,${hers[1]},3420261125000001` })).toEqual(hers.slice(2, 4));
    // Jiangsu's cases were all shown: a cursor paging Shanghai alone asks nothing of it.
    expect(await listed(store, HER, { first: 2, before: '3120261127000009' })).toEqual([]);
  });

  it('refuses a cursor it could not have given, and a page size out of range, saying what to send', async () => {
    const { store, hers } = jiangsuWithCases();
    for (const [before, problem] of [
      ['', '为空'],
      ['JIANGSU-3', '办件编号应为16位数字'],
      ['1120261125000001', '前两位省份代码 11（北京市）不是长三角的省份'],
      ['3220261131000001', '中的日期 20261131 不存在'],
      [`${hers[0]},${hers[1]}`, '江苏省的办件编号写了两个'],
    ] as const) {
      const refused = await refusal(store, { before });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before', reason: 'INVALID_CURSOR' });
      expect(refused.message).toContain(problem);
      expect(refused.message).toContain('请使用上一页最早一个办件的编号');
      expect(refused.message.match(/before: /g)).toHaveLength(1);
    }
    for (const first of [0, 51]) {
      expect((await refusal(store, { first })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'OUT_OF_RANGE', max: 50 });
    }
  });

  it('answers each of two pages asked for in one request (aliases) with its own cases', async () => {
    const { store, hers } = jiangsuWithCases();
    const context = contextFor(store, HER);
    const [newest, older] = await Promise.all([
      subjectFieldResolvers.cases({ id: BOTH }, { first: 1 }, context),
      subjectFieldResolvers.cases({ id: BOTH }, { first: 1, before: hers[0] }, context),
    ]);
    expect([newest, older].map((page) => (page as { id: string }[]).map((own) => own.id))).toEqual([[hers[0]], [hers[1]]]);
  });
});
