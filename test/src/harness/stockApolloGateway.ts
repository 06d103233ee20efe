import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { authenticateRequest, callerContext, type GatewayContext } from '@yrd/gateway/callerAuthentication';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { joinFederation, type PeerGatewayOptions, type RunningPeerGateway } from './peerGateways.ts';

/** Apollo Server's context for the stock gateway: the caller's context, as ours has. */
type StockContext = GatewayContext;

/** Marks a fetch of a client's mutation, by the id of its context in `pending`; never sent. */
const BIND_HEADER = 'x-yrd-bind-assertion';

/**
 * The least a stock Apollo Gateway needs for these subgraphs to answer: the caller assertion —
 * for every fetch of a client's mutation bound to the exact body sent (a province refuses a
 * mutation under any other), which exists only once the data source has serialised the request:
 * willSendRequest marks such a fetch, and the default fetcher, wrapped, signs over the body.
 */
class CallerAssertionDataSource extends RemoteGraphQLDataSource<StockContext> {
  private readonly pending = new Map<string, StockContext>();
  private sequence = 0;

  constructor(
    private readonly subgraphName: string,
    url: string,
  ) {
    super({ url });
    const stockFetcher = this.fetcher;
    this.fetcher = async (input, init) => {
      const headers = { ...(init?.headers as Record<string, string> | undefined) };
      const id = headers[BIND_HEADER];
      const context = id === undefined ? undefined : this.pending.get(id);
      if (id !== undefined && context && typeof init?.body === 'string') {
        this.pending.delete(id);
        delete headers[BIND_HEADER];
        headers[CALLER_HEADER] = await context.boundAssertionFor(this.subgraphName, init.body);
        return stockFetcher(input, { ...init, headers });
      }
      return stockFetcher(input, init);
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<StockContext>): Promise<void> {
    if (!('context' in options) || !options.context.assertionFor) return;
    const forWrite = 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'mutation';
    if (!forWrite) {
      options.request.http?.headers.set(CALLER_HEADER, await options.context.assertionFor(this.subgraphName));
      return;
    }
    const id = String(++this.sequence);
    this.pending.set(id, options.context);
    options.request.http?.headers.set(BIND_HEADER, id);
  }
}

/**
 * A plain `@apollo/gateway` in `@apollo/server`'s standalone server, every option at its
 * default, on the same supergraph file: only the data source adds the caller assertion.
 */
export async function startStockApolloGateway(options: PeerGatewayOptions): Promise<RunningPeerGateway> {
  const { signingKey, tokenKeys, leave } = await joinFederation(options);
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
    close: async () => {
      leave();
      await apollo.stop();
    },
  };
}
