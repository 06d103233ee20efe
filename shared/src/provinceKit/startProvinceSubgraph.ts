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
import { CaseStore } from './caseStore.ts';
import { HubClient } from './hubClient.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { createProvinceContext, type ProvinceContext } from './provinceContext.ts';
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
import { systemClock, type Clock } from '../time/clock.ts';

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
  /** The service halls' clock: opening hours and queue days (default: the system clock). */
  readonly hallClock?: Clock;
}

export interface RunningProvinceSubgraph extends RunningService {
  readonly services: ProvinceServices;
}

/** The schema of a province subgraph, for composition and tests. */
export function provinceSubgraphSchema(config: ProvinceConfig, hallClock: Clock = systemClock) {
  return buildSubgraphSchema([{ typeDefs: parse(provinceTypeDefs(config.region)), resolvers: provinceResolvers(config, hallClock) }]);
}

/**
 * Starts one province subgraph: opens (and on first start seeds) its database, loads or
 * generates its signing keys and registers them with the hub's member directory, and serves
 * the province schema over HTTP to callers the gateway vouches for.
 */
export async function startProvinceSubgraph(config: ProvinceConfig, options: ProvinceSubgraphOptions): Promise<RunningProvinceSubgraph> {
  // First: a wrong YRD_LOG_LEVEL is refused before the database is opened and seeded.
  const logger = createLogger(config.region.subgraphName);
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
  const audit = new AuditLog(db);
  const cases = new CaseStore(db, config.region);
  const hub = new HubClient(options.hubUrl, keys, logger);
  const services: ProvinceServices = {
    config,
    records,
    read: createRecordReader(config, logger),
    cases,
    audit,
    refusals: new DirectCallRefusals(audit),
    clientAddress: options.clientAddress ?? clientAddressFromEnvironment({}),
    keys,
    trust: new TrustListClient(options.hubUrl.replace(/\/graphql$/, '/trust-list'), options.trustDir, { logger }),
    hub,
    requestEnds: new RequestEndDelivery(cases, hub, { logger, heartbeatMs: options.settings.requestEndHeartbeatSeconds * 1000 }),
    settings: options.settings,
    map,
    queue: new QueueStore(db, config.region),
  };

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

  const apollo = createSubgraphApolloServer<ProvinceContext>(provinceSubgraphSchema(config, options.hallClock));
  await apollo.start();
  const http = await startGraphQLHttpServer<ProvinceContext>({
    apollo,
    host: options.host,
    port: options.port,
    context: (request) => createProvinceContext(request, services),
    routes: { '/health': (_request, response) => sendJson(response, 200, { status: 'ok', region: config.region.code }) },
    logger,
  });
  return {
    url: http.url,
    services,
    close: async () => {
      clearInterval(sweep);
      clearInterval(flushRefusals);
      services.requestEnds.stop();
      await http.close();
      await apollo.stop();
      services.refusals.flush();
      db.close();
      inUse.release();
    },
  };
}
