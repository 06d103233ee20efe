import { afterAll, describe, expect, it } from 'vitest';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { catalogResolvers } from './catalogResolvers.ts';
import { CatalogStore } from './catalogStore.ts';

/** The hub's case(id:): a case number goes straight to the province its first two digits name. */
const store = new CatalogStore(':memory:');
afterAll(() => store.close());

const resolvers = catalogResolvers(store, {} as TrustListPublisher, () => new Date()) as unknown as {
  Query: { case: (parent: unknown, args: { id: string }) => { __typename: string; caseRef: string } };
};
const caseFor = (id: string) => resolvers.Query.case(undefined, { id });
const refusal = (id: string): { message: string; extensions: unknown } => {
  try {
    caseFor(id);
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  throw new Error(`expected ${id} to be refused`);
};

describe('case(id:)', () => {
  it('goes to the province the number names, with the number as the routing key only (id is the province’s answer)', () => {
    expect(caseFor('3220261127000001')).toEqual({ __typename: 'JiangsuCase', caseRef: '3220261127000001' });
  });

  it('says a number of no province of the delta was mistyped, naming its province code', () => {
    const unknown = refusal('9920261127000001');
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'UNKNOWN_REGION', provinceCode: '99' });
    expect(unknown.message).toBe('id: 办件编号 9920261127000001 的前两位省份代码 99 不是长三角的省份（上海市 31、江苏省 32、浙江省 33、安徽省 34），请核对办件编号');
    const beijing = refusal('1120261127000001');
    expect(beijing.extensions).toMatchObject({ reason: 'UNKNOWN_REGION', provinceCode: '11' });
    expect(beijing.message).toContain('省份代码 11（北京市）不是长三角的省份');
  });

  it('keeps FORMAT for a number that is not sixteen digits', () => {
    for (const id of ['', '32202611270001', '32-2026112700001', '３２20261127000001']) {
      expect(refusal(id).extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT' });
    }
    expect(refusal('３２20261127000001').message).toContain('是全角字符，请切换到半角输入');
  });

  it('says a number whose date is no day was mistyped, rather than routing it as if such a case could exist', () => {
    for (const id of ['3220261332000001', '3220260230000001']) {
      expect(refusal(id).extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'DATE' });
    }
    expect(refusal('3220260230000001').message).toContain('20260230 不存在');
  });
});
