import { recordsHeldBy } from '../fixtures/recordsHeldBy.ts';
import type { FixtureScale } from '../fixtures/fixtureScale.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { NativeRow, ProvinceStore } from './provinceStore.ts';

/**
 * Fills an empty province store with the province's share of the fixture world, written in
 * the province's native format exactly as its own systems would have written it.
 * Returns the number of records written (0 when the store already had data).
 */
export function seedProvinceStore(store: ProvinceStore, config: ProvinceConfig, scale: FixtureScale): number {
  if (!store.isEmpty()) return 0;
  function* rows(): Generator<NativeRow> {
    for (const record of recordsHeldBy(config.region.code, scale)) {
      yield { recordId: record.recordId, subjectId: record.subjectId, kind: record.kind, payload: config.nativeFormat.encode(record) };
    }
  }
  return store.insertAll(rows(), { scale: JSON.stringify(scale) });
}
