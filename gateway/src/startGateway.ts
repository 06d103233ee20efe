import { readFileSync } from 'node:fs';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { Agent } from 'undici';
import { sendJson, startGraphQLHttpServer } from '@yrd/shared/http/graphqlHttpServer';
import { signCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import { IDENTITY_PROVIDER_MEMBER } from '@yrd/shared/identity/userTokens';
import type { RunningService } from '@yrd/shared/process/runService';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { TrustListClient } from '@yrd/shared/trust/trustListClient';
import { authenticateRequest, callerContext, identityProviderKeys, type GatewayContext } from './callerAuthentication.ts';
import { SubgraphDataSource } from './subgraphDataSource.ts';
import { probeSubgraph, waitForSubgraphs, type OwnAssertion } from './supergraph/waitForSubgraphs.ts';

export interface GatewayOptions {
  readonly host: string;
  readonly port: number;
  /** Where each subgraph is reached; overrides the URLs written in a composed supergraph. */
  readonly subgraphs: readonly SubgraphEndpoint[];
  /** A composed supergraph (`npm run compose`); without it the gateway introspects and composes. */
  readonly supergraphFile?: string;
  readonly keysDir: string;
  readonly trustDir: string;
  /** Run the development identity provider (its key signs `npm run token`'s tokens). */
  readonly developmentIdentityProvider: boolean;
}

/**
 * The gateway: Apollo Gateway inside Apollo Server 5, bearer tokens verified with jose, the
 * caller vouched for to every subgraph in a signed header, subgraph HTTP through one pooled
 * undici Agent, /health (alive) and /ready (every subgraph answers).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  const endpointByName = new Map(options.subgraphs.map((endpoint) => [endpoint.name, endpoint]));

  const keys = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, options.keysDir);
  keys.register(options.trustDir);
  if (options.developmentIdentityProvider) {
    (await MemberKeys.open({ member: IDENTITY_PROVIDER_MEMBER, role: 'IDENTITY_PROVIDER', region: null }, options.keysDir)).register(options.trustDir);
  }
  const hub = endpointByName.get('catalog');
  if (!hub) throw new Error('no catalog subgraph configured');
  const trust = new TrustListClient(hub.url.replace(/\/graphql$/, '/trust-list'), options.trustDir);
  const tokenKeys = identityProviderKeys(trust);
  const ownAssertion: OwnAssertion = (subgraph) => signCallerAssertion({ kind: 'SERVICE', member: 'gateway' }, subgraph, keys.signingKey);

  let supergraphSdl;
  if (options.supergraphFile) {
    supergraphSdl = readFileSync(options.supergraphFile, 'utf8');
  } else {
    await waitForSubgraphs(options.subgraphs, agent, ownAssertion);
    supergraphSdl = new IntrospectAndCompose({ subgraphs: options.subgraphs.map(({ name, url }) => ({ name, url })) });
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, endpointByName.get(name)?.url ?? url ?? '', agent, ownAssertion),
  });
  // The process's own signal handling (runService) stops the server; Apollo's would race it.
  const apollo = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false });
  await apollo.start();

  const http = await startGraphQLHttpServer<GatewayContext>({
    apollo,
    host: options.host,
    port: options.port,
    context: async (request) => callerContext(await authenticateRequest(request, tokenKeys), keys.signingKey),
    routes: {
      '/health': (_request, response) => sendJson(response, 200, { status: 'ok' }),
      '/ready': async (_request, response) => {
        const probes = await Promise.all(options.subgraphs.map((endpoint) => probeSubgraph(endpoint, agent, 2_000, ownAssertion)));
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
