import { describe, expect, it } from 'vitest';
import { feeDepartures, feeProblems } from './feeProblems.ts';
import type { Fee } from './standardItem.ts';

const ID_CARD: Fee = {
  charged: true,
  amount: 2000,
  basis: '居民身份证工本费：申领、换领每证20元，丢失补领或损坏换领每证40元（发改价格〔2003〕2322号）',
  variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }],
};

describe('feeProblems', () => {
  it('accepts a fee whose every amount, ordinary or by circumstance, its basis states', () => {
    expect(feeProblems(ID_CARD)).toEqual([]);
    expect(feeProblems({ charged: false })).toEqual([]);
  });

  it('refuses an amount the basis does not set (the 40元 of a lost card under a basis saying only 20元)', () => {
    expect(feeProblems({ ...ID_CARD, basis: '居民身份证换领、补领工本费每证20元（发改价格〔2003〕2322号）' })).toEqual([
      'the amount for 丢失补领或损坏换领 (40元) is not stated in the basis',
    ]);
    expect(feeProblems({ ...ID_CARD, amount: 3000 })).toEqual(['the standard amount (30元) is not stated in the basis']);
  });

  it('takes an exemption (0元) as stated only where the basis says it is waived (免收)', () => {
    const poor = { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 };
    const waived = { ...ID_CARD, basis: `${ID_CARD.basis}；城市低保居民、农村特殊困难居民申领、换领的免收`, variants: [...(ID_CARD.variants ?? []), poor] };
    expect(feeProblems(waived)).toEqual([]);
    expect(feeProblems({ ...waived, basis: ID_CARD.basis })).toEqual([`the amount for ${poor.circumstance} (0元) is not stated in the basis`]);
  });

  it('refuses variants on a free item, repeated or unnamed circumstances and amounts that are no whole fen', () => {
    expect(feeProblems({ charged: false, variants: [{ circumstance: '丢失补领', amount: 4000 }] })).toEqual([
      'an item without a fee has no amounts by circumstance (variants)',
    ]);
    const twice = { ...ID_CARD, variants: [...(ID_CARD.variants ?? []), { circumstance: '丢失补领或损坏换领', amount: 4000 }] };
    expect(feeProblems(twice)).toContain('the circumstance 丢失补领或损坏换领 is listed twice');
    expect(feeProblems({ ...ID_CARD, variants: [{ circumstance: ' ', amount: 4000 }] })).toContain('a variant names no circumstance');
    expect(feeProblems({ ...ID_CARD, variants: [{ circumstance: '丢失补领', amount: 40.5 }] })).toContain('the amount for 丢失补领 must be a whole number of fen, 0 or more');
  });
});

describe('feeDepartures (a province against the standard)', () => {
  it('accepts the standard\'s amounts and lower ones', () => {
    expect(feeDepartures(ID_CARD, ID_CARD)).toEqual([]);
    expect(feeDepartures({ ...ID_CARD, amount: 0 }, ID_CARD)).toEqual([]);
  });

  it('refuses a circumstance dropped or invented, and an amount above the standard\'s', () => {
    expect(feeDepartures({ ...ID_CARD, variants: [] }, ID_CARD)).toEqual(['lists no amount for 丢失补领或损坏换领, which the standard sets']);
    expect(feeDepartures({ ...ID_CARD, variants: [{ circumstance: '加急', amount: 4000 }, { circumstance: '丢失补领或损坏换领', amount: 4000 }] }, ID_CARD)).toEqual([
      'the standard sets no amount for 加急',
    ]);
    expect(feeDepartures({ ...ID_CARD, amount: 2500, variants: [{ circumstance: '丢失补领或损坏换领', amount: 5000 }] }, ID_CARD)).toEqual([
      'charges 25.00 yuan, more than the standard\'s 20.00',
      'charges 50.00 yuan for 丢失补领或损坏换领, more than the standard\'s 40.00',
    ]);
  });
});
