import { describe, expect, it } from 'vitest';
import { maskResidentIdentityNumber } from './maskResidentIdentityNumber.ts';

describe('maskResidentIdentityNumber', () => {
  it('keeps the first 4 and last 4 characters of an 18-character number', () => {
    expect(maskResidentIdentityNumber('310101199001011234')).toBe('3101**********1234');
    expect(maskResidentIdentityNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks short or mistyped input completely', () => {
    expect(maskResidentIdentityNumber('110105491231002')).toBe('***************');
    expect(maskResidentIdentityNumber('1234')).toBe('****');
    expect(maskResidentIdentityNumber('')).toBe('');
  });

  it('keeps 4 + 4 of longer input', () => {
    expect(maskResidentIdentityNumber('11010519491231002X1')).toBe('1101***********02X1');
  });
});
