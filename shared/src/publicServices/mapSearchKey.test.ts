import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMapSearchKey, parseMapSearchKey } from './mapSearchKey.ts';

describe('map search keys', () => {
  it('round-trip any point, item and count (to the metre-level precision of six decimals)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.stringMatching(/^\d{12}$/),
        fc.integer({ min: 1, max: 50 }),
        (latitude, longitude, itemCode, count) => {
          const parsed = parseMapSearchKey(encodeMapSearchKey({ latitude, longitude, itemCode, count }));
          expect(parsed?.itemCode).toBe(itemCode);
          expect(parsed?.count).toBe(count);
          expect(Math.abs((parsed?.latitude ?? Infinity) - latitude)).toBeLessThanOrEqual(5e-7);
          expect(Math.abs((parsed?.longitude ?? Infinity) - longitude)).toBeLessThanOrEqual(5e-7);
        },
      ),
    );
  });

  it('refuses keys the hub does not make', () => {
    for (const key of ['', '31,120,x,1', '91.000000,120.000000,200047001000,5', '31.000000,120.000000,200047001000,51', '31.000000,120.000000,a b,5']) {
      expect(parseMapSearchKey(key), key).toBeUndefined();
    }
  });
});
