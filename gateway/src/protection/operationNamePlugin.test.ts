import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@yrd/shared/identity/caller';
import { createLogger } from '@yrd/shared/observability/logger';
import type { GatewayContext } from '../callerAuthentication.ts';
import { GatewayMetrics } from '../observability/gatewayMetrics.ts';
import { observabilityPlugin } from '../observability/observabilityPlugin.ts';
import { clientErrorFormat } from './clientErrorFormat.ts';
import { operationNamePlugin } from './operationNamePlugin.ts';

const supergraphSdl = readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
const context: GatewayContext = { caller: ANONYMOUS, requestId: 'test', assertionFor: async () => '', boundAssertionFor: async () => '' };

/** Apollo Server in front of Apollo Gateway on the committed supergraph, as the gateway runs them (no subgraph is asked here). */
async function gatewayServer(plugins: boolean) {
  const telemetry = process.env.APOLLO_TELEMETRY_DISABLED;
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({ supergraphSdl });
  if (telemetry === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
  else process.env.APOLLO_TELEMETRY_DISABLED = telemetry;
  const metrics = new GatewayMetrics([], new Set());
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: clientErrorFormat({ production: false }),
    plugins: [...(plugins ? [operationNamePlugin()] : []), observabilityPlugin(metrics, createLogger('gateway', { YRD_LOG_LEVEL: 'silent' }))],
  });
  await server.start();
  const ask = async (request: GraphQLRequest) => {
    const response = await server.executeOperation(request, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, data: response.body.singleResult.data, errors: response.body.singleResult.errors };
  };
  return { server, metrics, ask };
}

describe('an operationName that picks no operation of the document', () => {
  let withPlugin: Awaited<ReturnType<typeof gatewayServer>>;
  let without: Awaited<ReturnType<typeof gatewayServer>>;
  beforeAll(async () => {
    withPlugin = await gatewayServer(true);
    without = await gatewayServer(false);
  }, 60_000);
  afterAll(async () => {
    await withPlugin?.server.stop();
    await without?.server.stop();
  });

  it('is a server error from Apollo Gateway on its own (the defect this plugin mends)', async () => {
    const answer = await without.ask({ query: '{ __typename }', operationName: 'Nope' });
    expect(answer.status).toBe(500);
  });

  it('is the client’s mistake: 400 BAD_REQUEST naming the operations the document defines, not counted as a server error', async () => {
    const answer = await withPlugin.ask({ query: 'query Regions { regions { code } } query Items { items { totalCount } }', operationName: 'Nope' });
    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'OPERATION_NAME_NOT_FOUND', operationNames: ['Regions', 'Items'] });
    expect(answer.errors?.[0]?.message).toContain('The document defines no operation named "Nope"; it defines "Regions", "Items".');

    const anonymous = await withPlugin.ask({ query: '{ __typename }', operationName: 'Nope' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'OPERATION_NAME_NOT_FOUND', operationNames: [] });
    expect(anonymous.errors?.[0]?.message).toContain('it defines one anonymous operation: send no operationName');

    const metrics = (await withPlugin.metrics.exposition()).body;
    expect(metrics).toContain('yrd_gateway_errors_total{code="BAD_REQUEST"} 2');
    expect(metrics).toContain('yrd_gateway_requests_total{operation="refused",outcome="refused"} 2');
    expect(metrics).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('asks for a name when the document has several operations and none is named', async () => {
    const answer = await withPlugin.ask({ query: 'query Regions { regions { code } } query Items { items { totalCount } }' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'OPERATION_NAME_REQUIRED', operationNames: ['Regions', 'Items'] });
  });

  it('lets a request that names one of its operations, or sends one alone, through', async () => {
    expect(await withPlugin.ask({ query: '{ __typename }' })).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    expect(await withPlugin.ask({ query: 'query A { __typename } query B { t: __typename }', operationName: 'B' })).toMatchObject({ status: 200, data: { t: 'Query' } });
  });
});
