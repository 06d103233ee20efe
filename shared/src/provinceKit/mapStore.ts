import { boundingBox, boxOfDiscWithin, distanceMeters, type LatLngBox, type Point } from '../publicServices/geo.ts';
import { servedPeriods } from '../publicServices/openingHours.ts';
import type { MapPlace, OpeningPeriod, PlaceKind } from '../publicServices/servicePlace.ts';
import type { RegionCode } from '../regions/regionRegistry.ts';
import type { SqliteDatabase } from '../store/openDatabase.ts';

/**
 * A province's part of the 7×24 service map: places in an R*Tree for nearest-first search,
 * and which items each offers. Loaded once from the generator; read-only afterwards.
 */
export interface PlaceHit extends MapPlace {
  readonly distanceMeters: number;
}

interface PlaceRow {
  seq: number;
  id: string;
  kind: string;
  name: string;
  address: string;
  division_code: string;
  latitude: number;
  longitude: number;
  open24h: number;
  lunch_service: number;
  hours: string;
  phone: string | null;
}

interface LocatedRow {
  seq: number;
  latitude: number;
  longitude: number;
}

const MIN_RADIUS_M = 1_000;
const MAX_RADIUS_M = 3_000_000;
/** An item offered at no more places than this is searched by checking each of them. */
const FEW_PLACES = 3_000;

export class MapStore {
  private readonly inBox;
  private readonly offeredAt;
  private readonly offeringCount;
  private readonly bySeq;
  private readonly byId;
  private readonly offeringCounts = new Map<string, number>();
  private extent: LatLngBox | undefined;
  private readonly offerings;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly region: RegionCode,
    /** An item offered at no more places than this is searched by checking each of them. */
    private readonly fewPlaces = FEW_PLACES,
  ) {
    // The R*Tree drives (CROSS JOIN fixes the order): places in the box, then whether each offers the item.
    this.inBox = db.prepare<[number, number, number, number, string], LocatedRow>(
      `SELECT l.seq AS seq, l.latitude AS latitude, l.longitude AS longitude
         FROM map_place_location AS l CROSS JOIN map_offering AS o
        WHERE l.max_lat >= ? AND l.min_lat <= ? AND l.max_lng >= ? AND l.min_lng <= ?
          AND o.item_code = ? AND o.place_seq = l.seq`,
    );
    this.offeredAt = db.prepare<[string], LocatedRow>(
      `SELECT l.seq AS seq, l.latitude AS latitude, l.longitude AS longitude
         FROM map_offering AS o CROSS JOIN map_place_location AS l
        WHERE o.item_code = ? AND l.seq = o.place_seq`,
    );
    this.offeringCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM map_offering WHERE item_code = ?');
    this.bySeq = db.prepare<[number], PlaceRow>('SELECT * FROM map_place WHERE seq = ?');
    this.byId = db.prepare<[string], PlaceRow>('SELECT * FROM map_place WHERE id = ?');
    this.offerings = db.prepare<[number], { item_code: string }>('SELECT item_code FROM map_offering WHERE place_seq = ?');
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM map_place LIMIT 1').get() === undefined;
  }

  /** Loads places in one transaction; returns how many places and offerings it wrote. */
  load(places: Iterable<MapPlace>): { places: number; offerings: number } {
    this.offeringCounts.clear();
    this.extent = undefined;
    const insertPlace = this.db.prepare(
      `INSERT INTO map_place (id, kind, name, address, division_code, latitude, longitude, open24h, lunch_service, hours, phone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertLocation = this.db.prepare('INSERT INTO map_place_location (seq, min_lat, max_lat, min_lng, max_lng, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertOffering = this.db.prepare('INSERT OR IGNORE INTO map_offering (item_code, place_seq) VALUES (?, ?)');
    let placeCount = 0;
    let offeringCount = 0;
    this.db.transaction(() => {
      for (const place of places) {
        const { lastInsertRowid } = insertPlace.run(
          place.id,
          place.kind,
          place.name,
          place.address,
          place.divisionCode,
          place.latitude,
          place.longitude,
          place.open24h ? 1 : 0,
          place.lunchService ? 1 : 0,
          JSON.stringify(place.hours),
          place.phone,
        );
        insertLocation.run(lastInsertRowid, place.latitude, place.latitude, place.longitude, place.longitude, place.latitude, place.longitude);
        for (const itemCode of place.itemCodes) offeringCount += insertOffering.run(itemCode, lastInsertRowid).changes;
        placeCount++;
      }
    })();
    return { places: placeCount, offerings: offeringCount };
  }

  /**
   * The nearest `count` places offering an item. An item offered at few places: measure each.
   * Otherwise search a box around the point that grows until it holds enough places within its
   * own radius (so none nearer can lie outside it), or, grown past MAX_RADIUS_M beyond the
   * province's edge, measure each after all. Full rows are read for the winners only.
   */
  nearest(from: Point, itemCode: string, count: number): PlaceHit[] {
    const rank = (rows: readonly LocatedRow[]) =>
      rows.map((row) => ({ seq: row.seq, distance: distanceMeters(from, row) })).sort((a, b) => a.distance - b.distance || a.seq - b.seq);
    const offered = this.offeringsOf(itemCode);
    let ranked: { seq: number; distance: number }[] = [];
    if (offered <= this.fewPlaces) {
      ranked = rank(this.offeredAt.all(itemCode));
    } else if (offered > 0) {
      const { outside, reach: firstReach } = this.startingReach(from, offered, count);
      for (let reach = firstReach; ; reach *= 2) {
        const radius = outside + reach;
        const box = this.extent ? boxOfDiscWithin(from, radius, this.extent) : boundingBox(from, radius);
        ranked = box
          ? rank(this.inBox.all(box.minLat, box.maxLat, box.minLng, box.maxLng, itemCode)).filter(({ distance }) => distance <= radius)
          : [];
        if (ranked.length >= count) break;
        // The cap bounds how far the box grows beyond the province's edge, not the radius: a
        // point far outside (Kashgar is 3,500 km from the delta) starts past any radius cap.
        // Past it, ranking every offering place is exact and no dearer than a box that big.
        if (reach >= MAX_RADIUS_M) {
          ranked = rank(this.offeredAt.all(itemCode));
          break;
        }
      }
    }
    return ranked.slice(0, count).map(({ seq, distance }) => ({ ...this.toPlace(this.bySeq.get(seq) as PlaceRow), distanceMeters: Math.round(distance) }));
  }

  /** How many places offer an item (cached: the map is read-only once loaded). */
  private offeringsOf(itemCode: string): number {
    let known = this.offeringCounts.get(itemCode);
    if (known === undefined) {
      known = this.offeringCount.get(itemCode)?.n ?? 0;
      this.offeringCounts.set(itemCode, known);
    }
    return known;
  }

  /**
   * Where the growing search starts: how far the point is from the province's places at all
   * (the box grows beyond that distance, not from the point), and half the radius that holds
   * about `count` of the item's places were they spread evenly — so a point far outside the
   * province, or an item offered sparsely, does not start from 1 km nor overshoot.
   */
  private startingReach(from: Point, offered: number, count: number): { outside: number; reach: number } {
    this.extent ??= this.db
      .prepare<[], { minLat: number; maxLat: number; minLng: number; maxLng: number }>(
        'SELECT min(min_lat) AS minLat, max(max_lat) AS maxLat, min(min_lng) AS minLng, max(max_lng) AS maxLng FROM map_place_location',
      )
      .get();
    const extent = this.extent;
    if (!extent || extent.minLat === null) return { outside: 0, reach: MIN_RADIUS_M };
    const nearestInExtent = {
      latitude: Math.min(Math.max(from.latitude, extent.minLat), extent.maxLat),
      longitude: Math.min(Math.max(from.longitude, extent.minLng), extent.maxLng),
    };
    const outside = distanceMeters(from, nearestInExtent);
    const area =
      distanceMeters({ latitude: extent.minLat, longitude: extent.minLng }, { latitude: extent.maxLat, longitude: extent.minLng }) *
      distanceMeters({ latitude: extent.minLat, longitude: extent.minLng }, { latitude: extent.minLat, longitude: extent.maxLng });
    const spread = Math.sqrt((count * area) / (Math.PI * offered));
    return { outside, reach: Math.max(MIN_RADIUS_M, spread / 2) };
  }

  placeById(id: string): MapPlace | undefined {
    const row = this.byId.get(id);
    return row ? this.toPlace(row) : undefined;
  }

  offers(placeId: string, itemCode: string): boolean {
    const row = this.byId.get(placeId);
    return row !== undefined && this.offerings.all(row.seq).some((offering) => offering.item_code === itemCode);
  }

  /**
   * A place as stored. Its hours are the periods it serves in: a map generated before hours left
   * the lunch break out stored a hall's whole day (09:00–17:00) beside lunch_service 0, and is
   * read with the break cut out, as `openNow` and the next opening read it.
   */
  private toPlace(row: PlaceRow): MapPlace {
    const open24h = row.open24h === 1;
    const lunchService = row.lunch_service === 1;
    return {
      id: row.id,
      region: this.region,
      kind: row.kind as PlaceKind,
      name: row.name,
      address: row.address,
      divisionCode: row.division_code,
      latitude: row.latitude,
      longitude: row.longitude,
      open24h,
      lunchService,
      hours: servedPeriods({ open24h, lunchService, hours: JSON.parse(row.hours) as OpeningPeriod[] }),
      phone: row.phone,
      itemCodes: this.offerings.all(row.seq).map((offering) => offering.item_code),
    };
  }
}
