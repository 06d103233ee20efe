import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createSubgraphApolloServer } from '@yrd/shared/graphql/subgraphApolloServer';
import { sendJson, startGraphQLHttpServer } from '@yrd/shared/http/graphqlHttpServer';
import { rawBodyOf } from '@yrd/shared/http/readJsonBody';
import { SeenOnce } from '@yrd/shared/cache/seenOnce';
import type { HttpServerLimits } from '@yrd/shared/http/httpServerLimits';
import { unauthenticated } from '@yrd/shared/identity/authErrors';
import { CallerNotEstablished, callerOfRequest } from '@yrd/shared/identity/callerAssertion';
import type { RunningService } from '@yrd/shared/process/runService';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { trustListRoute } from '@yrd/shared/trust/trustListRoute';
import { missingArrangementNotice } from '@yrd/shared/time/calendarCoverage';
import { problemsUnderAddedYears, underAddedYearWarning } from '@yrd/shared/time/problemsUnderAddedYears';
import { todayInChina } from '@yrd/shared/time/localDate';
import { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import type { TrustListSource } from '@yrd/shared/trust/signedMessage';
import { createLogger } from '@yrd/shared/observability/logger';
import { CatalogStore } from './catalogStore.ts';
import { catalogResolvers, createCatalogContext, type CatalogContext } from './catalogResolvers.ts';
import { catalogTypeDefs } from './catalogTypeDefs.ts';
import { requestEndRoutes } from './requestEndRoutes.ts';
import { IssuerSync } from './endedRequests.ts';
import { DEFAULT_REQUEST_END_SYNC_WINDOW_SECONDS } from '@yrd/shared/evidence/requestEndSync';
import { STANDARD_ITEMS } from './seed/standardItems.ts';
import { FAQS } from './seed/knowledgeBase.ts';
import { knowledgeDocuments } from './knowledge/knowledgeDocument.ts';
import { NATIONAL_NEGATIVE_LIST } from '@yrd/shared/publicServices/nationalNegativeList';
import { systemClock, type Clock } from '@yrd/shared/time/clock';

export interface CatalogSubgraphOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly keysDir: string;
  readonly trustDir: string;
  readonly trustListSeconds: number;
  /** The service halls' clock, for the 7×24 map's openNow (default: the system clock). */
  readonly hallClock?: Clock;
  /** How long after a province last said the hub has all its ended requests the hub vouches its others are live (YRD_REQUEST_END_SYNC_WINDOW_SECONDS). */
  readonly requestEndSyncWindowSeconds?: number;
  /** Time to send a request and connections held at once (default DEFAULT_HTTP_SERVER_LIMITS; YRD_HTTP_*). */
  readonly httpLimits?: HttpServerLimits;
}

export function catalogSubgraphSchema(store: CatalogStore, trustList: TrustListPublisher, hallClock: Clock = systemClock) {
  return buildSubgraphSchema([{ typeDefs: parse(catalogTypeDefs()), resolvers: catalogResolvers(store, trustList, hallClock) }]);
}

/** The hub's Apollo Server: its routing of a subject carries cache hints (ROUTING_MAX_AGE_SECONDS), which the gateway may keep. */
export function createCatalogApolloServer(store: CatalogStore, trustList: TrustListPublisher, hallClock: Clock = systemClock) {
  return createSubgraphApolloServer<CatalogContext>(catalogSubgraphSchema(store, trustList, hallClock), [], { cacheHints: true });
}

/**
 * Starts the hub: checks and loads the item standard, sets up the federation's trust anchor
 * and signed trust list (served at /trust-list), keeps which evidence requests have ended
 * (/evidence-requests/*, for provinces only), and serves the hub schema to callers the
 * gateway (or another member) vouches for.
 */
export async function startCatalogSubgraph(options: CatalogSubgraphOptions): Promise<RunningService> {
  // A promise that only a year the operators added breaks is said below, not refused (problemsUnderAddedYears.ts).
  const { refused: problems, underAddedYears } = problemsUnderAddedYears(() => STANDARD_ITEMS.flatMap(validateStandardItem));
  if (problems.length > 0) throw new Error(`the item standard has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const store = new CatalogStore(join(options.dataDir, 'catalog.sqlite'));
  if (store.load(STANDARD_ITEMS)) process.stdout.write(`catalog: loaded ${STANDARD_ITEMS.length} standard items\n`);
  const knowledge = knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST);
  if (store.knowledge.load(knowledge)) process.stdout.write(`catalog: indexed ${knowledge.length} knowledge-base documents\n`);

  const keys = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, options.keysDir);
  // The hub's public keys are the federation's trust anchor.
  keys.register(options.trustDir);
  const logger = createLogger('catalog');
  // The time limits above were checked over the years the calendar knows: said when one it will soon count is missing.
  const calendarNotice = missingArrangementNotice(todayInChina());
  if (calendarNotice) logger.warn(calendarNotice);
  for (const problem of underAddedYears) {
    logger.warn({ problem }, underAddedYearWarning('item standard', problem));
  }
  // A key rotated or revoked with `npm run keys` while the hub runs is taken up from the file (and signs the next list).
  const stopFollowingKeys = keys.follow(options.trustDir, (message) => logger.error(message));
  const publisher = new TrustListPublisher(keys, options.trustDir, options.trustListSeconds, (message) => logger.error(message));
  const trust: TrustListSource = {
    current: async () => (await publisher.signed()).list,
    refresh: async () => (await publisher.signed(true)).list,
  };
  // The hub has no mutations: a bound assertion (a fetch of a client's write) is checked, none
  // required; the ones taken up are remembered in memory, with room for far more than a minute's.
  const boundAssertionsUsed = new SeenOnce(100_000);
  const authenticate = async (request: IncomingMessage) => {
    try {
      return (await callerOfRequest(request.headers, 'catalog', trust, () => rawBodyOf(request), (id, expiresAt) => boundAssertionsUsed.first(id, expiresAt))).caller;
    } catch (error) {
      if (!(error instanceof CallerNotEstablished)) throw error;
      throw unauthenticated(error.reason, error.detail === undefined ? '事项标准库只接受经网关或联盟成员的请求' : `无法确认调用方身份：${error.detail}`);
    }
  };

  const apollo = createCatalogApolloServer(store, publisher, options.hallClock);
  await apollo.start();
  const http = await startGraphQLHttpServer<CatalogContext>({
    apollo,
    host: options.host,
    port: options.port,
    context: async (request) => createCatalogContext(store, await authenticate(request)),
    logger,
    ...(options.httpLimits ? { limits: options.httpLimits } : {}),
    routes: {
      '/health': (_request, response) => sendJson(response, 200, { status: 'ok', subgraph: 'catalog' }),
      // Which evidence requests have ended: told by their issuing provinces, asked by the holders. Outside GraphQL (no client reaches it through the gateway).
      // In step with no province until it speaks (a restarted hub may have missed ends told meanwhile).
      ...requestEndRoutes(store.endedRequests, trust, { sync: new IssuerSync((options.requestEndSyncWindowSeconds ?? DEFAULT_REQUEST_END_SYNC_WINDOW_SECONDS) * 1000) }),
      '/trust-list': trustListRoute(publisher),
    },
  });
  return {
    url: http.url,
    close: async () => {
      stopFollowingKeys();
      await http.close();
      await apollo.stop();
      store.close();
    },
  };
}
