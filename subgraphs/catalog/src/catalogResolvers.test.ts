import { afterAll, describe, expect, it } from 'vitest';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { catalogResolvers } from './catalogResolvers.ts';
import { CatalogStore } from './catalogStore.ts';
import { STANDARD_ITEMS } from './seed/standardItems.ts';

const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
afterAll(() => store.close());

const resolvers = catalogResolvers(store, {} as TrustListPublisher, () => new Date()) as unknown as {
  Query: { items: (parent: unknown, args: { filter?: { text?: string | null } | null; first?: number | null }) => { totalCount: number; edges: { node: { name: string } }[] } };
};
const items = (text: string | null) => resolvers.Query.items(undefined, { filter: { text }, first: 100 });

const extensionsOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: unknown }).extensions;
  }
  throw new Error('expected an error');
};

describe('items(filter: { text })', () => {
  it('refuses a text that reads as nothing, control characters included, rather than listing every item', () => {
    for (const text of ['', '   ', '\u0000', '\u0000\u0007\u200b', '，。']) {
      expect(extensionsOf(() => items(text)), JSON.stringify(text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text', reason: 'EMPTY' });
    }
  });

  it('searches the text as read: a NUL separates, it does not end the text', () => {
    expect(items('社保\u0000证明').totalCount).toBe(0);
    expect(items('\u0000社保证明\u0000').edges.map((edge) => edge.node.name)).toEqual(items('社保证明').edges.map((edge) => edge.node.name));
    expect(items('社保证明').totalCount).toBeGreaterThan(0);
  });

  it('measures the length of the text as read', () => {
    expect(items(`${'\u0000'.repeat(60)}社保证明`).totalCount).toBeGreaterThan(0);
    expect(extensionsOf(() => items('社'.repeat(51)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text', reason: 'TOO_LONG', max: 50 });
  });

  it('without a text, lists every item', () => {
    expect(items(null).totalCount).toBe(STANDARD_ITEMS.length);
  });
});

describe('division(code:)', () => {
  const division = (code: string) =>
    (resolvers as unknown as { Query: { division: (parent: unknown, args: { code: string }) => unknown } }).Query.division(undefined, { code });
  const refusal = (code: string): { message: string; extensions: unknown } => {
    try {
      division(code);
    } catch (error) {
      return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
    }
    throw new Error(`expected ${code} to be refused`);
  };

  it('answers a code of the table, current or retired', () => {
    expect(division('320583')).toMatchObject({ code: '320583', name: '江苏省苏州市昆山市', current: true });
    expect(division('320584')).toMatchObject({ current: false, successor: '320509' });
  });

  // The table holds only the divisions the federation serves: 常熟市 320581, 张家港市 320582,
  // the retired 平江区 320502 and 北京 东城区 110101 are valid codes (identity numbers carry them)
  // that it lacks. It used to say “行政区划代码 320581 不存在”, which makes a clerk doubt a valid code.
  it('says a valid code it lacks is not in the table (未收录), not that it does not exist', () => {
    const lacking: readonly (readonly [code: string, province: string])[] = [
      ['320581', '江苏省'],
      ['320582', '江苏省'],
      ['320502', '江苏省'],
      ['110101', '北京市'],
    ];
    for (const [code, province] of lacking) {
      const { message, extensions } = refusal(code);
      expect(extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code', id: code });
      expect(message).toContain(`行政区划代码 ${code} 未收录`);
      expect(message).toContain(`${province}的这一代码不在表中`);
      expect(message).toContain('未收录不代表代码无效');
      expect(message).not.toContain(`${code} 不存在`);
    }
  });

  it('says a code under no province-level division does not exist (the province list is complete)', () => {
    expect(refusal('990101')).toMatchObject({ message: '行政区划代码 990101 的省级代码 99 不存在', extensions: { code: 'NOT_FOUND', field: 'code' } });
  });

  it('refuses a code that is not six digits as malformed', () => {
    expect(refusal('32058').extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'FORMAT' });
  });
});
