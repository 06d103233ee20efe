import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicy } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource, type FetchObserver } from './subgraphDataSource.ts';

/**
 * A hung province (SIGSTOPped, as an SRE found it): it takes connections and requests and answers
 * none — until `resume()`, after which it answers new requests at once. `drop()` makes it close
 * the connection of each request it reads instead.
 */
async function hungSubgraph() {
  let requests = 0;
  let mode: 'hang' | 'answer' | 'drop' = 'hang';
  const held: ServerResponse[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests++;
      if (mode === 'answer') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { __typename: 'Query' } }));
      } else if (mode === 'drop') {
        request.socket.destroy();
      } else {
        held.push(response);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => requests,
    resume: () => void (mode = 'answer'),
    drop: () => void (mode = 'drop'),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A data source over a pool of two connections, as startGateway builds it (Agent `connections` = the policy's). */
function dataSourceFor(url: string, policy: Partial<SubgraphPolicy>) {
  const settings: SubgraphPolicy = { ...DEFAULT_SUBGRAPH_POLICY, connections: 2, retryBackoffMs: 1, ...policy };
  const agent = new Agent({ connections: settings.connections });
  const breaker = new CircuitBreaker('anhui', settings.breaker);
  const retried: string[] = [];
  const failures: GraphQLError[] = [];
  const observer: FetchObserver = { fetched: () => {}, retried: (subgraph) => retried.push(subgraph), answeredFromCache: () => {}, failed: (_, failure) => failures.push(failure) };
  return { agent, breaker, retried, failures, source: new SubgraphDataSource('anhui', url, agent, async () => 'assertion', settings, breaker, observer) };
}

/** A client's mutation taking an idempotency key (takeQueueNumber), as the gateway validated it, and its schema. */
const KEYED_SCHEMA = buildSchema(`
  type Query { ping: Boolean }
  type Mutation { anhui: AnhuiMutations! }
  type AnhuiMutations { takeQueueNumber(placeId: ID!, itemCode: ID!, idempotencyKey: String!): Boolean }
`);
const KEYED_DOCUMENT = parse('mutation TakeQueueNumber { anhui { takeQueueNumber(placeId: "34-HALL-00001", itemCode: "000000000101", idempotencyKey: "k-1") } }');

/** One fetch planned for a client's operation of the same type (a mutation: takeQueueNumber); its error (undefined when answered) and when it ended. */
async function fetchOnce(source: SubgraphDataSource, query = 'query Q { __typename }', since = performance.now()) {
  const operation = query.startsWith('mutation') ? 'mutation' : 'query';
  const incomingRequestContext =
    operation === 'mutation'
      ? { schema: KEYED_SCHEMA, document: KEYED_DOCUMENT, operation: KEYED_DOCUMENT.definitions[0] }
      : { operation: { kind: 'OperationDefinition', operation } };
  const options = {
    kind: 'incoming operation',
    request: { query, http: { method: 'POST', url: source.url, headers: new Headers() } },
    context: { requestId: 'request-1' },
    incomingRequestContext,
  } as unknown as Parameters<SubgraphDataSource['process']>[0];
  const error = await source.process(options).then(
    () => undefined,
    (thrown: unknown) => thrown as GraphQLError,
  );
  return { error, reason: error?.extensions.reason, afterMs: performance.now() - since };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a hung subgraph under load, over a pool of two connections', () => {
  it('ends every fetch, queued or not, by its deadline, as TIMEOUT: the queued ones stop waiting for a connection at their deadline', async () => {
    const subgraph = await hungSubgraph();
    const timeoutMs = 1_000;
    // The breaker stays closed: this is about the deadline alone.
    const { agent, source } = dataSourceFor(subgraph.url, { timeoutMs, queryRetries: 0, breaker: { failureThreshold: 1_000, cooldownMs: 60_000 } });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 12 }, () => fetchOnce(source, undefined, started)));
    expect(results.map(({ reason }) => reason)).toEqual(Array(12).fill('TIMEOUT'));
    // Each within 2 × its deadline + 2 s of being asked for: twelve over two connections one after the other would take six deadlines.
    expect(Math.max(...results.map(({ afterMs }) => afterMs))).toBeLessThan(2 * timeoutMs + 2_000);
    // The ten that found both connections busy gave up waiting: at most a few got a connection just before their deadline.
    expect(subgraph.requests()).toBeLessThan(12);
    await agent.destroy();
    await subgraph.close();
  }, 30_000);

  it('fails the fetches queued behind it with CIRCUIT_OPEN as soon as the breaker opens, and the probe after the cooldown goes through at once', async () => {
    const subgraph = await hungSubgraph();
    const { agent, breaker, failures, source } = dataSourceFor(subgraph.url, { timeoutMs: 1_000, queryRetries: 0, breaker: { failureThreshold: 1, cooldownMs: 300 } });
    // A second data source on the same pool and breaker (as a reloaded supergraph builds), whose
    // fetches may wait far longer: were they not told the breaker opened, they would time out.
    const patient = new SubgraphDataSource('anhui', subgraph.url, agent, async () => 'assertion', { ...DEFAULT_SUBGRAPH_POLICY, connections: 2, timeoutMs: 20_000, queryRetries: 0 }, breaker, {
      fetched: () => {},
      retried: () => {},
      answeredFromCache: () => {},
      failed: (_, failure) => failures.push(failure),
    });
    const sent = [fetchOnce(source), fetchOnce(source)];
    await wait(200);
    const queued = Array.from({ length: 8 }, () => fetchOnce(patient));
    expect((await Promise.all(sent)).map(({ reason }) => reason)).toEqual(['TIMEOUT', 'TIMEOUT']);
    const rest = await Promise.all(queued);
    expect(rest.map(({ reason }) => reason)).toEqual(Array(8).fill('CIRCUIT_OPEN'));
    expect(rest.every(({ error }) => (error?.extensions.retryAfterSeconds as number) >= 1)).toBe(true);
    // Long before their own deadline of 20 s.
    expect(Math.max(...rest.map(({ afterMs }) => afterMs))).toBeLessThan(10_000);
    // Never sent, and not logged as eight more timeouts.
    expect(subgraph.requests()).toBe(2);
    expect(failures.map((failure) => failure.extensions.reason)).toEqual(['TIMEOUT', 'TIMEOUT']);

    subgraph.resume();
    await wait(400);
    expect(breaker.state).toBe('HALF_OPEN');
    const probe = await fetchOnce(patient);
    expect(probe.error).toBeUndefined();
    // Not behind anything: nothing was left waiting for a connection.
    expect(probe.afterMs).toBeLessThan(5_000);
    expect(breaker.state).toBe('CLOSED');
    expect(subgraph.requests()).toBe(3);
    await agent.destroy();
    await subgraph.close();
  }, 30_000);

  it('does not retry a query that timed out (a hung subgraph would hold it twice as long), but still one refused a connection', async () => {
    const subgraph = await hungSubgraph();
    const timeoutMs = 500;
    const { agent, retried, source } = dataSourceFor(subgraph.url, { timeoutMs, queryRetries: 1 });
    const timedOut = await fetchOnce(source);
    expect(timedOut.reason).toBe('TIMEOUT');
    expect(subgraph.requests()).toBe(1);
    expect(retried).toEqual([]);
    expect(timedOut.afterMs).toBeLessThan(2 * timeoutMs + 2_000);
    await agent.destroy();
    await subgraph.close();

    // The same port, now closed: connection refused is retried once.
    const refused = dataSourceFor(subgraph.url, { timeoutMs, queryRetries: 1 });
    expect((await fetchOnce(refused.source)).error?.extensions).toMatchObject({ reason: 'CONNECTION_FAILED' });
    expect(refused.retried).toEqual(['anhui']);
    expect(refused.failures).toHaveLength(2);
    await refused.agent.close();
  }, 20_000);
});

describe("a mutation's failure says whether it may have been applied", () => {
  const MUTATION = 'mutation TakeQueueNumber { __typename }';
  const MAY_HAVE_BEEN_APPLIED = '；该操作可能已执行，请用同一幂等键重试以获知结果';

  it('timed out after it was sent: outcome UNKNOWN, retry with the same idempotency key', async () => {
    const subgraph = await hungSubgraph();
    const { agent, source } = dataSourceFor(subgraph.url, { timeoutMs: 500 });
    const { error } = await fetchOnce(source, MUTATION);
    expect(error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT', region: 'ANHUI', outcome: 'UNKNOWN' });
    expect(error?.message).toBe(`安徽省的服务暂时无法访问：响应超时（timeout）${MAY_HAVE_BEEN_APPLIED}`);
    await agent.destroy();
    await subgraph.close();
  }, 10_000);

  it('lost its connection after it was sent: outcome UNKNOWN', async () => {
    const subgraph = await hungSubgraph();
    subgraph.drop();
    const { agent, source } = dataSourceFor(subgraph.url, { timeoutMs: 2_000 });
    const { error } = await fetchOnce(source, MUTATION);
    expect(error?.extensions).toMatchObject({ reason: 'CONNECTION_FAILED', outcome: 'UNKNOWN' });
    expect(error?.message.endsWith(MAY_HAVE_BEEN_APPLIED)).toBe(true);
    expect(subgraph.requests()).toBe(1);
    await agent.destroy();
    await subgraph.close();
  }, 10_000);

  it('refused before it was sent — connection refused, or the breaker open — was not applied', async () => {
    const subgraph = await hungSubgraph();
    await subgraph.close();
    const { agent, source } = dataSourceFor(subgraph.url, { breaker: { failureThreshold: 1, cooldownMs: 60_000 } });
    const refused = await fetchOnce(source, MUTATION);
    expect(refused.error?.extensions).toMatchObject({ reason: 'CONNECTION_FAILED', outcome: 'NOT_APPLIED' });
    expect(refused.error?.message).toBe('安徽省的服务暂时无法访问：无法连接（ECONNREFUSED）；该操作未执行');
    const circuitOpen = await fetchOnce(source, MUTATION);
    expect(circuitOpen.error?.extensions).toMatchObject({ reason: 'CIRCUIT_OPEN', outcome: 'NOT_APPLIED' });
    expect(circuitOpen.error?.message).toMatch(/；该操作未执行$/);
    // A query's failure is told as before: it changes nothing.
    const query = await fetchOnce(source);
    expect(query.error?.extensions.outcome).toBeUndefined();
    expect(query.error?.message).toMatch(/（约 \d+ 秒后重试）$/);
    await agent.close();
  });
});
