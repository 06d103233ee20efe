import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '@yrd/shared/observability/logger';
import { STOP_TIMEOUT_MS } from '@yrd/shared/process/runService';

/** A node:cluster worker without a process: the test says when it is ready and when it dies. */
class StubWorker extends EventEmitter {
  static forked: StubWorker[] = [];
  dead = false;
  readonly signals: string[] = [];
  /** What the primary sent it over the IPC channel. */
  readonly received: unknown[] = [];
  readonly process = {
    pid: 1000 + StubWorker.forked.length,
    kill: (signal: string) => {
      this.signals.push(signal);
      return true;
    },
  };
  isDead() {
    return this.dead;
  }
  isConnected() {
    return !this.dead;
  }
  send(message: unknown) {
    this.received.push(message);
    return true;
  }
  ready() {
    this.emit('message', { type: 'ready', name: 'gateway worker', url: 'http://127.0.0.1:4000/graphql' });
  }
  die(code: number | null = 1, signal: string | null = null) {
    this.dead = true;
    this.emit('exit', code, signal);
  }
}

vi.mock('node:cluster', () => ({
  default: {
    fork: () => {
      const worker = new StubWorker();
      StubWorker.forked.push(worker);
      return worker;
    },
  },
}));

const { CLUSTER_STOP_TIMEOUT_MS, startGatewayCluster } = await import('./gatewayCluster.ts');

const lines: { level: string; msg: string }[] = [];
const logger = Object.fromEntries(
  ['info', 'warn', 'error', 'fatal'].map((level) => [level, (_fields: unknown, msg?: string) => lines.push({ level, msg: msg ?? String(_fields) })]),
) as unknown as Logger;

const last = () => StubWorker.forked.at(-1) as StubWorker;

/** Starts a cluster of `workers` stub workers, all of which report ready. */
async function startedCluster(workers: number, exit: (code: number) => void = () => undefined) {
  const started = startGatewayCluster(workers, logger, { exit });
  for (const worker of StubWorker.forked) worker.ready();
  return started;
}

beforeEach(() => {
  vi.useFakeTimers();
  StubWorker.forked = [];
  lines.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the gateway cluster primary', () => {
  it('keeps filling a lost slot, waiting 1 s, 2 s, 4 s … up to 30 s while replacements fail', async () => {
    await startedCluster(2);
    expect(StubWorker.forked).toHaveLength(2);
    StubWorker.forked[0]?.die(1);

    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const forked = StubWorker.forked.length;
      let waited = 0;
      while (StubWorker.forked.length === forked) {
        await vi.advanceTimersByTimeAsync(500);
        waited += 500;
        expect(waited).toBeLessThanOrEqual(60_000);
      }
      waits.push(waited);
      // The replacement dies before it is ready (a province down: waitForSubgraphs gave up).
      last().die(1);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(lines.filter((line) => line.msg === 'gateway worker exited before it was ready; trying again')).toHaveLength(7);
  });

  it('starts the backoff afresh for a replacement that stayed up a while', async () => {
    await startedCluster(2);
    StubWorker.forked[0]?.die(1);
    await vi.advanceTimersByTimeAsync(1_000);
    last().die(1);
    await vi.advanceTimersByTimeAsync(2_000);
    last().die(1);
    await vi.advanceTimersByTimeAsync(4_000);
    const steady = last();
    steady.ready();
    await vi.advanceTimersByTimeAsync(0);
    expect(lines.some((line) => line.msg === 'gateway worker replaced')).toBe(true);

    await vi.advanceTimersByTimeAsync(60_000);
    const forked = StubWorker.forked.length;
    steady.die(null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(999);
    expect(StubWorker.forked).toHaveLength(forked);
    await vi.advanceTimersByTimeAsync(1);
    expect(StubWorker.forked).toHaveLength(forked + 1);
  });

  it('exits with code 1 when no worker has been live for 2 minutes, never quietly', async () => {
    const exit = vi.fn<(code: number) => void>();
    await startedCluster(1, exit);
    StubWorker.forked[0]?.die(1);
    const failing = setInterval(() => {
      const worker = last();
      if (!worker.dead) worker.die(1);
    }, 100);
    await vi.advanceTimersByTimeAsync(119_000);
    expect(exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    clearInterval(failing);
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines.at(-1)).toMatchObject({ level: 'fatal', msg: expect.stringMatching(/no gateway worker has been live for 120 s/) });
  });

  it('does not give up while a replacement comes back in time', async () => {
    const exit = vi.fn<(code: number) => void>();
    await startedCluster(1, exit);
    StubWorker.forked[0]?.die(1);
    await vi.advanceTimersByTimeAsync(1_000);
    last().die(1);
    await vi.advanceTimersByTimeAsync(2_000);
    last().ready();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(exit).not.toHaveBeenCalled();
  });

  it('on stop, asks every worker (starting ones too) to finish and starts no replacement', async () => {
    const exit = vi.fn<(code: number) => void>();
    const cluster = await startedCluster(2, exit);
    StubWorker.forked[0]?.die(1);
    await vi.advanceTimersByTimeAsync(1_000);
    const starting = last();
    const ready = StubWorker.forked[1] as StubWorker;
    const closed = cluster.close();
    expect(starting.signals).toEqual(['SIGTERM']);
    expect(ready.signals).toEqual(['SIGTERM']);
    starting.die(null, 'SIGTERM');
    ready.die(0);
    await closed;
    const forked = StubWorker.forked.length;
    await vi.advanceTimersByTimeAsync(300_000);
    expect(StubWorker.forked).toHaveLength(forked);
    expect(exit).not.toHaveBeenCalled();
  });

  it('fails its first start when a worker exits before it is ready, stopping the others', async () => {
    const started = startGatewayCluster(2, logger, {});
    const [first, second] = StubWorker.forked as [StubWorker, StubWorker];
    first.ready();
    second.die(1);
    const failed = expect(started).rejects.toThrow(/exited \(code 1\) before it was ready/);
    await vi.advanceTimersByTimeAsync(0);
    expect(first.signals).toEqual(['SIGTERM']);
    first.die(0);
    await failed;
    await vi.advanceTimersByTimeAsync(300_000);
    expect(StubWorker.forked).toHaveLength(2);
  });

  it('tells the ops endpoints of each worker once it listens, replacements included, and never of one that did not', async () => {
    const live: (number | undefined)[] = [];
    const started = startGatewayCluster(2, logger, { workerLive: (worker) => live.push(worker.pid) });
    const [first, second] = StubWorker.forked as [StubWorker, StubWorker];
    first.ready();
    expect(live).toEqual([first.process.pid]);
    second.ready();
    await started;
    first.die(1);
    await vi.advanceTimersByTimeAsync(1_000);
    last().die(1);
    await vi.advanceTimersByTimeAsync(2_000);
    last().ready();
    last().ready();
    expect(live).toEqual([first.process.pid, second.process.pid, last().process.pid]);
  });

  it('hands a replacement the last supergraph its workers served, to serve while the file does not load', async () => {
    await startedCluster(2);
    const [first, second] = StubWorker.forked as [StubWorker, StubWorker];
    first.emit('message', { type: 'yrd:supergraph-served', sdl: 'schema at start' });
    second.emit('message', { type: 'yrd:supergraph-served', sdl: 'schema at start' });
    // A good change, reloaded; a bad one after it is rejected by the workers and never reported.
    second.emit('message', { type: 'yrd:supergraph-served', sdl: 'schema reloaded' });
    first.die(null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(1_000);
    const replacement = last();
    expect(replacement).not.toBe(first);
    replacement.emit('message', { type: 'yrd:last-good-supergraph-wanted' });
    expect(replacement.received).toEqual([{ type: 'yrd:last-good-supergraph', sdl: 'schema reloaded' }]);
    // The ops questions on the same channel are not this one's to answer.
    replacement.emit('message', { type: 'yrd:ops-question', id: 0, topic: 'cluster-metrics' });
    expect(replacement.received).toHaveLength(1);
  });

  it('gives the workers their whole stop budget before the primary gives up on them', () => {
    expect(CLUSTER_STOP_TIMEOUT_MS).toBeGreaterThanOrEqual(STOP_TIMEOUT_MS + 5_000);
  });
});
