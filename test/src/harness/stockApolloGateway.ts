import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { authenticateRequest, callerContext, type GatewayContext } from '@yrd/gateway/callerAuthentication';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { joinFederation, type PeerGatewayOptions, type RunningPeerGateway } from './peerGateways.ts';

/** Apollo Server's context for the stock gateway: the caller's context, as ours has. */
type StockContext = GatewayContext;

/** The least a stock Apollo Gateway needs for these subgraphs to answer: the caller assertion. */
class CallerAssertionDataSource extends RemoteGraphQLDataSource<StockContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
  ) {
    super({ url });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<StockContext>): Promise<void> {
    if (!('context' in options) || !options.context.assertionFor) return;
    options.request.http?.headers.set(CALLER_HEADER, await options.context.assertionFor(this.subgraphName));
  }
}

/**
 * A plain `@apollo/gateway` in `@apollo/server`'s standalone server, every option at its
 * default, on the same supergraph file: only the data source adds the caller assertion.
 */
export async function startStockApolloGateway(options: PeerGatewayOptions): Promise<RunningPeerGateway> {
  const { signingKey, tokenKeys } = await joinFederation(options);
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphFile, 'utf8'),
    buildService: ({ name, url }) => new CallerAssertionDataSource(name, url ?? ''),
  });
  const apollo = new ApolloServer<StockContext>({ gateway });
  let sequence = 0;
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: options.host ?? '127.0.0.1', port: options.port ?? 0 },
    context: async ({ req }) => callerContext(await authenticateRequest(req, tokenKeys), signingKey, `stock-${process.pid}-${++sequence}`),
  });
  return {
    url: new URL('/graphql', url).toString(),
    close: () => apollo.stop(),
  };
}
