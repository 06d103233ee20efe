import { describe, expect, it } from 'vitest';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';

describe('describeCharacter', () => {
  it('quotes visible characters and names invisible ones', () => {
    expect(describeCharacter('A')).toBe('“A”');
    expect(describeCharacter('壹')).toBe('“壹”');
    expect(describeCharacter(' ')).toBe('空格');
    expect(describeCharacter('\u3000')).toBe('全角空格');
    expect(describeCharacter('\t')).toBe('空白字符');
    expect(describeCharacter('\u200b')).toBe('不可见字符 U+200B');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointsOf('𠀀1')).toEqual(['𠀀', '1']);
  });
});
