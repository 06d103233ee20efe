import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema } from 'graphql/index.js'; // the instance operationManifest.ts uses
import { buildManifest, operationId, type OperationManifest, type PersistedOperation } from './operationManifest.ts';
import { NOT_IN_LIST, safelistPlugin } from './safelistPlugin.ts';

const typeDefs = `
  type Query { item(code: ID!): Item, items: [Item!]! }
  type Item { code: ID! name: String! }
  type Mutation { rename(code: ID!, name: String!): Item! }
`;

let resolverCalls = 0;
const resolvers = {
  Query: {
    item: (_parent: unknown, { code }: { code: string }) => {
      resolverCalls++;
      return { code, name: `item ${code}` };
    },
    items: () => {
      resolverCalls++;
      return [{ code: '1', name: 'one' }];
    },
  },
  Mutation: {
    rename: (_parent: unknown, { code, name }: { code: string; name: string }) => {
      resolverCalls++;
      return { code, name };
    },
  },
};

let manifest: OperationManifest;
let item: PersistedOperation;
let rename: PersistedOperation;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-safelist-'));
  try {
    writeFileSync(join(dir, 'Item.graphql'), 'query Item($code: ID!) { item(code: $code) { code name } }');
    writeFileSync(join(dir, 'Rename.graphql'), 'mutation Rename($code: ID!, $name: String!) { rename(code: $code, name: $name) { code name } }');
    manifest = buildManifest(dir, buildSchema(typeDefs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const byName = new Map(manifest.operations.map((operation) => [operation.name, operation]));
  item = byName.get('Item') as PersistedOperation;
  rename = byName.get('Rename') as PersistedOperation;
});

const servers: ApolloServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  resolverCalls = 0;
});

/** A fresh server: nothing in its APQ cache. */
async function serverWith(plugins: ApolloServerPlugin[]): Promise<ApolloServer> {
  const server = new ApolloServer({ typeDefs, resolvers, plugins });
  await server.start();
  servers.push(server);
  return server;
}

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL request body the way the gateway's HTTP server hands it to Apollo. */
async function post(server: ApolloServer, body: Record<string, unknown>): Promise<Answer> {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
    context: async () => ({}),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete response');
  return { status: response.status ?? 200, ...(JSON.parse(response.body.string) as Omit<Answer, 'status'>) };
}

const byHash = (sha256Hash: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

const UNLISTED = 'query Everything { items { code name } }';

describe('listed operations by hash alone', () => {
  it("a fresh Apollo Server alone does not know a listed operation's hash (the control)", async () => {
    const server = await serverWith([]);
    expect(codeOf(await post(server, byHash(item.id, { code: '7' })))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  for (const enforce of [false, true]) {
    it(`runs on a fresh server from the manifest (enforce: ${enforce})`, async () => {
      const server = await serverWith([safelistPlugin(manifest, { enforce })]);
      expect(await post(server, byHash(item.id, { code: '7' }))).toEqual({ status: 200, data: { item: { code: '7', name: 'item 7' } } });
      expect(await post(server, byHash(rename.id, { code: '7', name: 'seven' }))).toEqual({ status: 200, data: { rename: { code: '7', name: 'seven' } } });
    });
  }

  it('works through executeOperation too', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    const response = await server.executeOperation(byHash(item.id, { code: '9' }));
    expect(response.body.kind === 'single' && response.body.singleResult).toEqual({ data: { item: { code: '9', name: 'item 9' } } });
  });
});

describe('enforcing', () => {
  it('refuses an operation that is not in the manifest, with its code and HTTP 400, naming no file of the repository; nothing runs', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    const answer = await post(server, { query: UNLISTED });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: NOT_IN_LIST });
    expect(answer.errors?.[0]?.message).toMatch(/runs only its published operations/);
    expect(answer.errors?.[0]?.message).not.toMatch(/gateway\/|npm run|\.json/);
    expect(resolverCalls).toBe(0);
  });

  it('accepts a listed operation sent as text, whatever its layout, commas and comments', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    const reformatted = '# from the app\nquery Item( $code : ID! ){item(code:$code){code,name}}';
    expect(await post(server, { query: item.body, variables: { code: '1' } })).toEqual({ status: 200, data: { item: { code: '1', name: 'item 1' } } });
    expect(await post(server, { query: reformatted, variables: { code: '2' } })).toEqual({ status: 200, data: { item: { code: '2', name: 'item 2' } } });
    // … and registered the APQ way, under the hash of the client's own text.
    expect((await post(server, { query: reformatted, ...byHash(operationId(reformatted), { code: '3' }) })).data).toEqual({ item: { code: '3', name: 'item 3' } });
    expect((await post(server, byHash(operationId(reformatted), { code: '4' }))).data).toEqual({ item: { code: '4', name: 'item 4' } });
  });

  it('refuses a listed operation changed in substance: another field, another order, an extra operation', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    for (const query of [
      'query Item($code: ID!) { item(code: $code) { code } }',
      'query Item($code: ID!) { item(code: $code) { name code } }',
      `${item.body}\nquery Other { items { code } }`,
    ]) {
      const answer = await post(server, { query, variables: { code: '1' }, operationName: 'Item' });
      expect([answer.status, codeOf(answer)], query).toEqual([400, NOT_IN_LIST]);
    }
    expect(resolverCalls).toBe(0);
  });

  it('answers invalid or unparsable unlisted texts with the same refusal, not with a description of the schema', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    for (const query of ['{ itemz { code } }', '{ item(code: "1") { secret } }', 'query {', 'not graphql at all']) {
      const answer = await post(server, { query });
      expect([answer.status, codeOf(answer)], query).toEqual([400, NOT_IN_LIST]);
      expect(answer.errors).toHaveLength(1);
      expect(JSON.stringify(answer)).not.toMatch(/Did you mean|Cannot query field|Syntax Error/);
    }
  });

  it('an unknown hash alone is Apollo\'s PERSISTED_QUERY_NOT_FOUND; the retry with its text is refused and never registered', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: true })]);
    const hash = operationId(UNLISTED);
    expect(codeOf(await post(server, byHash(hash)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    const retry = await post(server, { query: UNLISTED, ...byHash(hash) });
    expect([retry.status, codeOf(retry)]).toEqual([400, NOT_IN_LIST]);
    expect(codeOf(await post(server, byHash(hash)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(resolverCalls).toBe(0);
  });
});

describe('not enforcing', () => {
  it('runs any valid operation, and leaves errors as Apollo gives them', async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: false })]);
    expect(await post(server, { query: UNLISTED })).toEqual({ status: 200, data: { items: [{ code: '1', name: 'one' }] } });
    const invalid = await post(server, { query: '{ itemz { code } }' });
    expect([invalid.status, codeOf(invalid)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it("gives Apollo's PERSISTED_QUERY_NOT_FOUND for an unknown hash without a query, then registers it the APQ way", async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: false })]);
    const hash = operationId(UNLISTED);
    const missing = await post(server, byHash(hash));
    expect(codeOf(missing)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(missing.data).toBeUndefined();
    expect((await post(server, { query: UNLISTED, ...byHash(hash) })).data).toEqual({ items: [{ code: '1', name: 'one' }] });
    expect((await post(server, byHash(hash))).data).toEqual({ items: [{ code: '1', name: 'one' }] });
  });

  it("keeps Apollo's check that a hash sent with a query is the query's", async () => {
    const server = await serverWith([safelistPlugin(manifest, { enforce: false })]);
    const mismatch = await post(server, { query: UNLISTED, ...byHash(item.id) });
    expect(mismatch.status).toBe(400);
    expect(mismatch.errors?.[0]?.message).toBe('provided sha does not match query');
  });
});
