import type { buildSubgraphSchema } from '@apollo/subgraph';

/**
 * The resolver map `buildSubgraphSchema` accepts. @apollo/subgraph does not export the type
 * from its entry point, so it is read off the function's signature.
 */
export type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']
>;
