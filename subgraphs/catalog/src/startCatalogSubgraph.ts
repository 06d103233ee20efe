import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createSubgraphApolloServer } from '@yrd/shared/graphql/subgraphApolloServer';
import { sendJson, startGraphQLHttpServer } from '@yrd/shared/http/graphqlHttpServer';
import type { RunningService } from '@yrd/shared/process/runService';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { CatalogStore } from './catalogStore.ts';
import { catalogResolvers, createCatalogContext, type CatalogContext } from './catalogResolvers.ts';
import { catalogTypeDefs } from './catalogTypeDefs.ts';
import { STANDARD_ITEMS } from './seed/standardItems.ts';

export interface CatalogSubgraphOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
}

export function catalogSubgraphSchema(store: CatalogStore) {
  return buildSubgraphSchema([{ typeDefs: parse(catalogTypeDefs()), resolvers: catalogResolvers(store) }]);
}

/** Starts the hub: checks and loads the item standard, then serves it. */
export async function startCatalogSubgraph(options: CatalogSubgraphOptions): Promise<RunningService> {
  const problems = STANDARD_ITEMS.flatMap(validateStandardItem);
  if (problems.length > 0) throw new Error(`the item standard has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const store = new CatalogStore(join(options.dataDir, 'catalog.sqlite'));
  if (store.load(STANDARD_ITEMS)) process.stdout.write(`catalog: loaded ${STANDARD_ITEMS.length} standard items\n`);

  const apollo = createSubgraphApolloServer<CatalogContext>(catalogSubgraphSchema(store));
  await apollo.start();
  const http = await startGraphQLHttpServer<CatalogContext>({
    apollo,
    host: options.host,
    port: options.port,
    context: async () => createCatalogContext(store),
    routes: { '/health': (_request, response) => sendJson(response, 200, { status: 'ok', subgraph: 'catalog' }) },
  });
  return {
    url: http.url,
    close: async () => {
      await http.close();
      await apollo.stop();
      store.close();
    },
  };
}
