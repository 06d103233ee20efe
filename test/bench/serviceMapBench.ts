import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anhuiProvince } from '@yrd/anhui';
import { MapStore } from '@yrd/shared/provinceKit/mapStore';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { distanceMeters } from '@yrd/shared/publicServices/geo';
import { mapPlacesOf } from '@yrd/shared/publicServices/mapPlaces';
import { ANHUI_PUBLISHED_SCALE, type MapScale } from '@yrd/shared/publicServices/mapScale';
import { SeededRandom } from '@yrd/shared/fixtures/seededRandom';
import { percentile, type BenchReport } from './benchReport.ts';

/**
 * The 7×24 service map at the scale Anhui publishes (about 23,000 places, 6,000 self-service
 * terminals, 1.91 million item offerings), from the generator: how long the province takes to
 * load it, and how fast "the nearest 10 places offering item X from here" answers — side by side
 * with the same question answered by scanning every place that offers the item.
 */
interface PlaceRow {
  latitude: number;
  longitude: number;
}

export async function serviceMapBench(scale: MapScale = ANHUI_PUBLISHED_SCALE): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-map-bench-'));
  try {
    const file = join(dir, 'anhui.sqlite');
    const db = openProvinceDatabase(file);
    const map = new MapStore(db, 'ANHUI');
    const loadStart = performance.now();
    const loaded = map.load(mapPlacesOf(anhuiProvince, scale));
    const loadSeconds = (performance.now() - loadStart) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const megabytes = statSync(file).size / 1024 / 1024;

    const standardItems = anhuiProvince.implementations.map((implementation) => implementation.standardCode);
    const localItems = Array.from({ length: Math.min(scale.localItems, 200) }, (_, i) => `34L${String(i + 1).padStart(10, '0')}`);
    const random = new SeededRandom(7);
    const questions = Array.from({ length: 2_000 }, () => ({
      from: { latitude: 29.4 + random.next() * 5.2, longitude: 114.9 + random.next() * 4.7 },
      itemCode: random.chance(0.5) ? random.pick(standardItems) : random.pick(localItems),
    }));

    const scan = db.prepare<[string], PlaceRow>(
      'SELECT p.latitude, p.longitude FROM map_offering o JOIN map_place p ON p.seq = o.place_seq WHERE o.item_code = ?',
    );
    const time = (run: (question: (typeof questions)[number]) => unknown, sample: typeof questions) =>
      sample.map((question) => {
        const start = performance.now();
        run(question);
        return performance.now() - start;
      });
    for (const question of questions.slice(0, 50)) map.nearest(question.from, question.itemCode, 10);
    const indexed = time((question) => map.nearest(question.from, question.itemCode, 10), questions);
    const scanned = time(
      (question) =>
        scan
          .all(question.itemCode)
          .map((row) => distanceMeters(question.from, row))
          .sort((a, b) => a - b)
          .slice(0, 10),
      questions.slice(0, 200),
    );
    db.close();
    const p50 = percentile(indexed, 0.5);
    const scanP50 = percentile(scanned, 0.5);
    return {
      name: 'service map at Anhui scale',
      lines: [
        `loaded ${loaded.places.toLocaleString('en')} places, ${loaded.offerings.toLocaleString('en')} offerings in ${loadSeconds.toFixed(1)} s (${megabytes.toFixed(0)} MB on disk)`,
        `nearest 10 offering an item (R*Tree, expanding box): p50 ${p50.toFixed(2)} ms, p95 ${percentile(indexed, 0.95).toFixed(2)} ms, p99 ${percentile(indexed, 0.99).toFixed(2)} ms over ${indexed.length} questions`,
        `same question by scanning every place offering the item: p50 ${scanP50.toFixed(2)} ms, p95 ${percentile(scanned, 0.95).toFixed(2)} ms`,
      ],
      ratios: { 'scan p50 / R*Tree p50': scanP50 / p50 },
      metrics: { loadSeconds, places: loaded.places, offerings: loaded.offerings, megabytes, nearestP50Ms: p50, nearestP95Ms: percentile(indexed, 0.95), scanP50Ms: scanP50 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
