import { describe, expect, it } from 'vitest';
import { toSimplified } from './simplifiedChinese.ts';

describe('toSimplified', () => {
  it('reads traditional characters as simplified, phrase by phrase', () => {
    expect(toSimplified('社會保險')).toBe('社会保险');
    expect(toSimplified('營業執照')).toBe('营业执照');
    expect(toSimplified('開奶茶店')).toBe('开奶茶店');
    expect(toSimplified('结婚證')).toBe('结婚证');
    expect(toSimplified('身份証')).toBe('身份证');
    // 乾 is 干 in 乾杯 but stays in a name.
    expect(toSimplified('乾杯 乾隆')).toBe('干杯 乾隆');
  });

  it('reads variant words as the standard writes them, and leaves simplified text as it is', () => {
    expect(toSimplified('身分证')).toBe('身份证');
    expect(toSimplified('身分證丢了')).toBe('身份证丢了');
    expect(toSimplified('公积金帐户')).toBe('公积金账户');
    const standard = '居民身份证异地换领、补领（工本费20元）';
    expect(toSimplified(standard)).toBe(standard);
  });
});
