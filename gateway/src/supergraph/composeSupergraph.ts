import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';

export interface SubgraphDefinition extends SubgraphEndpoint {
  readonly typeDefs: string;
}

export interface Composition {
  readonly supergraphSdl: string;
  /** Composition hints (e.g. the expected INCONSISTENT_INTERFACE_VALUE_TYPE_FIELD ones). */
  readonly hints: readonly { code: string; message: string }[];
}

/** Composes subgraph SDLs into a supergraph; throws with every composition error listed. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): Composition {
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: parse(typeDefs) })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  ${error.extensions?.code ?? ''} ${error.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}

/**
 * The SDL every workspace subgraph publishes (its `schema` export), for composing without
 * starting anything. A subgraph in another language would be introspected instead.
 */
export async function workspaceSubgraphs(endpoints: readonly SubgraphEndpoint[]): Promise<SubgraphDefinition[]> {
  return Promise.all(
    endpoints.map(async (endpoint) => {
      const module = (await import(`@yrd/${endpoint.name}/schema`)) as { typeDefs: string };
      return { ...endpoint, typeDefs: module.typeDefs };
    }),
  );
}
