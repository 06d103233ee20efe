import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import type { Caller } from '@yrd/shared/identity/caller';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { createCatalogContext } from './catalogResolvers.ts';
import { CatalogStore } from './catalogStore.ts';
import { ROUTING_MAX_AGE_SECONDS } from './catalogTypeDefs.ts';
import { STANDARD_ITEMS } from './seed/standardItems.ts';
import { createCatalogApolloServer } from './startCatalogSubgraph.ts';

/**
 * The hub says which of its answers the gateway may keep (subgraphAnswerCache.ts): the routing of
 * a subject, for one caller, and nothing else — not an item, not `me`, not a refusal.
 */
const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
const apollo = createCatalogApolloServer(store, {} as TrustListPublisher);
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const ROUTING = `max-age=${ROUTING_MAX_AGE_SECONDS}, private`;

beforeAll(() => apollo.start());
afterAll(async () => {
  await apollo.stop();
  store.close();
});

/** The hub's HTTP answer to a POST, as the gateway receives it: its Cache-Control header and body. */
async function post(query: string, variables: Record<string, unknown> = {}, caller: Caller = CLERK) {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query, variables } },
    context: async () => createCatalogContext(store, caller),
  });
  if (answer.body.kind !== 'complete') throw new Error('expected a complete answer');
  return { cacheControl: answer.headers.get('cache-control'), body: JSON.parse(answer.body.string) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe("the hub's cache hints", () => {
  it("lets a subject's routing be kept for one caller, as the gateway's plan asks for it", async () => {
    const one = await post('query ($id: ID!) { subject(id: $id) { __typename id kind registeringRegion regions { __typename id } } }', { id: CAST.kunshanQicheng });
    expect(one.body.data).toMatchObject({ subject: { kind: 'ENTERPRISE', registeringRegion: 'JIANGSU', regions: [{ __typename: 'JiangsuSubject' }] } });
    expect(one.cacheControl).toBe(ROUTING);
    const many = await post('query ($ids: [ID!]!) { subjects(ids: $ids) { id allRegions { __typename id } } }', { ids: [CAST.wangLijuan, CAST.kunshanQicheng] });
    expect(many.cacheControl).toBe(ROUTING);
  });

  it('keeps nothing else: an item, the caller herself, or routing asked beside either', async () => {
    const code = STANDARD_ITEMS[0]?.code;
    expect((await post('query ($code: ID!) { item(code: $code) { code name } }', { code })).cacheControl).toBeUndefined();
    const citizen: Caller = { kind: 'CITIZEN', residentId: CAST.wangLijuan };
    const me = await post('{ me { kind subject { id regions { __typename id } } } }', {}, citizen);
    expect(me.body.data).toMatchObject({ me: { kind: 'CITIZEN', subject: { id: CAST.wangLijuan } } });
    expect(me.cacheControl).toBeUndefined();
    const mixed = await post('query ($id: ID!, $code: ID!) { subject(id: $id) { id } item(code: $code) { code } }', { id: CAST.wangLijuan, code });
    expect(mixed.cacheControl).toBeUndefined();
  });

  it('keeps no refusal: a holder asking about her own number as the other kind, or a mistyped number', async () => {
    const holder: Caller = { kind: 'CITIZEN', residentId: CAST.zhenjiangShared };
    const refused = await post('query ($id: ID!) { subject(id: $id, kind: ENTERPRISE) { id regions { __typename id } } }', { id: CAST.zhenjiangShared }, holder);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.cacheControl).toBeUndefined();
    const mistyped = await post('query ($id: ID!) { subject(id: $id) { id } }', { id: CAST.wangLijuan.replace(/.$/, '0') });
    expect(mistyped.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(mistyped.cacheControl).toBeUndefined();
  });
});
