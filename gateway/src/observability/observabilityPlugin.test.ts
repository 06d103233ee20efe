import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS } from '@yrd/shared/identity/caller';
import { createLogger } from '@yrd/shared/observability/logger';
import type { GatewayContext } from '../callerAuthentication.ts';
import { formatManifest, MANIFEST_FORMAT, normaliseOperation, operationId, type OperationManifest } from '../persistedOperations/operationManifest.ts';
import { GatewayMetrics, UNLISTED_OPERATION } from './gatewayMetrics.ts';
import { listedOperationNames } from './listedOperations.ts';
import { observabilityPlugin } from './observabilityPlugin.ts';
import { safelistPlugin } from '../persistedOperations/safelistPlugin.ts';

// One copy of graphql for this schema and Apollo Server, as in the gateway's process (see operationLimitsPlugin.test.ts).
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql') as object);

const silent = createLogger('gateway', { YRD_LOG_LEVEL: 'silent' });
const context: GatewayContext = { caller: ANONYMOUS, requestId: 'test', assertionFor: async () => '', boundAssertionFor: async () => '' };

async function labelsAfter(metrics: GatewayMetrics, operations: readonly string[]): Promise<string[]> {
  const server = new ApolloServer<GatewayContext>({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } }, plugins: [observabilityPlugin(metrics, silent)] });
  await server.start();
  try {
    for (const query of operations) await server.executeOperation({ query }, { contextValue: context });
  } finally {
    await server.stop();
  }
  const body = (await metrics.exposition()).body;
  return [...body.matchAll(/^yrd_gateway_requests_total\{operation="([^"]*)"/gm)].map((match) => match[1] ?? '');
}

describe('metrics labels of operations', () => {
  it('label only the operations of the persisted list by name; a made-up name, which can hold a person’s number, is "unlisted"', async () => {
    const metrics = new GatewayMetrics([], new Set(['ItemGuide']));
    const labels = await labelsAfter(metrics, ['query ItemGuide { hello }', 'query Foo310118198804123021 { __typename }', '{ hello }']);
    expect(labels.sort()).toEqual(['ItemGuide', UNLISTED_OPERATION]);
    expect((await metrics.exposition()).body).not.toContain('310118198804123021');
  });

  it('keep a listed operation’s label after 200 made-up names ran before it', async () => {
    const metrics = new GatewayMetrics([], new Set(['ItemGuide']));
    const madeUp = Array.from({ length: 201 }, (_, index) => `query MadeUp${index} { hello }`);
    const labels = await labelsAfter(metrics, [...madeUp, 'query ItemGuide { hello }']);
    expect(labels.sort()).toEqual(['ItemGuide', UNLISTED_OPERATION]);
  });
});

describe('operation names in the log', () => {
  /** The gateway's 'operation' log lines of these requests, through a safelist of ItemGuide alone when `enforce`. */
  async function loggedAfter(queries: readonly string[], enforce: boolean): Promise<Record<string, unknown>[]> {
    const lines: string[] = [];
    const logger = createLogger('gateway', { YRD_LOG_LEVEL: 'info' }, { write: (line: string) => void lines.push(line) });
    const body = normaliseOperation('query ItemGuide { hello }');
    const manifest: OperationManifest = { format: MANIFEST_FORMAT, version: 1, operations: [{ id: operationId(body), name: 'ItemGuide', type: 'query', body }] };
    const metrics = new GatewayMetrics([], new Set(['ItemGuide']));
    const server = new ApolloServer<GatewayContext>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
      plugins: [safelistPlugin(manifest, { enforce }), observabilityPlugin(metrics, logger)],
    });
    await server.start();
    try {
      for (const query of queries) await server.executeOperation({ query }, { contextValue: context });
    } finally {
      await server.stop();
    }
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'operation');
  }

  it('names a listed operation, and logs any other name as "unlisted", whether it ran or was refused', async () => {
    const queries = ['query ItemGuide { hello }', 'query Q340102199608081337 { hello }', '{ hello }'];
    const ran = await loggedAfter(queries, false);
    expect(ran.map(({ operation, outcome }) => ({ operation, outcome }))).toEqual([
      { operation: 'ItemGuide', outcome: 'ok' },
      { operation: UNLISTED_OPERATION, outcome: 'ok' },
      { operation: null, outcome: 'ok' },
    ]);
    const refused = await loggedAfter(queries, true);
    expect(refused.map(({ operation, outcome }) => ({ operation, outcome }))).toEqual([
      { operation: 'ItemGuide', outcome: 'ok' },
      { operation: UNLISTED_OPERATION, outcome: 'refused' },
      { operation: null, outcome: 'refused' },
    ]);
    expect(JSON.stringify([...ran, ...refused])).not.toContain('340102199608081337');
  });
});

describe('listedOperationNames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-listed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the names of a persisted operation list, and none when there is no list', () => {
    const body = normaliseOperation('query ItemGuide { hello }');
    const file = join(dir, 'persisted-operations.json');
    writeFileSync(file, formatManifest({ format: MANIFEST_FORMAT, version: 1, operations: [{ id: operationId(body), name: 'ItemGuide', type: 'query', body }] }));
    expect([...listedOperationNames(file)]).toEqual(['ItemGuide']);
    expect(listedOperationNames(join(dir, 'missing.json')).size).toBe(0);
  });

  it('by default reads the product’s own list', () => {
    const names = listedOperationNames();
    expect(names.has('ItemGuide')).toBe(true);
    expect(names.has('OpenCaseShanghai')).toBe(true);
  });
});
