import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fenToWanYuan, fenToYuan, wanYuanToFen, yuanToFen } from './money.ts';

describe('money', () => {
  it('converts yuan strings exactly', () => {
    expect(yuanToFen('1234.5')).toBe(123450);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('-3')).toBe(-300);
    expect(fenToYuan(123450)).toBe('1234.50');
    expect(fenToYuan(-7)).toBe('-0.07');
    expect(() => yuanToFen('1.234')).toThrow(/two decimals/);
    expect(() => yuanToFen('abc')).toThrow();
  });

  it('converts 万元 exactly', () => {
    expect(wanYuanToFen('150.5')).toBe(150_500_000);
    expect(fenToWanYuan(150_500_000)).toBe('150.5');
    expect(fenToWanYuan(1_000_000)).toBe('1');
  });

  it('round-trips any amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e14 }), (fen) => {
        expect(wanYuanToFen(fenToWanYuan(fen))).toBe(fen);
      }),
    );
  });
});
