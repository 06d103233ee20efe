import { badUserInput, notFound } from '@yrd/shared/graphql/errorCodes';
import { candidatesField } from '@yrd/shared/provinceKit/aggregateFields';
import { encodeMapSearchKey, MAX_MAP_RESULTS, parseMapSearchKey } from '@yrd/shared/publicServices/mapSearchKey';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { checkItemCode } from '@yrd/shared/standard/itemCode';
import type { CatalogContext } from '../catalogResolvers.ts';

interface PlaceHitRepresentation {
  readonly id: string;
  readonly distanceMeters: number;
}

type MapSearchRepresentation = { readonly key: string } & Readonly<Record<string, unknown>>;

function checkCoordinate(field: 'latitude' | 'longitude', value: number, limit: number): void {
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw badUserInput(field, `${field === 'latitude' ? '纬度' : '经度'}应在 -${limit} 到 ${limit} 之间（WGS-84 十进制度），收到 ${value}`, {
      reason: 'OUT_OF_RANGE',
    });
  }
}

function searchOf(key: string) {
  const search = parseMapSearchKey(key);
  if (!search) throw new Error(`malformed service map search key ${key}`);
  return search;
}

/**
 * 7×24 地图: the hub checks the question and makes it a key; every province answers with its
 * own nearest places (@requires), and the hub merges them nearest first — so a point in 青浦
 * finds the 吴江 and 嘉善 terminals across the border as readily as its own.
 */
export function serviceMapResolvers() {
  return {
    Query: {
      nearestServicePlaces: async (
        _: unknown,
        args: { latitude: number; longitude: number; itemCode: string; first?: number | null },
        context: CatalogContext,
      ) => {
        checkCoordinate('latitude', args.latitude, 90);
        checkCoordinate('longitude', args.longitude, 180);
        const first = args.first ?? 10;
        if (!Number.isInteger(first) || first < 1 || first > MAX_MAP_RESULTS) {
          throw badUserInput('first', `一次最多返回 ${MAX_MAP_RESULTS} 个地点，收到 ${first}`, { reason: 'OUT_OF_RANGE', max: MAX_MAP_RESULTS });
        }
        checkItemCode(args.itemCode, 'itemCode');
        if (!(await context.itemsByCode.load(args.itemCode))) throw notFound('标准事项', args.itemCode, 'itemCode');
        return { key: encodeMapSearchKey({ latitude: args.latitude, longitude: args.longitude, itemCode: args.itemCode, count: first }) };
      },
    },
    ServiceMapSearch: {
      __resolveReference: (reference: MapSearchRepresentation) => reference,
      latitude: (search: MapSearchRepresentation) => searchOf(search.key).latitude,
      longitude: (search: MapSearchRepresentation) => searchOf(search.key).longitude,
      item: (search: MapSearchRepresentation, _: unknown, context: CatalogContext) => context.itemsByCode.load(searchOf(search.key).itemCode),
      places: (search: MapSearchRepresentation) => {
        const answered = REGIONS.flatMap((region) => {
          const hits = search[candidatesField(region.subgraphName)];
          return Array.isArray(hits) ? (hits as PlaceHitRepresentation[]) : [];
        });
        return answered
          .sort((a, b) => a.distanceMeters - b.distanceMeters || a.id.localeCompare(b.id))
          .slice(0, searchOf(search.key).count);
      },
      unavailableRegions: (search: MapSearchRepresentation) =>
        REGIONS.filter((region) => !Array.isArray(search[candidatesField(region.subgraphName)])).map((region) => region.code),
    },
  };
}
