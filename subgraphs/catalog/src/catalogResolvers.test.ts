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
