import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import type { Caller } from '@yrd/shared/identity/caller';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { SubgraphAnswerCache } from './resilience/subgraphAnswerCache.ts';
import { DEFAULT_SUBGRAPH_POLICY } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource, type FetchObserver } from './subgraphDataSource.ts';

/**
 * A read the subgraph allowed to be kept (Cache-Control) is answered again without a fetch, for
 * the same caller and the same fetch only; a write's fetches, an answer with errors, or one the
 * subgraph did not allow to be kept always go to the subgraph.
 */
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const CITIZEN: Caller = { kind: 'CITIZEN', residentId: '341602199203052464' };
const ROUTING = 'query Q__catalog__0($id:ID!){subject(id:$id){__typename id regions{__typename id}}}';

/** What the stand-in hub answers next: a body and its Cache-Control header. */
let next: { body: Record<string, unknown>; cacheControl?: string } = { body: {} };
let sent = 0;
const hub = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    sent++;
    response.writeHead(200, { 'content-type': 'application/json', ...(next.cacheControl ? { 'cache-control': next.cacheControl } : {}) });
    response.end(JSON.stringify(next.body));
  });
});
const agent = new Agent();
let url = '';
const fromCache: string[] = [];
const observer: FetchObserver = { fetched: () => {}, retried: () => {}, answeredFromCache: (subgraph) => fromCache.push(subgraph), failed: () => {} };

beforeAll(async () => {
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await agent.close();
  await new Promise<void>((resolve) => hub.close(() => resolve()));
});
beforeEach(() => {
  sent = 0;
  fromCache.length = 0;
  next = { body: { data: { subject: { __typename: 'Subject', id: 'A', regions: [{ __typename: 'JiangsuSubject', id: 'A' }] } } }, cacheControl: 'max-age=300, private' };
});

function hubSource(answers = new SubgraphAnswerCache(1024 * 1024)) {
  return new SubgraphDataSource('catalog', url, agent, async () => 'own', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('catalog', DEFAULT_SUBGRAPH_POLICY.breaker), observer, answers);
}

/** One fetch of `query` for `caller`, planned for a client's operation of type `incoming`. */
async function fetchAs(source: SubgraphDataSource, caller: Caller, variables: Record<string, unknown>, { query = ROUTING, incoming = 'query' }: { query?: string; incoming?: 'query' | 'mutation' } = {}) {
  const request = { query, variables, http: { method: 'POST', url, headers: new Headers() } };
  const context = { caller, requestId: 'request-1', assertionFor: async () => 'assertion', boundAssertionFor: async () => 'bound' };
  const options = { kind: 'incoming operation', request, context, incomingRequestContext: { operation: { kind: 'OperationDefinition', operation: incoming } }, document: undefined };
  return (await source.process(options as unknown as Parameters<SubgraphDataSource['process']>[0])) as { data?: { subject?: Record<string, unknown> }; errors?: unknown[] };
}

describe('SubgraphDataSource with kept answers', () => {
  it("answers a caller's repeated read from what the subgraph allowed to be kept, without a fetch", async () => {
    const source = hubSource();
    const first = await fetchAs(source, CLERK, { id: 'A' });
    expect(sent).toBe(1);
    // Apollo Gateway merges the province's part into the object it was given.
    Object.assign(first.data?.subject ?? {}, { records: ['merged into the first request'] });
    const again = await fetchAs(source, CLERK, { id: 'A' });
    expect(sent).toBe(1);
    expect(fromCache).toEqual(['catalog']);
    expect(again).toEqual({ data: { subject: { __typename: 'Subject', id: 'A', regions: [{ __typename: 'JiangsuSubject', id: 'A' }] } } });
  });

  it('asks again for another caller, other variables, or a write', async () => {
    const source = hubSource();
    await fetchAs(source, CLERK, { id: 'A' });
    await fetchAs(source, CITIZEN, { id: 'A' });
    await fetchAs(source, CLERK, { id: 'B' });
    // A fetch planned as a query within a client's mutation: neither answered from nor kept.
    await fetchAs(source, CLERK, { id: 'A' }, { incoming: 'mutation' });
    expect(sent).toBe(4);
    expect(fromCache).toEqual([]);
  });

  it("keeps no answer with errors, none without its allowance (or with a header not Apollo Server's), and none from a write", async () => {
    const source = hubSource();
    next = { body: { data: null, errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] }, cacheControl: 'max-age=300, private' };
    await fetchAs(source, CLERK, { id: 'E' });
    await fetchAs(source, CLERK, { id: 'E' });
    next = { body: { data: { subject: { id: 'N' } } } };
    await fetchAs(source, CLERK, { id: 'N' });
    await fetchAs(source, CLERK, { id: 'N' });
    next = { body: { data: { subject: { id: 'S' } } }, cacheControl: 'no-store' };
    await fetchAs(source, CLERK, { id: 'S' });
    await fetchAs(source, CLERK, { id: 'S' });
    next = { body: { data: { subject: { id: 'W' } } }, cacheControl: 'max-age=300, private' };
    await fetchAs(source, CLERK, { id: 'W' }, { incoming: 'mutation' });
    await fetchAs(source, CLERK, { id: 'W' });
    // Data with an error beside it (a partial answer), and a header an ingress might add.
    next = { body: { data: { subject: { id: 'P' } }, errors: [{ message: '部分未答' }] }, cacheControl: 'max-age=300, private' };
    await fetchAs(source, CLERK, { id: 'P' });
    await fetchAs(source, CLERK, { id: 'P' });
    next = { body: { data: { subject: { id: 'I' } } }, cacheControl: 'max-age=60' };
    await fetchAs(source, CLERK, { id: 'I' });
    await fetchAs(source, CLERK, { id: 'I' });
    expect(sent).toBe(12);
    expect(fromCache).toEqual([]);
  });

  it('keeps an answer the subgraph marked public for its caller alone too', async () => {
    const source = hubSource();
    next = { ...next, cacheControl: 'max-age=300, public' };
    await fetchAs(source, CLERK, { id: 'A' });
    await fetchAs(source, CLERK, { id: 'A' });
    await fetchAs(source, CITIZEN, { id: 'A' });
    expect(sent).toBe(2);
    expect(fromCache).toEqual(['catalog']);
  });

  it('keeps nothing without a cache (YRD_SUBGRAPH_ANSWER_CACHE_MB=0) or without one given', async () => {
    for (const source of [hubSource(new SubgraphAnswerCache(0)), new SubgraphDataSource('catalog', url, agent, async () => 'own', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('catalog', DEFAULT_SUBGRAPH_POLICY.breaker), observer)]) {
      sent = 0;
      await fetchAs(source, CLERK, { id: 'A' });
      await fetchAs(source, CLERK, { id: 'A' });
      expect(sent).toBe(2);
    }
  });
});
