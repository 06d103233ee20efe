import type { ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GatewayContext } from './callerAuthentication.ts';
import { MAX_SUBGRAPH_RESPONSE_BYTES } from './resilience/boundedBody.ts';
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
    expect((failure as GraphQLError).message).toBe('安徽省的服务暂时无法访问：无法连接（ECONNREFUSED）');
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

  /** One fetch of `query`, planned for a client's operation of type `incoming`. */
  async function run(source: SubgraphDataSource, query: string, incoming: 'query' | 'mutation' = query.trimStart().startsWith('mutation') ? 'mutation' : 'query') {
    const request = { query, http: { method: 'POST', url: source.url, headers: new Headers() } };
    const incomingRequestContext = { operation: { kind: 'OperationDefinition', operation: incoming } };
    const options = { kind: 'incoming operation', request, context: { requestId: 'request-1' }, incomingRequestContext, document: undefined } as unknown as Parameters<SubgraphDataSource['process']>[0];
    return source.process(options).then(
      (response) => ({ response, error: undefined }),
      (error: unknown) => ({ response: undefined, error: error as GraphQLError }),
    );
  }

  function source(url: string, policy = { ...DEFAULT_SUBGRAPH_POLICY, retryBackoffMs: 1 }) {
    const agent = new Agent();
    const breaker = new CircuitBreaker('jiangsu', { failureThreshold: 3, cooldownMs: 200 });
    const failures: { failure: GraphQLError; requestId: string | undefined }[] = [];
    const observer: FetchObserver = { fetched: () => {}, retried: () => {}, answeredFromCache: () => {}, failed: (_, failure, requestId) => failures.push({ failure, requestId }) };
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

  it('never retries a query fetch planned for a client\'s mutation (a holder\'s part of requestEvidence releases records)', async () => {
    const subgraph = await scriptedSubgraph((count) => (count === 1 ? { status: 500, body: 'oops' } : OK));
    const { agent, source: dataSource } = source(subgraph.url);
    const entityFetch = await run(dataSource, 'query M__jiangsu__1($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', 'mutation');
    expect(entityFetch.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 500 });
    expect(subgraph.requests()).toBe(1);
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

  it('takes a province without a trust list at its word: not retried, and still said while the breaker is open', async () => {
    let healthy = false;
    const noTrustList = {
      status: 503,
      body: JSON.stringify({ errors: [{ message: '江苏省暂时无法核验调用方身份', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE' } }] }),
    };
    const subgraph = await scriptedSubgraph(() => (healthy ? OK : noTrustList));
    const { agent, breaker, source: dataSource } = source(subgraph.url);
    const first = await run(dataSource, 'query Q { __typename }');
    expect(first.error?.extensions).toMatchObject({ reason: 'HTTP_ERROR', status: 503, subgraphReason: 'TRUST_LIST_UNAVAILABLE' });
    // Asking again at once would get the same: one request, though queries are retried once.
    expect(subgraph.requests()).toBe(1);
    await run(dataSource, 'query Q { __typename }');
    await run(dataSource, 'query Q { __typename }');
    expect(breaker.state).toBe('OPEN');
    const rejected = await run(dataSource, 'query Q { __typename }');
    expect(rejected.error?.extensions).toMatchObject({ reason: 'CIRCUIT_OPEN', subgraphReason: 'TRUST_LIST_UNAVAILABLE' });
    expect(rejected.error?.message).toContain('无法核验网关的签名');
    healthy = true;
    await new Promise((resolve) => setTimeout(resolve, 220));
    expect((await run(dataSource, 'query Q { __typename }')).error).toBeUndefined();
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
    expect(notFound.error?.message).toBe('江苏省的服务暂时无法访问：返回错误（HTTP 404）');
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
    expect(result.error?.message).toBe('江苏省的服务暂时无法访问：无法连接（ECONNREFUSED）');
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
  /** A subgraph stand-in that writes its answers itself, and tells whether the gateway closed the connection. */
  async function streamingSubgraph(write: (response: ServerResponse) => void) {
    const { createServer: createHttpServer } = await import('node:http');
    const closes: Promise<void>[] = [];
    const server = createHttpServer((request, response) => {
      closes.push(new Promise((resolve) => request.socket.once('close', () => resolve())));
      request.resume();
      request.on('end', () => write(response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    /** Whether the first connection was closed within `ms`. */
    const closedWithin = (ms: number) => Promise.race([closes[0]!.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
    const close = () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    };
    return { url: `http://127.0.0.1:${port}/graphql`, closedWithin, close };
  }

  it('holds the whole fetch to its deadline: a body that trickles in is cut off with reason TIMEOUT, its connection closed', async () => {
    // Headers at once, then a byte every 100 ms: never silent long enough for undici's bodyTimeout.
    const subgraph = await streamingSubgraph((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data":{"__typename":"Query"}');
      const trickle = setInterval(() => response.write(' '), 100);
      response.on('close', () => clearInterval(trickle));
    });
    const { agent, failures, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, timeoutMs: 500, queryRetries: 0 });
    const started = performance.now();
    const result = await run(dataSource, 'query Q { __typename }');
    expect(result.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT', serviceName: 'jiangsu', region: 'JIANGSU' });
    expect(result.error?.message).toBe('江苏省的服务暂时无法访问：响应超时（timeout）');
    // Cut off at the first chunk after the deadline: 500 ms plus one 100 ms gap, with room for a slow machine.
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(await subgraph.closedWithin(1_000)).toBe(true);
    expect(failures.map(({ failure }) => failure.extensions.reason)).toEqual(['TIMEOUT']);
    await agent.close();
    await subgraph.close();
  }, 5_000);

  /**
   * An answer that is valid JSON half as long again as the limit, sent in 1 MiB chunks as fast as
   * the gateway reads (and, if asked, with its length declared): the gateway must stop reading it.
   */
  function oversized(declareLength: boolean) {
    const head = '{"data":{"__typename":"Query","padding":"';
    const tail = '"}}';
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    const total = MAX_SUBGRAPH_RESPONSE_BYTES * 1.5;
    const paddingBytes = total - head.length - tail.length;
    return (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) });
      response.write(head);
      let sent = 0;
      const more = () => {
        while (sent < paddingBytes && !response.destroyed) {
          const part = chunk.subarray(0, Math.min(chunk.length, paddingBytes - sent));
          sent += part.length;
          if (!response.write(part)) return void response.once('drain', more);
        }
        if (!response.destroyed) response.end(tail);
      };
      more();
    };
  }

  it('cuts off an answer larger than the limit as BAD_RESPONSE, its connection closed, whether or not it declares its length', async () => {
    for (const declareLength of [false, true]) {
      const subgraph = await streamingSubgraph(oversized(declareLength));
      const { agent, failures, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 0 });
      const result = await run(dataSource, 'query Q { __typename }');
      expect(result.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'BAD_RESPONSE', region: 'JIANGSU' });
      expect(result.error?.message).toBe('江苏省的服务暂时无法访问：返回了无法识别的内容（response too large）');
      expect(await subgraph.closedWithin(1_000)).toBe(true);
      // Like any other garbage: the breaker counts it.
      expect(failures).toHaveLength(1);
      await agent.close();
      await subgraph.close();
    }
  }, 20_000);

  /** An entity fetch for one PolicyCheck, as Apollo Gateway sends it to a province. */
  async function fetchEntity(dataSource: SubgraphDataSource) {
    const request = {
      query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on PolicyCheck { jiangsuProfileRecords { __typename } } } }',
      variables: { representations: [{ __typename: 'PolicyCheck', subjectId: 'x' }] },
      http: { method: 'POST', url: dataSource.url, headers: new Headers() },
    };
    const incomingRequestContext = { operation: { kind: 'OperationDefinition', operation: 'query' } };
    return dataSource.process({ kind: 'incoming operation', request, context: {}, incomingRequestContext } as unknown as Parameters<SubgraphDataSource['process']>[0]);
  }

  it("takes an entity fetch answered without its entities, or with a null no error explains, for the subgraph's failure: BAD_RESPONSE, null fields and the error", async () => {
    const broken = [
      [{ data: null }, 'no data and no errors'],
      [{ data: { _entities: [null] } }, 'entity null without an error'],
      [{ data: { _entities: [] } }, 'wrong number of entities'],
      [{ data: {} }, 'entities missing'],
    ] as const;
    for (const [answer, detail] of broken) {
      const subgraph = await scriptedSubgraph(() => ({ status: 200, body: JSON.stringify(answer) }));
      const { agent, failures, source: dataSource } = source(subgraph.url, { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 1, retryBackoffMs: 1 });
      const response = await fetchEntity(dataSource);
      expect(response.data).toEqual({ _entities: [{ __typename: 'PolicyCheck', jiangsuProfileRecords: null }] });
      expect(response.errors).toEqual([
        {
          message: `江苏省的服务暂时无法访问：返回了无法识别的内容（${detail}）`,
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'BAD_RESPONSE', serviceName: 'jiangsu', region: 'JIANGSU' },
        },
      ]);
      // Like a body that is not JSON: retried once, and held against the breaker.
      expect(subgraph.requests()).toBe(2);
      expect(failures.map(({ failure }) => failure.extensions.reason)).toEqual(['BAD_RESPONSE', 'BAD_RESPONSE']);
      await agent.close();
      await subgraph.close();
    }
  });

  it("passes on a province's refusal of one record (a null entity and its FORBIDDEN) unchanged", async () => {
    const refusal = {
      data: { _entities: [null] },
      errors: [{ message: '只能查看本人（本企业）的办件', locations: [{ line: 1, column: 70 }], path: ['_entities', 0], extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' } }],
    };
    const subgraph = await scriptedSubgraph(() => ({ status: 200, body: JSON.stringify(refusal) }));
    const { agent, breaker, failures, source: dataSource } = source(subgraph.url);
    expect(await fetchEntity(dataSource)).toEqual(refusal);
    expect(subgraph.requests()).toBe(1);
    expect(failures).toEqual([]);
    expect(breaker.state).toBe('CLOSED');
    await agent.close();
    await subgraph.close();
  });

  it("forwards a subgraph's errors without their stack traces and exception details, from a 200 and from a 400", async () => {
    const internals = {
      exception: { stacktrace: ['Error: boom', '    at resolve (/srv/jiangsu/src/records.ts:42:7)'], host: '10.0.3.7' },
      stacktrace: ['Error: boom', '    at resolve (/srv/jiangsu/src/records.ts:42:7)'],
    };
    const answers = [
      { status: 200, body: JSON.stringify({ data: { feeOnDate: null }, errors: [{ message: 'boom', path: ['feeOnDate'], extensions: { code: 'INTERNAL_SERVER_ERROR', ...internals } }] }) },
      { ...REFUSED, body: JSON.stringify({ errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT', field: 'date', reason: 'FORMAT', ...internals } }] }) },
    ];
    const subgraph = await scriptedSubgraph((count) => answers[count - 1]!);
    const { agent, source: dataSource } = source(subgraph.url);
    const fromOk = await run(dataSource, 'query FeeOnDate($date: Date!) { feeOnDate(date: $date) }');
    expect(fromOk.response?.errors).toEqual([{ message: 'boom', path: ['feeOnDate'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const fromRefusal = await run(dataSource, 'query FeeOnDate($date: Date!) { feeOnDate(date: $date) }');
    expect(fromRefusal.response?.errors).toEqual([{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT', field: 'date', reason: 'FORMAT' } }]);
    expect(JSON.stringify([fromOk, fromRefusal])).not.toMatch(/stacktrace|exception|\/srv\/|10\.0\.3\.7/);
    await agent.close();
    await subgraph.close();
  });

  it('never advises retrying in 0 seconds: a request rejected while the half-open probe is in flight is told 1 second', async () => {
    const subgraph = await scriptedSubgraph((count) => (count === 1 ? { status: 500, body: 'oops' } : { ...OK, delayMs: 300 }));
    const agent = new Agent();
    const breaker = new CircuitBreaker('jiangsu', { failureThreshold: 1, cooldownMs: 50 });
    const policy = { ...DEFAULT_SUBGRAPH_POLICY, queryRetries: 0 };
    const dataSource = new SubgraphDataSource('jiangsu', subgraph.url, agent, async () => 'assertion', policy, breaker);
    await run(dataSource, 'query Q { __typename }');
    expect(breaker.state).toBe('OPEN');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const probe = run(dataSource, 'query Q { __typename }');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(breaker.state).toBe('HALF_OPEN');
    const rejected = await run(dataSource, 'query Q { __typename }');
    expect(rejected.error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CIRCUIT_OPEN', retryAfterSeconds: 1 });
    expect(rejected.error?.message).toBe('江苏省的服务暂时无法访问：近期连续失败，暂停访问（约 1 秒后重试）');
    expect((await probe).error).toBeUndefined();
    expect(breaker.state).toBe('CLOSED');
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

describe("a province's broken or leaky answer, through Apollo Gateway", () => {
  const CATALOG_SDL = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { thing: Thing }
    type Thing @key(fields: "id") { id: ID! name: String }
  `;
  const ANHUI_SDL = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Thing @key(fields: "id") { id: ID! anhuiNote: String }
  `;

  /** A gateway over a catalog that answers `thing` and an Anhui whose answer to its entity fetch a test sets. */
  async function federation() {
    const { createServer: createHttpServer } = await import('node:http');
    let anhuiAnswer: unknown = null;
    const listen = async (answer: () => unknown) => {
      const server = createHttpServer((request, response) => {
        request.resume();
        request.on('end', () => {
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          response.end(JSON.stringify(answer()));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
    };
    const catalog = await listen(() => ({ data: { thing: { __typename: 'Thing', id: '1', name: '一号' } } }));
    const anhui = await listen(() => anhuiAnswer);
    const urls: Record<string, string> = { catalog: catalog.url, anhui: anhui.url };
    const { supergraphSdl } = composeSupergraph([
      { name: 'catalog', url: catalog.url, typeDefs: CATALOG_SDL },
      { name: 'anhui', url: anhui.url, typeDefs: ANHUI_SDL },
    ]);
    const agent = new Agent();
    // A breaker that stays closed: each answer here is asked for on its own.
    const policy = { ...DEFAULT_SUBGRAPH_POLICY, retryBackoffMs: 1, breaker: { failureThreshold: 100, cooldownMs: 60_000 } };
    const telemetry = process.env.APOLLO_TELEMETRY_DISABLED;
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    const gateway = new ApolloGateway({
      supergraphSdl,
      buildService: ({ name }) => new SubgraphDataSource(name, urls[name]!, agent, async () => 'assertion', policy, new CircuitBreaker(name, policy.breaker)),
    });
    if (telemetry === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = telemetry;
    const server = new ApolloServer<Partial<GatewayContext>>({ gateway, includeStacktraceInErrorResponses: false });
    await server.start();
    const ask = async (answer: unknown) => {
      anhuiAnswer = answer;
      const response = await server.executeOperation({ query: '{ thing { id name anhuiNote } }' }, { contextValue: { requestId: 'request-1' } });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { status: response.http.status, data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) };
    };
    const close = async () => {
      await server.stop();
      await agent.close();
      for (const { server: subgraph } of [catalog, anhui]) await new Promise<void>((resolve) => subgraph.close(() => resolve()));
    };
    return { ask, close };
  }

  const CATALOG_PART = { thing: { id: '1', name: '一号', anhuiNote: null } };

  it("names Anhui when it answers its entity fetch without its entity, and the catalog's part still arrives", async () => {
    const { ask, close } = await federation();
    try {
      for (const [answer, detail] of [
        [{ data: null }, 'no data and no errors'],
        [{ data: { _entities: [null] } }, 'entity null without an error'],
        [{ data: { _entities: [] } }, 'wrong number of entities'],
      ] as const) {
        expect(await ask(answer)).toEqual({
          status: undefined,
          data: CATALOG_PART,
          errors: [
            {
              message: `安徽省的服务暂时无法访问：返回了无法识别的内容（${detail}）`,
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'BAD_RESPONSE', serviceName: 'anhui', region: 'ANHUI' },
            },
          ],
        });
      }
    } finally {
      await close();
    }
  });

  it("passes on Anhui's refusal of one record, and its errors without their stack traces", async () => {
    const { ask, close } = await federation();
    try {
      const refusal = { data: { _entities: [null] }, errors: [{ message: '只能查看本人（本企业）的办件', path: ['_entities', 0], extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' } }] };
      expect(await ask(refusal)).toEqual({
        status: undefined,
        data: CATALOG_PART,
        errors: [{ message: '只能查看本人（本企业）的办件', extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', serviceName: 'anhui' } }],
      });
      const leaky = {
        data: { _entities: [{ __typename: 'Thing', anhuiNote: null }] },
        errors: [
          {
            message: 'boom',
            path: ['_entities', 0, 'anhuiNote'],
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              exception: { stacktrace: ['Error: boom', '    at resolve (/srv/anhui/src/notes.ts:42:7)'], address: '10.0.3.7' },
              stacktrace: ['Error: boom', '    at resolve (/srv/anhui/src/notes.ts:42:7)'],
              http: { status: 503 },
            },
          },
        ],
      };
      const told = await ask(leaky);
      expect(told).toEqual({ status: undefined, data: CATALOG_PART, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'anhui' } }] });
      expect(JSON.stringify(told)).not.toMatch(/stacktrace|exception|\/srv\/|10\.0\.3\.7/);
    } finally {
      await close();
    }
  });
});
