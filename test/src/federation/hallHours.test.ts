import { describe, expect, it } from 'vitest';
import anhui from '@yrd/anhui';
import jiangsu from '@yrd/jiangsu';
import shanghai from '@yrd/shanghai';
import zhejiang from '@yrd/zhejiang';
import { listedSchedule, weeklyHours } from '@yrd/shared/publicServices/listedHours';
import { mapPlacesOf } from '@yrd/shared/publicServices/mapPlaces';
import { DEFAULT_MAP_SCALE } from '@yrd/shared/publicServices/mapScale';

/**
 * One hall, one set of hours. The item guide (`item { implementations { hours places } }`) states
 * an implementation's hours for each place it lists; the 7×24 map publishes a hall's periods,
 * and `openNow` and queue numbers (PLACE_CLOSED) are read from those. Were they to differ — 嘉善县
 * 行政服务中心 listed from 8:30 while the map opened it at 09:00 — a citizen at the door at 08:40
 * would be told it is open by the guide and refused a number by the map. No federation is
 * booted: the map is generated from the same implementation list a province starts with.
 */
const PROVINCES = [shanghai, jiangsu, zhejiang, anhui];
/** Only the halls of the implementation list, none of the generated places. */
const LISTED_ONLY = { ...DEFAULT_MAP_SCALE, places: 0, terminals: 0 };

describe('hours of the halls an implementation list names', () => {
  it.each(PROVINCES.map((config) => [config.region.code, config] as const))('are the hours the map serves them in (%s)', (_, config) => {
    const halls = new Map([...mapPlacesOf(config, LISTED_ONLY)].map((place) => [place.name, place]));
    const disagreements: string[] = [];
    for (const implementation of config.implementations) {
      const listed = listedSchedule(implementation.hours);
      // A listing whose window hours cannot be read would agree with nothing: it must state some.
      expect(listed.hours.length, `${implementation.standardCode}: ${implementation.hours}`).toBeGreaterThan(0);
      for (const place of implementation.places) {
        const hall = halls.get(place.name);
        if (!hall) throw new Error(`${place.name} is not on ${config.region.code}'s map`);
        const onMap = weeklyHours(hall.hours).join(' | ');
        const inList = weeklyHours(listed.hours).join(' | ');
        if (onMap !== inList || hall.lunchService !== listed.lunchService) {
          disagreements.push(`${implementation.standardCode} ${place.name}: map ${onMap}${hall.lunchService ? '' : ' (午休)'}, list ${inList}${listed.lunchService ? '' : ' (午休)'} ← ${implementation.hours}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
