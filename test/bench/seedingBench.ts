import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProvinces } from '@yrd/gateway/launcher/loadProvinces';
import { DEFAULT_SCALE, type FixtureScale } from '@yrd/shared/fixtures/fixtureScale';
import { recordsHeldBy } from '@yrd/shared/fixtures/recordsHeldBy';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { ProvinceStore, type NativeRow } from '@yrd/shared/provinceKit/provinceStore';
import { seedProvinceStore } from '@yrd/shared/provinceKit/seedProvinceStore';
import type { BenchReport } from './benchReport.ts';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';

/**
 * Where a province's first start spends its seeding time, at the benchmark scale (YRD_BENCH_PEOPLE,
 * YRD_BENCH_ENTERPRISES; 100,000 and 20,000 by default), one province at a time in this process:
 * generating the fixture world and keeping the province's share, encoding those records in the
 * province's native format, and writing them to SQLite. Each province process generates the
 * whole world to find its share, so the four together do that part four times.
 */
export async function seedingBench(): Promise<BenchReport> {
  const scale: FixtureScale = {
    people: wholeNumberVariable(process.env, 'YRD_BENCH_PEOPLE', 100_000, 1),
    enterprises: wholeNumberVariable(process.env, 'YRD_BENCH_ENTERPRISES', 20_000, 1),
    seed: DEFAULT_SCALE.seed,
  };
  const provinces = await loadProvinces();
  const dir = mkdtempSync(join(tmpdir(), 'yrd-seed-bench-'));
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  let generationTotal = 0;
  let seedTotal = 0;
  let slowestSeed = 0;
  try {
    // Warm the generator, encoders and SQLite up at a small scale first, so the first province measured is not the JIT's.
    for (const province of provinces) {
      const db = openProvinceDatabase(join(dir, `warm-${province.region.subgraphName}.sqlite`));
      seedProvinceStore(new ProvinceStore(db), province, { ...scale, people: 2_000, enterprises: 400 });
      db.close();
    }
    for (const province of provinces) {
      const name = province.region.subgraphName;
      // One pass, timed by phase: the generator (the world, filtered to the province), the encoder, then SQLite.
      let generation = 0;
      let encoding = 0;
      const rows: NativeRow[] = [];
      const records = recordsHeldBy(province.region.code, scale);
      let bytes = 0;
      for (;;) {
        let started = performance.now();
        const next = records.next();
        generation += performance.now() - started;
        if (next.done) break;
        const record = next.value;
        started = performance.now();
        const payload = province.nativeFormat.encode(record);
        encoding += performance.now() - started;
        bytes += payload.length;
        rows.push({ recordId: record.recordId, subjectId: record.subjectId, kind: record.kind, payload });
      }
      const file = join(dir, `${name}.sqlite`);
      const db = openProvinceDatabase(file);
      const started = performance.now();
      new ProvinceStore(db).insertAll(rows, { scale: JSON.stringify(scale) });
      const insert = (performance.now() - started) / 1000;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      generation /= 1000;
      encoding /= 1000;
      const seed = generation + encoding + insert;
      generationTotal += generation;
      seedTotal += seed;
      slowestSeed = Math.max(slowestSeed, seed);
      lines.push(
        `${name}: ${rows.length.toLocaleString('en')} records (${(bytes / 1024 / 1024).toFixed(0)} MB native, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB on disk) in ${seed.toFixed(1)} s — generating the world and keeping its share ${generation.toFixed(1)} s (${((generation / seed) * 100).toFixed(0)}%), encoding ${encoding.toFixed(1)} s, SQLite ${insert.toFixed(1)} s`,
      );
      Object.assign(metrics, { [`${name}.records`]: rows.length, [`${name}.seedSeconds`]: seed, [`${name}.generationSeconds`]: generation, [`${name}.encodingSeconds`]: encoding, [`${name}.insertSeconds`]: insert });
    }
    const cores = availableParallelism();
    lines.push(
      `${scale.people.toLocaleString('en')} people, ${scale.enterprises.toLocaleString('en')} enterprises: ${seedTotal.toFixed(1)} s of seeding over the four provinces, ${generationTotal.toFixed(1)} s of it generating the same world four times; in parallel on ${cores} cores a first start takes about max(slowest ${slowestSeed.toFixed(1)} s, total / ${cores} = ${(seedTotal / cores).toFixed(1)} s) plus start-up`,
    );
    return { name: `seeding at ${scale.people.toLocaleString('en')} people`, lines, ratios: { 'world generation / all seeding': generationTotal / seedTotal }, metrics: { ...metrics, seedSeconds: seedTotal, generationSeconds: generationTotal } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
