import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { fetch as undiciFetch, type Agent } from 'undici';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { REQUEST_ID_HEADER } from '@yrd/shared/observability/requestId';
import type { GatewayContext } from './callerAuthentication.ts';
import type { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { failureReasonOf, subgraphFailure, type FailureReason } from './resilience/subgraphFailure.ts';
import type { SubgraphPolicy } from './resilience/subgraphPolicy.ts';
import { unansweredEntities } from './unansweredEntities.ts';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type ProcessOptions = GraphQLDataSourceProcessOptions<Partial<GatewayContext>>;
type ProcessResult = ReturnType<RemoteGraphQLDataSource['process']>;

/** What the data source reports about its fetches (metrics, logs). */
export interface FetchObserver {
  fetched(subgraph: string, seconds: number, outcome: 'ok' | FailureReason): void;
  retried(subgraph: string): void;
}

const NO_OBSERVER: FetchObserver = { fetched: () => {}, retried: () => {} };

/** The operation type of a subgraph fetch the query planner wrote ("query …", "mutation …", "{ … }"). */
function operationTypeOf(query: string | undefined): 'query' | 'mutation' | 'subscription' {
  const keyword = /^\s*(query|mutation|subscription)\b/.exec(query ?? '')?.[1];
  return keyword === 'mutation' || keyword === 'subscription' ? keyword : 'query';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The gateway's HTTP client for one subgraph: pooled keep-alive connections through an
 * undici Agent, a timeout on every fetch, the subgraph's circuit breaker, one retry of a query
 * after a transport failure (never of a mutation: it may have been applied), the caller vouched
 * for in a signed header, the request id and trace context passed on, and failures that name the
 * subgraph, its region and a stable reason instead of a bare "fetch failed".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  constructor(
    readonly subgraphName: string,
    url: string,
    agent: Agent,
    private readonly ownAssertion: (subgraph: string) => Promise<string>,
    private readonly policy: SubgraphPolicy,
    private readonly breaker: CircuitBreaker,
    private readonly observer: FetchObserver = NO_OBSERVER,
  ) {
    // undici's fetch is WHATWG-compatible; Apollo's Fetcher type is node-fetch shaped, hence the cast.
    const fetcher = ((input: string, init: RequestInit) =>
      undiciFetch(input, { ...init, dispatcher: agent, signal: AbortSignal.timeout(policy.timeoutMs) } as never)) as unknown as Fetcher;
    super({ url, fetcher });
  }

  override async willSendRequest(options: ProcessOptions): Promise<void> {
    const context = 'context' in options ? options.context : undefined;
    const headers = options.request.http?.headers;
    if (!headers) return;
    const assertion = context?.assertionFor ? await context.assertionFor(this.subgraphName) : await this.ownAssertion(this.subgraphName);
    headers.set(CALLER_HEADER, assertion);
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    propagation.inject(otelContext.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
  }

  override async process(options: ProcessOptions): ProcessResult {
    // Health checks and schema loading go straight through: they decide readiness themselves.
    if (!('incomingRequestContext' in options)) return super.process(options);
    const retriable = operationTypeOf(options.request.query) === 'query';
    const attempts = 1 + (retriable ? this.policy.queryRetries : 0);
    let failure: GraphQLError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const permit = this.breaker.acquire();
      if (permit === 'REJECT') {
        this.observer.fetched(this.subgraphName, 0, 'CIRCUIT_OPEN');
        failure = subgraphFailure(this.subgraphName, 'CIRCUIT_OPEN', `约 ${Math.ceil(this.breaker.retryAfterMs() / 1000)} 秒后重试`, {
          retryAfterSeconds: Math.ceil(this.breaker.retryAfterMs() / 1000),
        });
        break;
      }
      const started = performance.now();
      try {
        const response = await super.process(options);
        this.breaker.succeeded(permit);
        this.observer.fetched(this.subgraphName, (performance.now() - started) / 1000, 'ok');
        return response;
      } catch (error) {
        this.breaker.failed(permit);
        failure = error instanceof GraphQLError && error.extensions.code === 'SUBGRAPH_UNAVAILABLE' ? error : subgraphFailure(this.subgraphName, 'CONNECTION_FAILED', String(error));
        this.observer.fetched(this.subgraphName, (performance.now() - started) / 1000, failure.extensions.reason as FailureReason);
        if (attempt < attempts) {
          this.observer.retried(this.subgraphName);
          await pause(this.policy.retryBackoffMs * attempt);
        }
      }
    }
    return this.unanswered(options, failure as GraphQLError);
  }

  /**
   * An entity fetch that got no answer answers its entities with null fields (and the error), so
   * that what other subgraphs contribute still reaches the client — see unansweredEntities.
   * Every other failure is the error alone.
   */
  private unanswered(options: ProcessOptions, failure: GraphQLError): ProcessResult {
    const representations = options.request.variables?.representations;
    const entities = Array.isArray(representations) && options.request.query ? unansweredEntities(options.request.query, representations) : undefined;
    if (!entities) throw failure;
    return Promise.resolve({ data: { _entities: entities }, errors: [{ message: failure.message, extensions: failure.extensions }] });
  }

  override didEncounterError(error: Error, _request?: unknown, response?: { ok: boolean; status: number }): void {
    const { reason, detail, status } = response && !response.ok ? { reason: 'HTTP_ERROR' as const, detail: `HTTP ${response.status}`, status: response.status } : failureReasonOf(error);
    throw subgraphFailure(this.subgraphName, reason, detail, status ? { status } : {});
  }
}
