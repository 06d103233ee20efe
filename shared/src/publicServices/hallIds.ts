import type { ProvinceConfig } from '../provinceKit/provinceConfig.ts';

/**
 * The 7×24 map's id of each service hall an implementation list names (32-HALL-00003), by hall
 * name: numbered in the order the halls first appear in the list. The map (mapPlaces.ts) gives
 * its halls these ids and an item guide names its places by them, so an app goes from a guide's
 * hall to takeQueueNumber(placeId:) without searching the map.
 */
export function hallIdsOf(config: ProvinceConfig): ReadonlyMap<string, string> {
  const known = HALL_IDS.get(config);
  if (known) return known;
  const ids = new Map<string, string>();
  for (const implementation of config.implementations) {
    for (const place of implementation.places) {
      if (!ids.has(place.name)) ids.set(place.name, `${config.region.divisionPrefix}-HALL-${String(ids.size + 1).padStart(5, '0')}`);
    }
  }
  HALL_IDS.set(config, ids);
  return ids;
}

/** Worked out once per province configuration (item guides ask on every request). */
const HALL_IDS = new WeakMap<ProvinceConfig, ReadonlyMap<string, string>>();
