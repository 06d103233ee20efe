import { describe, expect, it } from 'vitest';
import { wholeNumberVariable } from './wholeNumberVariable.ts';

describe('a whole-number setting', () => {
  it('is the fallback when unset or empty, else the value', () => {
    expect(wholeNumberVariable({}, 'YRD_X', 7, 1)).toBe(7);
    expect(wholeNumberVariable({ YRD_X: '' }, 'YRD_X', 7, 1)).toBe(7);
    expect(wholeNumberVariable({ YRD_X: '12' }, 'YRD_X', 7, 1, 12)).toBe(12);
  });

  it('stops the process on a value that is not a whole number, or outside its range, naming the variable', () => {
    expect(() => wholeNumberVariable({ YRD_X: '1.5' }, 'YRD_X', 7, 1)).toThrow('YRD_X must be a whole number ≥ 1, got "1.5"');
    expect(() => wholeNumberVariable({ YRD_X: '0' }, 'YRD_X', 7, 1)).toThrow(RangeError);
    expect(() => wholeNumberVariable({ YRD_X: '13' }, 'YRD_X', 7, 1, 12)).toThrow('YRD_X must be a whole number from 1 to 12, got "13"');
  });
});
