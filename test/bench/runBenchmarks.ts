import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './benchReport.ts';
import { serviceMapBench } from './serviceMapBench.ts';
import { serviceMapGatewayBench } from './serviceMapGatewayBench.ts';

/**
 * `npm run bench`: runs every benchmark (or those named on the command line), prints what each
 * measured, and writes the numbers to bench-results/latest.json.
 */
const BENCHMARKS: Readonly<Record<string, () => Promise<BenchReport>>> = {
  'service-map': () => serviceMapBench(),
  'service-map-gateway': () => serviceMapGatewayBench(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}\n`);
  process.exit(2);
}
const reports: BenchReport[] = [];
for (const [name, run] of Object.entries(BENCHMARKS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const report = await run();
  reports.push(report);
  for (const line of report.lines) process.stdout.write(`  ${line}\n`);
  for (const [ratio, value] of Object.entries(report.ratios)) process.stdout.write(`  ratio ${ratio}: ${value.toFixed(1)}×\n`);
}
const out = join(import.meta.dirname, '..', '..', 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, reports }, null, 2)}\n`);
process.stdout.write(`\nresults written to bench-results/latest.json\n`);
