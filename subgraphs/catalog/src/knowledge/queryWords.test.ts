import { describe, expect, it } from 'vitest';
import { queryWords, type Vocabulary } from './queryWords.ts';

const vocabularyOf = (...phrases: string[]): Vocabulary => {
  const pieces = new Set<string>();
  for (const phrase of phrases) {
    const chars = [...phrase];
    for (let start = 0; start < chars.length; start += 1) for (let end = start + 2; end <= chars.length; end += 1) pieces.add(chars.slice(start, end).join(''));
  }
  return { has: (word) => pieces.has(word), longestWord: 10 };
};

describe('queryWords', () => {
  const vocabulary = vocabularyOf('居民身份证异地换领', '补领', '补办身份证', '身份证要带什么', '水电过户');

  it('cuts words run together by longest match, in any order', () => {
    expect(queryWords('身份证补办', vocabulary)).toEqual(['身份证', '补办']);
    expect(queryWords('过户水电', vocabulary)).toEqual(['过户', '水电']);
  });

  it('reads colloquial words as the standard’s and drops filler, even where a longer piece of the index would swallow it', () => {
    expect(queryWords('补领身份证要钱吗', vocabulary)).toEqual(['补领', '身份证', '收费']);
    expect(queryWords('身份证补办费用', vocabulary)).toEqual(['身份证', '补办', '收费']);
    expect(queryWords('我想问一下怎么补办身份证呢', vocabulary)).toEqual(['问', '补办身份证']);
    expect(queryWords('怎么办吗', vocabulary)).toEqual([]);
  });

  it('keeps unknown characters together, and one alone with its neighbour (a typo is not two words)', () => {
    expect(queryWords('老人认证', vocabularyOf('资格认证'))).toEqual(['老人', '认证']);
    expect(queryWords('公积全', vocabularyOf('公积金'))).toEqual(['公积全']);
  });
});
