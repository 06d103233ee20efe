import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

/** Multi-process mode: several gateway workers share one port, and the gateway stops cleanly. */
let federation: BootedFederation;

beforeAll(async () => {
  federation = await bootFederation({ YRD_GATEWAY_WORKERS: '2' });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
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
    const output = federation.processes.get('gateway')?.recentOutput() ?? '';
    const servedBy = new Set(
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; pid?: number })
        .filter((line) => line.msg === 'operation')
        .map((line) => line.pid),
    );
    expect(servedBy.size).toBe(2);
  });

  it('stops every worker and exits cleanly', async () => {
    const gateway = federation.processes.get('gateway');
    await gateway?.stop('SIGTERM');
    expect(gateway?.child.exitCode).toBe(0);
  });
});
