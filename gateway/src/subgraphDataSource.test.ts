import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { DEFAULT_SUBGRAPH_POLICY } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource } from './subgraphDataSource.ts';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SubgraphDataSource', () => {
  it('names the subgraph and its region when it cannot be reached', async () => {
    const agent = new Agent();
    const source = new SubgraphDataSource('anhui', `http://127.0.0.1:${await closedPort()}/graphql`, agent, async () => 'assertion', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('anhui', DEFAULT_SUBGRAPH_POLICY.breaker));
    const request = { query: '{ __typename }', http: { method: 'POST', url: source.url, headers: new Headers() } };
    const failure = await source
      .process({ kind: 'HEALTH_CHECK', request, context: {} } as unknown as Parameters<SubgraphDataSource['process']>[0])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_FAILED', serviceName: 'anhui', region: 'ANHUI' });
    expect((failure as GraphQLError).message).toMatch(/安徽省（anhui） 子图暂时无法访问：无法连接（.*ECONNREFUSED/);
    await agent.close();
  });
});

describe('SubgraphDataSource under faults', () => {
  /** A subgraph stand-in whose next answers a test scripts. */
  async function scriptedSubgraph(answer: (count: number) => { status: number; body: string; delayMs?: number }) {
    let count = 0;
    const { createServer: createHttpServer } = await import('node:http');
    const server = createHttpServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const { status, body, delayMs } = answer(++count);
        setTimeout(() => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(body);
        }, delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/graphql`, requests: () => count, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  const OK = { status: 200, body: JSON.stringify({ data: { __typename: 'Query' } }) };

  async function run(source: SubgraphDataSource, query: string) {
    const request = { query, http: { method: 'POST', url: source.url, headers: new Headers() } };
    const options = { kind: 'incoming operation', request, context: {}, incomingRequestContext: {}, document: undefined } as unknown as Parameters<SubgraphDataSource['process']>[0];
    return source.process(options).then(
      (response) => ({ response, error: undefined }),
      (error: unknown) => ({ response: undefined, error: error as GraphQLError }),
    );
  }

  function source(url: string, policy = { ...DEFAULT_SUBGRAPH_POLICY, retryBackoffMs: 1 }) {
    const agent = new Agent();
    const breaker = new CircuitBreaker('jiangsu', { failureThreshold: 3, cooldownMs: 200 });
    return { agent, breaker, source: new SubgraphDataSource('jiangsu', url, agent, async () => 'assertion', policy, breaker) };
  }

  it('retries a query once after a 500, never a mutation', async () => {
    const subgraph = await scriptedSubgraph((count) => (count === 1 || count === 3 ? { status: 500, body: 'oops' } : OK));
    const { agent, source: dataSource } = source(subgraph.url);
    const query = await run(dataSource, 'query Q { __typename }');
    expect(query.error).toBeUndefined();
    expect(subgraph.requests()).toBe(2);
    const mutation = await run(dataSource, 'mutation M { __typename }');
    expect(mutation.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 500, region: 'JIANGSU' });
    expect(subgraph.requests()).toBe(3);
    await agent.close();
    await subgraph.close();
  });

  it('gives up on a subgraph slower than its timeout, with reason TIMEOUT', async () => {
    // undici checks its timeouts on a coarse clock (about a second), hence the long delay.
    const subgraph = await scriptedSubgraph(() => ({ ...OK, delayMs: 4_000 }));
    const { agent, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, timeoutMs: 300, queryRetries: 0 });
    const result = await run(dataSource, 'query Q { __typename }');
    expect(result.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT' });
    await agent.destroy();
    await subgraph.close();
  }, 10_000);

  it('names garbage as BAD_RESPONSE, opens the breaker after repeated failures, and closes it after a good probe', async () => {
    let healthy = false;
    const subgraph = await scriptedSubgraph(() => (healthy ? OK : { status: 200, body: '<html>not graphql' }));
    const { agent, breaker, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 0 });
    const first = await run(dataSource, 'query Q { __typename }');
    expect(first.error?.extensions).toMatchObject({ reason: 'BAD_RESPONSE' });
    await run(dataSource, 'query Q { __typename }');
    await run(dataSource, 'query Q { __typename }');
    expect(breaker.state).toBe('OPEN');
    const sent = subgraph.requests();
    const rejected = await run(dataSource, 'query Q { __typename }');
    expect(rejected.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CIRCUIT_OPEN' });
    expect(subgraph.requests()).toBe(sent);
    healthy = true;
    await new Promise((resolve) => setTimeout(resolve, 220));
    const probe = await run(dataSource, 'query Q { __typename }');
    expect(probe.error).toBeUndefined();
    expect(breaker.state).toBe('CLOSED');
    await agent.close();
    await subgraph.close();
  });

  it('answers an entity fetch that failed with null fields and the error', async () => {
    const subgraph = await scriptedSubgraph(() => ({ status: 503, body: 'down' }));
    const { agent, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 0 });
    const request = {
      query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on PolicyCheck { jiangsuProfileRecords { __typename } } } }',
      variables: { representations: [{ __typename: 'PolicyCheck', subjectId: 'x' }] },
      http: { method: 'POST', url: dataSource.url, headers: new Headers() },
    };
    const response = await dataSource.process({ kind: 'incoming operation', request, context: {}, incomingRequestContext: {} } as unknown as Parameters<SubgraphDataSource['process']>[0]);
    expect(response.data).toEqual({ _entities: [{ __typename: 'PolicyCheck', jiangsuProfileRecords: null }] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', region: 'JIANGSU', reason: 'HTTP_ERROR' });
    await agent.close();
    await subgraph.close();
  });
});
