import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST } from '@yrd/shared/publicServices/nationalNegativeList';
import { CatalogStore } from '../catalogStore.ts';
import { FAQS, SYNONYMS } from '../seed/knowledgeBase.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { STORY_ITEMS } from '../seed/storyItemCodes.ts';
import { knowledgeDocuments } from './knowledgeDocument.ts';
import { searchKnowledge } from './searchKnowledge.ts';

const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
store.knowledge.load(knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST));
afterAll(() => store.close());

const search = (text: string, more: { first?: number; after?: string; kinds?: ('ITEM' | 'MATERIAL' | 'FAQ' | 'NEGATIVE_LIST_ENTRY')[] } = {}) =>
  searchKnowledge(store.knowledge, SYNONYMS, { text, ...more });

function codeOf(error: unknown): unknown {
  return (error as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
}

describe('searchKnowledge', () => {
  it('finds company setup for the colloquial "开公司" (no item says 开公司)', () => {
    expect(STANDARD_ITEMS.some((item) => item.name.includes('开公司'))).toBe(false);
    const page = search('开公司', { kinds: ['ITEM'] });
    expect(page.readings).toContain('公司设立');
    expect(page.hits[0]?.itemCode).toBe(STORY_ITEMS.domesticCompanySetup);
  });

  it('finds the provident-fund certificate for "公积金贷款证明", marked', () => {
    const page = search('公积金贷款证明', { kinds: ['ITEM'] });
    expect(page.hits[0]?.itemCode).toBe(STORY_ITEMS.providentFundLoanCertificate);
    // The FAQs say 公积金异地贷款证明: a loose match, ranked after exact ones, still marked.
    const faq = search('公积金贷款证明', { kinds: ['FAQ'] });
    expect(faq.hits.length).toBeGreaterThanOrEqual(3);
    expect(faq.hits.every((hit) => /<mark>/.test(hit.highlightedTitle + hit.snippet))).toBe(true);
    const exactness = faq.hits.map((hit) => hit.exact);
    expect(exactness).toEqual([...exactness].sort((a, b) => Number(b) - Number(a)));
  });

  it('finds two-character terms below the trigram length ("社保")', () => {
    const page = search('社保', { first: 50 });
    expect(page.totalCount).toBeGreaterThan(3);
    expect(page.hits.some((hit) => hit.itemCode === STORY_ITEMS.socialInsuranceCertificate)).toBe(true);
    for (const hit of page.hits) expect(hit.highlightedTitle + hit.snippet, hit.id).toContain('<mark>社保</mark>');
  });

  it('ranks by relevance: a title match before a body-only match', () => {
    const page = search('异地就医', { first: 20 });
    const firstBodyOnly = page.hits.findIndex((hit) => !hit.highlightedTitle.includes('<mark>'));
    const lastTitle = page.hits.map((hit) => hit.highlightedTitle.includes('<mark>')).lastIndexOf(true);
    expect(lastTitle).toBeGreaterThanOrEqual(0);
    if (firstBodyOnly !== -1) expect(firstBodyOnly).toBeGreaterThan(0);
    const scores = page.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('pages through a ranking with cursors: no hit twice, none lost', () => {
    const all = search('证明', { first: 50 });
    expect(all.totalCount).toBeGreaterThan(12);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = search('证明', { first: 5, ...(after ? { after } : {}) });
      seen.push(...page.hits.map((hit) => hit.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen.slice(0, 50)).toEqual(all.hits.map((hit) => hit.id));
    expect(seen.length).toBe(all.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('finds negative-list entries by everyday activity words', () => {
    const page = search('买卖人体器官', { kinds: ['NEGATIVE_LIST_ENTRY'] });
    expect(page.hits[0]?.entryCode).toBe('101');
  });

  it('returns nothing (not everything) for text that occurs nowhere', () => {
    const page = search('量子纠缠');
    expect(page.totalCount).toBe(0);
    expect(page.hits).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('treats FTS5 syntax in the text as plain text', () => {
    // '-' and '.' survive normalisation and would break an unquoted FTS5 expression.
    for (const text of ['"社保', 'OR', 'NEAR(', '*', 'a AND b', "社保' --", 'abc-def', 'x.y.z']) expect(() => search(text)).not.toThrow();
  });

  it('rejects empty and over-long text, bad page sizes and cursors of another search', () => {
    expect(() => search('   ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'EMPTY' }) }));
    expect(() => search('证'.repeat(51))).toThrow(/50/);
    try {
      search('证明', { first: 51 });
      expect.unreachable();
    } catch (error) {
      expect(codeOf(error)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const cursor = search('证明', { first: 2 }).pageInfo.endCursor as string;
    expect(() => search('社保', { after: cursor })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'CURSOR_MISMATCH' }) }));
    expect(() => search('证明', { after: 'not-a-cursor' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CURSOR' }) }));
  });

  it('forgets the rankings it kept for paging when the knowledge base changes', () => {
    const changing = new CatalogStore(':memory:');
    try {
      changing.load(STANDARD_ITEMS);
      changing.knowledge.load(knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST));
      const before = searchKnowledge(changing.knowledge, SYNONYMS, { text: '证明', kinds: ['FAQ'] });
      expect(before.totalCount).toBeGreaterThan(0);
      changing.knowledge.load(knowledgeDocuments(STANDARD_ITEMS, [], NATIONAL_NEGATIVE_LIST));
      const after = searchKnowledge(changing.knowledge, SYNONYMS, { text: '证明', kinds: ['FAQ'] });
      expect(after.totalCount).toBe(0);
    } finally {
      changing.close();
    }
  });
});

describe('searchKnowledge reads the text as people write it', () => {
  const ids = (text: string, kinds?: ('ITEM' | 'MATERIAL' | 'FAQ' | 'NEGATIVE_LIST_ENTRY')[]) =>
    search(text, { first: 50, ...(kinds ? { kinds } : {}) }).hits.map((hit) => hit.id);

  it('traditional characters and variant words find what the simplified words find', () => {
    for (const [typed, standard] of [
      ['社會保險', '社会保险'],
      ['營業執照', '营业执照'],
      ['结婚證', '结婚证'],
      ['身份証', '身份证'],
      ['身分证', '身份证'],
      ['身分證', '身份证'],
    ] as const) {
      const found = search(typed, { first: 50 });
      expect(found.totalCount, typed).toBeGreaterThan(0);
      expect(found.hits.map((hit) => hit.id), typed).toEqual(ids(standard));
      expect(found.readings[0], typed).toBe(standard);
    }
  });

  it('an item’s 12-digit code finds the item', () => {
    const page = search(STORY_ITEMS.domesticCompanySetup);
    expect(page.hits.map((hit) => hit.itemCode)).toEqual([STORY_ITEMS.domesticCompanySetup]);
    expect(page.hits[0]?.kind).toBe('ITEM');
    expect(search('999999999999').totalCount).toBe(0);
  });

  it('a one-character typo is corrected when the text as typed finds nothing, and said so in the readings', () => {
    const page = search('公积全');
    expect(page.readings).toEqual(['公积金']);
    expect(page.totalCount).toBe(search('公积金').totalCount);
    // A text found as typed is never "corrected"; one that nothing is near stays empty.
    expect(search('公积金').readings).toEqual(['公积金']);
    expect(search('量子纠缠').totalCount).toBe(0);
  });

  it('words run together in another order are read as words', () => {
    const idCard = 'ITEM-070201001000';
    for (const text of ['身份证补办', '身份证补办费用', '补领身份证要钱吗', '补办身份证']) expect(ids(text), text).toContain(idCard);
    expect(search('补领身份证要钱吗').readings).toContain('补领 身份证 收费');
    // The fee is in the item's text, so that a question about money finds it.
    expect(search('身份证补办费用').hits[0]?.snippet).toMatch(/<mark>收费<\/mark>/);
    expect(ids('老人认证')).toContain('ITEM-200106001000');
    const utilities = ids('过户水电', ['ITEM']);
    expect(utilities).toEqual(expect.arrayContaining(['ITEM-200901001000', 'ITEM-200901002000']));
  });

  it('reads as words only when the text as typed finds nothing exactly, so working queries keep their hits', () => {
    expect(search('补办身份证').readings).toEqual(['补办身份证']);
    expect(search('公积金贷款证明').readings).not.toContain('公积金 贷款 证明');
  });

  it('quotes a name that holds quotes with the inner marks (“‘浙江制造’品字标企业奖励”), never doubled', () => {
    const page = search('浙江制造', { first: 50 });
    expect(page.totalCount).toBeGreaterThan(0);
    for (const hit of page.hits) expect(hit.snippet, hit.id).not.toMatch(/““|””|"<mark>|&quot;&quot;/);
    expect(page.hits.map((hit) => hit.snippet)).toContain('“‘<mark>浙江制造</mark>’品字标企业奖励”所需材料');
  });
});

describe('searchKnowledge reads a query as words before correcting it (tester findings)', () => {
  it.each([
    ['注销要多久', '注销'],
    ['公司注销要多久', '注销'],
    ['执照丢了', '执照'],
    ['营业执照丢了', '营业执照'],
  ])('%s: a word the index knows is never corrected into another', (text, word) => {
    const page = search(text);
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.readings.every((reading) => reading.includes(word)), JSON.stringify(page.readings)).toBe(true);
    expect(page.readings.join(' ')).not.toMatch(/注册|驾照/);
    expect(page.hits.map((hit) => hit.title)).not.toContain('外资公司注册要多久？什么行业不能投？');
  });

  it('the knowledge base’s hits for 注销 are found for 注销要多久', () => {
    const cancel = new Set(search('注销', { first: 50 }).hits.map((hit) => hit.id));
    const asked = search('注销要多久', { first: 50 }).hits.map((hit) => hit.id);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((id) => cancel.has(id))).toBe(true);
  });

  it.each(['执照丢了', '营业执照丢了', '公积全', '注销要多久', '身份正补办'])('%s: readings never carry punctuation', (text) => {
    for (const reading of search(text).readings) expect(reading, text).not.toMatch(/[\p{P}\p{S}]/u);
  });

  it.each([
    ['注销公司要什么材料', /注销/],
    ['开分公司要多久', /分公司/],
    ['在嘉善开分公司', /分公司|嘉善/],
    ['欠税能注销吗', /注销/],
    ['政策兑现', /兑现|政策/],
  ])('%s: an everyday question finds what the knowledge base has', (text, about) => {
    const page = search(text);
    expect(page.totalCount, JSON.stringify(page.readings)).toBeGreaterThan(0);
    expect(page.hits[0]?.title ?? '').toMatch(about);
  });

  it('a misspelling inside an unknown stretch is still corrected (公积全 → 公积金, 身份正 → 身份证)', () => {
    expect(search('公积全').readings).toEqual(['公积金']);
    expect(search('公积全证明').readings).toEqual(['公积金 证明']);
    expect(search('身份正补办').readings).toEqual(['身份证 补办']);
  });
});
