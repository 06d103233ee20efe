import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberKeys } from '../trust/memberKeys.ts';
import { HUB_ANSWER_KEEP_MS, HubClient } from './hubClient.ts';
import { SqliteHubAnswerStore } from './hubAnswerStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/** What a proxy in front of the hub might answer: an HTML page naming internal hosts. */
const PROXY_PAGE = '<!DOCTYPE html><html><body>502 Bad Gateway: upstream http://10.20.30.40:4001/graphql (catalog-internal.yrd.local)</body></html>';

const root = mkdtempSync(join(tmpdir(), 'yrd-hub-client-'));
let keys: MemberKeys;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, root);
  proxy = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const status = request.url === '/ok-but-html' ? 200 : 502;
      response.writeHead(status, { 'content-type': 'text/html' }).end(PROXY_PAGE);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

async function failureOf(answer: Promise<unknown>): Promise<GraphQLError> {
  try {
    await answer;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the hub call to fail');
}

describe('HubClient when the hub cannot be read', () => {
  it('tells the client the HTTP status only, and logs the detail', async () => {
    const logged: unknown[] = [];
    const client = new HubClient(`${proxyUrl}/graphql`, keys, { warn: (detail: unknown) => logged.push(detail) });
    const error = await failureOf(client.item('310100000000'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：返回错误（HTTP 502），请稍后重试');
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog', reason: 'HTTP_ERROR' });
    expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toMatch(/DOCTYPE|<|10\.20\.30\.40|internal/);
    expect(logged).toEqual([expect.objectContaining({ hubUrl: `${proxyUrl}/graphql`, reason: 'HTTP_ERROR', detail: 'HTTP 502', err: expect.any(Error) })]);
    expect(String((logged[0] as { err: Error }).err.message)).toMatch(/DOCTYPE/);
  });

  it('says the same for a 200 that is not the hub’s JSON, with or without a logger', async () => {
    const error = await failureOf(new HubClient(`${proxyUrl}/ok-but-html`, keys).bundle('YJS001'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：返回了无法识别的内容（HTTP 200），请稍后重试');
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'BAD_RESPONSE' });
    expect(error.message).not.toMatch(/DOCTYPE|</);
  });

  it('names the transport error code when nothing answered', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(new HubClient(`http://127.0.0.1:${port}/graphql`, keys).item('310100000000'));
    expect(error.message).toBe('事项标准库（catalog）暂时无法访问：无法连接（ECONNREFUSED），请稍后重试');
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_FAILED' });
    expect(error.message).not.toContain(String(port));
  });
});

describe('HubClient reading a purpose', () => {
  it('asks for the licences an item or bundle needs, and hands them on', async () => {
    const asked: string[] = [];
    const hub = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const { query } = JSON.parse(body) as { query: string };
        asked.push(query);
        const data = query.includes('bundle(')
          ? { bundle: { code: 'SOME_BUNDLE', name: '一件事', evidenceKinds: ['E_LICENCE'], evidenceLicences: ['200047001000'], items: [{ code: '200047002000' }] } }
          : {
              item: {
                code: '200047002000',
                evidenceKinds: ['E_LICENCE'],
                evidenceLicences: ['200047001000'],
                materials: [{ code: 'M02', replacedBy: 'E_LICENCE', licenceOf: '200047001000' }],
                approvalRules: [],
              },
            };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    try {
      const client = new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys);
      const item = await client.item('200047002000');
      expect(item).toMatchObject({ evidenceLicences: ['200047001000'], materials: [{ code: 'M02', licenceOf: '200047001000' }] });
      expect(await client.bundle('SOME_BUNDLE')).toEqual({
        code: 'SOME_BUNDLE',
        name: '一件事',
        evidenceKinds: ['E_LICENCE'],
        evidenceLicences: ['200047001000'],
        itemCodes: ['200047002000'],
      });
      expect(asked).toHaveLength(2);
      for (const query of asked) expect(query).toMatch(/evidenceLicences/);
      expect(asked[0]).toMatch(/materials \{[^}]*licenceOf/);
    } finally {
      await new Promise((resolve) => hub.close(resolve));
    }
  });
});

describe('the hub’s word on an evidence request', () => {
  /** A hub answering every status query with `answer`, and every delivery with `delivered`. */
  async function hubSaying(answer: unknown, delivered: unknown = { acknowledged: [] }) {
    const hub = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const body = request.url === '/evidence-requests/status' ? answer : delivered;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    return { client: new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys), close: () => new Promise((resolve) => hub.close(resolve)) };
  }

  it('is taken only about the request asked, and never read as live when it says something else', async () => {
    const answers: unknown[] = [
      // The old answer: no status per request (a request "not listed" is not "live").
      { ended: [] },
      // Another request's, or another issuer's.
      { requests: [{ issuer: 'jiangsu', id: 'other', status: 'LIVE' }] },
      { requests: [{ issuer: 'anhui', id: 'r-1', status: 'LIVE' }] },
      // A status it does not know, an end without its reason.
      { requests: [{ issuer: 'jiangsu', id: 'r-1', status: 'NOT_ENDED' }] },
      { requests: [{ issuer: 'jiangsu', id: 'r-1', status: 'ENDED', end: { issuer: 'jiangsu', id: 'r-1' } }] },
    ];
    for (const answer of answers) {
      const hub = await hubSaying(answer);
      try {
        await expect(hub.client.requestStatus('jiangsu', 'r-1')).rejects.toMatchObject({ reason: 'BAD_RESPONSE' });
      } finally {
        await hub.close();
      }
    }
    const live = await hubSaying({ requests: [{ issuer: 'jiangsu', id: 'r-1', status: 'LIVE' }] });
    try {
      expect(await live.client.requestStatus('jiangsu', 'r-1')).toEqual({ issuer: 'jiangsu', id: 'r-1', status: 'LIVE' });
      // A delivery answered without the ids it recorded is not taken as recorded.
      await expect(live.client.endRequests([], new Date())).resolves.toEqual({ acknowledged: [] });
    } finally {
      await live.close();
    }
    const silent = await hubSaying({}, { ok: true });
    try {
      await expect(silent.client.endRequests([], new Date())).rejects.toMatchObject({ reason: 'BAD_RESPONSE' });
    } finally {
      await silent.close();
    }
  });
});

describe('HubClient.policyStartDates', () => {
  it('reads the standard page by page, keeps only policies, and asks again only after a minute', async () => {
    const pages: Record<string, unknown> = {
      '': {
        edges: [
          { node: { code: '011001001000', effectiveFrom: '2019-05-22', policy: null } },
          { node: { code: '053301001000', effectiveFrom: '2026-01-01', policy: { applyBy: null } } },
        ],
        pageInfo: { hasNextPage: true, endCursor: 'page-2' },
      },
      'page-2': {
        edges: [{ node: { code: '083201001000', effectiveFrom: '2026-03-01', policy: { applyBy: '2027-12-31' } } }],
        pageInfo: { hasNextPage: false, endCursor: 'end' },
      },
    };
    const asked: (string | null)[] = [];
    const hub = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const after = (JSON.parse(body) as { variables: { after: string | null } }).variables.after;
        asked.push(after);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items: pages[after ?? ''] } }));
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    try {
      const client = new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys);
      const dates = await client.policyStartDates();
      expect([...dates]).toEqual([
        ['053301001000', '2026-01-01'],
        ['083201001000', '2026-03-01'],
      ]);
      expect(asked).toEqual([null, 'page-2']);
      await client.policyStartDates();
      expect(asked).toHaveLength(2);
    } finally {
      await new Promise((resolve) => hub.close(resolve));
    }
  });
});

describe('HubClient while the hub cannot be asked', () => {
  type Behaviour = 'answer' | 'down' | 'error' | 'not found';
  /**
   * A hub whose answers a test switches, per item code when it likes: the item (named `name`), a
   * 502 page while it is down, a GraphQL error for that one question, NOT_FOUND; `delayMs` holds
   * each answer back.
   */
  async function switchableHub() {
    const state = { behaviour: 'answer' as Behaviour, byCode: new Map<string, Behaviour>(), name: '生育登记', calls: 0, delayMs: 0 };
    const hub = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        state.calls += 1;
        const code = String((JSON.parse(body) as { variables?: { code?: unknown } }).variables?.code ?? '');
        const behaviour = state.byCode.get(code) ?? state.behaviour;
        setTimeout(() => {
          if (behaviour === 'down') {
            response.writeHead(502, { 'content-type': 'text/html' }).end(PROXY_PAGE);
            return;
          }
          const answer =
            behaviour === 'error'
              ? { data: { item: null }, errors: [{ message: 'rule value unreadable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
              : behaviour === 'not found'
                ? { data: { item: null }, errors: [{ message: 'no such item', extensions: { code: 'NOT_FOUND' } }] }
                : { data: { item: { code, name: state.name, evidenceKinds: [], evidenceLicences: [], materials: [], approvalRules: [] } } };
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
        }, state.delayMs);
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, state, close: () => new Promise((resolve) => hub.close(resolve)) };
  }

  const ITEM = '200047002000';
  const OTHER = '200047001000';

  it('answers from its last answer for a day, logging the failed call, then fails; asks again first, but not within ten seconds of finding the hub unreachable', async () => {
    const hub = await switchableHub();
    let now = Date.parse('2026-11-27T09:00:00Z');
    const logged: { detail: unknown; message: unknown }[] = [];
    const client = new HubClient(hub.url, keys, { warn: (detail: unknown, message?: unknown) => logged.push({ detail, message }) }, () => now);
    try {
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      // Within the minute: the same answer, the hub not asked.
      now += 59_000;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(hub.state.calls).toBe(1);

      // Past the minute, the hub down: asked, and the last answer stands in.
      hub.state.behaviour = 'down';
      now += 2_000;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(hub.state.calls).toBe(2);
      expect(logged.at(-1)).toEqual({
        detail: { question: `item:${ITEM}`, answeredAt: '2026-11-27T09:00:00.000Z', reason: 'HTTP_ERROR' },
        message: 'hub call failed: answered with the last answer the hub gave',
      });
      // For ten seconds after that the kept answer stands in without asking (a hanging hub would
      // hold every call for its timeout); after that, a call asks again.
      now += 9_000;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(hub.state.calls).toBe(2);
      now += 3_600_000;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(hub.state.calls).toBe(3);

      // Back, with a new name: taken at the first call that asks, and kept from then on.
      hub.state.behaviour = 'answer';
      hub.state.name = '生育登记（更新）';
      now += 10_000;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记（更新）' });
      expect(hub.state.calls).toBe(4);
      const renewedAt = now;

      // Down again: the answer stands in to the last millisecond of its day, and not one after —
      // not even within the ten seconds after a failure.
      hub.state.behaviour = 'down';
      now = renewedAt + 60_000 + 24 * 3_600_000 - 1;
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记（更新）' });
      now += 1;
      const error = await failureOf(client.item(ITEM));
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR' });
      // A question never answered before has nothing to stand in.
      expect((await failureOf(client.bundle('YJS001'))).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
    } finally {
      await hub.close();
    }
  });

  it("does not stop asking for one question's error, keeps no \"not found\" past its minute, and asks once for callers at once", async () => {
    const hub = await switchableHub();
    let now = Date.parse('2026-11-27T09:00:00Z');
    const client = new HubClient(hub.url, keys, undefined, () => now);
    try {
      await client.item(ITEM);
      await client.item(OTHER);
      hub.state.byCode.set('000000000000', 'not found');
      expect(await client.item('000000000000')).toBeUndefined();
      expect(hub.state.calls).toBe(3);

      // One item's answer is an error (the hub is up): that item's last answer stands in, and the
      // other item is still asked — its new name taken.
      now += 61_000;
      hub.state.byCode.set(ITEM, 'error');
      hub.state.name = '更新';
      expect(await client.item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(await client.item(OTHER)).toMatchObject({ name: '更新' });
      expect(hub.state.calls).toBe(5);

      // "Not found" is not kept to stand in: asked while the hub is down, the failure is told.
      hub.state.behaviour = 'down';
      hub.state.byCode.delete('000000000000');
      expect((await failureOf(client.item('000000000000'))).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });

      // Callers asking the same question at once share one call.
      hub.state.behaviour = 'answer';
      hub.state.byCode.clear();
      now += 61_000;
      const before = hub.state.calls;
      hub.state.delayMs = 50;
      const answers = await Promise.all(Array.from({ length: 5 }, () => client.item(OTHER)));
      expect(answers.every((answer) => answer?.name === '更新')).toBe(true);
      expect(hub.state.calls - before).toBe(1);
    } finally {
      await hub.close();
    }
  });

  it('does not take a call that failed after the hub had answered another as the hub being down', async () => {
    const hub = await switchableHub();
    let now = Date.parse('2026-11-27T09:00:00Z');
    const client = new HubClient(hub.url, keys, undefined, () => now);
    const THIRD = '200047003000';
    try {
      for (const code of [ITEM, OTHER, THIRD]) await client.item(code);
      now += 61_000;
      // A slow call for one item, failing (a proxy's 502) after a quicker call for another was answered.
      hub.state.byCode.set(ITEM, 'down');
      hub.state.delayMs = 200;
      const slow = client.item(ITEM);
      await new Promise((resolve) => setTimeout(resolve, 50));
      hub.state.delayMs = 0;
      now += 1;
      expect(await client.item(OTHER)).toBeDefined();
      expect(await slow).toMatchObject({ name: '生育登记' });
      // No pause: the third item, past its minute, is asked at once.
      const before = hub.state.calls;
      await client.item(THIRD);
      expect(hub.state.calls - before).toBe(1);
    } finally {
      await hub.close();
    }
  });

  it('stands in with the answers kept in the database after a restart, within their day', async () => {
    const hub = await switchableHub();
    let now = Date.parse('2026-11-27T09:00:00Z');
    const db = openProvinceDatabase(':memory:');
    const store = new SqliteHubAnswerStore(db, HUB_ANSWER_KEEP_MS, () => now);
    try {
      await new HubClient(hub.url, keys, undefined, () => now, store).item(ITEM);
      expect(hub.state.calls).toBe(1);
      // Restarted within the minute: the answer is fresh, the hub not asked.
      now += 30_000;
      const restarted = new HubClient(hub.url, keys, undefined, () => now, store);
      expect(await restarted.item(ITEM)).toMatchObject({ code: ITEM, name: '生育登记' });
      expect(hub.state.calls).toBe(1);
      // Restarted again hours later with the hub down: asked, and the kept answer stands in.
      hub.state.behaviour = 'down';
      now += 5 * 3_600_000;
      expect(await new HubClient(hub.url, keys, undefined, () => now, store).item(ITEM)).toMatchObject({ name: '生育登记' });
      expect(hub.state.calls).toBe(2);
      // Past its day, nothing stands in.
      now = Date.parse('2026-11-27T09:00:00Z') + HUB_ANSWER_KEEP_MS;
      expect((await failureOf(new HubClient(hub.url, keys, undefined, () => now, store).item(ITEM))).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
    } finally {
      await hub.close();
    }
  });
});
