import { describe, expect, it } from 'vitest';
import { fee, feeVariant, yuan } from './format.ts';

describe('money at the console', () => {
  it('shows an amount in yuan with two decimals, read as written (never through a float)', () => {
    expect(yuan('40.00')).toBe('40.00 元');
    expect(yuan('550')).toBe('550.00 元');
    expect(yuan('10.5')).toBe('10.50 元');
    expect(yuan('007.10')).toBe('7.10 元');
    expect(yuan('90071992547409.93')).toBe('90071992547409.93 元');
    expect(yuan(20)).toBe('20.00 元');
  });

  it('shows an exemption (0) as 免收, and nothing known as —', () => {
    expect(yuan('0.00')).toBe('免收');
    expect(yuan('0')).toBe('免收');
    expect(yuan(0)).toBe('免收');
    expect(yuan(null)).toBe('—');
    expect(yuan(undefined)).toBe('—');
  });

  it('says each other circumstance of a fee with its amount', () => {
    expect(feeVariant({ circumstance: '丢失补领或损坏换领', amount: '40.00' })).toBe('丢失补领或损坏换领：40.00 元');
    expect(feeVariant({ circumstance: '小微企业（含个体工商户）申请', amount: '0.00' })).toBe('小微企业（含个体工商户）申请：免收');
    expect(feeVariant({ circumstance: '另增证书（每本加收）', amount: '10.00' })).toBe('另增证书（每本加收）：10.00 元');
  });

  it('keeps the ordinary fee as it was shown: amount, 元 and the basis', () => {
    expect(fee({ charged: true, amount: '20.00', basis: '发改价格〔2003〕2322号', variants: [] })).toBe('20.00 元（发改价格〔2003〕2322号）');
    expect(fee({ charged: false, amount: null, basis: '不收费', variants: [] })).toBe('不收费');
    expect(fee(null)).toBe('—');
  });
});
