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
    expect(searchTerms(read)[0]).toBe('内资有限公司设立');
  });

  it('names the field and the reason of bad text', () => {
    expect(() => readSearchText('，。', synonyms)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'text', reason: 'EMPTY' }) }));
    expect(() => readSearchText('证'.repeat(51), synonyms)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'TOO_LONG' }) }));
    expect(readSearchText('证'.repeat(50), synonyms).readings).toHaveLength(1);
  });
});
