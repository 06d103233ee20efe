import { percentile } from '../bench/benchReport.ts';
import type { FaultWindow } from './faultWindow.ts';
import type { SoakOptions } from './soakOptions.ts';
import type { ErrorOccurrence, SoakStats } from './soakStats.ts';
import { OPERATION_KINDS } from './soakTransport.ts';
import type { StoreAudit } from './storeAudit.ts';

/**
 * The soak's summary and verdict. It passes only when every acknowledged case is stored
 * exactly once (and every acknowledged submission kept), every error is one the restart
 * explains (see FaultWindow), no story ended other than it should, and nothing crashed.
 */
export interface RunFacts {
  readonly options: SoakOptions;
  readonly runId: string;
  readonly bootSeconds: number;
  /** performance.now() when traffic started and when the last client finished. */
  readonly trafficStartedAt: number;
  readonly trafficEndedAt: number;
  readonly fault: FaultWindow;
  /** Why the restart did not happen or failed, if so. */
  readonly faultNote: string | null;
  /** Processes that were not running at the end, with their last output. */
  readonly deadProcesses: readonly string[];
  readonly stats: SoakStats;
  readonly audit: StoreAudit;
}

export interface Verdict {
  readonly passed: boolean;
  readonly lines: readonly string[];
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en');
/** Pads to a width in terminal columns, counting CJK characters as two. */
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - [...text].reduce((width, char) => width + ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0)));

function tally(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** When each kind of error (code and reason) was first and last seen, by when its request was sent. */
function timeline(errors: readonly ErrorOccurrence[]): Map<string, { first: number; last: number }> {
  const spans = new Map<string, { first: number; last: number }>();
  for (const occurrence of errors) {
    const label = occurrence.error.reason ? `${occurrence.error.code} / ${occurrence.error.reason}` : occurrence.error.code;
    const span = spans.get(label);
    if (!span) spans.set(label, { first: occurrence.sentAt, last: occurrence.sentAt });
    else {
      span.first = Math.min(span.first, occurrence.sentAt);
      span.last = Math.max(span.last, occurrence.sentAt);
    }
  }
  return spans;
}

export function soakReport(facts: RunFacts): Verdict {
  const { options, stats, audit, fault } = facts;
  const seconds = (facts.trafficEndedAt - facts.trafficStartedAt) / 1000;
  const since = (at: number | undefined) => (at === undefined ? '—' : `${((at - facts.trafficStartedAt) / 1000).toFixed(1)} s`);
  const explained = (occurrence: ErrorOccurrence) => fault.explains(occurrence.error, occurrence.sentAt, occurrence.answeredAt);
  const unexpectedErrors = stats.errors.filter((occurrence) => !explained(occurrence));
  const unexpectedOutcomes = stats.outcomes.filter(
    (outcome) => outcome.status !== outcome.expected && !(outcome.status === 'AWAITING_EVIDENCE' && outcome.gatheredPartially),
  );
  const lines: string[] = [];
  const line = (label: string, text: string) => lines.push(`${label.padEnd(18)}${text}`);

  lines.push('', '── soak summary ' + '─'.repeat(70));
  line('run', `${facts.runId}: ${options.clients} clients, ${options.seconds} s planned, at most ${count(options.maxStories)} stories (federation booted in ${facts.bootSeconds.toFixed(1)} s)`);
  line('duration', `${seconds.toFixed(1)} s of traffic`);
  line('stories', `${count(stats.storiesStarted)} started, ${count(stats.storiesCompleted)} completed, ${count(stats.abandoned.length)} abandoned`);
  line('requests', `${count(stats.requests)} sent (${count(stats.retries)} of them retries), ${(stats.requests / seconds).toFixed(1)} requests/s`);
  const restart =
    fault.startedAt === undefined
      ? `not done: ${facts.faultNote ?? 'traffic ended first'}`
      : `${fault.subgraphName} from ${since(fault.startedAt)} to ${since(fault.endedAt)} (${fault.endedAt === undefined ? 'did not come back' : `${((fault.endedAt - fault.startedAt) / 1000).toFixed(1)} s`}), grace ${fault.graceMs / 1000} s${facts.faultNote ? ` — ${facts.faultNote}` : ''}`;
  line('restart', restart);

  lines.push('', `${'latency (ms)'.padEnd(18)}${'kind'.padEnd(8)}${'count'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`);
  const latencyRow = (kind: string, values: readonly number[]) =>
    lines.push(`${''.padEnd(18)}${kind.padEnd(8)}${count(values.length).padStart(8)}${ms(percentile(values, 0.5)).padStart(9)}${ms(percentile(values, 0.99)).padStart(9)}${ms(values.length ? Math.max(...values) : Number.NaN).padStart(9)}`);
  latencyRow('all', stats.allLatencies());
  for (const kind of OPERATION_KINDS) latencyRow(kind, stats.latencies.get(kind) ?? []);

  lines.push('');
  if (stats.errors.length === 0) line('errors', 'none');
  else {
    const expectedByCode = new Map(tally(stats.errors.filter(explained).map((occurrence) => occurrence.error.code)));
    line('errors by code', `${count(stats.errors.length)} in all, ${count(unexpectedErrors.length)} unexpected`);
    for (const [code, n] of tally(stats.errors.map((occurrence) => occurrence.error.code))) {
      lines.push(`${''.padEnd(20)}${code.padEnd(30)}${count(n).padStart(7)}  (${count(expectedByCode.get(code) ?? 0)} explained by the restart)`);
    }
    const reasons = tally(stats.errors.flatMap((occurrence) => (occurrence.error.reason ? [`${occurrence.error.code} / ${occurrence.error.reason}`] : [])));
    if (reasons.length > 0) {
      line('  by reason', '');
      for (const [reason, n] of reasons) lines.push(`${''.padEnd(20)}${reason.padEnd(30)}${count(n).padStart(7)}`);
    }
    line('  when', '');
    for (const [label, span] of timeline(stats.errors)) {
      lines.push(`${''.padEnd(20)}${label.padEnd(38)}${since(span.first)} – ${since(span.last)}`);
    }
    const where = tally(stats.errors.map((occurrence) => `${occurrence.error.serviceName ?? occurrence.error.region ?? '(no subgraph named)'}`));
    line('  naming', where.map(([name, n]) => `${name} ${count(n)}`).join(', '));
  }

  lines.push('');
  line('outcomes', '');
  for (const [story, n] of tally(stats.outcomes.map((outcome) => `${outcome.story} → ${outcome.status}`))) lines.push(`${''.padEnd(20)}${pad(story, 64)}${count(n).padStart(6)}`);
  if (stats.abandoned.length > 0) {
    line('abandoned at', tally(stats.abandoned.map((gaveUp) => `${gaveUp.step} (${[...new Set(gaveUp.lastCodes)].join('+') || 'no answer'})`)).map(([step, n]) => `${step} ${n}`).join(', '));
  }

  lines.push('');
  line('cases (store)', `${count(audit.acknowledgedCases)} acknowledged, ${count(audit.storedExactlyOnce)} stored exactly once under their key; ${count(audit.keysUsed)} open keys used, ${count(audit.soakCasesInStores)} soak cases in the stores (${count(audit.storedWithoutAcknowledgement)} stored though the answer was lost)`);
  line('submissions', `${count(audit.acknowledgedSubmissions)} acknowledged, ${count(audit.submissionsStored)} recorded and out of OPEN`);

  const failures: string[] = [];
  if (audit.findings.length > 0) failures.push(`${audit.findings.length} store finding(s)`);
  if (audit.storedExactlyOnce !== audit.acknowledgedCases) failures.push('not every acknowledged case is stored exactly once');
  if (audit.submissionsStored !== audit.acknowledgedSubmissions) failures.push('not every acknowledged submission is stored');
  if (unexpectedErrors.length > 0) failures.push(`${unexpectedErrors.length} unexpected error(s)`);
  if (unexpectedOutcomes.length > 0) failures.push(`${unexpectedOutcomes.length} story outcome(s) other than expected`);
  if (stats.problems.length > 0) failures.push(`${stats.problems.length} other problem(s)`);
  if (facts.deadProcesses.length > 0) failures.push(`${facts.deadProcesses.length} process(es) not running at the end`);
  if (fault.startedAt !== undefined && fault.endedAt === undefined) failures.push(`${fault.subgraphName} did not come back`);
  if (stats.storiesCompleted === 0) failures.push('no story completed');

  const FIRST = 8;
  if (audit.findings.length > 0) {
    lines.push('', 'store findings:');
    for (const finding of audit.findings.slice(0, FIRST)) lines.push(`  ${finding.what}: ${finding.detail}`);
  }
  if (unexpectedErrors.length > 0) {
    lines.push('', `unexpected errors (first ${Math.min(FIRST, unexpectedErrors.length)} of ${unexpectedErrors.length}):`);
    for (const occurrence of unexpectedErrors.slice(0, FIRST)) {
      const { error } = occurrence;
      const named = [error.reason && `reason ${error.reason}`, error.serviceName && `subgraph ${error.serviceName}`, error.region && `region ${error.region}`].filter(Boolean).join(', ');
      lines.push(`  at ${since(occurrence.sentAt)} ${occurrence.operation} [${occurrence.label}] ${error.code}${named ? ` (${named})` : ''}: ${error.message}`);
    }
  }
  if (unexpectedOutcomes.length > 0) {
    lines.push('', 'unexpected outcomes:');
    for (const outcome of unexpectedOutcomes.slice(0, FIRST)) lines.push(`  ${outcome.story}: case ${outcome.caseId} ended ${outcome.status}, expected ${outcome.expected}`);
  }
  if (stats.problems.length > 0) {
    lines.push('', 'other problems:');
    for (const problem of stats.problems.slice(0, FIRST)) lines.push(`  at ${since(problem.at)} ${problem.what} [${problem.label}]: ${problem.detail}`);
  }
  for (const dead of facts.deadProcesses) lines.push('', dead);

  const pass = fault.startedAt === undefined ? 'PASS (but the restart was not exercised)' : 'PASS';
  lines.push('', `${'verdict'.padEnd(18)}${failures.length === 0 ? pass : `FAIL — ${failures.join('; ')}`}`);
  return { passed: failures.length === 0, lines };
}
