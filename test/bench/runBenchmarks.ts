import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServices } from '@yrd/gateway/launcher/buildServices';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { SERVICES_FORM_VARIABLE, servicesForm } from '@yrd/gateway/launcher/servicesForm';
import type { BenchComparison, BenchReport } from './benchReport.ts';
import { callerCryptoBench } from './callerCryptoBench.ts';
import { gatewayPeersBench } from './gatewayPeersBench.ts';
import { describeMachine, type MachineDescription } from './load/processStats.ts';
import { seedingBench } from './seedingBench.ts';
import { serviceMapBench } from './serviceMapBench.ts';
import { serviceMapGatewayBench } from './serviceMapGatewayBench.ts';

/**
 * `npm run bench`: runs every benchmark (or those named on the command line), prints what each
 * measured, and writes the numbers to bench-results/latest.json and a summary table, with the
 * machine and the targets next to the ratios, to bench-results/latest.md. The processes run
 * compiled, as under `npm start` (compiled first; YRD_SERVICES_FROM=source measures them under tsx).
 */
const BENCHMARKS: Readonly<Record<string, () => Promise<BenchReport>>> = {
  'service-map': () => serviceMapBench(),
  'service-map-gateway': () => serviceMapGatewayBench(),
  'gateway-peers': () => gatewayPeersBench(),
  'caller-crypto': () => callerCryptoBench(),
  seeding: () => seedingBench(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}\n`);
  process.exit(2);
}
process.env[SERVICES_FORM_VARIABLE] ||= 'compiled';
if (servicesForm(process.env, import.meta.url) === 'compiled') await buildServices(REPOSITORY_ROOT);
const machineBefore = describeMachine();
const reports: BenchReport[] = [];
for (const [name, run] of Object.entries(BENCHMARKS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const report = await run();
  reports.push(report);
  for (const line of report.lines) process.stdout.write(`  ${line}\n`);
  for (const [ratio, value] of Object.entries(report.ratios)) process.stdout.write(`  ratio ${ratio}: ${value.toFixed(2)}×\n`);
}
const machine = describeMachine();

function summary(machineAtStart: MachineDescription, machineAtEnd: MachineDescription, all: readonly BenchReport[]): string {
  const load = (description: MachineDescription) => description.loadAverage.map((value) => value.toFixed(2)).join(' / ');
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const row = (comparison: BenchComparison) =>
    `| ${cell(comparison.what)} | ${cell(comparison.measured)} | ${comparison.ratio.toFixed(2)}× | ${comparison.target ?? '—'} | ${comparison.met === undefined ? '—' : comparison.met ? 'yes' : '**no**'} |`;
  const out = [
    '# Benchmark results',
    '',
    `${new Date().toISOString()} — ${machineAtEnd.cpuModel}, ${machineAtEnd.cores} cores, ${machineAtEnd.memoryGb.toFixed(0)} GB memory, Node ${machineAtEnd.node}; load average (1/5/15 min) ${load(machineAtStart)} before, ${load(machineAtEnd)} after.`,
    'Every process of the federation, the peer gateways and the load generator share these cores.',
    '',
  ];
  const comparisons = all.flatMap((report) => report.comparisons ?? []);
  if (comparisons.length > 0) {
    out.push('| comparison | measured | ratio | target | met |', '| --- | --- | --- | --- | --- |', ...comparisons.map(row), '');
  }
  for (const report of all) {
    out.push(`## ${report.name}`, '', ...report.lines.map((line) => (line.startsWith('   ') ? `  - ${line.trim()}` : `- ${line}`)));
    const extra = Object.entries(report.ratios);
    if (!report.comparisons && extra.length > 0) out.push(...extra.map(([name, value]) => `- ratio ${name}: ${value.toFixed(2)}×`));
    out.push('');
  }
  return out.join('\n');
}

const table = summary(machineBefore, machine, reports);
const out = join(import.meta.dirname, '..', '..', 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, machine, reports }, null, 2)}\n`);
writeFileSync(join(out, 'latest.md'), `${table}\n`);
process.stdout.write(`\n${table}\nresults written to bench-results/latest.json and bench-results/latest.md\n`);
