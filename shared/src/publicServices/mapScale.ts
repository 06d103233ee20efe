import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';

/**
 * How many places the generated service map has in each province. The default is small for
 * start-up; the benchmark loads Anhui's published scale: about 23,000 service places, 6,000
 * self-service terminals and 1.91 million item offerings.
 */
export interface MapScale {
  readonly places: number;
  readonly terminals: number;
  readonly offeringsPerPlace: number;
  /** Province-only items (not in the standard) the places also offer. */
  readonly localItems: number;
}

export const DEFAULT_MAP_SCALE: MapScale = { places: 40, terminals: 15, offeringsPerPlace: 20, localItems: 60 };
// 23,000 × 77 + 6,000 × 26 ≈ 1.93 million offerings.
export const ANHUI_PUBLISHED_SCALE: MapScale = { places: 23_000, terminals: 6_000, offeringsPerPlace: 77, localItems: 2_000 };

export function mapScaleFromEnvironment(env: NodeJS.ProcessEnv = process.env): MapScale {
  const read = (name: string, fallback: number) => wholeNumberVariable(env, name, fallback, 0);
  return {
    places: read('YRD_MAP_PLACES', DEFAULT_MAP_SCALE.places),
    terminals: read('YRD_MAP_TERMINALS', DEFAULT_MAP_SCALE.terminals),
    offeringsPerPlace: read('YRD_MAP_OFFERINGS', DEFAULT_MAP_SCALE.offeringsPerPlace),
    localItems: read('YRD_MAP_LOCAL_ITEMS', DEFAULT_MAP_SCALE.localItems),
  };
}
