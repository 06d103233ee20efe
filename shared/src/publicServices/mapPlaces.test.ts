import { describe, expect, it } from 'vitest';
import type { LocalImplementation } from '../provinceKit/localImplementation.ts';
import type { ProvinceConfig } from '../provinceKit/provinceConfig.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { mapPlacesOf } from './mapPlaces.ts';
import { DEFAULT_MAP_SCALE } from './mapScale.ts';
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

  it('is the same map for the same scale', () => {
    expect([...mapPlacesOf(config, DEFAULT_MAP_SCALE)]).toEqual(places);
  });
});
