import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST } from '@yrd/shared/publicServices/nationalNegativeList';
import { CatalogStore } from '../catalogStore.ts';
import { marketAccess } from '../publicServices/marketAccess.ts';
import { FAQS, SYNONYMS } from '../seed/knowledgeBase.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { knowledgeDocuments } from './knowledgeDocument.ts';
import { searchKnowledge } from './searchKnowledge.ts';
import type { SearchText } from './searchText.ts';

const documents = knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST);
const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
store.knowledge.load(documents);
afterAll(() => store.close());

const search = (text: string) => searchKnowledge(store.knowledge, SYNONYMS, { text, first: 50 });
/** What a search found, in order, without the parts that echo the text. */
const found = (text: string) => {
  const page = search(text);
  return { totalCount: page.totalCount, hits: page.hits.map((hit) => [hit.id, hit.exact, hit.highlightedTitle, hit.snippet]) };
};
const access = (activity: string) => {
  const { verdict, entries, relatedEntries } = marketAccess(store.knowledge, SYNONYMS, activity);
  return { verdict, entries: entries.map((entry) => entry.code), related: relatedEntries.map((entry) => entry.code) };
};
const extensionsOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: unknown }).extensions;
  }
  throw new Error('expected an error');
};

/** Every C0 and C1 control character, NUL first. */
const CONTROLS = [...Array.from({ length: 0x20 }, (_, code) => code), ...Array.from({ length: 0x21 }, (_, at) => 0x7f + at)].map((code) =>
  String.fromCharCode(code),
);

describe('control and format characters in a search (FTS5 reads its query as a C string)', () => {
  it('a NUL or any other control character neither crashes a search nor changes what it finds', () => {
    const separated = found('社保 证明');
    expect(separated.totalCount).toBeGreaterThan(0);
    for (const control of CONTROLS) expect(found(`社保${control}证明`), JSON.stringify(control)).toEqual(separated);
    expect(found('社保证明\u0000')).toEqual(found('社保证明'));
    expect(search('社保\u0000证明').readings[0]).toBe('社保 证明');
  });

  it('a zero-width or other invisible character inside a word does not dodge the match', () => {
    const plain = found('公积金贷款证明');
    expect(plain.totalCount).toBeGreaterThan(0);
    expect(found('公积金\u200b贷款\u200d证明\ufeff')).toEqual(plain);
    expect(found('社\u00ad保')).toEqual(found('社保'));
  });

  it('text of nothing but control and format characters is empty input, for the field searched', () => {
    expect(extensionsOf(() => search('\u0000'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'EMPTY' });
    expect(extensionsOf(() => search('\u0000\u200b\u0007'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'EMPTY' });
    expect(extensionsOf(() => marketAccess(store.knowledge, SYNONYMS, '\u0000'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activity', reason: 'EMPTY' });
  });

  it('market access (the negative list) reads an activity with control characters as without them', () => {
    expect(() => access('a\u0000b')).not.toThrow();
    expect(access('a\u0000b')).toEqual(access('a b'));
    const organs = access('买卖人体器官');
    expect(organs.verdict).toBe('PROHIBITED');
    expect(access('买卖人体器官\u0000')).toEqual(organs);
    expect(access('买卖人体\u200b器官')).toEqual(organs);
    expect(access('买卖\u0000人体器官')).toEqual(access('买卖 人体器官'));
  });

  it('synonyms apply through control and format characters around the phrase', () => {
    // 开公司 is nowhere in the standard; its synonym reading 公司设立 is what finds the item.
    expect(search('\u0000开\u200b公司\u0000').readings).toEqual(search('开公司').readings);
    expect(found('\u0000开\u200b公司\u0000')).toEqual(found('开公司'));
  });

  it('the indexed documents hold no NUL, so neither does a term expanded from their vocabulary', () => {
    for (const document of documents) expect(`${document.title}${document.keywords}${document.body}`, document.id).not.toContain('\u0000');
  });

  it('a term with a NUL that bypassed readSearchText is refused by name, not as SQLite\u2019s "unterminated string"', () => {
    const forged = { normalized: '社保\u0000证明', readings: [['社保\u0000证明']] } as unknown as SearchText;
    expect(() => store.knowledge.search({ text: forged, offset: 0, limit: 10 })).toThrow(/cannot contain NUL/);
  });
});
