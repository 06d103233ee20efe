import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SCALE, type FixtureScale } from '@yrd/shared/fixtures/fixtureScale';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { ProvinceStore } from '@yrd/shared/provinceKit/provinceStore';
import { seedProvinceStore } from '@yrd/shared/provinceKit/seedProvinceStore';
import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { loadProvinces } from '../launcher/loadProvinces.ts';

/**
 * `npm run seed -- --people 100000 [--enterprises 20000] [--seed 7]`: regenerates every
 * province's native records at the given scale (stop `npm start` first). The catalog needs
 * no seeding: it loads the item standard on start.
 */
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: String(DEFAULT_SCALE.people) },
    enterprises: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SCALE.seed) },
  },
});
const number = (name: string, raw: string): number => {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`--${name} must be a whole number ≥ 0, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
};
const people = number('people', values.people);
const scale: FixtureScale = {
  people,
  enterprises: values.enterprises === undefined ? Math.max(DEFAULT_SCALE.enterprises, Math.round(people / 5)) : number('enterprises', values.enterprises),
  seed: number('seed', values.seed),
};

const dataDir = dataDirectory();
for (const province of await loadProvinces()) {
  const file = join(dataDir, `${province.region.subgraphName}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const db = openProvinceDatabase(file);
  const count = seedProvinceStore(new ProvinceStore(db), province, scale);
  db.close();
  process.stdout.write(`${province.region.subgraphName}: ${count} native records in ${Math.round(performance.now() - started)} ms\n`);
}
process.stdout.write(`seeded ${dataDir} with ${scale.people} people and ${scale.enterprises} enterprises (seed ${scale.seed})\n`);
