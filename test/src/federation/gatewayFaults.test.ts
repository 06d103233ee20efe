import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow } from '../harness/caseFlow.ts';
import { eventually } from '../harness/eventually.ts';
import { graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * The fault suite: the gateway keeps the federation answering when one province is killed mid
 * traffic, slower than its timeout, answering garbage or 500s — the other provinces still
 * answer, the errors name the failing one with a stable code and reason, nothing crashes, the
 * circuit breaker opens and later closes; queries are retried once, mutations never. Also what
 * the gateway tells operators: request ids in every process's logs, Prometheus metrics, and
 * OpenTelemetry traces exported to a collector.
 */
// Long enough that the breaker is still open for the request after the one that opened it (and a
// metrics read between), with two test files and their federations sharing a loaded 2-core CI machine.
const COOLDOWN_MS = 4_000;
let federation: BootedFederation;
let collector: { url: string; spans: () => { name: string; service: string }[]; close: () => Promise<void> };

/** A minimal OTLP/HTTP (JSON) trace collector on loopback. */
async function startCollector() {
  const bodies: unknown[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        bodies.push(null);
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  interface ExportRequest {
    resourceSpans?: { resource?: { attributes?: { key: string; value: { stringValue?: string } }[] }; scopeSpans?: { spans?: { name: string }[] }[] }[];
  }
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    spans: () =>
      (bodies as (ExportRequest | null)[]).flatMap((body) =>
        (body?.resourceSpans ?? []).flatMap((resourceSpans) => {
          const service = resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '';
          return (resourceSpans.scopeSpans ?? []).flatMap((scope) => (scope.spans ?? []).map((span) => ({ name: span.name, service })));
        }),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  collector = await startCollector();
  federation = await bootFederation({
    YRD_SUBGRAPH_TIMEOUT_MS: '800',
    YRD_SUBGRAPH_QUERY_RETRIES: '1',
    YRD_BREAKER_FAILURES: '3',
    YRD_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url,
  });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
  await collector?.close();
});

const proxy = (name: string) => {
  const found = federation.proxies.get(name);
  if (!found) throw new Error(`no proxy for ${name}`);
  return found;
};

/** Named as a published operation (ItemGuide), so that its metrics have a label of their own: others count as `unlisted`. */
const GUIDE = `query ItemGuide($code: ID!) { item(code: $code) { name implementations { region offered localName } } }`;
const guide = () => graphql<{ item: { name: string; implementations: ({ region: string } | null)[] } }>(federation.gatewayUrl, GUIDE, { code: STORY_ITEMS.providentFundLoanCertificate });
const unavailable = (errors: readonly GraphQLErrorShape[] | undefined) => (errors ?? []).filter((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
const regionsAnswering = (implementations: ({ region: string } | null)[]) => implementations.filter((entry) => entry !== null).map((entry) => entry?.region);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function metric(name: string, labels: string): Promise<number | undefined> {
  const text = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{`) && candidate.includes(labels));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('one province failing, the others answering', () => {
  it('a province answering garbage: named, reason BAD_RESPONSE, the other three answer', async () => {
    proxy('shanghai').answer = { status: 200, body: '<html>maintenance</html>', contentType: 'text/html' };
    try {
      const response = await guide();
      expect(response.data?.item.name).toBeTruthy();
      expect(regionsAnswering(response.data?.item.implementations ?? [])).toEqual(['JIANGSU', 'ZHEJIANG', 'ANHUI']);
      expect(unavailable(response.errors).map((error) => error.extensions)).toEqual([
        expect.objectContaining({ region: 'SHANGHAI', serviceName: 'shanghai', reason: 'BAD_RESPONSE' }),
      ]);
    } finally {
      proxy('shanghai').answer = undefined;
    }
    await wait(COOLDOWN_MS + 100);
  });

  it('a province answering 500: named, reason HTTP_ERROR; a query is retried once', async () => {
    proxy('anhui').answer = { status: 500, body: '{"message":"boom"}' };
    proxy('anhui').reset();
    try {
      const response = await guide();
      expect(regionsAnswering(response.data?.item.implementations ?? [])).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG']);
      expect(unavailable(response.errors)[0]?.extensions).toMatchObject({ region: 'ANHUI', reason: 'HTTP_ERROR', status: 500 });
      expect(proxy('anhui').operations()).toHaveLength(2);
    } finally {
      proxy('anhui').answer = undefined;
    }
    await wait(COOLDOWN_MS + 100);
  });

  it('a province slower than its timeout: reason TIMEOUT, the answer does not wait for it', async () => {
    proxy('zhejiang').delayMs = 3_000;
    try {
      const response = await guide();
      expect(regionsAnswering(response.data?.item.implementations ?? [])).toEqual(['SHANGHAI', 'JIANGSU', 'ANHUI']);
      expect(unavailable(response.errors)[0]?.extensions).toMatchObject({ region: 'ZHEJIANG', reason: 'TIMEOUT' });
    } finally {
      proxy('zhejiang').delayMs = 0;
    }
    await wait(COOLDOWN_MS + 100);
  });

  it('never retries a mutation', async () => {
    const tokens = await tokenIssuer(federation.dataDir);
    const jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
    proxy('jiangsu').answer = { status: 502, body: 'bad gateway' };
    proxy('jiangsu').reset();
    try {
      await expect(jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, await tokens.wujiangClerk())).rejects.toThrow(/SUBGRAPH_UNAVAILABLE/);
      expect(proxy('jiangsu').operations().filter((request) => request.body.includes('mutation'))).toHaveLength(1);
    } finally {
      proxy('jiangsu').answer = undefined;
    }
    await wait(COOLDOWN_MS + 100);
  });
});

describe('the circuit breaker', () => {
  it('opens after repeated failures (no more requests reach the province), probes after the cooldown and closes', async () => {
    const anhui = proxy('anhui');
    anhui.down = true;
    try {
      await guide(); // 2 failures (query + its retry)
      await guide(); // 3rd failure opens the breaker
      expect(await metric('yrd_circuit_breaker_state', 'subgraph="anhui"')).toBe(2);
      anhui.reset();
      const whileOpen = await guide();
      expect(unavailable(whileOpen.errors)[0]?.extensions).toMatchObject({ region: 'ANHUI', reason: 'CIRCUIT_OPEN' });
      expect(anhui.operations()).toHaveLength(0);
      expect(regionsAnswering(whileOpen.data?.item.implementations ?? [])).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG']);
    } finally {
      anhui.down = false;
    }
    await wait(COOLDOWN_MS + 100);
    const recovered = await guide();
    expect(recovered.errors).toBeUndefined();
    expect(regionsAnswering(recovered.data?.item.implementations ?? [])).toHaveLength(4);
    expect(await metric('yrd_circuit_breaker_state', 'subgraph="anhui"')).toBe(0);
    expect(await metric('yrd_subgraph_failures_total', 'reason="CIRCUIT_OPEN"')).toBeGreaterThan(0);
  });

  it('keeps answering while a province is killed mid-traffic, and again once it is back', async () => {
    const person = CAST.wangLijuan;
    const query = `query ($id: ID!) { subject(id: $id) { id regions { region } } }`;
    const results: Awaited<ReturnType<typeof graphql<{ subject: { regions: ({ region: string } | null)[] } }>>>[] = [];
    let stop = false;
    const traffic = (async () => {
      while (!stop) results.push(await graphql(federation.gatewayUrl, query, { id: person }));
    })();
    await wait(300);
    await federation.processes.get('anhui')?.stop('SIGKILL');
    await wait(1_500);
    stop = true;
    await traffic;
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.data?.subject.regions.filter((region) => region !== null).length).toBeGreaterThanOrEqual(3);
      for (const error of result.errors ?? []) expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', region: 'ANHUI' });
    }
    expect(results.some((result) => unavailable(result.errors).length > 0)).toBe(true);
    expect((await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/health'))).status).toBe(200);

    await federation.restartSubgraph('anhui');
    await wait(COOLDOWN_MS + 100);
    const back = await graphql<{ subject: { regions: ({ region: string } | null)[] } }>(federation.gatewayUrl, query, { id: person });
    expect(back.errors).toBeUndefined();
    expect(back.data?.subject.regions.map((region) => region?.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
  }, 60_000);
});

describe('what operators see', () => {
  it('one request id in the gateway\'s and every subgraph\'s JSON log lines, and echoed to the client', async () => {
    const requestId = `fault-suite-${Date.now()}`;
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query: GUIDE, variables: { code: STORY_ITEMS.providentFundLoanCertificate }, operationName: 'ItemGuide' }),
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const linesOf = (name: string) =>
      (federation.processes.get(name)?.recentOutput() ?? '')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.requestId === requestId);
    const services = ['gateway', 'catalog', 'shanghai', 'jiangsu', 'zhejiang', 'anhui'];
    await eventually(() => services.every((name) => linesOf(name).length > 0), Boolean);
    expect(linesOf('gateway')).toContainEqual(expect.objectContaining({ service: 'gateway', operation: 'ItemGuide', outcome: 'ok' }));
    for (const name of ['catalog', 'shanghai', 'jiangsu', 'zhejiang', 'anhui']) {
      expect(linesOf(name), name).toContainEqual(expect.objectContaining({ service: name, msg: 'request', status: 200 }));
    }
  });

  it('Prometheus metrics per operation and per subgraph', async () => {
    await guide();
    expect(await metric('yrd_gateway_requests_total', 'operation="ItemGuide"')).toBeGreaterThan(0);
    expect(await metric('yrd_gateway_request_duration_seconds_count', 'operation="ItemGuide"')).toBeGreaterThan(0);
    expect(await metric('yrd_subgraph_fetch_duration_seconds_count', 'subgraph="catalog"')).toBeGreaterThan(0);
    expect(await metric('yrd_gateway_errors_total', 'code="SUBGRAPH_UNAVAILABLE"')).toBeGreaterThan(0);
  });

  it('labels only operations that ran: names a refused request makes up do not use up the labels', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nonsense(', operationName: 'MadeUpName0001' }),
    });
    const refused = (await response.json()) as { errors?: GraphQLErrorShape[] };
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(await metric('yrd_gateway_requests_total', 'operation="MadeUpName0001"')).toBeUndefined();
    expect(await metric('yrd_gateway_requests_total', 'operation="refused"')).toBeGreaterThan(0);
  });

  it('OpenTelemetry spans of requests and subgraph fetches reach the collector', async () => {
    await guide();
    const spans = await eventually(
      () => collector.spans(),
      (collected) => ['gateway.request', 'gateway.fetch'].every((name) => collected.some((span) => span.name === name)),
    );
    expect(spans.every((span) => span.service === 'yrd-gateway')).toBe(true);
    const names = new Set(spans.map((span) => span.name));
    expect(names.has('gateway.request')).toBe(true);
    expect(names.has('gateway.fetch')).toBe(true);
  });
});
