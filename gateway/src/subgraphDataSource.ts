import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { request as undiciRequest, type Agent } from 'undici';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { REQUEST_ID_HEADER } from '@yrd/shared/observability/requestId';
import type { GatewayContext } from './callerAuthentication.ts';
import { readBoundedBody } from './resilience/boundedBody.ts';
import { brokenAnswer } from './resilience/brokenAnswer.ts';
import type { BreakerPermit, CircuitBreaker } from './resilience/circuitBreaker.ts';
import { ConnectionWaitTimeout, connectionGateFor, type ConnectionGate } from './resilience/connectionGate.ts';
import { stripInternalExtensions } from './resilience/forwardedErrors.ts';
import { circuitOpenFailure, failureReasonOf, httpFailure, subgraphFailure, type FailureReason } from './resilience/subgraphFailure.ts';
import type { SubgraphPolicy } from './resilience/subgraphPolicy.ts';
import { refusalReasonOf, subgraphRefusal } from './resilience/subgraphRefusal.ts';
import { answerPolicyOf, type SubgraphAnswerCache } from './resilience/subgraphAnswerCache.ts';
import { ALREADY_TAKEN_UP, withWriteOutcome, writesOf } from './resilience/writeOutcome.ts';
import { unansweredEntities } from './unansweredEntities.ts';

type ProcessOptions = GraphQLDataSourceProcessOptions<Partial<GatewayContext>>;
type ProcessResult = ReturnType<GraphQLDataSource<Partial<GatewayContext>>['process']>;
type GatewayResponse = Awaited<ProcessResult>;

/** What the data source reports about its fetches (metrics, logs). */
export interface FetchObserver {
  fetched(subgraph: string, seconds: number, outcome: 'ok' | FailureReason): void;
  retried(subgraph: string): void;
  /** A fetch answered with an answer the subgraph had allowed to be kept (subgraphAnswerCache.ts): not sent. */
  answeredFromCache(subgraph: string): void;
  /**
   * A fetch that was sent and failed. The client's error says only what kind of failure it was;
   * `failure.originalError` holds the cause (with the address that was tried) for the log.
   */
  failed(subgraph: string, failure: GraphQLError, requestId: string | undefined): void;
}

const NO_OBSERVER: FetchObserver = { fetched: () => {}, retried: () => {}, answeredFromCache: () => {}, failed: () => {} };

/**
 * The cause kept (and logged) with an HTTP error: a 401 CALLER_REPLAYED carries ALREADY_TAKEN_UP,
 * for the write's outcome (writeOutcome.ts): the subgraph had taken up this very request already.
 */
function httpErrorCause(status: number, contentType: string, text: string): Error {
  const reason = refusalReasonOf(contentType, text);
  const cause = new Error(`HTTP ${status} (${contentType || 'no content type'})${reason ? `: ${reason}` : ''}`);
  if (status === 401 && reason === 'CALLER_REPLAYED') Object.assign(cause, { code: ALREADY_TAKEN_UP });
  return cause;
}

/** The operation type of a subgraph fetch the query planner wrote ("query …", "mutation …", "{ … }"). */
function operationTypeOf(query: string | undefined): 'query' | 'mutation' | 'subscription' {
  const keyword = /^\s*(query|mutation|subscription)\b/.exec(query ?? '')?.[1];
  return keyword === 'mutation' || keyword === 'subscription' ? keyword : 'query';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a fetch only reads: it and the client's operation are both queries. Only such a fetch
 * is retried or answered from kept answers — a mutation's later fetches are planned as queries
 * (a holding province's part of requestEvidence, which releases records and writes her access
 * history), and repeating or skipping them changes the effect; their assertions are for one
 * request each.
 */
function onlyReads(options: ProcessOptions): boolean {
  return 'incomingRequestContext' in options && operationTypeOf(options.request.query) === 'query' && options.incomingRequestContext.operation?.operation === 'query';
}

/**
 * The gateway's HTTP client for one subgraph: undici's request API over one pooled keep-alive
 * Agent (no WHATWG fetch machinery per call), a deadline for every fetch, headers and body (see
 * `send`; no timer or abort signal per call) that counts the wait for a pooled connection too
 * (connectionGate.ts), a cap on the answer's size, the subgraph's circuit breaker, also asked
 * again by a fetch that waited for a connection, one retry of a query after a transport failure
 * other than a timeout (never within a client's mutation, even a fetch planned as a query: it may
 * have been applied; its failure says whether it may have been, writeOutcome.ts), the caller
 * vouched for in a signed header, the request id and trace context passed on, and failures that
 * name the subgraph, its region and a stable reason (their causes logged, not told the client).
 * A 400 refusing the client's input with GraphQL errors is the subgraph's answer, not a failure;
 * an answer the gateway cannot use (brokenAnswer.ts) is one. The errors of an answer reach the
 * client without their internal extensions (forwardedErrors.ts). A read the subgraph allowed to
 * be kept (Cache-Control; the hub's routing of a subject) is answered again from `answers`, for
 * the same caller, without a fetch (subgraphAnswerCache.ts).
 */
export class SubgraphDataSource implements GraphQLDataSource<Partial<GatewayContext>> {
  /** The slots of this subgraph's pooled connections, shared with every data source on the same pool. */
  private readonly gate: ConnectionGate;

  constructor(
    readonly subgraphName: string,
    readonly url: string,
    private readonly agent: Agent,
    private readonly ownAssertion: (subgraph: string) => Promise<string>,
    private readonly policy: SubgraphPolicy,
    private readonly breaker: CircuitBreaker,
    private readonly observer: FetchObserver = NO_OBSERVER,
    private readonly answers?: SubgraphAnswerCache,
  ) {
    this.gate = connectionGateFor(agent, url, policy.connections);
  }

  /** Why the subgraph said it could not answer, at its last failure (none since an answer): still said while the breaker is open. */
  private lastStatedReason: string | undefined;

  async process(options: ProcessOptions): ProcessResult {
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    const kept = this.keptAnswer(options);
    if (kept) return kept as GatewayResponse;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    // Every fetch of a client's write: its failure says whether it may have been applied, and its
    // caller assertion is bound to this one request (callerAssertion.ts).
    const forWrite =
      'incomingRequestContext' in options && (operationTypeOf(query) === 'mutation' || options.incomingRequestContext.operation?.operation === 'mutation');
    const headers = await this.headersFor(options, body, forWrite);
    // Health checks and schema loading go straight through: they decide readiness themselves.
    if (!('incomingRequestContext' in options)) return this.sendOutsideBreaker(options, body, headers);
    // A fetch is retried only when it only reads (onlyReads).
    const attempts = 1 + (onlyReads(options) ? this.policy.queryRetries : 0);
    let failure: GraphQLError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const result = await this.attempt(options, body, headers);
      if (!(result instanceof GraphQLError)) return result;
      failure = result;
      // Not after a timeout: the subgraph has had its whole deadline, and a hung one would hold
      // the caller twice as long. Nor once the breaker refuses.
      const { reason, subgraphReason } = failure.extensions;
      if (attempt === attempts || reason === 'TIMEOUT' || reason === 'CIRCUIT_OPEN') break;
      // Nor when the subgraph said why it cannot answer anyone for a while (no trust list): asking again at once gets the same.
      if (subgraphReason !== undefined) break;
      this.observer.retried(this.subgraphName);
      // Never longer than a fetch may take (nor past a timer's maximum, which would be 1 ms).
      await pause(Math.min(this.policy.retryBackoffMs * attempt, this.policy.timeoutMs));
    }
    // A write's failure says whether it may have been applied, and what to do by what its mutations take (writeOutcome.ts).
    return this.unanswered(options, forWrite ? withWriteOutcome(failure as GraphQLError, writesOf(options.incomingRequestContext.schema, options.incomingRequestContext.operation, options.incomingRequestContext.document)) : (failure as GraphQLError));
  }

  /**
   * One attempt under the breaker: the subgraph's answer, or its failure. Its deadline starts
   * now, when the gateway decides to make it: a fetch that finds every connection busy waits for
   * one (connectionGate.ts) only until then, and fails as TIMEOUT, never sent. A queued fetch asks
   * the breaker again when its turn comes, and once the breaker opens every queued fetch fails at
   * once with CIRCUIT_OPEN; the half-open probe waits ahead of them all.
   */
  private async attempt(options: ProcessOptions, body: string, headers: Record<string, string>): Promise<GatewayResponse | GraphQLError> {
    let permit = this.breaker.acquire();
    if (permit === 'REJECT') return this.circuitOpen();
    const started = performance.now();
    const deadline = started + this.policy.timeoutMs;
    if (!this.gate.tryEnter()) {
      const probe = permit === 'PROBE';
      const turn = await this.gate.wait(deadline, probe ? { first: true } : { stillWanted: () => this.breaker.state !== 'OPEN' });
      if (turn === 'WITHDRAWN') return this.circuitOpen();
      if (turn === 'TIMED_OUT') {
        const failure = subgraphFailure(this.subgraphName, 'TIMEOUT', 'timeout', {}, new ConnectionWaitTimeout(this.policy.timeoutMs, this.gate.capacity));
        return this.failedAttempt(permit, started, failure, options);
      }
      if (!probe) {
        permit = this.breaker.acquire();
        if (permit === 'REJECT') {
          this.gate.leave();
          return this.circuitOpen();
        }
      }
    }
    try {
      // A refusal of the request (subgraphRefusal.ts) is an answer too: the subgraph is healthy.
      const response = await this.send(options, body, headers, deadline);
      this.breaker.succeeded(permit);
      this.lastStatedReason = undefined;
      this.observer.fetched(this.subgraphName, (performance.now() - started) / 1000, 'ok');
      return response;
    } catch (error) {
      return this.failedAttempt(permit, started, error instanceof GraphQLError ? error : this.failureOf(error), options);
    } finally {
      // After the breaker has heard the outcome: the fetch this slot goes to next asks it again.
      this.gate.leave();
    }
  }

  /** A failed attempt, told to the breaker — and, when it opened the breaker, to the fetches queued for it — and to the observer. */
  private failedAttempt(permit: BreakerPermit, started: number, failure: GraphQLError, options: ProcessOptions): GraphQLError {
    this.breaker.failed(permit);
    const { subgraphReason } = failure.extensions;
    this.lastStatedReason = typeof subgraphReason === 'string' ? subgraphReason : undefined;
    if (this.breaker.state === 'OPEN') this.gate.review();
    this.observer.fetched(this.subgraphName, (performance.now() - started) / 1000, failure.extensions.reason as FailureReason);
    this.observer.failed(this.subgraphName, failure, options.context?.requestId);
    return failure;
  }

  private circuitOpen(): GraphQLError {
    const retryAfterSeconds = this.breaker.retryAfterSeconds();
    this.observer.fetched(this.subgraphName, 0, 'CIRCUIT_OPEN');
    return circuitOpenFailure(this.subgraphName, retryAfterSeconds, this.lastStatedReason);
  }

  /** A health check or schema load: no breaker, but a slot and a deadline like any fetch. */
  private async sendOutsideBreaker(options: ProcessOptions, body: string, headers: Record<string, string>): Promise<GatewayResponse> {
    const deadline = performance.now() + this.policy.timeoutMs;
    if (!this.gate.tryEnter() && (await this.gate.wait(deadline)) !== 'ENTERED') {
      throw subgraphFailure(this.subgraphName, 'TIMEOUT', 'timeout', {}, new ConnectionWaitTimeout(this.policy.timeoutMs, this.gate.capacity));
    }
    try {
      return await this.send(options, body, headers, deadline);
    } finally {
      this.gate.leave();
    }
  }

  private async headersFor(options: ProcessOptions, body: string, forWrite: boolean): Promise<Record<string, string>> {
    const context = 'context' in options ? options.context : undefined;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of options.request.http?.headers ?? []) headers[name] = value;
    headers[CALLER_HEADER] = !context?.assertionFor
      ? await this.ownAssertion(this.subgraphName)
      : forWrite
        ? await context.boundAssertionFor(this.subgraphName, body)
        : await context.assertionFor(this.subgraphName);
    if (context?.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    propagation.inject(otelContext.active(), headers);
    return headers;
  }

  /**
   * One POST to the subgraph. Its GraphQL answer is returned — a 200's, or a 400's that refuses
   * the request with GraphQL errors (subgraphRefusal.ts); a transport failure, any other HTTP
   * error, a body that is not a GraphQL response or one the gateway cannot use throws.
   *
   * `deadline` (a `performance.now()` time, `policy.timeoutMs` (T) after the gateway decided to
   * make the fetch) bounds the whole fetch, headers and body. The caller holds one of the pool's
   * slots (connectionGate.ts), so undici never queues the request: it is written at once, and any
   * wait for a connection has already been counted against the deadline. Without a timer or abort
   * signal per call: undici's `headersTimeout`, set to what is left of the deadline, bounds the
   * wait for the headers, and readBoundedBody checks the deadline when they arrive and at every
   * chunk of the body, relying on undici's `bodyTimeout` (the longest silence between chunks) for
   * a body that stops altogether. The overrun is bounded: headers after the deadline fail the
   * fetch at once; a body that trickles in is cut off at its first chunk after the deadline; a
   * silent one at most T after it. With undici's timer granularity (about 1 s for timeouts over
   * 1 s) a fetch ends within 2T + 1 s of the decision to make it (a new connection's connect,
   * bounded by the Agent's connect timeout, comes before undici starts `headersTimeout`), where
   * undici's idle timeouts alone let a subgraph that sends a byte a second hold it for ever. Then
   * the connection is destroyed.
   */
  private async send(options: ProcessOptions, body: string, headers: Record<string, string>, deadline: number): Promise<GatewayResponse> {
    const { variables } = options.request;
    const { timeoutMs } = this.policy;
    let status: number | undefined;
    try {
      const response = await undiciRequest(this.url, {
        method: 'POST',
        headers,
        body,
        dispatcher: this.agent,
        // At least 1 ms: 0 would switch undici's timeout off.
        headersTimeout: Math.max(1, Math.ceil(deadline - performance.now())),
        bodyTimeout: timeoutMs,
      });
      status = response.statusCode;
      const declaredLength = Number(response.headers['content-length'] ?? Number.NaN);
      const text = await readBoundedBody(response.body, { deadline, timeoutMs, ...(Number.isFinite(declaredLength) ? { declaredLength } : {}) });
      const contentType = String(response.headers['content-type'] ?? '');
      if (status >= 400) {
        const refusal = subgraphRefusal(status, contentType, text);
        if (refusal) return this.usable(refusal as unknown as Record<string, unknown>, variables) as GatewayResponse;
        throw httpFailure(this.subgraphName, status, refusalReasonOf(contentType, text), httpErrorCause(status, contentType, text));
      }
      const answer: unknown = /^application\/(graphql-response\+)?json/.test(contentType) ? JSON.parse(text) : undefined;
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
        throw subgraphFailure(this.subgraphName, 'BAD_RESPONSE', 'not a GraphQL response', {}, new Error(`not a GraphQL response (${contentType || 'no content type'})`));
      }
      const usable = this.usable(answer as Record<string, unknown>, variables);
      this.keepAnswer(options, usable, text, response.headers['cache-control']);
      return usable as GatewayResponse;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw this.failureOf(error, status ? { status } : {});
    }
  }

  /** An answer kept for this read and caller (a fresh object), if any. */
  private keptAnswer(options: ProcessOptions): Record<string, unknown> | undefined {
    const caller = options.context?.caller;
    const { query, variables } = options.request;
    if (!this.answers || !caller || !query || !onlyReads(options)) return undefined;
    const kept = this.answers.recall(this.subgraphName, caller, query, variables);
    if (kept) this.observer.answeredFromCache(this.subgraphName);
    return kept;
  }

  /** Keeps a read's answer without errors when the subgraph's Cache-Control allows it. */
  private keepAnswer(options: ProcessOptions, answer: Record<string, unknown>, text: string, cacheControl: string | string[] | undefined): void {
    const caller = options.context?.caller;
    const { query, variables } = options.request;
    if (!this.answers || cacheControl === undefined || !caller || !query || answer.errors !== undefined || !onlyReads(options)) return;
    const policy = answerPolicyOf(cacheControl);
    if (policy) this.answers.keep(this.subgraphName, caller, query, variables, text, policy);
  }

  /**
   * A parsed answer as it may go to Apollo Gateway: one it cannot use is the subgraph's failure,
   * BAD_RESPONSE, counted by the breaker and retried like a body that is not JSON; the errors of
   * one it can lose their internal extensions.
   */
  private usable(body: Record<string, unknown>, variables: Record<string, unknown> | undefined): Record<string, unknown> {
    const representations = variables?.representations;
    const broken = brokenAnswer(body, Array.isArray(representations) ? representations : undefined);
    if (broken) throw subgraphFailure(this.subgraphName, 'BAD_RESPONSE', broken.detail, {}, new Error(`unusable answer: ${broken.cause}`));
    stripInternalExtensions(body.errors);
    return body;
  }

  private failureOf(error: unknown, extra: Record<string, unknown> = {}): GraphQLError {
    const { reason, detail } = failureReasonOf(error);
    return subgraphFailure(this.subgraphName, reason, detail, extra, error);
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
}
