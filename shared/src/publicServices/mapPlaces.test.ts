import { describe, expect, it } from 'vitest';
import type { LocalImplementation } from '../provinceKit/localImplementation.ts';
import type { ProvinceConfig } from '../provinceKit/provinceConfig.ts';
import { MapStore } from '../provinceKit/mapStore.ts';
import { openProvinceDatabase } from '../provinceKit/provinceDatabase.ts';
import { REGIONS, requireRegion, type RegionCode } from '../regions/regionRegistry.ts';
import { centreOf, DIVISION_CENTRES, radiusKmOf } from './divisionCentres.ts';
import { distanceMeters, type Point } from './geo.ts';
import { mapPlacesOf } from './mapPlaces.ts';
import { hallIdsOf } from './hallIds.ts';
import { DEFAULT_MAP_SCALE, type MapScale } from './mapScale.ts';
import { isOpenAt } from './openingHours.ts';

/** Two halls of an implementation list, one serving through lunch (中午不间断), one keeping the break. */
const hall = (standardCode: string, name: string, hours: string) =>
  ({
    standardCode,
    hours,
    places: [{ name, address: `${name}地址`, divisionCode: '320509', phone: null }],
  }) as unknown as LocalImplementation;

const config = {
  region: requireRegion('JIANGSU'),
  implementations: [
    hall('000000000101', '吴江区政务服务中心', '周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00'),
    hall('000000000102', '吴江区社保中心', '周一至周五 9:00-12:00，13:30-17:00'),
    hall('000000000103', '吴江区公积金中心', '周一至周五 9:00-17:00'),
  ],
} as unknown as ProvinceConfig;

describe('the generated 7×24 map', () => {
  const places = [...mapPlacesOf(config, DEFAULT_MAP_SCALE)];
  const staffed = places.filter((place) => !place.open24h);

  it('publishes hours without the lunch break where a hall keeps one', () => {
    expect(staffed.some((place) => place.lunchService)).toBe(true);
    expect(staffed.some((place) => !place.lunchService)).toBe(true);
    expect(places.find((place) => place.name === '吴江区政务服务中心')).toMatchObject({
      lunchService: true,
      hours: [
        { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' },
        { weekdays: [6], opens: '09:00', closes: '12:00' },
      ],
    });
    expect(places.find((place) => place.name === '吴江区社保中心')).toMatchObject({
      lunchService: false,
      hours: [
        { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
        { weekdays: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
      ],
    });
    for (const place of staffed) {
      const spansLunch = place.hours.some((period) => period.opens < '13:30' && period.closes > '12:00' && period.weekdays.includes(3));
      expect(spansLunch, place.name).toBe(place.lunchService);
      // At 12:40 on a working Wednesday a place is open exactly where its published hours say so.
      expect(isOpenAt(place, new Date('2026-11-25T04:40:00Z')), place.name).toBe(spansLunch);
    }
  });

  it('gives its halls the ids an item guide names them by (hallIds.ts), so a guide leads to the queue', () => {
    const ids = hallIdsOf(config);
    expect([...ids.values()]).toEqual(['32-HALL-00001', '32-HALL-00002', '32-HALL-00003']);
    for (const [name, id] of ids) expect(places.find((place) => place.name === name)?.id, name).toBe(id);
  });

  it('is the same map for the same scale', () => {
    expect([...mapPlacesOf(config, DEFAULT_MAP_SCALE)]).toEqual(places);
  });
});

/** A province whose list has one item at one hall, so that every place of its map offers it. */
const ITEM = '000000000101';
const HALLS: Record<RegionCode, { name: string; divisionCode: string }> = {
  SHANGHAI: { name: '黄浦区行政服务中心', divisionCode: '310101' },
  JIANGSU: { name: '南京市政务服务中心', divisionCode: '320100' },
  ZHEJIANG: { name: '义乌市行政服务中心', divisionCode: '330782' },
  ANHUI: { name: '利辛县政务服务中心', divisionCode: '341623' },
};
const provinceOf = (region: RegionCode) =>
  ({
    region: requireRegion(region),
    implementations: [hall(ITEM, HALLS[region].name, '周一至周五 9:00-17:00')].map((implementation) => ({
      ...implementation,
      places: implementation.places.map((place) => ({ ...place, divisionCode: HALLS[region].divisionCode })),
    })),
  }) as unknown as ProvinceConfig;

const LARGER_SCALE: MapScale = { places: 600, terminals: 200, offeringsPerPlace: 5, localItems: 10 };

describe('where the generated places lie', () => {
  it('knows the centre and size of every division it places something in', () => {
    for (const [code, centre] of Object.entries(DIVISION_CENTRES)) {
      expect(centre.areaKm2, code).toBeGreaterThan(0);
      expect(centreOf(code)).toEqual({ latitude: centre.latitude, longitude: centre.longitude });
    }
    // 黄浦区 is about 20 km²: a disc of that size has a radius of about 2.6 km.
    expect(radiusKmOf('310101')).toBeCloseTo(2.55, 1);
  });

  it.each(REGIONS.map((region) => [region.code, region.code] as const))('puts every %s place within its division’s radius of its centre', (_name, region) => {
    for (const scale of [DEFAULT_MAP_SCALE, LARGER_SCALE]) {
      const places = [...mapPlacesOf(provinceOf(region), scale)];
      expect(places.length).toBe(1 + scale.places + scale.terminals);
      for (const place of places) {
        const centre = centreOf(place.divisionCode) as Point;
        const radiusMetres = (radiusKmOf(place.divisionCode) ?? 0) * 1000;
        expect(distanceMeters(centre, place), `${place.id} ${place.name} (${place.divisionCode})`).toBeLessThanOrEqual(radiusMetres);
      }
    }
  });

  it('keeps 黄浦’s generated places in 黄浦, not 25 km away', () => {
    const huangpu = [...mapPlacesOf(provinceOf('SHANGHAI'), LARGER_SCALE)].filter((place) => place.divisionCode === '310101');
    expect(huangpu.length).toBeGreaterThan(50);
    const latitudes = huangpu.map((place) => place.latitude);
    // The district spans about 31.19–31.25 N.
    expect(Math.min(...latitudes)).toBeGreaterThan(31.19);
    expect(Math.max(...latitudes)).toBeLessThan(31.26);
  });

  it.each([
    { spot: '外滩', at: { latitude: 31.2397, longitude: 121.4905 }, region: 'SHANGHAI', division: '310101' },
    { spot: '崇明东平国家森林公园', at: { latitude: 31.69, longitude: 121.47 }, region: 'SHANGHAI', division: '310151' },
    { spot: '南京新街口', at: { latitude: 32.0416, longitude: 118.7844 }, region: 'JIANGSU', division: '320100' },
    { spot: '义乌国际商贸城', at: { latitude: 29.3365, longitude: 120.1068 }, region: 'ZHEJIANG', division: '330782' },
    { spot: '利辛县城', at: { latitude: 33.1443, longitude: 116.208 }, region: 'ANHUI', division: '341623' },
  ] as const)('answers a nearest-place query at $spot with places of $division', ({ at, region, division }) => {
    for (const scale of [DEFAULT_MAP_SCALE, LARGER_SCALE]) {
      const store = new MapStore(openProvinceDatabase(':memory:'), region);
      store.load(mapPlacesOf(provinceOf(region), scale));
      const [first, second, third] = store.nearest(at, ITEM, 3);
      expect([first?.divisionCode, second?.divisionCode, third?.divisionCode]).toEqual([division, division, division]);
    }
  });
});
