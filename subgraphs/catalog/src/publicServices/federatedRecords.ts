import { heldRecordFromRepresentation } from '@yrd/shared/provinceKit/recordRepresentation';
import { REGIONS, type RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';

/**
 * Records every province returned for one entity the hub @requires them on: a field per
 * province, an array when it answered, absent or null when it did not.
 */
export interface FederatedRecords {
  readonly records: HeldRecord[];
  readonly unavailableRegions: RegionCode[];
}

const parsed = new WeakMap<object, FederatedRecords>();

/** The records of a representation (parsed once per representation: every field resolver asks). */
export function federatedRecords(representation: Readonly<Record<string, unknown>>, field: (subgraphName: string) => string): FederatedRecords {
  const known = parsed.get(representation);
  if (known) return known;
  const result = parseFederatedRecords(representation, field);
  parsed.set(representation, result);
  return result;
}

function parseFederatedRecords(representation: Readonly<Record<string, unknown>>, field: (subgraphName: string) => string): FederatedRecords {
  const records: HeldRecord[] = [];
  const unavailableRegions: RegionCode[] = [];
  for (const region of REGIONS) {
    const answer = representation[field(region.subgraphName)];
    if (!Array.isArray(answer)) {
      unavailableRegions.push(region.code);
      continue;
    }
    for (const item of answer as Record<string, unknown>[]) {
      const record = heldRecordFromRepresentation(item);
      if (record) records.push(record);
    }
  }
  return { records, unavailableRegions };
}

