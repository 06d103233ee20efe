import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { FixtureScale } from '../fixtures/fixtureScale.ts';
import { createSubgraphApolloServer } from '../graphql/subgraphApolloServer.ts';
import { sendJson, startGraphQLHttpServer } from '../http/graphqlHttpServer.ts';
import type { RunningService } from '../process/runService.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { createProvinceLoaders } from './provinceLoaders.ts';
import { provinceResolvers, type ProvinceContext } from './provinceResolvers.ts';
import { ProvinceStore } from './provinceStore.ts';
import { provinceTypeDefs } from './provinceTypeDefs.ts';
import { createRecordReader } from './recordReader.ts';
import { seedProvinceStore } from './seedProvinceStore.ts';

export interface ProvinceSubgraphOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly scale: FixtureScale;
}

export interface RunningProvinceSubgraph extends RunningService {
  readonly store: ProvinceStore;
}

/** The schema of a province subgraph, for composition and tests. */
export function provinceSubgraphSchema(config: ProvinceConfig) {
  return buildSubgraphSchema([{ typeDefs: parse(provinceTypeDefs(config.region)), resolvers: provinceResolvers(config) }]);
}

/**
 * Starts one province subgraph: opens (and on first start seeds) its store, serves the
 * province schema over HTTP, and answers /health.
 */
export async function startProvinceSubgraph(config: ProvinceConfig, options: ProvinceSubgraphOptions): Promise<RunningProvinceSubgraph> {
  const store = new ProvinceStore(join(options.dataDir, `${config.region.subgraphName}.sqlite`));
  const seeded = seedProvinceStore(store, config, options.scale);
  if (seeded > 0) process.stdout.write(`${config.region.subgraphName}: seeded ${seeded} native records (${config.nativeFormat.description})\n`);

  const read = createRecordReader(config);
  const apollo = createSubgraphApolloServer<ProvinceContext>(provinceSubgraphSchema(config));
  await apollo.start();
  const http = await startGraphQLHttpServer<ProvinceContext>({
    apollo,
    host: options.host,
    port: options.port,
    context: async () => ({ loaders: createProvinceLoaders(store, read) }),
    routes: { '/health': (_request, response) => sendJson(response, 200, { status: 'ok', region: config.region.code }) },
  });
  return {
    url: http.url,
    store,
    close: async () => {
      await http.close();
      await apollo.stop();
      store.close();
    },
  };
}
