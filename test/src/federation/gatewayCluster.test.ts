import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

/** Multi-process mode: several gateway workers share one port, a dead one is replaced, and the gateway stops cleanly. */
let federation: BootedFederation;

beforeAll(async () => {
  federation = await bootFederation({ YRD_GATEWAY_WORKERS: '2' });
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

  it('starts another worker in the place of one that dies', async () => {
    const started = () => logLines().filter((line) => line.msg === 'gateway started').map((line) => line.pid as number);
    const [victim] = started();
    process.kill(victim as number, 'SIGKILL');
    const replaced = await eventually(
      () => logLines().some((line) => line.msg === 'gateway worker replaced'),
      (done) => done,
      60_000,
    );
    expect(replaced).toBe(true);
    expect(logLines().find((line) => line.msg === 'gateway worker died; starting another')).toMatchObject({ pid: victim, signal: 'SIGKILL', restartInMs: 1_000 });
    const workers = started();
    expect(workers).toHaveLength(3);
    expect(workers.at(-1)).not.toBe(victim);
    const answer = await graphql<{ item: { implementations: unknown[] } }>(federation.gatewayUrl, `query ($code: ID!) { item(code: $code) { implementations { region } } }`, {
      code: STORY_ITEMS.providentFundLoanCertificate,
    });
    expect(dataOf(answer).item.implementations).toHaveLength(4);
  }, 90_000);

  it('stops every worker and exits cleanly', async () => {
    const gateway = federation.processes.get('gateway');
    await gateway?.stop('SIGTERM');
    expect(gateway?.child.exitCode).toBe(0);
  });
});
