import { describe, expect, it } from 'vitest';
import { GraphQLError, parse } from 'graphql';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeSupergraph } from '../supergraph/composeSupergraph.ts';

/**
 * Where an error a province raises for one item of a fanned-out list points: at that item.
 *
 * The federation's shape in small: a hub answers a subject's regions as typed stubs, one per
 * province, in the hub's order; each province resolves the fields of its own stub (an entity
 * fetch with only its stubs among the representations). Apollo Gateway 2.14 took an entity
 * fetch's error at `_entities.i` to the i-th entity at the fetch's path over all types, not the
 * i-th it sent — so Jiangsu's error pointed at Shanghai's item, Anhui's at Jiangsu's, and a
 * client that reads a null by its error's path (Relay, urql, Apollo Client's field errors)
 * blamed the wrong province. gateway/patches/@apollo+gateway+*.patch maps the index through the
 * entities the fetch sent; this test fails if an upgrade drops it.
 */

const HUB = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { subject(id: ID!): Subject }
  type Subject { id: ID! regions: [RegionalSubject]! }
  interface RegionalSubject { id: ID! region: String! }
  type NorthSubject implements RegionalSubject @key(fields: "id") { id: ID! region: String! }
  type SouthSubject implements RegionalSubject @key(fields: "id") { id: ID! region: String! }
`;

const province = (typeName: string) => `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type ${typeName} @key(fields: "id") { id: ID! cases(refuse: [String!]): [String!] }
`;

/** A province's subgraph: its stubs' cases, or an error for the subject ids in `refuse`. */
function provinceSubgraph(typeName: string) {
  return buildSubgraphSchema({
    typeDefs: parse(province(typeName)),
    resolvers: {
      [typeName]: {
        __resolveReference: (reference: { id: string }) => reference,
        cases: (stub: { id: string }, args: { refuse?: string[] | null }) => {
          if (args.refuse?.includes(stub.id)) throw new GraphQLError(`${typeName} refuses ${stub.id}`, { extensions: { code: 'FORBIDDEN' } });
          return [`${stub.id}-case`];
        },
      },
    },
  });
}

/** The hub: north, south, north, south — so the second south stub is the fourth item but the second south entity. */
const hubSubgraph = buildSubgraphSchema({
  typeDefs: parse(HUB),
  resolvers: {
    Query: {
      subject: (_: unknown, { id }: { id: string }) => ({
        id,
        regions: [
          { __typename: 'NorthSubject', id: 'n1', region: 'NORTH' },
          { __typename: 'SouthSubject', id: 's1', region: 'SOUTH' },
          { __typename: 'NorthSubject', id: 'n2', region: 'NORTH' },
          { __typename: 'SouthSubject', id: 's2', region: 'SOUTH' },
        ],
      }),
    },
    RegionalSubject: { __resolveType: (stub: { __typename: string }) => stub.__typename },
  },
});

const QUERY = `query($refuse: [String!]) { subject(id: "x") { regions {
  region
  ... on NorthSubject { cases(refuse: $refuse) }
  ... on SouthSubject { cases(refuse: $refuse) }
} } }`;

async function withGateway<T>(use: (server: ApolloServer) => Promise<T>): Promise<T> {
  const schemas = new Map([
    ['hub', hubSubgraph],
    ['north', provinceSubgraph('NorthSubject')],
    ['south', provinceSubgraph('SouthSubject')],
  ]);
  const { supergraphSdl } = composeSupergraph([
    { name: 'hub', url: 'http://hub.invalid/graphql', typeDefs: HUB },
    { name: 'north', url: 'http://north.invalid/graphql', typeDefs: province('NorthSubject') },
    { name: 'south', url: 'http://south.invalid/graphql', typeDefs: province('SouthSubject') },
  ]);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new LocalGraphQLDataSource(schemas.get(name) ?? hubSubgraph),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

async function errorPaths(server: ApolloServer, refuse: string[]) {
  const response = await server.executeOperation({ query: QUERY, variables: { refuse } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, paths: (errors ?? []).map((error) => ({ message: error.message, path: error.path })) };
}

describe('an entity fetch error in a fanned-out list', () => {
  it("points at the item of the province that raised it, whatever the other provinces' items before it", async () => {
    await withGateway(async (server) => {
      const second = await errorPaths(server, ['s2']);
      expect(second.paths).toEqual([{ message: 'SouthSubject refuses s2', path: ['subject', 'regions', 3, 'cases'] }]);
      expect(second.data).toEqual({
        subject: {
          regions: [
            { region: 'NORTH', cases: ['n1-case'] },
            { region: 'SOUTH', cases: ['s1-case'] },
            { region: 'NORTH', cases: ['n2-case'] },
            { region: 'SOUTH', cases: null },
          ],
        },
      });

      const both = await errorPaths(server, ['n2', 's1']);
      expect(both.paths).toEqual(
        expect.arrayContaining([
          { message: 'NorthSubject refuses n2', path: ['subject', 'regions', 2, 'cases'] },
          { message: 'SouthSubject refuses s1', path: ['subject', 'regions', 1, 'cases'] },
        ]),
      );
      expect(both.paths).toHaveLength(2);
    });
  });
});
