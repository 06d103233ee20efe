import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../observability/logger.ts';
import { clientAddressFromEnvironment } from './clientAddress.ts';
import { startGraphQLHttpServer, type GraphQLHttpServerOptions, type RunningHttpServer } from './graphqlHttpServer.ts';
import { httpServerLimitsFromEnvironment } from './httpServerLimits.ts';

/**
 * What a client may hold of a server before it is known who it is: real servers on loopback,
 * raw sockets that send part of a request and stall, and the log lines the server writes.
 */
interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}
const lines: LogLine[] = [];
const output = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
    done();
  },
});
const logger = createLogger('test', { YRD_LOG_LEVEL: 'debug' }, output);
const apollo = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs: parse('type Query { hello: String }'), resolvers: { Query: { hello: () => 'world' } } }]) });
const servers: RunningHttpServer[] = [];
const sockets: Socket[] = [];

beforeAll(() => apollo.start());
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  lines.length = 0;
});
afterAll(() => apollo.stop());

const limits = { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 100 };

async function serve(options: Partial<GraphQLHttpServerOptions<object>> = {}): Promise<RunningHttpServer> {
  const server = await startGraphQLHttpServer({ apollo, host: '127.0.0.1', port: 0, context: async () => ({}), logger, limits, drainMs: 100, ...options });
  servers.push(server);
  return server;
}

const BODY = JSON.stringify({ query: '{ hello }' });

/** The head of a POST of `length` bytes of JSON, with `extra` header lines. */
function head(length: number, extra: readonly string[] = []): string {
  return ['POST /graphql HTTP/1.1', 'host: 127.0.0.1', 'content-type: application/json', `content-length: ${length}`, ...extra, '', ''].join('\r\n');
}

interface RawClient {
  readonly socket: Socket;
  /** Everything the server sent, once it closed the connection; and after how many milliseconds. */
  readonly closed: Promise<{ text: string; ms: number }>;
  /** Everything the server has sent so far. */
  received(): string;
}

/** A connection that sends `text` and then nothing more (until the test writes again). */
function rawClient(port: number, text: string): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let received = '';
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    const closed = new Promise<{ text: string; ms: number }>((done) => socket.on('close', () => done({ text: received, ms: performance.now() - started })));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(text);
      resolve({ socket, closed, received: () => received });
    });
    socket.once('error', reject);
  });
}

/** `promise`, or `undefined` once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined))]);
}

async function until(predicate: () => boolean, ms = 2_000): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const requestLines = () => lines.filter((line) => line.msg === 'request');

describe('the time a client has to send a request', () => {
  it('closes a connection whose body stalls once the request timeout has passed, answering 408', async () => {
    const server = await serve();
    // 950 bytes of a declared 999: the body never completes.
    const client = await rawClient(server.port, head(999) + '{"query":"'.padEnd(950, 'x'));
    const closed = await within(client.closed, 3_000);
    expect(closed, 'the server closed the stalled connection').toBeDefined();
    expect(closed?.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(closed?.ms).toBeLessThan(2_000);
    await until(() => requestLines().length === 1);
    expect(requestLines()[0]).toMatchObject({ level: 30, status: 408 });
    expect(lines.find((line) => line.msg === 'request body not received')).toMatchObject({ level: 20, reason: 'the request timeout passed' });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('closes a connection whose headers stall once the headers timeout has passed', async () => {
    const server = await serve();
    const client = await rawClient(server.port, 'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\n');
    const closed = await within(client.closed, 3_000);
    expect(closed?.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(closed?.ms).toBeLessThan(1_500);
  });

  it('does not cut off a request whose body is in, however long its answer takes', async () => {
    const slow = new ApolloServer({
      schema: buildSubgraphSchema([{ typeDefs: parse('type Query { slow: String }'), resolvers: { Query: { slow: () => new Promise((resolve) => setTimeout(resolve, 900, 'done')) } } }]),
    });
    await slow.start();
    try {
      const server = await serve({ apollo: slow });
      const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) });
      expect(await answer.json()).toEqual({ data: { slow: 'done' } });
    } finally {
      await Promise.all(servers.splice(0).map((server) => server.close()));
      await slow.stop();
    }
  });
});

describe('a body its client abandons', () => {
  it('is logged at debug without a stack, not as a server error; the request line says 499', async () => {
    const server = await serve();
    const arrived = new Promise((resolve) => server.server.once('request', resolve));
    const client = await rawClient(server.port, head(999) + '{"query":');
    await arrived;
    client.socket.destroy();
    await until(() => requestLines().length === 1);
    expect(requestLines()[0]).toMatchObject({ status: 499 });
    const abandoned = lines.find((line) => line.msg === 'request body not received');
    expect(abandoned).toMatchObject({ level: 20, reason: 'the client closed the connection' });
    expect(abandoned).not.toHaveProperty('err');
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});

describe('connections held at once', () => {
  it('closes a connection past the cap as it arrives, says so once, and takes new ones when one has gone', async () => {
    const server = await serve({ limits: { ...limits, requestTimeoutMs: 10_000, headersTimeoutMs: 10_000, maxConnections: 3 } });
    let open = 0;
    server.server.on('request', () => open++);
    const held = await Promise.all([1, 2, 3].map(() => rawClient(server.port, head(999) + '{')));
    await until(() => open === 3);
    const turnedAway = await Promise.all([1, 2].map(() => rawClient(server.port, head(BODY.length) + BODY)));
    for (const client of turnedAway) {
      const closed = await within(client.closed, 2_000);
      expect(closed, 'a connection past the cap is closed').toBeDefined();
      expect(closed?.text).toBe('');
    }
    await until(() => lines.some((line) => line.msg.startsWith('connections refused')));
    expect(lines.filter((line) => line.msg.startsWith('connections refused'))).toEqual([expect.objectContaining({ level: 40, maxConnections: 3 })]);
    held[0]?.socket.destroy();
    await held[0]?.closed;
    await until(() => requestLines().length === 1);
    const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: BODY });
    expect(answer.status).toBe(200);
  });
});

describe('bodies still arriving from one client (bodiesPerClient)', () => {
  // As the gateway counts them: by the client's address, read through a trusted proxy on loopback.
  const clientOf = clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: 'loopback' });

  it('refuses one client past its share with 429 before reading its body, and not another client', async () => {
    const server = await serve({ limits: { ...limits, requestTimeoutMs: 10_000, headersTimeoutMs: 10_000 }, bodiesPerClient: { clientOf, max: 2 } });
    const from = (address: string) => [`x-forwarded-for: ${address}`];
    const stalled = await Promise.all([1, 2].map(() => rawClient(server.port, head(BODY.length, from('203.0.113.9')) + BODY.slice(0, 5))));
    await new Promise((resolve) => setTimeout(resolve, 50));

    const third = await rawClient(server.port, head(BODY.length, from('203.0.113.9')) + BODY.slice(0, 5));
    const refused = await within(third.closed, 2_000);
    expect(refused?.text).toMatch(/^HTTP\/1\.1 429 /);
    expect(refused?.text).toMatch(/retry-after: 1/i);
    expect(refused?.text).toContain('"reason":"TOO_MANY_UNFINISHED_REQUESTS"');
    expect(refused?.text).toContain('"code":"RATE_LIMITED"');

    // Another client is not held back by the first one's stalled bodies.
    const other = await rawClient(server.port, head(BODY.length, [...from('203.0.113.10'), 'connection: close']) + BODY);
    expect((await within(other.closed, 2_000))?.text).toMatch(/^HTTP\/1\.1 200 /);

    // Once one of the stalled bodies is in, the first client may send another.
    stalled[0]?.socket.write(BODY.slice(5));
    await until(() => stalled[0]?.received().startsWith('HTTP/1.1 200') ?? false);
    const next = await rawClient(server.port, head(BODY.length, [...from('203.0.113.9'), 'connection: close']) + BODY);
    expect((await within(next.closed, 2_000))?.text).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('counts a request only while its body is arriving: one client may send many requests one after another', async () => {
    const server = await serve({ bodiesPerClient: { clientOf, max: 1 } });
    for (let i = 0; i < 5; i++) {
      const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: BODY });
      expect(answer.status).toBe(200);
    }
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(server.url, { method: 'GET', headers: { 'x-forwarded-for': '203.0.113.9' } })));
    expect(answers.every((answer) => answer.status !== 429)).toBe(true);
  });
});

describe('httpServerLimitsFromEnvironment', () => {
  it('has bounded defaults, and refuses a headers timeout longer than the request timeout', () => {
    expect(httpServerLimitsFromEnvironment({})).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 4_096 });
    expect(httpServerLimitsFromEnvironment({ YRD_HTTP_REQUEST_TIMEOUT_MS: '2000' })).toMatchObject({ headersTimeoutMs: 2_000, requestTimeoutMs: 2_000 });
    expect(() => httpServerLimitsFromEnvironment({ YRD_HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(/YRD_HTTP_HEADERS_TIMEOUT_MS .* YRD_HTTP_REQUEST_TIMEOUT_MS/);
    expect(() => httpServerLimitsFromEnvironment({ YRD_HTTP_MAX_CONNECTIONS: '0' })).toThrow(/YRD_HTTP_MAX_CONNECTIONS/);
  });
});
