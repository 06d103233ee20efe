import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxOfDiscWithin, distanceMeters } from './geo.ts';

const SHANGHAI_EXTENT = { minLat: 30.68, maxLat: 31.87, minLng: 120.86, maxLng: 122.0 };

describe('boxOfDiscWithin', () => {
  it('never leaves out a point of the region within the radius', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 27, max: 36, noNaN: true }),
        fc.double({ min: 113, max: 124, noNaN: true }),
        fc.double({ min: 1_000, max: 900_000, noNaN: true }),
        fc.double({ min: SHANGHAI_EXTENT.minLat, max: SHANGHAI_EXTENT.maxLat, noNaN: true }),
        fc.double({ min: SHANGHAI_EXTENT.minLng, max: SHANGHAI_EXTENT.maxLng, noNaN: true }),
        (latitude, longitude, radius, placeLat, placeLng) => {
          const centre = { latitude, longitude };
          const place = { latitude: placeLat, longitude: placeLng };
          if (distanceMeters(centre, place) > radius) return;
          const box = boxOfDiscWithin(centre, radius, SHANGHAI_EXTENT);
          expect(box).toBeDefined();
          expect(placeLat).toBeGreaterThanOrEqual(box?.minLat ?? Infinity);
          expect(placeLat).toBeLessThanOrEqual(box?.maxLat ?? -Infinity);
          expect(placeLng).toBeGreaterThanOrEqual(box?.minLng ?? Infinity);
          expect(placeLng).toBeLessThanOrEqual(box?.maxLng ?? -Infinity);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('looks only at the near side of a region far away, and nowhere when the disc cannot reach it', () => {
    const box = boxOfDiscWithin({ latitude: 33, longitude: 119 }, 250_000, SHANGHAI_EXTENT);
    expect(box).toBeDefined();
    const area = ((box?.maxLat ?? 0) - (box?.minLat ?? 0)) * ((box?.maxLng ?? 0) - (box?.minLng ?? 0));
    const whole = (SHANGHAI_EXTENT.maxLat - SHANGHAI_EXTENT.minLat) * (SHANGHAI_EXTENT.maxLng - SHANGHAI_EXTENT.minLng);
    expect(area / whole).toBeLessThan(0.3);
    expect(boxOfDiscWithin({ latitude: 33, longitude: 119 }, 50_000, SHANGHAI_EXTENT)).toBeUndefined();
  });
});
