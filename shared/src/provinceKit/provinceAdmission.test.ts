import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { createSubgraphApolloServer } from '../graphql/subgraphApolloServer.ts';
import { ArrivalAddresses } from '../http/arrivalAddresses.ts';
import { clientAddressFromEnvironment } from '../http/clientAddress.ts';
import { startGraphQLHttpServer, type RunningHttpServer } from '../http/graphqlHttpServer.ts';
import { ANONYMOUS } from '../identity/caller.ts';
import { CALLER_ASSERTION_TYPE, CALLER_HEADER } from '../identity/callerAssertion.ts';
import { createLogger } from '../observability/logger.ts';
import { REQUEST_ID_HEADER } from '../observability/requestId.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { TrustListPublisher } from '../trust/publishTrustList.ts';
import { signMessage, type TrustListSource } from '../trust/signedMessage.ts';
import { TrustListUnavailable } from '../trust/trustListUnavailable.ts';
import { AuditLog } from './auditLog.ts';
import { DirectCallRefusals } from './directCallRefusals.ts';
import { admitToProvince, refusalBeforeBody } from './provinceAdmission.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * Anhui's admission of requests, through the HTTP server every subgraph runs: a province whose
 * request path is only this, a query and a mutation that counts how often it ran, the real
 * signatures and trust list, and the audit log in memory. Behind a trusted proxy on loopback,
 * so that the audited address is the one X-Forwarded-For names.
 */
const root = mkdtempSync(join(tmpdir(), 'yrd-admission-'));
const db = openProvinceDatabase(':memory:');
const audit = new AuditLog(db);
const logLines: Record<string, unknown>[] = [];
const logger = createLogger('anhui', { YRD_LOG_LEVEL: 'debug' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
let casesOpened = 0;
let gateway: MemberKeys;
let stranger: MemberKeys;
let hold: Hold | undefined;
/** The request ids of requests whose connection the province has seen closed. */
const closedUnder = new Set<string>();
/** How the admission of each request ended, by request id: admitted, or the code of its refusal. */
const admissions = new Map<string, string>();
let server: RunningHttpServer;
/** Whether the trust list cannot be had (the hub away, no valid copy kept). */
let listUnavailable = false;
let services: ProvinceServices;

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  gateway.register(trustDir);
  stranger = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, join(root, 'elsewhere'));
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  // The trust list answers when the test lets it (`hold`): a signature check that takes its time.
  const trust: TrustListSource = {
    current: async () => {
      if (listUnavailable) throw new TrustListUnavailable(new Error('trust list: HTTP 503 from the hub'));
      if (hold) {
        hold.reached();
        await hold.released;
      }
      return (await publisher.signed()).list;
    },
    refresh: async () => (await publisher.signed(true)).list,
  };
  services = {
    config: { region: requireRegion('ANHUI') },
    refusals: new DirectCallRefusals(audit, { perMinute: 30, burst: 20 }),
    trust,
  } as unknown as ProvinceServices;
  const schema = buildSubgraphSchema({
    typeDefs: parse('type Query { ping: String } type Mutation { openCase: String }'),
    resolvers: { Query: { ping: () => 'pong' }, Mutation: { openCase: () => `case ${++casesOpened}` } },
  });
  const apollo = createSubgraphApolloServer<ProvinceContext>(schema);
  await apollo.start();
  const arrivals = new ArrivalAddresses(clientAddressFromEnvironment({ YRD_TRUSTED_PROXIES: 'loopback' }));
  server = await startGraphQLHttpServer<ProvinceContext>({
    apollo,
    host: '127.0.0.1',
    port: 0,
    context: async (request, requestId) => {
      try {
        const context = await admitToProvince(request, { requestId, sourceAddress: arrivals.of(request) }, services, logger);
        admissions.set(requestId, 'ADMITTED');
        return context;
      } catch (error) {
        admissions.set(requestId, error instanceof GraphQLError ? String(error.extensions.code) : 'FAILED');
        throw error;
      }
    },
  });
  arrivals.watch(server.server);
  // Watched only on the connections of requests whose client hangs up (sendAndHangUp).
  server.server.on('request', (request: IncomingMessage) => {
    const requestId = String(request.headers[REQUEST_ID_HEADER]);
    if (requestId.includes('gone')) request.socket.once('close', () => closedUnder.add(requestId));
  });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  db.exec('DELETE FROM audit_entry');
  logLines.length = 0;
});

/** The gateway's assertion for Anhui, signed `secondsAgo` before now, living 60 s. */
function assertion(secondsAgo: number, key = gateway): Promise<string> {
  return signMessage(CALLER_ASSERTION_TYPE, { aud: 'anhui', caller: ANONYMOUS }, key.signingKey, 60, new Date(Date.now() - secondsAgo * 1000));
}

async function post(query: string, headers: Record<string, string>): Promise<{ status: number; body: { errors?: { extensions: Record<string, unknown> }[] } }> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] } };
}

/** The whole of an HTTP request opening a case, as the gateway would write it (or, with `more`, a proxy). */
function openCaseRequest(token: string, requestId: string, more: readonly string[] = []): string {
  const body = JSON.stringify({ query: 'mutation { openCase }' });
  return [
    'POST /graphql HTTP/1.1',
    'host: 127.0.0.1',
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    `${CALLER_HEADER}: ${token}`,
    `${REQUEST_ID_HEADER}: ${requestId}`,
    ...more,
    '',
    body,
  ].join('\r\n');
}

/** Sends `text` and closes the connection with it, not waiting for an answer; resolves once closed. */
function sendAndHangUp(text: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(text));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

/** A signature check held up: `reached` once the province is in it, on until `release`. */
interface Hold {
  readonly reached: () => void;
  readonly inCheck: Promise<void>;
  readonly released: Promise<void>;
  readonly release: () => void;
}

function holdSignatureChecks(): Hold {
  let reached = () => undefined as void;
  let release = () => undefined as void;
  const inCheck = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return { reached: () => reached(), inCheck, released, release: () => release() };
}

/** Resolves once `predicate` holds (checked every few milliseconds). */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('a province admits', () => {
  it('nobody while no valid trust list can be had: 503 naming the cause, nobody audited', async () => {
    listUnavailable = true;
    try {
      const token = await assertion(0);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CALLER_HEADER]: token, [REQUEST_ID_HEADER]: 'no-trust-list' },
        body: JSON.stringify({ query: '{ ping }' }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors).toEqual([
        { message: expect.stringContaining('安徽省暂时无法核验调用方身份：未能从事项标准库取得有效的联盟成员信任列表，请稍后重试'), extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE' } },
      ]);
      // Checked before the body is read, the same answer.
      const early = await refusalBeforeBody({ headers: { [CALLER_HEADER]: await assertion(1) } } as unknown as IncomingMessage, { requestId: 'early', sourceAddress: '127.0.0.1' }, services);
      expect(early?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE' });
      expect(audit.all()).toEqual([]);
    } finally {
      listUnavailable = false;
    }
  });

  it("the gateway's late requests: refused 401, but neither audited as direct calls nor throttled", async () => {
    // A few a minute from one address, each with an assertion of its own (as the gateway's, one per caller).
    for (let i = 0; i < 5; i++) {
      const late = await assertion(75 + i);
      const answer = await post('{ ping }', { [CALLER_HEADER]: late, [REQUEST_ID_HEADER]: `late-${i}` });
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_EXPIRED' });
    }
    expect(audit.all()).toEqual([]);
    // Nothing counted against the address: a direct call from it now is refused 401, and audited as the first.
    expect((await post('{ ping }', { [REQUEST_ID_HEADER]: 'direct-after-late' })).status).toBe(401);
    expect(audit.all()).toEqual([expect.objectContaining({ event: 'DIRECT_CALL_REFUSED', reason: 'NOT_VIA_GATEWAY', requestId: 'direct-after-late', repeats: 1 })]);
    const noted = logLines.filter((line) => line.msg?.toString().startsWith('late request refused'));
    expect(noted).toHaveLength(5);
    expect(noted[0]).toMatchObject({ level: 30, requestId: 'late-0', lateBySeconds: expect.any(Number) });
    expect(noted[0]?.lateBySeconds).toBeGreaterThanOrEqual(15);
  });

  it('a late assertion that arrives again is a replay: audited and throttled as a direct call from its second arrival', async () => {
    const kept = await assertion(80);
    const from = { 'x-forwarded-for': '203.0.113.20' };
    const first = await post('{ ping }', { ...from, [CALLER_HEADER]: kept, [REQUEST_ID_HEADER]: 'replay-0' });
    expect(first.status).toBe(401);
    expect(audit.all()).toEqual([]);
    const again = await post('{ ping }', { ...from, [CALLER_HEADER]: kept, [REQUEST_ID_HEADER]: 'replay-1' });
    expect(again.status).toBe(401);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_EXPIRED' });
    expect(audit.all()).toEqual([
      expect.objectContaining({ event: 'DIRECT_CALL_REFUSED', outcome: 'REFUSED', reason: 'CALLER_EXPIRED', requestId: 'replay-1', sourceAddress: '203.0.113.20', repeats: 1 }),
    ]);
    // Kept on replaying it: counted against the address like any refusal (a burst of 20 here), then 429.
    const statuses: number[] = [];
    for (let i = 2; i < 30; i++) statuses.push((await post('{ ping }', { ...from, [CALLER_HEADER]: kept, [REQUEST_ID_HEADER]: `replay-${i}` })).status);
    expect(statuses.slice(0, 19).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(logLines.filter((line) => line.msg === 'late assertion replayed: refused as a direct call')).toHaveLength(29);
  });

  it('more late requests from one address than a few a minute are audited, each assertion new or not', async () => {
    const from = { 'x-forwarded-for': '203.0.113.21' };
    for (let i = 0; i < 7; i++) {
      const answer = await post('{ ping }', { ...from, [CALLER_HEADER]: await assertion(90 + i), [REQUEST_ID_HEADER]: `many-late-${i}` });
      expect(answer.status).toBe(401);
    }
    expect(audit.all().map(({ reason, requestId, sourceAddress }) => ({ reason, requestId, sourceAddress }))).toEqual([
      { reason: 'CALLER_EXPIRED', requestId: 'many-late-5', sourceAddress: '203.0.113.21' },
      { reason: 'CALLER_EXPIRED', requestId: 'many-late-6', sourceAddress: '203.0.113.21' },
    ]);
    // Another address's late request is still the gateway's own, arriving late.
    expect((await post('{ ping }', { 'x-forwarded-for': '203.0.113.22', [CALLER_HEADER]: await assertion(100) })).status).toBe(401);
    expect(audit.all()).toHaveLength(2);
  });

  it("a late request whose client has gone is dropped unaudited, even under an assertion seen before (the gateway's after a stall)", async () => {
    const reused = await assertion(85);
    expect((await post('{ ping }', { 'x-forwarded-for': '203.0.113.23', [CALLER_HEADER]: reused })).status).toBe(401);
    await sendAndHangUp(openCaseRequest(reused, 'gone-late', ['x-forwarded-for: 203.0.113.23']));
    await until(() => admissions.has('gone-late'));
    expect(admissions.get('gone-late')).toBe('CLIENT_GONE');
    expect(audit.all()).toEqual([]);
  });

  it('no forged call unaudited: each names its request id and the address it came from', async () => {
    const forged = await assertion(0, stranger);
    const answer = await post('{ ping }', { [CALLER_HEADER]: forged, [REQUEST_ID_HEADER]: 'forged-1', 'x-forwarded-for': '203.0.113.9' });
    expect(answer.status).toBe(401);
    expect((await post('{ ping }', { [REQUEST_ID_HEADER]: 'direct-1', 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect(audit.all().map(({ event, reason, requestId, sourceAddress }) => ({ event, reason, requestId, sourceAddress }))).toEqual([
      { event: 'DIRECT_CALL_REFUSED', reason: 'CALLER_UNKNOWN_KEY', requestId: 'forged-1', sourceAddress: '203.0.113.9' },
      { event: 'DIRECT_CALL_REFUSED', reason: 'NOT_VIA_GATEWAY', requestId: 'direct-1', sourceAddress: '203.0.113.9' },
    ]);
  });

  it('no request whose client hung up while its signature was checked: the mutation does not run, nothing is audited', async () => {
    const token = await assertion(0);
    const opened = casesOpened;
    hold = holdSignatureChecks();
    await sendAndHangUp(openCaseRequest(token, 'gone-1'));
    // The province has the request and is checking its signature when the client's close comes.
    await hold.inCheck;
    await until(() => closedUnder.has('gone-1'));
    hold.release();
    hold = undefined;
    await until(() => admissions.has('gone-1'));
    expect(admissions.get('gone-1')).toBe('CLIENT_GONE');
    expect(casesOpened).toBe(opened);
    expect(audit.all()).toEqual([]);
    expect(logLines.find((line) => line.requestId === 'gone-1' && line.level === 20)).toMatchObject({ msg: 'request dropped unexecuted: its client has gone' });
  });

  it('no request taken up together with its client’s close, even when its signature is known already', async () => {
    const token = await assertion(0);
    // A request with this assertion answered first: its signature is not checked again.
    expect((await post('mutation { openCase }', { [CALLER_HEADER]: token })).status).toBe(200);
    const opened = casesOpened;
    await sendAndHangUp(openCaseRequest(token, 'gone-2'));
    await until(() => admissions.has('gone-2'));
    expect(admissions.get('gone-2')).toBe('CLIENT_GONE');
    expect(casesOpened).toBe(opened);
    expect(audit.all()).toEqual([]);
  });

  it('a forged call whose client hung up as audited as any, under the address it arrived from', async () => {
    const forged = await assertion(0, stranger);
    const opened = casesOpened;
    hold = holdSignatureChecks();
    await sendAndHangUp(openCaseRequest(forged, 'forged-gone', ['x-forwarded-for: 203.0.113.9']));
    await hold.inCheck;
    await until(() => closedUnder.has('forged-gone'));
    hold.release();
    hold = undefined;
    await until(() => admissions.has('forged-gone'));
    expect(admissions.get('forged-gone')).toBe('UNAUTHENTICATED');
    expect(casesOpened).toBe(opened);
    expect(audit.all()).toEqual([
      expect.objectContaining({ event: 'DIRECT_CALL_REFUSED', reason: 'CALLER_UNKNOWN_KEY', requestId: 'forged-gone', sourceAddress: '203.0.113.9' }),
    ]);
  });
});
