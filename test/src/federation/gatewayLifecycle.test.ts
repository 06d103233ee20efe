import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

/**
 * The gateway's life: it serves a composed supergraph file and picks up a change to it without a
 * restart, keeping the last good schema when a change does not load; and it stops gracefully —
 * requests in flight finish, new ones are refused, the process exits cleanly.
 */
const ORIGINAL_DESCRIPTION = 'A standard item by its 12-digit basic code. Unknown codes are a NOT_FOUND error.';
const NEW_DESCRIPTION = 'A standard item (标准事项) by its 12-digit basic code; reloaded without a restart.';
let federation: BootedFederation;
let dir: string;
let supergraphFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-supergraph-'));
  supergraphFile = join(dir, 'supergraph.graphql');
  copyFileSync(join(REPOSITORY_ROOT, 'gateway/supergraph.graphql'), supergraphFile);
  federation = await bootFederation({ YRD_SUPERGRAPH_FILE: supergraphFile });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

async function itemDescription(): Promise<string | null> {
  const { __schema } = dataOf(await graphql<{ __schema: { queryType: { fields: { name: string; description: string | null }[] } } }>(federation.gatewayUrl, '{ __schema { queryType { fields { name description } } } }'));
  return __schema.queryType.fields.find((field) => field.name === 'item')?.description ?? null;
}


const gatewayOutput = async () => federation.processes.get('gateway')?.recentOutput() ?? '';
const warmUps = (output: string) => output.split('\n').filter((line) => line.includes('"query plans warmed"')).map((line) => JSON.parse(line) as { planned: number });

describe('query plans warmed before clients ask', () => {
  it('plans every published operation at start, without calling any subgraph or counting as a request', async () => {
    const published = (JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: unknown[] }).operations.length;
    const output = await eventually(gatewayOutput, (text) => warmUps(text).length > 0);
    expect(warmUps(output)).toEqual([expect.objectContaining({ planned: published })]);
    expect(output).not.toContain('published operations the planner refused');
    // Serving a supergraph file, the gateway has had no reason to call a subgraph yet: planning alone ran.
    for (const [name, proxy] of federation.proxies) expect(proxy.operations(), name).toEqual([]);
    const metrics = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).not.toMatch(/yrd_gateway_requests_total\{/);
  });
});

describe('supergraph hot reload', () => {
  it('picks up a changed supergraph file without a restart, and plans the published operations again', async () => {
    expect(await itemDescription()).toBe(ORIGINAL_DESCRIPTION);
    writeFileSync(supergraphFile, readFileSync(supergraphFile, 'utf8').replace(ORIGINAL_DESCRIPTION, NEW_DESCRIPTION));
    expect(await eventually(itemDescription, (description) => description === NEW_DESCRIPTION)).toBe(NEW_DESCRIPTION);
    expect(warmUps(await eventually(gatewayOutput, (text) => warmUps(text).length > 1))).toHaveLength(2);
    const { regions } = dataOf(await graphql<{ regions: unknown[] }>(federation.gatewayUrl, '{ regions { code } }'));
    expect(regions).toHaveLength(4);
  });

  it('keeps the last good schema when a change does not load, and says why', async () => {
    writeFileSync(supergraphFile, 'schema { query: Query } type Query { broken: ');
    const logged = await eventually(
      async () => federation.processes.get('gateway')?.recentOutput() ?? '',
      (output) => output.includes('supergraph change rejected'),
    );
    expect(logged).toContain('supergraph change rejected');
    expect(await itemDescription()).toBe(NEW_DESCRIPTION);
    const metrics = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/yrd_supergraph_reloads_total\{outcome="loaded"\} 1/);
    expect(metrics).toMatch(/yrd_supergraph_reloads_total\{outcome="rejected"\} 1/);
  });
});

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new ones, and exits cleanly', async () => {
    const catalog = federation.proxies.get('catalog');
    if (!catalog) throw new Error('no catalog proxy');
    catalog.delayMs = 1_500;
    const inFlight = graphql<{ regions: { code: string }[] }>(federation.gatewayUrl, '{ regions { code } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const gateway = federation.processes.get('gateway');
    if (!gateway) throw new Error('no gateway process');
    const stopped = gateway.stop('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    }).then(
      (response) => response.status,
      () => 'connection refused',
    );
    expect([503, 'connection refused']).toContain(refused);
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.data?.regions).toHaveLength(4);
    await stopped;
    catalog.delayMs = 0;
    expect(gateway.child.exitCode).toBe(0);
  });
});
