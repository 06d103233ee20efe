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
    labelledEnumSdl('TicketStatus', { WAITING: '等候中', CALLED: '已叫号', CANCELLED: '已取消', EXPIRED: '已过号（当日未叫号）' }),
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
  "Served through the lunch hour (中午不间断); otherwise closed 12:00–13:30, which hours leave out."
  lunchService: Boolean!
  "The periods the place serves in. A hall without lunch-time service has its day split around the lunch break (09:00–12:00 and 13:30–17:00), so a working day's openNow is true exactly within these periods; public holidays close the halls, and a weekend day worked in exchange (调休上班) keeps Monday's periods."
  hours: [OpeningPeriodView!]!
  "Open at the moment of the query (China Standard Time), read from hours and the national holiday calendar."
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
