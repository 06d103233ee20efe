import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { FixtureScale } from '../fixtures/fixtureScale.ts';
import { createSubgraphApolloServer } from '../graphql/subgraphApolloServer.ts';
import { sendJson, startGraphQLHttpServer } from '../http/graphqlHttpServer.ts';
import type { RunningService } from '../process/runService.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { TrustListClient } from '../trust/trustListClient.ts';
import { AuditLog } from './auditLog.ts';
import { BoundAssertionUses } from './boundAssertionUses.ts';
import { CaseStore } from './caseStore.ts';
import { HUB_ANSWER_KEEP_MS, HubClient } from './hubClient.ts';
import { SqliteHubAnswerStore } from './hubAnswerStore.ts';
import { checkImplementationList } from './implementationListCheck.ts';
import type { ImplementationListRefused } from './implementationListRefused.ts';
import { readStandardForValidation } from './standardForValidation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { unboundWriteRefusal } from './unboundWriteRefusal.ts';
import { admitToProvince, refusalBeforeBody } from './provinceAdmission.ts';
import { DirectCallRefusals } from './directCallRefusals.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { holdDataDirectory } from '../process/dataDirectoryLock.ts';
import { createLogger } from '../observability/logger.ts';
import { provinceResolvers } from './provinceResolvers.ts';
import type { ExchangeSettings, ProvinceServices } from './provinceServices.ts';
import { ProvinceStore } from './provinceStore.ts';
import { provinceTypeDefs } from './provinceTypeDefs.ts';
import { createRecordReader } from './recordReader.ts';
import { seedProvinceStore } from './seedProvinceStore.ts';
import { checkNegativeListNotes } from './checkNegativeListNotes.ts';
import { MapStore } from './mapStore.ts';
import { QueueStore } from './queueStore.ts';
import { RequestEndDelivery } from './requestEndDelivery.ts';
import { mapPlacesOf } from '../publicServices/mapPlaces.ts';
import type { MapScale } from '../publicServices/mapScale.ts';
import { clientAddressFromEnvironment, type ClientAddress } from '../http/clientAddress.ts';
import { ArrivalAddresses } from '../http/arrivalAddresses.ts';
import type { HttpServerLimits } from '../http/httpServerLimits.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { provinceReadiness } from './provinceReadiness.ts';
import { missingArrangementNotice } from '../time/calendarCoverage.ts';
import { todayInChina } from '../time/localDate.ts';

export interface ProvinceSubgraphOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly keysDir: string;
  readonly trustDir: string;
  /** The hub's GraphQL endpoint (its trust list is beside it, at /trust-list). */
  readonly hubUrl: string;
  readonly scale: FixtureScale;
  readonly settings: ExchangeSettings;
  readonly deadlineSweepSeconds: number;
  readonly mapScale: MapScale;
  /** Where requests come from behind the province's own proxies (default: the socket's address). */
  readonly clientAddress?: ClientAddress;
  /** Time to send a request and connections held at once (default DEFAULT_HTTP_SERVER_LIMITS; YRD_HTTP_*). */
  readonly httpLimits?: HttpServerLimits;
  /** The service halls' clock: opening hours and queue days (default: the system clock). */
  readonly hallClock?: Clock;
  /** Seconds between checks of the trust list against the hub's (YRD_TRUST_LIST_CHECK_SECONDS; default 5). */
  readonly trustListCheckSeconds?: number;
  /**
   * What becomes of the province when the hub, answering only after it started serving, refuses
   * its implementation list — it has stopped serving by then. Default: the process exits 1,
   * saying why (as it does when the hub refuses the list before it serves: start throws).
   */
  readonly onImplementationListRefused?: (refusal: ImplementationListRefused) => void;
}

/**
 * How long start waits, once its schema is built, for the hub's first answer on the
 * implementation list: one call, made while the schema is built, so hardly a wait when the hub
 * is up (the launcher starts it first). A hub slower than this is answered in the background.
 */
const LIST_CHECK_BEFORE_SERVING_MS = 1_000;

export interface RunningProvinceSubgraph extends RunningService {
  readonly services: ProvinceServices;
}

/** The schema of a province subgraph, for composition and tests. */
export function provinceSubgraphSchema(config: ProvinceConfig, hallClock: Clock = systemClock) {
  return buildSubgraphSchema([{ typeDefs: parse(provinceTypeDefs(config.region)), resolvers: provinceResolvers(config, hallClock) }]);
}

/**
 * Starts one province subgraph: opens (and on first start seeds) its database, loads or
 * generates its signing keys and registers them with the hub's member directory, checks its
 * implementation list against the item standard the hub serves, and serves the province schema
 * over HTTP to callers the gateway vouches for. A list the standard refuses is not served: start
 * throws ImplementationListRefused when the hub answers at once; when it answers later, the
 * province stops serving and (by default) exits 1.
 */
export async function startProvinceSubgraph(config: ProvinceConfig, options: ProvinceSubgraphOptions): Promise<RunningProvinceSubgraph> {
  // First: a wrong YRD_LOG_LEVEL is refused before the database is opened and seeded.
  const logger = createLogger(config.region.subgraphName);
  // Deadlines in working days count the calendar as it stands: said when a year they will soon reach is missing.
  const calendarNotice = missingArrangementNotice(todayInChina());
  if (calendarNotice) logger.warn(calendarNotice);
  // Marks the database as open for as long as it is, so that `npm run seed` refuses to delete it under us.
  const inUse = holdDataDirectory(options.dataDir, config.region.subgraphName);
  const db = openProvinceDatabase(join(options.dataDir, `${config.region.subgraphName}.sqlite`));
  const records = new ProvinceStore(db);
  const seeded = seedProvinceStore(records, config, options.scale);
  if (seeded > 0) process.stdout.write(`${config.region.subgraphName}: seeded ${seeded} native records (${config.nativeFormat.description})\n`);

  checkNegativeListNotes(config);
  const map = new MapStore(db, config.region.code);
  if (map.isEmpty()) {
    const loaded = map.load(mapPlacesOf(config, options.mapScale));
    process.stdout.write(`${config.region.subgraphName}: service map with ${loaded.places} places, ${loaded.offerings} item offerings\n`);
  }

  const keys = await MemberKeys.open({ member: config.region.subgraphName, role: 'PROVINCE', region: config.region.code }, options.keysDir);
  keys.register(options.trustDir);
  // A key rotated or revoked with `npm run keys` while the province runs is taken up from the file.
  const stopFollowingKeys = keys.follow(options.trustDir, (message) => logger.error(message));
  const audit = new AuditLog(db);
  const cases = new CaseStore(db, config.region);
  const hub = new HubClient(options.hubUrl, keys, logger, Date.now, new SqliteHubAnswerStore(db, HUB_ANSWER_KEEP_MS));
  // Its implementation list against the standard's authority, the hub (README: promised time
  // limits are checked when the provinces start), while the schema is built. The launcher starts
  // the hub first, so it answers at once and a refused list is refused before anything is served.
  // A hub not up yet (a province on its own host) or slow does not hold the province back: the
  // check goes on in the background until the hub answers (below).
  const listCheck = checkImplementationList({
    region: config.region,
    implementations: config.implementations,
    passedOn: config.passedOn ?? [],
    readStandard: (codes) => readStandardForValidation(hub, codes),
    logger,
  });
  // Checked against the hub's every few seconds: a key revoked there stops verifying here within them.
  const trust = new TrustListClient(options.hubUrl.replace(/\/graphql$/, '/trust-list'), options.trustDir, {
    logger,
    ...(options.trustListCheckSeconds !== undefined ? { checkSeconds: options.trustListCheckSeconds } : {}),
  });
  const services: ProvinceServices = {
    config,
    records,
    read: createRecordReader(config, logger),
    cases,
    audit,
    refusals: new DirectCallRefusals(audit),
    boundAssertionUses: new BoundAssertionUses(db),
    clientAddress: options.clientAddress ?? clientAddressFromEnvironment({}),
    keys,
    trust,
    hub,
    requestEnds: new RequestEndDelivery(cases, hub, { logger, heartbeatMs: options.settings.requestEndHeartbeatSeconds * 1000 }),
    settings: options.settings,
    map,
    queue: new QueueStore(db, config.region),
  };
  const apollo = createSubgraphApolloServer<ProvinceContext>(provinceSubgraphSchema(config, options.hallClock), [unboundWriteRefusal()]);
  await apollo.start();
  const early = await firstAnswerWithin(listCheck.firstAttempt, LIST_CHECK_BEFORE_SERVING_MS);
  if (early?.sound === false) {
    stopFollowingKeys();
    trust.close();
    await apollo.stop();
    db.close();
    inUse.release();
    throw early.refusal;
  }

  // Ended evidence requests are told to the hub: what an earlier run left, then each as it ends,
  // and that nothing is pending (a heartbeat): the hub vouches a request is live only just after.
  services.requestEnds.start();
  // 容缺 deadlines: overdue cases are terminated at start, every sweep interval, and whenever read.
  services.cases.terminateOverdue();
  const sweep = setInterval(() => services.cases.terminateOverdue(), options.deadlineSweepSeconds * 1000);
  sweep.unref();
  // Refusals folded while an address flooded are written within a minute.
  const flushRefusals = setInterval(() => services.refusals.flush(), 60_000);
  flushRefusals.unref();

  // Who may be served, and whether anyone still waits, is settled before anything runs
  // (provinceAdmission.ts); a refusal names the address read when the request arrived.
  const arrivals = new ArrivalAddresses(services.clientAddress);
  const http = await startGraphQLHttpServer<ProvinceContext>({
    apollo,
    host: options.host,
    port: options.port,
    beforeBody: (request, requestId) => refusalBeforeBody(request, { requestId, sourceAddress: arrivals.of(request) }, services),
    context: (request, requestId) => admitToProvince(request, { requestId, sourceAddress: arrivals.of(request) }, services, logger),
    routes: {
      '/health': (_request, response) => sendJson(response, 200, { status: 'ok', region: config.region.code }),
      '/ready': provinceReadiness(services.trust, config.region),
    },
    logger,
    ...(options.httpLimits ? { limits: options.httpLimits } : {}),
  });
  arrivals.watch(http.server);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      listCheck.stop();
      stopFollowingKeys();
      trust.close();
      clearInterval(sweep);
      clearInterval(flushRefusals);
      services.requestEnds.stop();
      await http.close();
      await apollo.stop();
      services.refusals.flush();
      db.close();
      inUse.release();
    })());
  // The hub answered only now, and refuses the list: nothing more is served, and the process ends
  // (the launcher restarts it, where the check refuses it before it serves, and gives up).
  void listCheck.verdict.then(async (verdict) => {
    if (verdict.sound) return;
    try {
      await close();
    } finally {
      (options.onImplementationListRefused ?? exitRefused(config.region.subgraphName))(verdict.refusal);
    }
  });
  return { url: http.url, services, close };
}

/** The default end of a province whose list the hub refused after it started serving. */
function exitRefused(subgraphName: string) {
  return (refusal: ImplementationListRefused) => {
    process.stderr.write(`${subgraphName}: stopped serving: ${refusal.message}\n`);
    process.exit(1);
  };
}

/** `answer`, unless it takes longer than `ms`: then undefined (the answer may still come). */
async function firstAnswerWithin<T>(answer: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
