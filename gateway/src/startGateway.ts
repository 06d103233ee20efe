import { readFileSync } from 'node:fs';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { Agent } from 'undici';
import { sendJson, startGraphQLHttpServer } from '@yrd/shared/http/graphqlHttpServer';
import type { RunningService } from '@yrd/shared/process/runService';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';
import { SubgraphDataSource } from './subgraphDataSource.ts';
import { probeSubgraph, waitForSubgraphs } from './supergraph/waitForSubgraphs.ts';

export interface GatewayOptions {
  readonly host: string;
  readonly port: number;
  /** Where each subgraph is reached; overrides the URLs written in a composed supergraph. */
  readonly subgraphs: readonly SubgraphEndpoint[];
  /** A composed supergraph (`npm run compose`); without it the gateway introspects and composes. */
  readonly supergraphFile?: string;
}

/**
 * The gateway: Apollo Gateway inside Apollo Server 5, subgraph HTTP through one pooled undici
 * Agent, /health (alive) and /ready (every subgraph answers).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  const endpointByName = new Map(options.subgraphs.map((endpoint) => [endpoint.name, endpoint]));

  let supergraphSdl;
  if (options.supergraphFile) {
    supergraphSdl = readFileSync(options.supergraphFile, 'utf8');
  } else {
    await waitForSubgraphs(options.subgraphs, agent);
    supergraphSdl = new IntrospectAndCompose({ subgraphs: options.subgraphs.map(({ name, url }) => ({ name, url })) });
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, endpointByName.get(name)?.url ?? url ?? '', agent),
  });
  // The process's own signal handling (runService) stops the server; Apollo's would race it.
  const apollo = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false });
  await apollo.start();

  const http = await startGraphQLHttpServer({
    apollo,
    host: options.host,
    port: options.port,
    context: async () => ({}),
    routes: {
      '/health': (_request, response) => sendJson(response, 200, { status: 'ok' }),
      '/ready': async (_request, response) => {
        const probes = await Promise.all(options.subgraphs.map((endpoint) => probeSubgraph(endpoint, agent, 2_000)));
        const ready = probes.every((probe) => probe.ok);
        sendJson(response, ready ? 200 : 503, {
          status: ready ? 'ready' : 'degraded',
          subgraphs: probes.map(({ name, url, ok, error, latencyMs }) => ({ name, url, ok, ...(error ? { error } : {}), latencyMs: Math.round(latencyMs) })),
        });
      },
    },
  });
  return {
    url: http.url,
    close: async () => {
      await http.close();
      await apollo.stop();
      await agent.close();
    },
  };
}
