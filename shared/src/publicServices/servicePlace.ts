import type { RegionCode } from '../regions/regionRegistry.ts';

/**
 * 7×24 service map: where people can get an item done — service halls, windows inside them,
 * and 24-hour self-service terminals — with coordinates, opening hours and the items each
 * offers.
 */
export type PlaceKind = 'SERVICE_HALL' | 'WINDOW' | 'SELF_SERVICE_TERMINAL';

/** Opening times on some days of the week (1 = Monday … 7 = Sunday), China Standard Time. */
export interface OpeningPeriod {
  readonly weekdays: readonly number[];
  /** 'HH:MM' */
  readonly opens: string;
  /** 'HH:MM'; '24:00' for midnight. */
  readonly closes: string;
}

export interface MapPlace {
  /** Unique in the region, e.g. SH-HALL-0001. */
  readonly id: string;
  readonly region: RegionCode;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly address: string;
  readonly divisionCode: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Open around the clock (self-service terminals in 24-hour zones). */
  readonly open24h: boolean;
  /** Served through the lunch hour (中午不间断); otherwise closed 12:00–13:30. */
  readonly lunchService: boolean;
  /** The periods it serves in, the lunch break left out (see servedPeriods). */
  readonly hours: readonly OpeningPeriod[];
  readonly phone: string | null;
  /** Standard item codes handled here. */
  readonly itemCodes: readonly string[];
}
