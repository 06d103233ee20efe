import { describe, expect, it } from 'vitest';
import { normalizeSearchText, readSearchText, searchTerms } from './searchText.ts';

const synonyms = [
  { phrase: '开公司', terms: ['公司设立', '内资有限公司设立'] },
  { phrase: '公司', terms: ['企业'] },
];

describe('readSearchText', () => {
  it('folds width and case and turns punctuation into separators', () => {
    expect(normalizeSearchText('  ＳＨ　社保，证明！ ')).toBe('sh 社保 证明');
  });

  it('reads the text itself first, then each synonym rewrite, longer phrases first', () => {
    const read = readSearchText('我想开公司 上海', synonyms);
    expect(read.readings).toEqual([
      ['我想开公司', '上海'],
      ['我想', '公司设立', '上海'],
      ['我想', '内资有限公司设立', '上海'],
      ['我想开', '企业', '上海'],
    ]);
    expect(searchTerms(read.readings)[0]).toBe('内资有限公司设立');
  });

  it('names the field and the reason of bad text', () => {
    expect(() => readSearchText('，。', synonyms)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'text', reason: 'EMPTY' }) }));
    expect(() => readSearchText('证'.repeat(51), synonyms)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'TOO_LONG' }) }));
    expect(readSearchText('证'.repeat(50), synonyms).readings).toHaveLength(1);
  });

  it('reads control characters as separators, like a tab', () => {
    expect(normalizeSearchText('社保\u0000证明')).toBe('社保 证明');
    expect(normalizeSearchText('\u0001社保\u001f\u007f\u0085\u009f证明\u0000')).toBe('社保 证明');
    // Half of a cut character (a lone surrogate) is not searchable either.
    expect(normalizeSearchText('社保\ud800证明\udfff')).toBe('社保 证明');
    expect(readSearchText('a\u0000b', synonyms, 'activity').readings).toEqual([['a', 'b']]);
  });

  it('drops invisible format characters, so a word split by them is still the word', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e', '\u202e']) {
      expect(normalizeSearchText(`社${invisible}保证明`), JSON.stringify(invisible)).toBe('社保证明');
    }
    // Synonyms still apply to a phrase with a zero-width space in it.
    expect(readSearchText('开\u200b公司', synonyms).readings).toContainEqual(['公司设立']);
  });

  it('refuses text of nothing but control and format characters as empty, naming the field', () => {
    for (const text of ['\u0000', '\u0000\u0001\u200b', '\ufeff\u200d', ' \u0000 ']) {
      expect(() => readSearchText(text, synonyms, 'activity'), JSON.stringify(text)).toThrow(
        expect.objectContaining({ message: 'activity: 请输入要搜索的内容', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'activity', reason: 'EMPTY' }) }),
      );
    }
  });
});
