import { describe, expect, it } from 'vitest';
import { distanceMeters } from './geo.ts';
import { HALL_HOURS, HALL_HOURS_WITH_SATURDAY, isOpenAt } from './openingHours.ts';

describe('opening hours (CST)', () => {
  const hall = { open24h: false, lunchService: false, hours: HALL_HOURS };
  it('follows the weekday hours in China, whatever the server zone', () => {
    expect(isOpenAt(hall, new Date('2026-11-26T02:00:00Z'))).toBe(true); // Thu 10:00
    expect(isOpenAt(hall, new Date('2026-11-26T10:00:00Z'))).toBe(false); // Thu 18:00
    expect(isOpenAt(hall, new Date('2026-11-28T02:00:00Z'))).toBe(false); // Sat 10:00
    expect(isOpenAt({ ...hall, hours: HALL_HOURS_WITH_SATURDAY }, new Date('2026-11-28T02:00:00Z'))).toBe(true);
  });
  it('closes for lunch unless the hall serves through it; terminals never close', () => {
    const lunch = new Date('2026-11-26T04:30:00Z'); // 12:30
    expect(isOpenAt(hall, lunch)).toBe(false);
    expect(isOpenAt({ ...hall, lunchService: true }, lunch)).toBe(true);
    expect(isOpenAt({ open24h: true, lunchService: false, hours: [] }, new Date('2026-11-29T19:00:00Z'))).toBe(true);
  });
});

describe('distances', () => {
  it('measures the demonstration zone: 青浦 to 嘉善 is about 36 km', () => {
    const d = distanceMeters({ latitude: 31.151, longitude: 121.124 }, { latitude: 30.8307, longitude: 120.9262 });
    expect(d).toBeGreaterThan(35_000);
    expect(d).toBeLessThan(42_000);
  });
});
