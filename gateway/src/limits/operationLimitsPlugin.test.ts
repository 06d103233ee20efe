import { ApolloServer, type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OperationLimits } from './operationLimits.ts';
import { OPERATION_LIMIT_CODES, operationLimitsPlugin } from './operationLimitsPlugin.ts';

// Node loads one copy of graphql for the gateway and Apollo Server alike (its CommonJS build).
// Vitest would give the plugin the ES module build instead, whose instanceof checks reject the
// schema Apollo Server hands over; so the plugin gets the copy it gets in the gateway.
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql') as object);

const typeDefs = `#graphql
  type Query { hello: String, book: Book, shelf(first: Int): [Book!]! }
  type Book { title: String, author: Author }
  type Author { name: String, books(first: Int): [Book!]! }
`;

/** Counts the resolver calls, to show a refused operation never runs. */
let resolved = 0;
const book = () => ({ title: '长三角', author: { name: '顾', books: [] } });
const resolvers = {
  Query: {
    hello: () => {
      resolved += 1;
      return 'hi';
    },
    book: () => {
      resolved += 1;
      return book();
    },
    shelf: (_: unknown, { first }: { first?: number | null }) => {
      resolved += 1;
      return Array.from({ length: first ?? 1 }, book);
    },
  },
};

/** No limit but the one under test. */
const UNLIMITED: OperationLimits = { maxDepth: 1e6, maxAliases: 1e6, maxFields: 1e6, maxWidth: 1e6, maxCost: 1e6, maxDocumentBytes: 1e6 };

const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };

function serverWith(limits: Partial<OperationLimits>, plugins: ApolloServerPlugin<BaseContext>[] = []) {
  return new ApolloServer({ typeDefs, resolvers, plugins: [operationLimitsPlugin({ ...UNLIMITED, ...limits }), ...plugins], logger: quietLogger });
}

function singleResult(response: GraphQLResponse) {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

async function expectAccepted(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const before = resolved;
  const response = await server.executeOperation({ query, variables });
  expect(singleResult(response).errors).toBeUndefined();
  expect(resolved).toBeGreaterThan(before);
}

async function expectRefused(server: ApolloServer, query: string, expected: { code: string; limit: number; actual: number }, variables?: Record<string, unknown>) {
  const before = resolved;
  const response = await server.executeOperation({ query, variables });
  const result = singleResult(response);
  expect(response.http.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions).toEqual(expected); // `http` is taken out into the response
  expect(result.errors?.[0]?.message).toContain(`${expected.actual}`);
  expect(result.errors?.[0]?.message).toContain(`at most ${expected.limit}`);
  expect(resolved).toBe(before);
  return result.errors?.[0]?.message ?? '';
}

describe('operationLimitsPlugin in Apollo Server', () => {
  const servers: ApolloServer[] = [];
  const server = (limits: Partial<OperationLimits>) => {
    const created = serverWith(limits);
    servers.push(created);
    return created;
  };
  afterAll(async () => Promise.all(servers.map((created) => created.stop())));

  it('has one code per limit', () => {
    expect(new Set(Object.values(OPERATION_LIMIT_CODES)).size).toBe(6);
    expect(Object.keys(OPERATION_LIMIT_CODES).sort()).toEqual(Object.keys(UNLIMITED).sort());
  });

  it('DOCUMENT_TOO_LARGE: counts the query text in UTF-8 bytes', async () => {
    const query = '# 长三角一网通办\n{ hello }';
    const bytes = Buffer.byteLength(query, 'utf8');
    expect(query.length).toBeLessThan(bytes - 1); // so counting characters would let it through
    await expectAccepted(server({ maxDocumentBytes: bytes }), query);
    const message = await expectRefused(server({ maxDocumentBytes: bytes - 1 }), query, { code: 'DOCUMENT_TOO_LARGE', limit: bytes - 1, actual: bytes });
    expect(message).toMatch(/query text/);
  });

  it('OPERATION_TOO_DEEP', async () => {
    await expectAccepted(server({ maxDepth: 3 }), '{ book { author { name } } }');
    await expectRefused(server({ maxDepth: 3 }), '{ book { author { books { title } } } }', { code: 'OPERATION_TOO_DEEP', limit: 3, actual: 4 });
  });

  it('TOO_MANY_ALIASES', async () => {
    await expectAccepted(server({ maxAliases: 2 }), '{ a: hello b: hello }');
    await expectRefused(server({ maxAliases: 2 }), '{ a: hello b: hello c: hello }', { code: 'TOO_MANY_ALIASES', limit: 2, actual: 3 });
  });

  it('TOO_MANY_FIELDS, fragments expanded', async () => {
    const fragment = 'fragment Writer on Book { author { name } }';
    await expectAccepted(server({ maxFields: 4 }), `{ book { title ...Writer } } ${fragment}`);
    await expectRefused(server({ maxFields: 4 }), `{ hello book { title ...Writer } } ${fragment}`, { code: 'TOO_MANY_FIELDS', limit: 4, actual: 5 });
  });

  it('SELECTION_TOO_WIDE', async () => {
    await expectAccepted(server({ maxWidth: 3 }), '{ hello book { title } shelf { title } }');
    await expectRefused(server({ maxWidth: 3 }), '{ hello __typename book { title } shelf { title } }', { code: 'SELECTION_TOO_WIDE', limit: 3, actual: 4 });
  });

  it('OPERATION_TOO_COSTLY, with `first` read from the request variables', async () => {
    // shelf: 1 + first × (title + author: 1 + name) = 1 + 3 × first
    const query = 'query Shelf($n: Int) { shelf(first: $n) { title author { name } } }';
    await expectAccepted(server({ maxCost: 16 }), query, { n: 5 });
    await expectRefused(server({ maxCost: 16 }), query, { code: 'OPERATION_TOO_COSTLY', limit: 16, actual: 19 }, { n: 6 });
    await expectRefused(server({ maxCost: 15 }), query, { code: 'OPERATION_TOO_COSTLY', limit: 15, actual: 16 }, { n: 5 });
  });

  it('measures an operation once per page size: the same text on one server is refused for a larger `first` after it was accepted', async () => {
    const one = server({ maxCost: 16 });
    const query = 'query Shelf($n: Int) { shelf(first: $n) { title author { name } } }';
    await expectAccepted(one, query, { n: 5 });
    await expectRefused(one, query, { code: 'OPERATION_TOO_COSTLY', limit: 16, actual: 19 }, { n: 6 });
    await expectAccepted(one, query, { n: 5 });
    await expectRefused(one, query, { code: 'OPERATION_TOO_COSTLY', limit: 16, actual: 31 }, { n: 10 });
  });

  it('reports the first limit exceeded, in the order text, depth, aliases, fields, width, cost', async () => {
    const everything = { maxDepth: 1, maxAliases: 0, maxFields: 1, maxWidth: 1, maxCost: 1 };
    const query = '{ a: book { title } b: book { title } }';
    await expectRefused(server(everything), query, { code: 'OPERATION_TOO_DEEP', limit: 1, actual: 2 });
    await expectRefused(server({ ...everything, maxDepth: 2 }), query, { code: 'TOO_MANY_ALIASES', limit: 0, actual: 2 });
    await expectRefused(server({ ...everything, maxDepth: 2, maxAliases: 2 }), query, { code: 'TOO_MANY_FIELDS', limit: 1, actual: 4 });
    await expectRefused(server({ ...everything, maxDepth: 2, maxAliases: 2, maxFields: 4 }), query, { code: 'SELECTION_TOO_WIDE', limit: 1, actual: 2 });
    await expectRefused(server({ ...everything, maxDepth: 2, maxAliases: 2, maxFields: 4, maxWidth: 2 }), query, { code: 'OPERATION_TOO_COSTLY', limit: 1, actual: 4 });
  });

  it('says in Chinese, after the English, what to do about each limit', async () => {
    const chinese = async (limits: Partial<OperationLimits>, query: string, code: string) => {
      const response = await server(limits).executeOperation({ query });
      const error = singleResult(response).errors?.[0];
      expect(error?.extensions?.['code']).toBe(code);
      return error?.message ?? '';
    };
    expect(await chinese({ maxDocumentBytes: 5 }, '{ hello }', 'DOCUMENT_TOO_LARGE')).toMatch(/split the operation\. 查询文本过长，请精简查询或拆分为多次查询。$/);
    expect(await chinese({ maxDepth: 1 }, '{ book { title } }', 'OPERATION_TOO_DEEP')).toContain('查询嵌套层级过深，请减少嵌套或拆分为多次查询。');
    expect(await chinese({ maxAliases: 0 }, '{ a: hello }', 'TOO_MANY_ALIASES')).toContain('查询中的别名过多');
    expect(await chinese({ maxFields: 1 }, '{ hello book { title } }', 'TOO_MANY_FIELDS')).toContain('查询的字段过多');
    expect(await chinese({ maxWidth: 1 }, '{ hello __typename }', 'SELECTION_TOO_WIDE')).toContain('同一层选择的字段过多');
    expect(await chinese({ maxCost: 2 }, '{ shelf(first: 5) { title } }', 'OPERATION_TOO_COSTLY')).toMatch(/or split it\. 查询过大，请减少每页条数（first）或拆分为多次查询。$/);
  });

  it('measures only the operation the request names', async () => {
    const document = 'query Shallow { hello } query Deep { book { author { books { title } } } }';
    const limited = server({ maxDepth: 3 });
    const shallow = await limited.executeOperation({ query: document, operationName: 'Shallow' });
    expect(singleResult(shallow).data).toEqual({ hello: 'hi' });
    const deep = await limited.executeOperation({ query: document, operationName: 'Deep' });
    expect(singleResult(deep).errors?.[0]?.extensions?.['code']).toBe('OPERATION_TOO_DEEP');
  });
});

describe('why every check runs in didResolveOperation', () => {
  let server: ApolloServer;
  beforeAll(() => {
    const refusingEarly: ApolloServerPlugin<BaseContext> = {
      async requestDidStart() {
        throw new GraphQLError('too large', { extensions: { code: 'DOCUMENT_TOO_LARGE', http: { status: 400 } } });
      },
    };
    server = new ApolloServer({ typeDefs, resolvers, plugins: [refusingEarly], logger: quietLogger });
  });
  afterAll(() => server.stop());

  it('a GraphQLError thrown from requestDidStart is an internal server error in Apollo Server 5, not a refusal', async () => {
    await expect(server.executeOperation({ query: '{ hello }' })).rejects.toThrow('Internal server error');
  });
});
