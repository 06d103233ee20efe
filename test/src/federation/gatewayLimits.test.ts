import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { freeLoopbackPort } from '../harness/freeLoopbackPort.ts';
import { auditEntries } from '../harness/auditTrail.ts';
import { dataOf, graphql, type GraphQLResponse } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Every refusal of the gateway's protection, each triggered by the request that crosses it:
 * operation limits (depth, aliases, fields, width, estimated cost with the fan-out to provinces,
 * document size), automatic persisted queries, and the rate limit per caller with retry-after.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let clerk: Record<string, string>;
let opsPort: number;

beforeAll(async () => {
  opsPort = await freeLoopbackPort();
  federation = await bootFederation({
    // Readiness and metrics for the orchestrator only, off the public port.
    YRD_OPS_PORT: String(opsPort),
    YRD_LIMIT_DEPTH: '6',
    YRD_LIMIT_ALIASES: '4',
    YRD_LIMIT_FIELDS: '60',
    YRD_LIMIT_WIDTH: '25',
    YRD_LIMIT_COST: '400',
    YRD_LIMIT_DOCUMENT_BYTES: '3000',
    YRD_RATE_LIMIT_PER_MINUTE: '60',
    YRD_RATE_LIMIT_BURST: '40',
    // As behind a load balancer on this host: the client is read from X-Forwarded-For.
    YRD_TRUSTED_PROXIES: 'loopback',
    // A request must be in within 3 s (headers too, at most that); a client may have 4 bodies arriving at once.
    YRD_HTTP_REQUEST_TIMEOUT_MS: '3000',
    YRD_HTTP_BODIES_PER_CLIENT: '4',
  });
  tokens = await tokenIssuer(federation.dataDir);
  clerk = await tokens.wujiangClerk();
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

const ask = (query: string, variables: Record<string, unknown> = {}) => graphql(federation.gatewayUrl, query, variables, clerk);

function refusal(response: GraphQLResponse<unknown>): Record<string, unknown> {
  expect(response.data ?? null).toBeNull();
  return { status: response.status, ...response.errors?.[0]?.extensions };
}

describe('operation limits', () => {
  it('an ordinary window query passes every limit', async () => {
    const response = await ask(`query ($code: ID!) { item(code: $code) { name implementations { region localName } } }`, { code: STORY_ITEMS.providentFundLoanCertificate });
    expect(dataOf(response)).toBeTruthy();
  });

  it('refuses a query deeper than the depth limit (and not one at it)', async () => {
    const six = `{ me { subject { regions { ... on ShanghaiSubject { cases { item { name } } } } } } }`;
    const seven = `{ me { subject { regions { ... on ShanghaiSubject { cases { item { materials { name } } } } } } } }`;
    expect((await ask(six)).errors?.[0]?.extensions?.code).not.toBe('OPERATION_TOO_DEEP');
    expect(refusal(await ask(seven))).toMatchObject({ code: 'OPERATION_TOO_DEEP', limit: 6, actual: 7, status: 400 });
  });

  it('refuses too many aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { code }`).join(' ')} }`;
    expect(dataOf(await ask(aliases(4)))).toBeTruthy();
    expect(refusal(await ask(aliases(5)))).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 4, actual: 5, status: 400 });
  });

  it('refuses a selection wider than the width limit, and more fields than the field limit', async () => {
    const codes = `{ regions { code name abbreviation divisionCode divisionPrefix } }`;
    expect(dataOf(await ask(codes))).toBeTruthy();
    const scalars = 'code name keywords type status version department legalBasis powerSource exerciseLevels audiences caseType acceptanceConditions process visitsRequired channels evidenceKinds instantApproval tolerantAcceptance commitmentSystem crossRegion effectiveFrom';
    const itemWith = (selection: string) => `{ item(code: "${STORY_ITEMS.providentFundLoanCertificate}") { ${selection} } }`;
    // 22 scalars + 3 objects = 25 fields side by side: at the limit; one more is over it.
    expect(dataOf(await ask(itemWith(`${scalars} statutoryTimeLimit { amount } promisedTimeLimit { amount } fee { charged }`)))).toBeTruthy();
    expect(refusal(await ask(itemWith(`${scalars} cancelOn statutoryTimeLimit { amount } promisedTimeLimit { amount } fee { charged }`)))).toMatchObject({
      code: 'SELECTION_TOO_WIDE',
      limit: 25,
      actual: 26,
      status: 400,
    });
    const manyFields = `{ ${['a', 'b', 'c'].map((alias) => `${alias}: item(code: "${STORY_ITEMS.providentFundLoanCertificate}") { code name keywords type status version department legalBasis powerSource exerciseLevels audiences caseType acceptanceConditions process visitsRequired channels evidenceKinds instantApproval tolerantAcceptance commitmentSystem crossRegion }`).join(' ')} }`;
    expect(refusal(await ask(manyFields))).toMatchObject({ code: 'TOO_MANY_FIELDS', limit: 60, status: 400 });
  });

  it('refuses an estimated cost over the limit, counting the fan-out to every province', async () => {
    // 50 subjects × 4 provinces × their records: cheap to write, expensive to run.
    const costly = `query ($ids: [ID!]!) { subjects(ids: $ids) { regions { ... on ShanghaiSubject { records { recordId kind } } } } }`;
    const response = refusal(await ask(costly, { ids: Array.from({ length: 50 }, () => CAST.guXiaomei) }));
    expect(response).toMatchObject({ code: 'OPERATION_TOO_COSTLY', limit: 400, status: 400 });
    expect(Number(response.actual)).toBeGreaterThan(400);
    const paged = `{ items(first: 5) { edges { node { code name } } } }`;
    expect(dataOf(await ask(paged))).toBeTruthy();
    const bigPage = `{ items(first: 100) { edges { node { code name keywords materials { code name } } } } }`;
    expect(refusal(await ask(bigPage))).toMatchObject({ code: 'OPERATION_TOO_COSTLY', limit: 400 });
  });

  it('refuses a document over the size limit', async () => {
    const padded = `{ regions { code } } # ${'x'.repeat(3_100)}`;
    expect(refusal(await ask(padded))).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', limit: 3000, status: 400 });
  });
});

describe('request bodies', () => {
  const post = (body: string | Readable) =>
    fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...clerk }, body, duplex: 'half' });

  it('refuses a body over 1 MB with 413 and closes the connection, whether its length is declared or it is streamed', async () => {
    const oversized = JSON.stringify({ query: `{ regions { code } } # ${'x'.repeat(1_100_000)}` });
    const declared = await post(oversized);
    expect(declared.status).toBe(413);
    expect(declared.headers.get('connection')).toBe('close');
    expect(((await declared.json()) as GraphQLResponse<unknown>).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    // Chunked, without a length: refused once the limit is crossed.
    const streamed = await post(Readable.from(Array.from({ length: 12 }, (_, index) => Buffer.from(oversized.slice(index * 100_000, (index + 1) * 100_000)))));
    expect(streamed.status).toBe(413);
    await streamed.body?.cancel();
  });

  /** A raw connection that sends `text` and stalls; resolves with what the gateway said once it closed it, and after how long. */
  function sendAndStall(text: string): { closed: Promise<{ said: string; ms: number }>; finish: (rest: string) => void } {
    const { port } = new URL(federation.gatewayUrl);
    const started = Date.now();
    let said = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    return { closed: new Promise((resolve) => socket.on('close', () => resolve({ said, ms: Date.now() - started }))), finish: (rest) => socket.write(rest) };
  }
  const body = JSON.stringify({ query: '{ regions { code } }' });
  const head = (client: string) =>
    ['POST /graphql HTTP/1.1', 'host: 127.0.0.1', 'content-type: application/json', `content-length: ${body.length}`, `x-forwarded-for: ${client}`, 'connection: close', '', ''].join('\r\n');

  it('cuts off a body that stalls once YRD_HTTP_REQUEST_TIMEOUT_MS has passed, answering 408', async () => {
    const { closed } = sendAndStall(head('192.0.2.50') + body.slice(0, 10));
    const { said, ms } = await closed;
    expect(said).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(2_500);
    expect(ms).toBeLessThan(6_000);
  });

  it('lets one client have at most YRD_HTTP_BODIES_PER_CLIENT bodies arriving: the next is 429, another client is served', async () => {
    const stalled = Array.from({ length: 4 }, () => sendAndStall(head('192.0.2.60') + body.slice(0, 10)));
    // The gateway has all four before the fifth (they arrive in order on loopback; a moment for them).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fifth = await sendAndStall(head('192.0.2.60') + body.slice(0, 10)).closed;
    expect(fifth.said).toMatch(/^HTTP\/1\.1 429 /);
    expect(fifth.said).toContain('"reason":"TOO_MANY_UNFINISHED_REQUESTS"');
    expect((await sendAndStall(head('192.0.2.61') + body).closed).said).toMatch(/^HTTP\/1\.1 200 /);
    // The stalled ones finish and are answered.
    for (const { finish } of stalled) finish(body.slice(10));
    for (const { closed } of stalled) expect((await closed).said).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('refuses a body that is not JSON with 400, and still answers the next request', async () => {
    const broken = await post('{"query": "{ regions { code } }"');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as GraphQLResponse<unknown>).errors?.[0]?.message).toContain('not valid JSON');
    expect(dataOf(await ask('{ regions { code } }'))).toMatchObject({ regions: expect.any(Array) });
  });
});

describe('automatic persisted queries (for mobile apps)', () => {
  it('asks for the text of an unknown hash once, then runs the operation by its hash alone', async () => {
    const query = `query Regions { regions { code name } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const byHash = (withQuery: boolean) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...clerk },
        body: JSON.stringify({ ...(withQuery ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then(async (response) => (await response.json()) as GraphQLResponse<{ regions: { code: string }[] }>);
    expect((await byHash(false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await byHash(true)).data?.regions).toHaveLength(4);
    expect((await byHash(false)).data?.regions).toHaveLength(4);
  });

  it('answers a hash that does not match its text, or an unknown version, as the client’s mistake (BAD_REQUEST), not a server fault', async () => {
    const sent = (persistedQuery: Record<string, unknown>) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...clerk },
        body: JSON.stringify({ query: '{ regions { code } }', extensions: { persistedQuery } }),
      });
    for (const persistedQuery of [{ version: 1, sha256Hash: 'f'.repeat(64) }, { version: 2, sha256Hash: 'f'.repeat(64) }]) {
      const response = await sent(persistedQuery);
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphQLResponse<unknown>).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });
});

describe('an operation too repetitive to validate', () => {
  it('is refused with a message saying what to change, not graphql-js’s bare “Validation aborted.”', async () => {
    // graphql-js validates before the gateway's limits measure anything (even the size limit of this file).
    const repeated = `{ regions { ${Array.from({ length: 1_000 }, () => 'code').join(' ')} } }`;
    const response = await ask(repeated);
    expect(response.status).toBe(400);
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'VALIDATION_ABORTED' });
    expect(error?.message).toContain('repeats the same fields');
  });
});

describe('rate limit per caller', () => {
  const send = (headers: Record<string, string>) =>
    fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ regions { code } }' }) });

  /**
   * Sends as one client until it is refused: the burst (40) must all be answered with `allowed`,
   * and the refusal must come once the bucket is empty — after the burst and at most the tokens
   * the limit (60 a minute) refilled while the burst was being sent (one a second, so a slow
   * machine taking 2 s for the burst may see two more answered), never later.
   */
  async function sendUntilRefused(headers: Record<string, string>, allowed: number): ReturnType<typeof send> {
    const started = Date.now();
    for (let i = 0; i < 40; i++) expect((await send(headers)).status).toBe(allowed);
    for (let extra = 0; ; extra++) {
      const response = await send(headers);
      if (response.status === 429) return response;
      expect(response.status).toBe(allowed);
      const refilled = Math.floor((Date.now() - started) / 1000) + 1;
      expect(extra, `answered ${extra + 1} requests beyond the burst, more than the ${refilled} the limit refilled meanwhile`).toBeLessThan(refilled);
    }
  }

  it('answers 429 with retry-after once a caller has used up its burst, and keeps other callers apart', async () => {
    const greedy = await tokens.citizen(CAST.zhaoMin);
    const refused = await sendUntilRefused(greedy, 200);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as GraphQLResponse<unknown>;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limitPerMinute: 60 });
    expect(body.errors?.[0]?.message).toContain('秒后重试');
    expect((await send(await tokens.citizen(CAST.liJun))).status).toBe(200);
  });

  it('counts refused tokens against the sender’s network, as anonymous requests: floods of bad tokens get 429', async () => {
    // Refused at once (an algorithm the gateway does not take), as a guessed or forged token is.
    const from = { 'x-forwarded-for': '198.51.100.23', authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' };
    await sendUntilRefused(from, 401);
    // Another network, and a good token from the same network, are unaffected.
    expect((await send({ ...from, 'x-forwarded-for': '198.51.100.24' })).status).toBe(401);
    expect((await send({ 'x-forwarded-for': '198.51.100.23', ...(await tokens.citizen(CAST.wangLijuan)) })).status).toBe(200);
  });

  it('gives each anonymous client behind the trusted balancer a bucket of its own', async () => {
    const from = (client: string) => ({ 'x-forwarded-for': client });
    await sendUntilRefused(from('203.0.113.7'), 200);
    expect((await send(from('203.0.113.8'))).status).toBe(200);
  });
});

describe('client addresses behind trusted proxies (YRD_TRUSTED_PROXIES)', () => {
  it("audits a call that bypasses the gateway with the client's address, not the proxy's", async () => {
    const refused = await fetch(federation.subgraphUrls.jiangsu as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(401);
    const entries = auditEntries(federation.dataDir, 'jiangsu').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED');
    expect(entries).toContainEqual(expect.objectContaining({ reason: 'NOT_VIA_GATEWAY', sourceAddress: '203.0.113.9' }));
  });
});

describe('operational endpoints off the public port (YRD_OPS_PORT)', () => {
  it('serves readiness and metrics on the ops listener only, and health on both', async () => {
    const publicBase = federation.gatewayUrl.replace(/\/graphql$/, '');
    const opsBase = `http://127.0.0.1:${opsPort}`;
    expect((await fetch(`${publicBase}/health`)).status).toBe(200);
    expect((await fetch(`${publicBase}/ready`)).status).toBe(404);
    expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);

    const ready = await fetch(`${opsBase}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; subgraphs: { name: string; ok: boolean }[] };
    expect(body).toMatchObject({ status: 'ready' });
    expect(body.subgraphs.every((subgraph) => subgraph.ok)).toBe(true);
    const metrics = await fetch(`${opsBase}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^# HELP /m);
    expect((await fetch(`${opsBase}/graphql`)).status).toBe(404);
  });
});
