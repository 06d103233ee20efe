/** Distances on the earth's surface, good to a few metres at city scale. */
const EARTH_RADIUS_M = 6_371_008.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** Great-circle (haversine) distance in metres. */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box that contains every point within `radius` metres of `centre`. On the
 * sphere the disc reaches furthest east and west where its edge touches a meridian, at
 * asin(sin δ / cos φ) of longitude (δ the angular radius) — more than δ / cos φ, by about 0.1°
 * at 750 km: the planar figure left such points out of the box.
 */
export function boundingBox(centre: Point, radius: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const angular = radius / EARTH_RADIUS_M;
  const dLat = angular * (180 / Math.PI);
  const reach = Math.sin(Math.min(angular, Math.PI / 2)) / Math.max(Math.cos(toRadians(centre.latitude)), 0.01);
  const dLng = reach >= 1 ? 180 : Math.asin(reach) * (180 / Math.PI);
  return { minLat: centre.latitude - dLat, maxLat: centre.latitude + dLat, minLng: centre.longitude - dLng, maxLng: centre.longitude + dLng };
}

export interface LatLngBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLng: number;
  readonly maxLng: number;
}

/** Planar distances are exact enough for a search box within this radius, with the margin below. */
const PLANAR_LIMIT_M = 1_000_000;
const PLANAR_MARGIN = 1.05;

/**
 * A box that contains every point of `within` that lies no further than `radius` from `centre`:
 * the bounding box of the disc clipped to the region, so that a search from far outside a
 * province looks only at the province's near side. Undefined when they cannot meet.
 */
export function boxOfDiscWithin(centre: Point, radius: number, within: LatLngBox): LatLngBox | undefined {
  const around = boundingBox(centre, radius);
  const clipped = {
    minLat: Math.max(around.minLat, within.minLat),
    maxLat: Math.min(around.maxLat, within.maxLat),
    minLng: Math.max(around.minLng, within.minLng),
    maxLng: Math.min(around.maxLng, within.maxLng),
  };
  if (clipped.minLat > clipped.maxLat || clipped.minLng > clipped.maxLng) return undefined;
  if (radius > PLANAR_LIMIT_M) return clipped;
  // Local plane at the centre (metres per degree), the disc slightly enlarged to stay on the safe side.
  const metresPerDegreeLat = (Math.PI / 180) * EARTH_RADIUS_M;
  const minCos = Math.min(Math.cos(toRadians(clipped.minLat)), Math.cos(toRadians(clipped.maxLat)), Math.cos(toRadians(centre.latitude)));
  const metresPerDegreeLng = metresPerDegreeLat * Math.max(minCos, 0.01);
  const r = radius * PLANAR_MARGIN;
  // How far (in degrees) the disc reaches north–south at the band of longitudes, and east–west at the band of latitudes.
  const dxMin = clipped.minLng <= centre.longitude && centre.longitude <= clipped.maxLng
    ? 0
    : Math.min(Math.abs(clipped.minLng - centre.longitude), Math.abs(clipped.maxLng - centre.longitude)) * metresPerDegreeLng;
  const dyMin = clipped.minLat <= centre.latitude && centre.latitude <= clipped.maxLat
    ? 0
    : Math.min(Math.abs(clipped.minLat - centre.latitude), Math.abs(clipped.maxLat - centre.latitude)) * metresPerDegreeLat;
  if (dxMin > r || dyMin > r || Math.hypot(dxMin, dyMin) > r) return undefined;
  const halfLat = Math.sqrt(r * r - dxMin * dxMin) / metresPerDegreeLat;
  const halfLng = Math.sqrt(r * r - dyMin * dyMin) / metresPerDegreeLng;
  return {
    minLat: Math.max(clipped.minLat, centre.latitude - halfLat),
    maxLat: Math.min(clipped.maxLat, centre.latitude + halfLat),
    minLng: Math.max(clipped.minLng, centre.longitude - halfLng),
    maxLng: Math.min(clipped.maxLng, centre.longitude + halfLng),
  };
}
