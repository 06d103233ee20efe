import { existsSync } from 'node:fs';
import { ApolloGateway, IntrospectAndCompose, type SupergraphSdlHook } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { Agent } from 'undici';
import { sendJson, startGraphQLHttpServer } from '@yrd/shared/http/graphqlHttpServer';
import { ANONYMOUS } from '@yrd/shared/identity/caller';
import { IDENTITY_PROVIDER_IDENTITY } from '@yrd/shared/identity/userTokens';
import { createLogger } from '@yrd/shared/observability/logger';
import type { RunningService } from '@yrd/shared/process/runService';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import { opsListener, type SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { TrustListClient, trustListCheckSecondsFromEnvironment } from '@yrd/shared/trust/trustListClient';
import {
  assertionOf,
  authenticateRequest,
  callerContext,
  forgetVerifiedTokens,
  identityProviderKeys,
  isRefusedToken,
  maxTokenLifetimeFromEnvironment,
  type GatewayContext,
} from './callerAuthentication.ts';
import { clientErrorFormat } from './protection/clientErrorFormat.ts';
import { operationNamePlugin } from './protection/operationNamePlugin.ts';
import { consoleRoutes } from './console/consoleRoutes.ts';
import { gatewayModeFromEnvironment } from './gatewayMode.ts';
import { operationLimitsFromEnvironment } from './limits/operationLimits.ts';
import { operationLimitsPlugin } from './limits/operationLimitsPlugin.ts';
import { GatewayMetrics } from './observability/gatewayMetrics.ts';
import { observabilityPlugin } from './observability/observabilityPlugin.ts';
import { startTracing } from './observability/tracing.ts';
import { readManifest } from './persistedOperations/operationManifest.ts';
import { safelistPlugin } from './persistedOperations/safelistPlugin.ts';
import { stopAfterPlanning, warmQueryPlans } from './queryPlans/queryPlanWarmUp.ts';
import { rateLimitedError } from '@yrd/shared/protection/rateLimitedError';
import { rateLimitFromEnvironment, RateLimiter } from '@yrd/shared/protection/rateLimiter';
import { clientAddressFromEnvironment } from '@yrd/shared/http/clientAddress';
import { bodiesPerClientFromEnvironment, httpServerLimitsFromEnvironment } from '@yrd/shared/http/httpServerLimits';
import { clientNetwork } from './protection/clientNetwork.ts';
import { rateLimitKey } from './protection/rateLimitKey.ts';
import { opsRoutes, publicOpsRoutes, subgraphReadiness } from './observability/opsRoutes.ts';
import { startOpsServer } from './observability/opsServer.ts';
import { answerThePrimary, clusterMetricsFromPrimary } from './observability/workerOps.ts';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { answerCacheBytesFromEnvironment, SubgraphAnswerCache } from './resilience/subgraphAnswerCache.ts';
import { subgraphPolicyFromEnvironment } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource, type FetchObserver } from './subgraphDataSource.ts';
import { clusterSupergraph } from './supergraph/lastGoodSupergraph.ts';
import { supergraphFromFile } from './supergraph/supergraphFromFile.ts';
import { waitForSubgraphs, type OwnAssertion } from './supergraph/waitForSubgraphs.ts';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { serviceStopping } from '@yrd/shared/process/serviceStopping';
import { listedOperationNames } from './observability/listedOperations.ts';

/**
 * The gateway's own keys (made at first start) registered in the trust directory, and the
 * development identity provider's when it runs. Idempotent; in cluster mode the primary does it
 * once before the workers start, so that they never race to create the keys.
 */
export async function openGatewayMembers(options: Pick<GatewayOptions, 'keysDir' | 'trustDir' | 'developmentIdentityProvider'>) {
  const keys = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, options.keysDir);
  keys.register(options.trustDir);
  const identityProvider = options.developmentIdentityProvider ? await MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, options.keysDir) : undefined;
  identityProvider?.register(options.trustDir);
  return { keys, identityProvider };
}

export interface GatewayOptions {
  readonly host: string;
  readonly port: number;
  /** Where each subgraph is reached; overrides the URLs written in a composed supergraph. */
  readonly subgraphs: readonly SubgraphEndpoint[];
  /** A composed supergraph (`npm run compose`), reloaded when it changes; without it the gateway introspects and composes. */
  readonly supergraphFile?: string;
  readonly keysDir: string;
  readonly trustDir: string;
  /** Run the development identity provider (its key signs `npm run token`'s tokens). */
  readonly developmentIdentityProvider: boolean;
  /** Limits, timeouts, breakers, rate limits, mode and tracing are read from here. */
  readonly env?: NodeJS.ProcessEnv;
  /** A worker of a cluster (gatewayCluster.ts), whose primary serves the ops endpoints with the sum over its workers. */
  readonly clusterWorker?: boolean;
}

/**
 * The gateway: Apollo Gateway inside Apollo Server 5. Bearer tokens verified with jose and the
 * caller vouched for to every subgraph; per-caller rate limits; operation limits; persisted
 * queries (APQ, and a safelist in production); per-subgraph timeouts, query retries and circuit
 * breakers, with partial results naming the failing region; pino logs, Prometheus metrics at
 * /metrics and OpenTelemetry traces; the supergraph reloaded when it changes; a graceful stop.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const env = options.env ?? process.env;
  const logger = createLogger('gateway', env);
  const mode = gatewayModeFromEnvironment(env);
  const limits = operationLimitsFromEnvironment(env);
  const policy = subgraphPolicyFromEnvironment(env);
  const limiter = new RateLimiter(rateLimitFromEnvironment(env));
  const clientAddress = clientAddressFromEnvironment(env);
  const httpLimits = httpServerLimitsFromEnvironment(env);
  const bodiesPerClient = bodiesPerClientFromEnvironment(env);
  const metrics = new GatewayMetrics(options.subgraphs.map((endpoint) => endpoint.name), listedOperationNames(mode.persistedOperationsFile));
  const tracing = startTracing(env, (operationName) => metrics.operationLabel(operationName));
  // Read now, with the other settings, so that a bad value is refused before the subgraphs are waited for.
  const pollIntervalInMs = wholeNumberVariable(env, 'YRD_SUBGRAPH_POLL_MS', 10_000, 100);
  const maxTokenLifetimeSeconds = maxTokenLifetimeFromEnvironment(env);
  const trustListCheckSeconds = trustListCheckSecondsFromEnvironment(env);

  // Connecting is bounded by the subgraph timeout too (undici's own default is 10 s, whatever it is set to).
  // The data sources send no more fetches to a subgraph than it has connections, and the others
  // wait for one within their deadline (resilience/connectionGate.ts): undici's own queue, which
  // has none, stays empty.
  const agent = new Agent({ connections: policy.connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connect: { timeout: policy.timeoutMs } });
  const endpointByName = new Map(options.subgraphs.map((endpoint) => [endpoint.name, endpoint]));
  // One breaker per subgraph for the life of the process (a reloaded supergraph builds new data sources).
  const breakers = new Map(
    options.subgraphs.map((endpoint) => [
      endpoint.name,
      new CircuitBreaker(endpoint.name, policy.breaker, (subgraph, state) => {
        metrics.breakerChanged(subgraph, state);
        logger.warn({ subgraph, state }, 'circuit breaker');
      }),
    ]),
  );
  // The histogram of each subgraph's successful fetches, bound once: no label object hashed per fetch.
  const fetchedOk = new Map(options.subgraphs.map((endpoint) => [endpoint.name, metrics.fetchSeconds.labels({ subgraph: endpoint.name, outcome: 'ok' })]));
  const fromCache = new Map(options.subgraphs.map((endpoint) => [endpoint.name, metrics.answersFromCache.labels({ subgraph: endpoint.name })]));
  // Answers a subgraph allows to be kept, for the life of the process (a reloaded supergraph keeps them: they are the subgraphs').
  const answers = new SubgraphAnswerCache(answerCacheBytesFromEnvironment(env));
  const observer: FetchObserver = {
    fetched: (subgraph, seconds, outcome) => {
      const ok = outcome === 'ok' ? fetchedOk.get(subgraph) : undefined;
      if (ok) ok.observe(seconds);
      else metrics.fetchSeconds.observe({ subgraph, outcome: outcome === 'ok' ? 'ok' : 'failed' }, seconds);
      if (outcome !== 'ok') metrics.fetchFailures.inc({ subgraph, reason: outcome });
    },
    retried: (subgraph) => metrics.retries.inc({ subgraph }),
    answeredFromCache: (subgraph) => fromCache.get(subgraph)?.inc(),
    // The client is told only the kind of failure; the cause, with the address that was tried, is for operators.
    failed: (subgraph, failure, requestId) =>
      logger.warn(
        { subgraph, requestId, reason: failure.extensions.reason, status: failure.extensions.status, err: failure.originalError ?? failure },
        'subgraph fetch failed',
      ),
  };

  const { keys, identityProvider } = await openGatewayMembers(options);
  // A key rotated or revoked with `npm run keys` while the gateway runs is taken up from the file
  // (and published again: a registration written from an older read at a start is put right).
  // The development identity provider's key is read afresh at each sign-in; followed here only for its registration.
  const stopFollowing = [keys, identityProvider].map((member) => member?.follow(options.trustDir, (message) => logger.error(message)));
  const stopFollowingKeys = () => stopFollowing.forEach((stop) => stop?.());
  const hub = endpointByName.get('catalog');
  if (!hub) throw new Error('no catalog subgraph configured');
  // Checked against the hub's every few seconds: a key revoked there stops verifying here within them.
  const trust = new TrustListClient(hub.url.replace(/\/graphql$/, '/trust-list'), options.trustDir, { logger, checkSeconds: trustListCheckSeconds });
  const tokenKeys = identityProviderKeys(trust, env);
  // A token verified with the development identity provider's key counts no longer than the list that trusted the key.
  trust.onChange(() => forgetVerifiedTokens());
  const ownAssertion: OwnAssertion = (subgraph) => assertionOf({ kind: 'SERVICE', member: 'gateway' }, subgraph, keys.signingKey);

  let supergraphSdl: SupergraphSdlHook | IntrospectAndCompose;
  const { supergraphFile } = options;
  if (supergraphFile) {
    // A cluster worker falls back on its primary's last good schema when the file does not load as it starts.
    supergraphSdl = supergraphFromFile({
      file: supergraphFile,
      logger,
      reloaded: (outcome) => metrics.supergraphReloads.inc({ outcome }),
      ...(options.clusterWorker ? { cluster: clusterSupergraph() } : {}),
    });
  } else {
    await waitForSubgraphs(options.subgraphs, agent, ownAssertion, {
      waiting: (down) =>
        logger.warn(
          { waitingFor: down.map((probe) => ({ subgraph: probe.name, url: probe.url, error: probe.error })) },
          `waiting for ${down.map((probe) => probe.name).join(', ')} to answer before composing the schema (the gateway listens once every subgraph does)`,
        ),
    });
    supergraphSdl = new IntrospectAndCompose({
      subgraphs: options.subgraphs.map(({ name, url }) => ({ name, url })),
      // Development: a changed subgraph is picked up; a failed composition keeps the last good schema.
      pollIntervalInMs,
      logger: logger.child({ component: 'composition' }),
    });
  }
  // Apollo Gateway otherwise sends usage data to Apollo from every gateway it starts: nothing
  // about a government federation's traffic leaves its network.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    // Query plans are kept for reuse; the published operations alone need a few MiB.
    experimental_approximateQueryPlanStoreMiB: 64,
    // A warm-up request stops here, once its plan is in the store (queryPlans/queryPlanWarmUp.ts).
    experimental_didResolveQueryPlan: ({ requestContext }) => stopAfterPlanning(requestContext.context),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        endpointByName.get(name)?.url ?? url ?? '',
        agent,
        ownAssertion,
        policy,
        breakers.get(name) ?? new CircuitBreaker(name, policy.breaker),
        observer,
        answers,
      ),
  });

  const production = mode.mode === 'production';
  const manifest = existsSync(mode.persistedOperationsFile) ? readManifest(mode.persistedOperationsFile) : undefined;
  if (mode.enforceSafelist && !manifest) throw new ConfigurationError(`the safelist is enforced but ${mode.persistedOperationsFile} does not exist (run npm run persist)`);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    // No "Did you mean …" suggestions that map the schema out for a caller in production.
    hideSchemaDetailsFromClientErrors: production,
    // …nor in errors in the variables; client mistakes coded as such, not as server faults.
    formatError: clientErrorFormat({ production }),
    // Automatic persisted queries for mobile apps (an in-memory cache of operations by hash).
    persistedQueries: { ttl: 24 * 3600 },
    // Parsing stops at this many tokens, before the limits plugin measures anything.
    parseOptions: { maxTokens: 20_000 },
    // The safelist first: it fills in the text of an operation sent by hash, which the others read.
    plugins: [
      ...(manifest ? [safelistPlugin(manifest, { enforce: mode.enforceSafelist })] : []),
      // An operationName the document does not define: the client's mistake (400), not a 500 from the planner.
      operationNamePlugin(),
      operationLimitsPlugin(limits),
      observabilityPlugin(metrics, logger),
      // Answers are per caller and often personal: no cache-control hints to compute or send.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // The process's own signal handling (runService) stops the server; Apollo's would race it.
    stopOnTerminationSignals: false,
  });
  // Every published operation is planned before clients ask, and again after each supergraph
  // change (which empties the plan cache): the schema as it loads, warmed once the server runs.
  let apiSchema: GraphQLSchema | undefined;
  let serving = false;
  const warmUp = (schema: GraphQLSchema) =>
    manifest &&
    warmQueryPlans(apollo, schema, manifest, () => callerContext(ANONYMOUS, keys.signingKey, 'plan-warm-up')).then(
      ({ planned, failed, ms }) => {
        if (failed.length > 0) logger.error({ failed }, 'published operations the planner refused');
        logger.info({ planned, ms: Math.round(ms) }, 'query plans warmed');
      },
      (error: unknown) =>
        serviceStopping() ? logger.info('query plan warm-up cut short: the gateway is stopping') : logger.error({ err: error }, 'query plan warm-up failed'),
    );
  gateway.onSchemaLoadOrUpdate((schema) => {
    apiSchema = schema.apiSchema;
    if (serving) void warmUp(schema.apiSchema);
  });
  await apollo.start();
  serving = true;
  if (apiSchema) void warmUp(apiSchema);

  const readiness = subgraphReadiness({ subgraphs: options.subgraphs, agent, ownAssertion, breakers });
  // A cluster's primary serves its ops endpoints, summing its workers' metrics: a worker answers
  // it, and on the public port (no YRD_OPS_PORT, not production) serves the sum it asks it for.
  if (options.clusterWorker) answerThePrimary(metrics.registry, readiness);
  const opsOptions = { readiness, metrics: options.clusterWorker ? clusterMetricsFromPrimary() : metrics };
  // With YRD_OPS_PORT they move to a listener of their own, off the public port — in a cluster
  // the primary's, which alone listens there; without one, a production gateway serves only a
  // bare /ready publicly.
  const opsAt = opsListener(env);
  const operational = opsAt || !production ? opsRoutes(opsOptions) : publicOpsRoutes(opsOptions);
  const http = await startGraphQLHttpServer<GatewayContext>({
    apollo,
    host: options.host,
    port: options.port,
    logger,
    limits: httpLimits,
    // Bodies are read before the token is checked: one client (counted as its anonymous rate
    // limit counts it — its address through the trusted proxies, an IPv6 client by its /64)
    // cannot hold every connection with bodies it never finishes.
    bodiesPerClient: { clientOf: (request) => clientNetwork(clientAddress(request)), max: bodiesPerClient },
    context: async (request, requestId) => {
      const takeFrom = (key: string) => {
        const decision = limiter.take(key);
        if (decision.allowed) return;
        const { perMinute, burst } = limiter.settings;
        throw rateLimitedError(
          `请求过于频繁：每个用户每分钟最多 ${perMinute} 次（可短时连续 ${burst} 次），请 ${decision.retryAfterSeconds} 秒后重试`,
          decision.retryAfterSeconds,
          { limitPerMinute: perMinute },
        );
      };
      const caller = await authenticateRequest(request, tokenKeys, maxTokenLifetimeSeconds).catch((refusal: unknown) => {
        // A refused token costs its network what an anonymous request does: guessing or
        // replaying tokens is throttled like anything else an unknown client sends.
        if (isRefusedToken(refusal)) takeFrom(rateLimitKey(ANONYMOUS, request, clientAddress));
        throw refusal;
      });
      takeFrom(rateLimitKey(caller, request, clientAddress));
      return callerContext(caller, keys.signingKey, requestId);
    },
    routes: {
      ...consoleRoutes({ mode, manifest, developmentIdentityProvider: options.developmentIdentityProvider, keysDir: options.keysDir, maxTokenLifetimeSeconds, host: options.host, logger }),
      '/health': (_request, response) => sendJson(response, 200, { status: 'ok' }),
      ...(opsAt ? {} : operational),
    },
  });
  const ops = opsAt && !options.clusterWorker ? await startOpsServer(opsAt.host, opsAt.port, operational, logger, httpLimits) : undefined;
  logger.info({ url: http.url, ops: ops?.url ?? (opsAt ? 'on the primary' : 'on the public port'), mode: mode.mode, safelist: mode.enforceSafelist ? 'enforced' : manifest ? 'hashes only' : 'none', tracing: tracing.exporter, limits, policy }, 'gateway started');
  return {
    url: http.url,
    close: async () => {
      logger.info('gateway stopping: finishing requests in flight');
      await http.close();
      await ops?.close();
      await apollo.stop();
      await agent.close();
      await tracing.shutdown();
      stopFollowingKeys();
      trust.close();
    },
  };
}
