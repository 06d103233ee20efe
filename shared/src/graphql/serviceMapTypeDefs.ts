import { isOpenAt } from '../publicServices/openingHours.ts';
import type { Clock } from '../time/clock.ts';
import { labelledEnumSdl } from './enumSdl.ts';

/**
 * Types of the 7×24 service map and queue numbers that the hub and every province declare
 * identically (value types are @shareable, so each subgraph may return them).
 */
export function serviceMapTypeDefs(): string {
  return [
    labelledEnumSdl('PlaceKind', { SERVICE_HALL: '政务服务大厅', WINDOW: '窗口', SELF_SERVICE_TERMINAL: '7×24小时自助服务终端' }),
    labelledEnumSdl('TicketStatus', { WAITING: '等候中', CALLED: '已叫号', CANCELLED: '已取消' }),
    `"Opening times on some weekdays (1 = Monday … 7 = Sunday), China Standard Time."
type OpeningPeriodView @shareable {
  weekdays: [Int!]!
  opens: String!
  closes: String!
}`,
    `"A place on the 7×24 service map, as a province's nearest-first search found it."
type MapPlaceHit @shareable {
  id: ID!
  region: Region!
  name: String!
  kind: PlaceKind!
  address: String!
  divisionCode: String!
  latitude: Float!
  longitude: Float!
  distanceMeters: Int!
  open24h: Boolean!
  "Served through the lunch hour (中午不间断)."
  lunchService: Boolean!
  hours: [OpeningPeriodView!]!
  "Open at the moment of the query (China Standard Time)."
  openNow: Boolean!
  phone: String
}`,
  ].join('\n\n');
}

/** Fields of MapPlaceHit computed where it is served (the same everywhere), by the halls' clock. */
export function mapPlaceHitResolvers(hallClock: Clock) {
  return {
    MapPlaceHit: {
      openNow: (hit: Parameters<typeof isOpenAt>[0]) => isOpenAt(hit, hallClock()),
    },
  };
}
