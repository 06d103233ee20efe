import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCALE, type FixtureScale } from '@yrd/shared/fixtures/fixtureScale';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { ProvinceStore } from '@yrd/shared/provinceKit/provinceStore';
import { seedProvinceStore } from '@yrd/shared/provinceKit/seedProvinceStore';
import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { parseWholeNumber } from '@yrd/shared/process/wholeNumberVariable';
import { loadProvinces } from '../launcher/loadProvinces.ts';
import { commandArguments } from './commandArguments.ts';
import { seedRefusal } from './seedGuard.ts';

/**
 * `npm run seed -- --people 100000 [--enterprises 20000] [--seed 7] [--force]`: replaces every
 * province's database by a new one with native records generated at the given scale. All else
 * in it goes: cases (and their case numbers, given out again), licences, the audit trail, queue
 * tickets, evidence exchanged; the 7×24 map is generated again at the next start. So it refuses
 * while any service has the data directory open (stop `npm start` first), and while a database
 * holds cases, licences, audit entries or queue tickets unless told `--force`. The catalog needs
 * no seeding: it loads the item standard on start.
 */
const { values } = commandArguments('npm run seed', 'npm run seed -- [--people N] [--enterprises N] [--seed S] [--force]', {
  options: {
    people: { type: 'string', default: String(DEFAULT_SCALE.people) },
    enterprises: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SCALE.seed) },
    force: { type: 'boolean', default: false },
  },
});
const number = (name: string, raw: string): number => {
  const value = parseWholeNumber(raw);
  if (value === undefined) {
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
const provinces = await loadProvinces();
const databaseOf = (subgraphName: string) => join(dataDir, `${subgraphName}.sqlite`);
const refusal = seedRefusal(
  dataDir,
  provinces.map((province) => ({ service: province.region.subgraphName, file: databaseOf(province.region.subgraphName) })),
  values.force,
);
if (refusal) {
  process.stderr.write(`npm run seed refused: ${refusal}\n`);
  process.exit(2);
}
for (const province of provinces) {
  const file = databaseOf(province.region.subgraphName);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const db = openProvinceDatabase(file);
  const count = seedProvinceStore(new ProvinceStore(db), province, scale);
  db.close();
  process.stdout.write(`${province.region.subgraphName}: ${count} native records in ${Math.round(performance.now() - started)} ms\n`);
}
process.stdout.write(`seeded ${dataDir} with ${scale.people} people and ${scale.enterprises} enterprises (seed ${scale.seed})\n`);
