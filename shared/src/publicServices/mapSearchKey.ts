/**
 * The key of one 7×24 map search, made by the hub and read by every province: the point, the
 * item and how many places each province should return ("31.15,120.92,200047001000,10").
 */
export interface MapSearch {
  readonly latitude: number;
  readonly longitude: number;
  readonly itemCode: string;
  readonly count: number;
}

export const MAX_MAP_RESULTS = 50;

export function encodeMapSearchKey(search: MapSearch): string {
  return [search.latitude.toFixed(6), search.longitude.toFixed(6), search.itemCode, search.count].join(',');
}

/** Undefined when the key is not one the hub makes. */
export function parseMapSearchKey(key: string): MapSearch | undefined {
  const match = /^(-?\d{1,2}\.\d{6}),(-?\d{1,3}\.\d{6}),(\w{1,20}),(\d{1,2})$/.exec(key);
  if (!match) return undefined;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  const count = Number(match[4]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || count < 1 || count > MAX_MAP_RESULTS) return undefined;
  return { latitude, longitude, itemCode: match[3] as string, count };
}
