import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphApolloServer } from './subgraphApolloServer.ts';
import { subgraphErrorFormat } from './subgraphErrorFormat.ts';

const apollo = createSubgraphApolloServer(
  buildSubgraphSchema([{ typeDefs: parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) type Query { hello: String }'), resolvers: { Query: { hello: () => 'world' } } }]),
);
beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

const errorsOf = async (query: string) => {
  const response = await apollo.executeOperation({ query });
  return response.body.kind === 'single' ? response.body.singleResult : undefined;
};

describe('the Apollo Server every subgraph runs', () => {
  it('answers no introspection, while the gateway still composes from its SDL and probes it with __typename', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const result = await errorsOf(query);
      expect(result?.data ?? undefined, query).toBeUndefined();
      expect(result?.errors?.[0], query).toMatchObject({ message: '本服务不提供内省查询（__schema、__type）', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    expect((await errorsOf('{ _service { sdl } }'))?.data).toMatchObject({ _service: { sdl: expect.stringContaining('hello') } });
    expect((await errorsOf('{ __typename hello }'))?.data).toEqual({ __typename: 'Query', hello: 'world' });
  });

  it('says what it does not offer plainly, never naming its own configuration', () => {
    const said = subgraphErrorFormat({ message: 'Schema is not configured to execute subscription operation.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, undefined);
    expect(said).toEqual({ message: '本服务不提供订阅（subscription）', extensions: { code: 'BAD_REQUEST' } });
  });
});
