import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMeters } from '../publicServices/geo.ts';
import { HALL_HOURS_WITH_SATURDAY, ROUND_THE_CLOCK, isOpenAt } from '../publicServices/openingHours.ts';
import type { MapPlace } from '../publicServices/servicePlace.ts';
import { MapStore } from './mapStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

function place(id: number, latitude: number, longitude: number, itemCodes: string[]): MapPlace {
  return {
    id: `P${id}`,
    region: 'ZHEJIANG',
    name: `place ${id}`,
    kind: 'SELF_SERVICE_TERMINAL',
    address: 'somewhere',
    divisionCode: '330421',
    latitude,
    longitude,
    open24h: true,
    lunchService: true,
    hours: ROUND_THE_CLOCK,
    phone: null,
    itemCodes,
  };
}

const arbitraryPlaces = fc.array(
  fc.record({
    latitude: fc.double({ min: 29, max: 33, noNaN: true }),
    longitude: fc.double({ min: 115, max: 123, noNaN: true }),
    items: fc.subarray(['A', 'B', 'C'], { minLength: 1 }),
  }),
  { minLength: 1, maxLength: 80 },
);

describe('MapStore.nearest', () => {
  // fewPlaces 0: always the expanding R*Tree box; 1000: always checking each offering place.
  it.each([0, 1_000])('equals a brute-force nearest-first search over every place offering the item (fewPlaces %i)', (fewPlaces) => {
    fc.assert(
      fc.property(
        arbitraryPlaces,
        fc.double({ min: 29, max: 33, noNaN: true }),
        fc.double({ min: 115, max: 123, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (specs, latitude, longitude, count) => {
          const store = new MapStore(openProvinceDatabase(':memory:'), 'ZHEJIANG', fewPlaces);
          const places = specs.map((spec, index) => place(index, spec.latitude, spec.longitude, spec.items));
          store.load(places);
          const from = { latitude, longitude };
          const expected = places
            .filter((candidate) => candidate.itemCodes.includes('A'))
            .map((candidate) => ({ id: candidate.id, distance: distanceMeters(from, candidate) }))
            .sort((a, b) => a.distance - b.distance)
            .slice(0, count);
          const found = store.nearest(from, 'A', count);
          expect(found.map((hit) => Math.round(distanceMeters(from, hit)))).toEqual(expected.map((hit) => Math.round(hit.distance)));
          expect(found.every((hit) => hit.itemCodes.includes('A'))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the nearest places of a widely offered item from a point thousands of kilometres away', () => {
    // Kashgar, about 3,500 km from the delta: the first search radius is already past the cap,
    // and the province's nearest corner (north-west) holds no place, so the first box is empty.
    const kashgar = { latitude: 39.47, longitude: 75.99 };
    const specs = [
      [27.0, 118.0],
      [31.0, 123.0],
      [29.0, 120.5],
      [28.5, 121.0],
      [29.5, 122.0],
    ] as const;
    const places = specs.map(([latitude, longitude], index) => place(index, latitude, longitude, ['A']));
    for (const fewPlaces of [0, 1_000]) {
      const store = new MapStore(openProvinceDatabase(':memory:'), 'ZHEJIANG', fewPlaces);
      store.load(places);
      const expected = places
        .map((candidate) => ({ id: candidate.id, distance: distanceMeters(kashgar, candidate) }))
        .sort((a, b) => a.distance - b.distance);
      expect(expected[0]?.distance).toBeGreaterThan(3_000_000);
      for (const count of [1, 3, 5, 10]) {
        const found = store.nearest(kashgar, 'A', count);
        expect(found.map((hit) => hit.id), `fewPlaces ${fewPlaces}, count ${count}`).toEqual(expected.slice(0, count).map((hit) => hit.id));
      }
    }
  });

  it('knows which place offers which item', () => {
    const store = new MapStore(openProvinceDatabase(':memory:'), 'ZHEJIANG');
    expect(store.isEmpty()).toBe(true);
    expect(store.load([place(1, 30.8, 120.9, ['A', 'B']), place(2, 30.9, 120.9, ['C'])])).toEqual({ places: 2, offerings: 3 });
    expect(store.offers('P1', 'B')).toBe(true);
    expect(store.offers('P2', 'B')).toBe(false);
    expect(store.offers('nowhere', 'B')).toBe(false);
    expect(store.placeById('P2')?.hours).toEqual(ROUND_THE_CLOCK);
    expect(store.nearest({ latitude: 30.8, longitude: 120.9 }, 'Z', 5)).toEqual([]);
  });

  it('publishes a hall’s hours without its lunch break, also where the map stored the whole day', () => {
    // A map generated before hours left the break out stored 09:00–17:00 beside lunch_service 0.
    const store = new MapStore(openProvinceDatabase(':memory:'), 'ZHEJIANG');
    const hall = (id: number, lunchService: boolean): MapPlace => ({
      ...place(id, 30.8 + id / 100, 120.9, ['A']),
      kind: 'SERVICE_HALL',
      open24h: false,
      lunchService,
      hours: HALL_HOURS_WITH_SATURDAY,
    });
    store.load([hall(1, false), hall(2, true)]);
    const lunchBreak = [
      { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
      { weekdays: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
      { weekdays: [6], opens: '09:00', closes: '12:00' },
    ];
    expect(store.placeById('P1')?.hours).toEqual(lunchBreak);
    expect(store.placeById('P2')?.hours).toEqual(HALL_HOURS_WITH_SATURDAY);
    const found = store.nearest({ latitude: 30.8, longitude: 120.9 }, 'A', 2);
    expect(found.map((hit) => [hit.id, hit.hours])).toEqual([
      ['P1', lunchBreak],
      ['P2', HALL_HOURS_WITH_SATURDAY],
    ]);
    // What it publishes is what it keeps: closed at 12:40 on a Wednesday, and the hours alone say
    // so — a client reading only them (as if every place served through lunch) reads the same.
    const lunch = new Date('2026-11-25T04:40:00Z');
    expect(found.map((hit) => isOpenAt(hit, lunch))).toEqual([false, true]);
    expect(found.map((hit) => isOpenAt({ ...hit, lunchService: true }, lunch))).toEqual([false, true]);
  });
});
