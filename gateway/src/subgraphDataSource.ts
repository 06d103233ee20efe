import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { fetch as undiciFetch, type Agent } from 'undici';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { GatewayContext } from './callerAuthentication.ts';
import { unansweredEntities } from './unansweredEntities.ts';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * The gateway's HTTP client for one subgraph: pooled keep-alive connections through an
 * undici Agent, the caller vouched for in a signed header (the gateway itself for health
 * checks and schema loading), and failures that name the subgraph (and its region) instead
 * of a bare "fetch failed".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  constructor(
    readonly subgraphName: string,
    url: string,
    agent: Agent,
    private readonly ownAssertion: (subgraph: string) => Promise<string>,
  ) {
    // undici's fetch is WHATWG-compatible; Apollo's Fetcher type is node-fetch shaped, hence the cast.
    const fetcher = ((input: string, init: RequestInit) => undiciFetch(input, { ...init, dispatcher: agent } as never)) as unknown as Fetcher;
    super({ url, fetcher });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): Promise<void> {
    const context = 'context' in options ? options.context : undefined;
    const assertion = context?.assertionFor ? await context.assertionFor(this.subgraphName) : await this.ownAssertion(this.subgraphName);
    options.request.http?.headers.set(CALLER_HEADER, assertion);
  }

  /**
   * An entity fetch to a subgraph that cannot be reached answers its entities with null fields
   * (and the error), so that what other subgraphs contribute still reaches the client — see
   * unansweredEntities. Every other failure is the error alone.
   */
  override async process(options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      const representations = options.request.variables?.representations;
      const entities =
        'incomingRequestContext' in options && Array.isArray(representations) && options.request.query
          ? unansweredEntities(options.request.query, representations)
          : undefined;
      if (!entities || !(error instanceof GraphQLError)) throw error;
      return { data: { _entities: entities }, errors: [{ message: error.message, extensions: error.extensions }] };
    }
  }

  override didEncounterError(error: Error): void {
    const region = REGIONS.find((r) => r.subgraphName === this.subgraphName);
    const where = region ? `${region.name}（${this.subgraphName}）` : this.subgraphName;
    const status = error instanceof GraphQLError ? (error.extensions.response as { status?: number } | undefined)?.status : undefined;
    const cause = status ? `HTTP ${status}` : (error.cause as Error | undefined)?.message || error.message;
    throw new GraphQLError(`${where} 子图暂时无法访问：${cause}`, {
      originalError: error,
      extensions: {
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: this.subgraphName,
        ...(region ? { region: region.code } : {}),
      },
    });
  }
}
