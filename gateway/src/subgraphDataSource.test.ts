import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GatewayContext } from './callerAuthentication.ts';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { DEFAULT_SUBGRAPH_POLICY } from './resilience/subgraphPolicy.ts';
import { composeSupergraph } from './supergraph/composeSupergraph.ts';
import { SubgraphDataSource, type FetchObserver } from './subgraphDataSource.ts';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SubgraphDataSource', () => {
  it('names the subgraph and its region when it cannot be reached, and the error code, never the address', async () => {
    const agent = new Agent();
    const port = await closedPort();
    const source = new SubgraphDataSource('anhui', `http://127.0.0.1:${port}/graphql`, agent, async () => 'assertion', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('anhui', DEFAULT_SUBGRAPH_POLICY.breaker));
    const request = { query: '{ __typename }', http: { method: 'POST', url: source.url, headers: new Headers() } };
    const failure = await source
      .process({ kind: 'HEALTH_CHECK', request, context: {} } as unknown as Parameters<SubgraphDataSource['process']>[0])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_FAILED', serviceName: 'anhui', region: 'ANHUI' });
    expect((failure as GraphQLError).message).toBe('安徽省（anhui） 子图暂时无法访问：无法连接（ECONNREFUSED）');
    const told = JSON.stringify({ message: (failure as GraphQLError).message, extensions: (failure as GraphQLError).extensions });
    expect(told).not.toContain('127.0.0.1');
    expect(told).not.toContain(String(port));
    await agent.close();
  });
});

describe('SubgraphDataSource under faults', () => {
  /** A subgraph stand-in whose next answers a test scripts. */
  async function scriptedSubgraph(answer: (count: number) => { status: number; body: string; delayMs?: number; contentType?: string }) {
    let count = 0;
    const { createServer: createHttpServer } = await import('node:http');
    const server = createHttpServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const { status, body, delayMs, contentType } = answer(++count);
        setTimeout(() => {
          response.writeHead(status, { 'content-type': contentType ?? 'application/json' });
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
    const options = { kind: 'incoming operation', request, context: { requestId: 'request-1' }, incomingRequestContext: {}, document: undefined } as unknown as Parameters<SubgraphDataSource['process']>[0];
    return source.process(options).then(
      (response) => ({ response, error: undefined }),
      (error: unknown) => ({ response: undefined, error: error as GraphQLError }),
    );
  }

  function source(url: string, policy = { ...DEFAULT_SUBGRAPH_POLICY, retryBackoffMs: 1 }) {
    const agent = new Agent();
    const breaker = new CircuitBreaker('jiangsu', { failureThreshold: 3, cooldownMs: 200 });
    const failures: { failure: GraphQLError; requestId: string | undefined }[] = [];
    const observer: FetchObserver = { fetched: () => {}, retried: () => {}, failed: (_, failure, requestId) => failures.push({ failure, requestId }) };
    return { agent, breaker, failures, source: new SubgraphDataSource('jiangsu', url, agent, async () => 'assertion', policy, breaker, observer) };
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

  /** What Apollo Server answers when a variable fails the subgraph's own scalar (HTTP 400). */
  const REFUSED = {
    status: 400,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({
      errors: [{ message: 'Variable "$date" got invalid value "nope"; 日期格式应为 YYYY-MM-DD', locations: [{ line: 1, column: 12 }], extensions: { code: 'BAD_USER_INPUT' } }],
    }),
  };

  it('passes on a 400 with GraphQL errors as the subgraph\'s answer: not retried, not held against the breaker', async () => {
    const subgraph = await scriptedSubgraph(() => REFUSED);
    const { agent, breaker, failures, source: dataSource } = source(subgraph.url);
    for (let request = 1; request <= 10; request++) {
      const result = await run(dataSource, 'query FeeOnDate($date: Date!) { feeOnDate(date: $date) }');
      expect(result.error).toBeUndefined();
      expect(result.response?.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('"nope"'), extensions: { code: 'BAD_USER_INPUT' } })]);
      expect(subgraph.requests()).toBe(request);
    }
    expect(breaker.state).toBe('CLOSED');
    expect(failures).toEqual([]);
    await agent.close();
    await subgraph.close();
  });

  it('still counts a 4xx that is not a GraphQL answer (a proxy\'s HTML 404) and a 500 as failures: retried, and they open the breaker', async () => {
    const subgraph = await scriptedSubgraph((count) =>
      count <= 2 ? { status: 404, contentType: 'text/html', body: '<html><body>404 Not Found</body></html>' } : { status: 500, body: JSON.stringify({ errors: [{ message: 'internal error' }] }) },
    );
    const { agent, breaker, failures, source: dataSource } = source(subgraph.url);
    const notFound = await run(dataSource, 'query Q { __typename }');
    expect(notFound.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 404 });
    expect(notFound.error?.message).toBe('江苏省（jiangsu） 子图暂时无法访问：返回错误（HTTP 404）');
    expect(subgraph.requests()).toBe(2);
    expect(breaker.state).toBe('CLOSED');
    // The 500 is the 3rd failure in a row (threshold 3): it opens the breaker, which refuses its retry.
    const serverError = await run(dataSource, 'query Q { __typename }');
    expect(serverError.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CIRCUIT_OPEN' });
    expect(subgraph.requests()).toBe(3);
    expect(breaker.state).toBe('OPEN');
    expect(failures.map(({ failure }) => [failure.extensions.reason, failure.extensions.status])).toEqual([
      ['HTTP_ERROR', 404],
      ['HTTP_ERROR', 404],
      ['HTTP_ERROR', 500],
    ]);
    await agent.close();
    await subgraph.close();
  });

  it('tells the observer (the log) the cause with the address, and the client only the error code', async () => {
    const port = await closedPort();
    const { agent, failures, source: dataSource } = source(`http://127.0.0.1:${port}/graphql`, { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 0 });
    const result = await run(dataSource, 'query Q { __typename }');
    expect(result.error?.message).toBe('江苏省（jiangsu） 子图暂时无法访问：无法连接（ECONNREFUSED）');
    expect(JSON.stringify(result.error?.extensions)).not.toContain(String(port));
    expect(failures).toHaveLength(1);
    expect(failures[0]?.requestId).toBe('request-1');
    expect(failures[0]?.failure.originalError?.message).toContain(`127.0.0.1:${port}`);
    await agent.close();
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

describe('a subgraph refusing a request, through Apollo Gateway', () => {
  const CATALOG_SDL = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    scalar Date
    type Query { feeOnDate(date: Date!): Int }
  `;
  const FEE_ON_DATE = 'query FeeOnDate($date: Date!) { feeOnDate(date: $date) }';
  const BAD_DATE = { message: 'Variable "$date" got invalid value "nope"; 日期格式应为 YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT' } };
  type Answer = { status: number; body: unknown };

  /** A gateway over one "catalog" subgraph whose answer to each fetch depends on its `date` variable. */
  async function gatewayOver(answer: (date: unknown) => Answer) {
    const { createServer: createHttpServer } = await import('node:http');
    let fetches = 0;
    const subgraph = createHttpServer((request, response) => {
      fetches++;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { date?: unknown } };
        const { status, body } = answer(variables?.date);
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const { supergraphSdl } = composeSupergraph([{ name: 'catalog', url, typeDefs: CATALOG_SDL }]);
    const agent = new Agent();
    const breaker = new CircuitBreaker('catalog', { failureThreshold: 3, cooldownMs: 60_000 });
    // Constructing an ApolloGateway otherwise starts Apollo's usage telemetry (see operationManifest.ts).
    const telemetry = process.env.APOLLO_TELEMETRY_DISABLED;
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    const gateway = new ApolloGateway({
      supergraphSdl,
      buildService: ({ name }) => new SubgraphDataSource(name, url, agent, async () => 'assertion', { ...DEFAULT_SUBGRAPH_POLICY, retryBackoffMs: 1 }, breaker),
    });
    if (telemetry === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = telemetry;
    const server = new ApolloServer<Partial<GatewayContext>>({ gateway, includeStacktraceInErrorResponses: false });
    await server.start();
    const ask = async (date: string) => {
      const { body } = await server.executeOperation({ query: FEE_ON_DATE, variables: { date } }, { contextValue: { requestId: 'request-1' } });
      if (body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = body.singleResult;
      return { data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) };
    };
    const close = async () => {
      await server.stop();
      await agent.close();
      await new Promise<void>((resolve) => subgraph.close(() => resolve()));
    };
    return { ask, breaker, fetches: () => fetches, close };
  }

  const FEE: Answer = { status: 200, body: { data: { feeOnDate: 30 } } };

  it("gives the client the subgraph's BAD_USER_INPUT from a 400, as from a 200, and the catalog stays open to everybody", async () => {
    // What Apollo Server answers when a variable fails the subgraph's own scalar: HTTP 400.
    const refusing = await gatewayOver((date) => (date === 'nope' ? { status: 400, body: { errors: [{ ...BAD_DATE, locations: [{ line: 1, column: 19 }] }] } } : FEE));
    // The same error in a 200, as a resolver's would be.
    const answering = await gatewayOver((date) => (date === 'nope' ? { status: 200, body: { data: { feeOnDate: null }, errors: [{ ...BAD_DATE, path: ['feeOnDate'] }] } } : FEE));
    try {
      const told = [{ message: BAD_DATE.message, extensions: { code: 'BAD_USER_INPUT', serviceName: 'catalog' } }];
      for (let request = 1; request <= 5; request++) {
        expect((await refusing.ask('nope')).errors).toEqual(told);
        expect(refusing.fetches()).toBe(request); // never retried
      }
      expect((await answering.ask('nope')).errors).toEqual(told);
      expect(refusing.breaker.state).toBe('CLOSED');
      expect(await refusing.ask('2025-01-01')).toEqual({ data: { feeOnDate: 30 }, errors: undefined });
    } finally {
      await refusing.close();
      await answering.close();
    }
  });
});
