import { describe, expect, it } from 'vitest';
import { ClusterOps, type OpsWorker } from './clusterOps.ts';
import { GatewayMetrics } from './gatewayMetrics.ts';
import { ipcChannel } from './ipcChannel.fixture.ts';
import type { SubgraphReadiness } from './opsRoutes.ts';
import { answerThePrimary, clusterMetricsFromPrimary } from './workerOps.ts';

/** A worker process in miniature: its own registry, answering the primary over an in-memory channel. */
function worker(ops: ClusterOps, pid: number, readiness: SubgraphReadiness = { ready: true, subgraphs: [] }) {
  const metrics = new GatewayMetrics(['jiangsu', 'zhejiang']);
  const channel = ipcChannel();
  answerThePrimary(metrics.registry, async () => readiness, channel.worker);
  const exits: (() => void)[] = [];
  const seenByPrimary: OpsWorker = { ...channel.primary, pid, onExit: (listener) => exits.push(listener) };
  ops.workerLive(seenByPrimary);
  return {
    metrics,
    channel,
    die: () => {
      channel.close();
      for (const exit of exits) exit();
    },
  };
}

/** One sample of a Prometheus exposition, or undefined when the series is absent. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const ITEM_GUIDE_OK = 'yrd_gateway_requests_total{operation="ItemGuide",outcome="ok"}';
const FAST_BUCKET = 'yrd_gateway_request_duration_seconds_bucket{le="0.005",operation="ItemGuide"}';
const REQUEST_COUNT = 'yrd_gateway_request_duration_seconds_count{operation="ItemGuide"}';
const JIANGSU_BREAKER = 'yrd_circuit_breaker_state{subgraph="jiangsu"}';

function served(metrics: GatewayMetrics, requests: number, seconds: number) {
  for (let i = 0; i < requests; i++) {
    metrics.requests.inc({ operation: 'ItemGuide', outcome: 'ok' });
    metrics.requestSeconds.observe({ operation: 'ItemGuide' }, seconds);
  }
}

/** A cluster of two workers that served 3 fast and 4 slow requests between them. */
function twoWorkersServedSeven() {
  const ops = new ClusterOps(2);
  const a = worker(ops, 101);
  const b = worker(ops, 102);
  served(a.metrics, 3, 0.003);
  served(b.metrics, 4, 0.3);
  return { ops, a, b };
}

describe('the cluster primary’s /metrics', () => {
  it('sums counters and histograms over the workers, and shows the most open breaker rather than a sum', async () => {
    const { ops, a, b } = twoWorkersServedSeven();
    a.metrics.breakerChanged('jiangsu', 'OPEN');
    b.metrics.breakerChanged('jiangsu', 'HALF_OPEN');

    const { contentType, body } = await ops.exposition();
    expect(contentType).toMatch(/^text\/plain/);
    expect(sample(body, ITEM_GUIDE_OK)).toBe(7);
    expect(sample(body, REQUEST_COUNT)).toBe(7);
    expect(sample(body, FAST_BUCKET)).toBe(3);
    expect(sample(body, JIANGSU_BREAKER)).toBe(2);
    expect(sample(body, 'yrd_circuit_breaker_state{subgraph="zhejiang"}')).toBe(0);
    // One HELP and TYPE per metric: a valid exposition, not two workers' side by side.
    expect(body.match(/^# TYPE yrd_gateway_requests_total /gm)).toHaveLength(1);
  });

  it('keeps a dead worker’s counts, so that the totals never fall back when it is replaced', async () => {
    const { ops, a, b } = twoWorkersServedSeven();
    a.metrics.breakerChanged('jiangsu', 'OPEN');
    expect(sample((await ops.exposition()).body, ITEM_GUIDE_OK)).toBe(7);

    a.die();
    const afterDeath = (await ops.exposition()).body;
    expect(sample(afterDeath, ITEM_GUIDE_OK)).toBe(7);
    expect(sample(afterDeath, FAST_BUCKET)).toBe(3);
    // Its breaker died with it: the state is the live workers'.
    expect(sample(afterDeath, JIANGSU_BREAKER)).toBe(0);

    const replacement = worker(ops, 103);
    served(replacement.metrics, 1, 0.003);
    served(b.metrics, 1, 0.3);
    const afterReplacement = (await ops.exposition()).body;
    expect(sample(afterReplacement, ITEM_GUIDE_OK)).toBe(9);
    expect(sample(afterReplacement, FAST_BUCKET)).toBe(4);
  });

  it('answers without a worker that does not answer in time, counting it as it last did', async () => {
    // A second to answer: enough for a live worker however loaded the machine running the suite
    // (50 ms was not, on a clean-clone CI run), and the muted one is waited for only that long.
    const ops = new ClusterOps(2, { metricsMs: 1_000, readinessMs: 1_000 });
    const a = worker(ops, 101);
    const b = worker(ops, 102);
    served(a.metrics, 3, 0.003);
    served(b.metrics, 4, 0.3);
    expect(sample((await ops.exposition()).body, ITEM_GUIDE_OK)).toBe(7);

    b.channel.mute();
    served(a.metrics, 2, 0.003);
    served(b.metrics, 10, 0.3);
    expect(sample((await ops.exposition()).body, ITEM_GUIDE_OK)).toBe(9);
  });

  it('gives an empty exposition, not an error, while no worker is live', async () => {
    const { body } = await new ClusterOps(2).exposition();
    expect(sample(body, ITEM_GUIDE_OK)).toBeUndefined();
  });

  it('is what a worker serves on the public port: it asks the primary for the sum', async () => {
    const { ops, a, b } = twoWorkersServedSeven();
    const { body } = await clusterMetricsFromPrimary(a.channel.worker).exposition();
    expect(sample(body, ITEM_GUIDE_OK)).toBe(7);
  });
});

describe('the cluster primary’s /ready', () => {
  const jiangsu = (ok: boolean) => ({ name: 'jiangsu', url: 'http://127.0.0.1:1/graphql', ok, breaker: 'CLOSED' as const, latencyMs: 3 });

  it('is ready while at least one live worker is, and says how many are', async () => {
    // The muted worker is waited for this long: long enough that a live one, busy under a loaded CI machine, still answers in time.
    const ops = new ClusterOps(3, { metricsMs: 1_000, readinessMs: 1_000 });
    worker(ops, 101, { ready: false, subgraphs: [jiangsu(false)] });
    worker(ops, 102, { ready: true, subgraphs: [jiangsu(true)] });
    worker(ops, 103).channel.mute();
    expect(await ops.readiness()).toEqual({ ready: true, workers: { configured: 3, live: 3, ready: 1 }, subgraphs: [jiangsu(true)] });
  });

  it('is not ready when no live worker is, showing why', async () => {
    const ops = new ClusterOps(2);
    const a = worker(ops, 101, { ready: false, subgraphs: [jiangsu(false)] });
    expect(await ops.readiness()).toEqual({ ready: false, workers: { configured: 2, live: 1, ready: 0 }, subgraphs: [jiangsu(false)] });
    a.die();
    expect(await ops.readiness()).toEqual({ ready: false, workers: { configured: 2, live: 0, ready: 0 }, subgraphs: [] });
  });
});
