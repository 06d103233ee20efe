import { SeededRandom } from '../fixtures/seededRandom.ts';
import { divisionsOf, shortPlaceName } from '../fixtures/fixtureIdentities.ts';
import type { ProvinceConfig } from '../provinceKit/provinceConfig.ts';
import { centreOf, radiusKmOf } from './divisionCentres.ts';
import type { MapScale } from './mapScale.ts';
import { HALL_HOURS, HALL_HOURS_WITH_SATURDAY, ROUND_THE_CLOCK, servedPeriods } from './openingHours.ts';
import type { MapPlace } from './servicePlace.ts';
import { hallIdsOf } from './hallIds.ts';

/**
 * A province's 7×24 service map: the halls its implementation list names (each offering the
 * items listed there), then generated community service centres, windows and 24-hour
 * self-service terminals around every county, deterministic for a scale. Every place lies in
 * its division, near its centre by the division's size (divisionCentres.ts). A hall's hours are
 * the periods it serves in: without lunch-time service, its day is split around the lunch break.
 */
const KM_IN_DEGREES = 1 / 111;

/**
 * How far from its division's centre a generated place may lie, as a share of the division's
 * radius (of a disc as large as the division): an irregular division's equal disc around an
 * approximate centre reaches over its border, half of it stays inside.
 */
export const PLACE_SPREAD = 0.5;
/** A named hall is near its division's centre: within this distance, or the spread if smaller. */
const HALL_SPREAD_KM = 3;

function hashOf(text: string): number {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** How far (km) the places of a division spread around its centre. */
export function spreadKmOf(divisionCode: string): number | undefined {
  const radius = radiusKmOf(divisionCode);
  return radius === undefined ? undefined : radius * PLACE_SPREAD;
}

/** A point near a division's centre, `spreadKm` at most away, stable for a name. */
function near(divisionCode: string, random: SeededRandom, spreadKm: number): { latitude: number; longitude: number } {
  const centre = centreOf(divisionCode);
  if (centre === undefined) throw new Error(`division ${divisionCode} has no centre in divisionCentres.ts; a service place there cannot be put on the map`);
  const angle = random.next() * 2 * Math.PI;
  const distance = Math.sqrt(random.next()) * spreadKm * KM_IN_DEGREES;
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    latitude: round(centre.latitude + distance * Math.sin(angle)),
    longitude: round(centre.longitude + (distance * Math.cos(angle)) / Math.cos((centre.latitude * Math.PI) / 180)),
  };
}

/** A point among the division's places: within its spread of the centre. */
function within(divisionCode: string, random: SeededRandom, limitKm = Number.POSITIVE_INFINITY): { latitude: number; longitude: number } {
  return near(divisionCode, random, Math.min(limitKm, spreadKmOf(divisionCode) ?? 0));
}

export function* mapPlacesOf(config: ProvinceConfig, scale: MapScale, seed = 20_190_522): Generator<MapPlace> {
  const region = config.region;
  const prefix = region.divisionPrefix;
  const offered = config.implementations.map((implementation) => implementation.standardCode);

  // The halls of the implementation list, with the items it handles at each.
  const halls = new Map<string, { place: (typeof config.implementations)[number]['places'][number]; hours: string; items: Set<string> }>();
  for (const implementation of config.implementations) {
    for (const place of implementation.places) {
      const entry = halls.get(place.name) ?? { place, hours: implementation.hours, items: new Set<string>() };
      entry.items.add(implementation.standardCode);
      halls.set(place.name, entry);
    }
  }
  const hallIds = hallIdsOf(config);
  for (const { place, hours, items } of halls.values()) {
    const random = new SeededRandom(seed ^ hashOf(place.name));
    const lunchService = /中午不间断|午间不间断|无午休/.test(hours);
    yield {
      id: hallIds.get(place.name) as string,
      region: region.code,
      name: place.name,
      kind: 'SERVICE_HALL',
      address: place.address,
      divisionCode: place.divisionCode,
      ...within(place.divisionCode, random, HALL_SPREAD_KM),
      open24h: false,
      lunchService,
      hours: servedPeriods({ open24h: false, lunchService, hours: /周六/.test(hours) ? HALL_HOURS_WITH_SATURDAY : HALL_HOURS }),
      phone: place.phone,
      itemCodes: [...items],
    };
  }

  // Generated places, spread over the counties of the province.
  const divisions = divisionsOf(region).filter((division) => centreOf(division.code));
  const random = new SeededRandom(seed ^ hashOf(`map:${region.code}`));
  const localItems = Array.from({ length: scale.localItems }, (_, i) => `${prefix}L${String(i + 1).padStart(10, '0')}`);
  const pickItems = (count: number, pool: readonly string[]) => {
    const chosen = new Set<string>();
    const wanted = Math.min(count, pool.length);
    while (chosen.size < wanted) chosen.add(random.pick(pool));
    return [...chosen];
  };
  const all = [...offered, ...localItems];
  for (let i = 0; i < scale.places; i++) {
    const division = divisions[i % divisions.length];
    if (!division) break;
    const isWindow = i % 5 === 4;
    const place = shortPlaceName(division.name);
    const name = isWindow ? `${place}政务服务中心长三角通办专窗（${i + 1}号）` : `${place}第${i + 1}社区事务受理服务中心`;
    // Every place offers some of the province's standard items (most of them the cross-region ones).
    const standard = pickItems(Math.max(3, Math.round(scale.offeringsPerPlace * 0.4)), offered);
    const address = `${division.name}${random.pick(['人民路', '中山路', '建设路', '长江路', '文化路', '园区大道'])}${random.int(1, 999)}号`;
    const location = within(division.code, random);
    const lunchService = random.chance(0.5);
    yield {
      id: `${prefix}-${isWindow ? 'WIN' : 'CTR'}-${String(i + 1).padStart(6, '0')}`,
      region: region.code,
      name,
      kind: isWindow ? 'WINDOW' : 'SERVICE_HALL',
      address,
      divisionCode: division.code,
      ...location,
      open24h: false,
      lunchService,
      hours: servedPeriods({ open24h: false, lunchService, hours: random.chance(0.4) ? HALL_HOURS_WITH_SATURDAY : HALL_HOURS }),
      phone: null,
      itemCodes: [...new Set([...standard, ...pickItems(scale.offeringsPerPlace - standard.length, all)])],
    };
  }
  for (let i = 0; i < scale.terminals; i++) {
    const division = divisions[(i * 7) % divisions.length];
    if (!division) break;
    yield {
      id: `${prefix}-TRM-${String(i + 1).padStart(6, '0')}`,
      region: region.code,
      name: `${shortPlaceName(division.name)}7×24小时自助服务终端（${random.pick(['银行网点', '商场', '社区', '地铁站', '政务大厅外'])}${i + 1}号）`,
      kind: 'SELF_SERVICE_TERMINAL',
      address: `${division.name}${random.pick(['人民路', '中山路', '解放路', '南京路', '和平路'])}${random.int(1, 999)}号`,
      divisionCode: division.code,
      ...within(division.code, random),
      open24h: true,
      lunchService: true,
      hours: ROUND_THE_CLOCK,
      phone: null,
      itemCodes: pickItems(Math.max(2, Math.round(scale.offeringsPerPlace / 3)), offered),
    };
  }
}
