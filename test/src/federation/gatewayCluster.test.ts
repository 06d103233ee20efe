import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { eventually } from '../harness/eventually.ts';
import { freeLoopbackPort } from '../harness/freeLoopbackPort.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

/**
 * Multi-process mode: several gateway workers share one port, a dead one is replaced, and the
 * gateway stops cleanly; the primary serves the ops endpoints, with the sum over its workers.
 */
let federation: BootedFederation;
let opsBase: string;

beforeAll(async () => {
  const opsPort = await freeLoopbackPort();
  opsBase = `http://127.0.0.1:${opsPort}`;
  federation = await bootFederation({ YRD_GATEWAY_WORKERS: '2', YRD_OPS_PORT: String(opsPort) });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

type LogLine = { msg?: string; pid?: number; [field: string]: unknown };

/** The gateway's JSON log lines (the primary's and every worker's); a line cut across two output chunks is skipped. */
const logLines = () =>
  (federation.processes.get('gateway')?.recentOutput() ?? '').split('\n').flatMap((line): LogLine[] => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });

/**
 * A named operation this suite alone sends, so that its count is this suite's requests alone. Only
 * names of the published list get a metrics label of their own (the rest count as `unlisted`):
 * it goes by one of them, ItemGuide.
 */
const CLUSTER_SUM = `query ItemGuide($code: ID!) { item(code: $code) { implementations { region } } }`;
const CLUSTER_SUM_OK = 'yrd_gateway_requests_total{operation="ItemGuide",outcome="ok"}';
const SENT = 40;

/** One sample of the ops port's /metrics, or undefined when the series is absent. */
async function scraped(series: string): Promise<number | undefined> {
  const response = await fetch(`${opsBase}/metrics`);
  expect(response.status).toBe(200);
  const line = (await response.text()).split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the gateway as a cluster of workers', () => {
  it('answers from both workers on one port', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        graphql<{ item: { implementations: unknown[] } }>(federation.gatewayUrl, `query ($code: ID!) { item(code: $code) { implementations { region } } }`, {
          code: STORY_ITEMS.providentFundLoanCertificate,
        }),
      ),
    );
    for (const answer of answers) expect(dataOf(answer).item.implementations).toHaveLength(4);
    const servedBy = new Set(logLines().filter((line) => line.msg === 'operation').map((line) => line.pid));
    expect(servedBy.size).toBe(2);
  });

  it('serves on the primary’s ops port the request count summed over both workers', async () => {
    const answers = await Promise.all(Array.from({ length: SENT }, () => graphql(federation.gatewayUrl, CLUSTER_SUM, { code: STORY_ITEMS.providentFundLoanCertificate })));
    for (const answer of answers) dataOf(answer);
    const servedBy = new Set(logLines().filter((line) => line.msg === 'operation' && line.operation === 'ItemGuide').map((line) => line.pid));
    expect(servedBy.size).toBe(2);
    expect(await scraped(CLUSTER_SUM_OK)).toBe(SENT);
    // Twice in a row: not one worker's share, nor another's, at random.
    expect(await scraped(CLUSTER_SUM_OK)).toBe(SENT);
    // The workers do not serve them on the public port: the primary's ops port does.
    const publicBase = federation.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
    expect((await fetch(`${publicBase}/ready`)).status).toBe(404);
  });

  it('answers /ready on the ops port with how many workers are live and ready', async () => {
    const response = await fetch(`${opsBase}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; workers: unknown; subgraphs: { ok: boolean }[] };
    expect(body).toMatchObject({ status: 'ready', workers: { configured: 2, live: 2, ready: 2 } });
    expect(body.subgraphs).toHaveLength(5);
    expect(body.subgraphs.every((subgraph) => subgraph.ok)).toBe(true);
  });

  it('starts another worker in the place of one that dies', async () => {
    const started = () => logLines().filter((line) => line.msg === 'gateway started').map((line) => line.pid as number);
    const [victim] = started();
    process.kill(victim as number, 'SIGKILL');
    // Both lines: the primary says the worker was replaced once it is ready, and the new worker's
    // own 'gateway started' comes through its output, which may reach the log after the primary's.
    const replaced = await eventually(
      () => logLines().some((line) => line.msg === 'gateway worker replaced') && started().length === 3,
      (done) => done,
      60_000,
    );
    expect(replaced).toBe(true);
    expect(logLines().find((line) => line.msg === 'gateway worker died; starting another')).toMatchObject({ workerPid: victim, signal: 'SIGKILL', restartInMs: 1_000 });
    const workers = started();
    expect(workers).toHaveLength(3);
    expect(workers.at(-1)).not.toBe(victim);
    const answer = await graphql<{ item: { implementations: unknown[] } }>(federation.gatewayUrl, `query ($code: ID!) { item(code: $code) { implementations { region } } }`, {
      code: STORY_ITEMS.providentFundLoanCertificate,
    });
    expect(dataOf(answer).item.implementations).toHaveLength(4);
    // The dead worker's requests stay counted: the total does not fall back.
    expect(await scraped(CLUSTER_SUM_OK)).toBe(SENT);
    const ready = (await (await fetch(`${opsBase}/ready`)).json()) as { workers: unknown };
    expect(ready.workers).toEqual({ configured: 2, live: 2, ready: 2 });
  }, 90_000);

  it('stops every worker and exits cleanly', async () => {
    const gateway = federation.processes.get('gateway');
    await gateway?.stop('SIGTERM');
    expect(gateway?.child.exitCode).toBe(0);
  });
});
