import autocannon from 'autocannon';
import { percentile } from '../benchReport.ts';
import { machineCpuMs, processCpuMs } from './processStats.ts';

/**
 * Load from autocannon (programmatic API) against one HTTP endpoint, with what a comparison needs
 * besides req/s: latencies to the microsecond (autocannon's own histogram keeps whole
 * milliseconds, too coarse for a subgraph answering in 2 ms), every response checked for GraphQL
 * errors, and the CPU each watched process spent per request — plus the CPU that processes
 * outside the benchmark took from the machine meanwhile, which says how far to trust the run.
 */
export interface LoadTarget {
  readonly name: string;
  readonly url: string;
  /**
   * The requests to send, made just before each run (a caller assertion lives 60 s): one is sent
   * over and over; several are sent in turn, the turn carrying on from one run to the next.
   */
  readonly prepare: () => Promise<readonly PreparedRequest[]>;
}

/** One request: a JSON body (a GraphQL operation) and its headers. */
export interface PreparedRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where each rotating target's turn stands, so that a run does not start again from the first request. */
const turns = new WeakMap<LoadTarget, number>();

export interface LoadSettings {
  readonly connections: number;
  readonly seconds: number;
}

export interface RunResult {
  readonly requests: number;
  readonly seconds: number;
  readonly latenciesMs: number[];
  /** Responses that were not 2xx, carried GraphQL errors, or never came (connection errors, timeouts). */
  readonly failures: number;
  readonly cpuMs: Readonly<Record<string, number>>;
  /** CPU used by processes outside the benchmark, as a share of the whole machine's capacity. */
  readonly foreignCpuShare: number;
}

export interface SideResult {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly requests: number;
  readonly failures: number;
  /** Milliseconds of CPU per request, by process. */
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
  /** Requests per second in each measured round, in order. */
  readonly rounds: readonly number[];
  readonly foreignCpuShare: number;
}

/** The processes whose CPU a run accounts for, by name (the benchmark's own process included). */
export type WatchedProcesses = ReadonlyMap<string, number>;

export async function runLoad(target: LoadTarget, settings: LoadSettings, watched: WatchedProcesses): Promise<RunResult> {
  const prepared = await target.prepare();
  const [first] = prepared;
  if (!first) throw new Error(`${target.name}: nothing to send`);
  const headersOf = (request: PreparedRequest) => ({ 'content-type': 'application/json', ...request.headers });
  const rotation: autocannon.Request[] | undefined =
    prepared.length === 1
      ? undefined
      : [
          {
            method: 'POST',
            setupRequest: (request) => {
              const turn = turns.get(target) ?? 0;
              turns.set(target, turn + 1);
              const next = prepared[turn % prepared.length] as PreparedRequest;
              return { ...request, headers: headersOf(next), body: next.body };
            },
          },
        ];
  const latenciesMs: number[] = [];
  const cpuBefore = new Map([...watched].map(([name, pid]) => [name, processCpuMs(pid) ?? 0]));
  const machineBefore = machineCpuMs();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: headersOf(first),
        body: first.body,
        ...(rotation ? { requests: rotation } : {}),
        connections: settings.connections,
        duration: settings.seconds,
        // A GraphQL error answers 200: count it as a failure, not a request served.
        verifyBody: (body) => !String(body).includes('"errors"'),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
    });
  });
  const machineAfter = machineCpuMs();
  const cpuMs: Record<string, number> = {};
  let ours = 0;
  for (const [name, pid] of watched) {
    const used = (processCpuMs(pid) ?? 0) - (cpuBefore.get(name) ?? 0);
    cpuMs[name] = used;
    ours += used;
  }
  const machineTotal = machineAfter.total - machineBefore.total;
  const foreign = Math.max(0, machineAfter.busy - machineBefore.busy - ours);
  const failures = result.non2xx + result.errors + result.mismatches;
  return {
    requests: result['2xx'] - result.mismatches,
    seconds: result.duration,
    latenciesMs,
    failures,
    cpuMs,
    foreignCpuShare: machineTotal > 0 ? foreign / machineTotal : 0,
  };
}

/**
 * Several endpoints measured side by side: each warmed up first, then `rounds` measured runs
 * each, interleaved, the order rotated every round so that no side always goes first or last.
 * Latencies are pooled over the rounds; throughput is requests over seconds of all rounds.
 */
export async function compareSides(
  targets: readonly LoadTarget[],
  settings: LoadSettings & { readonly rounds: number; readonly warmupSeconds: number },
  watched: WatchedProcesses,
  progress: (line: string) => void = () => {},
): Promise<SideResult[]> {
  for (const target of targets) await runLoad(target, { connections: settings.connections, seconds: settings.warmupSeconds }, watched);
  const runs = new Map<string, RunResult[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const order = targets.map((_, index) => targets[(index + round) % targets.length] as LoadTarget);
    for (const target of order) {
      const run = await runLoad(target, settings, watched);
      runs.get(target.name)?.push(run);
      progress(
        `round ${round + 1}/${settings.rounds} ${target.name}: ${(run.requests / run.seconds).toFixed(0)} req/s, p50 ${percentile(run.latenciesMs, 0.5).toFixed(2)} ms` +
          (run.failures > 0 ? `, ${run.failures} FAILED` : '') +
          (run.foreignCpuShare > 0.05 ? `, other processes took ${(run.foreignCpuShare * 100).toFixed(0)}% of the machine` : ''),
      );
    }
  }
  return targets.map((target) => {
    const measured = runs.get(target.name) ?? [];
    const latencies = measured.flatMap((run) => run.latenciesMs);
    const requests = measured.reduce((sum, run) => sum + run.requests, 0);
    const seconds = measured.reduce((sum, run) => sum + run.seconds, 0);
    const cpuMsPerRequest: Record<string, number> = {};
    for (const name of watched.keys()) cpuMsPerRequest[name] = measured.reduce((sum, run) => sum + (run.cpuMs[name] ?? 0), 0) / Math.max(1, requests);
    return {
      name: target.name,
      requestsPerSecond: requests / seconds,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      meanMs: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
      requests,
      failures: measured.reduce((sum, run) => sum + run.failures, 0),
      cpuMsPerRequest,
      rounds: measured.map((run) => run.requests / run.seconds),
      foreignCpuShare: measured.reduce((sum, run) => sum + run.foreignCpuShare, 0) / Math.max(1, measured.length),
    };
  });
}
