import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetch } from 'undici';
import { startFederation, REPOSITORY_ROOT, type RunningFederation } from '@yrd/gateway/launcher/startFederation';
import { spawnService, type ServiceProcess } from '@yrd/gateway/launcher/serviceProcess';
import { serviceEntry, servicesForm } from '@yrd/gateway/launcher/servicesForm';
import { fixtureEnterprise, fixturePerson } from '@yrd/shared/fixtures/fixtureIdentities';
import { DEFAULT_SCALE, type FixtureScale } from '@yrd/shared/fixtures/fixtureScale';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import type { Caller } from '@yrd/shared/identity/caller';
import { CALLER_HEADER, signCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { urlVariable } from '@yrd/shared/process/serviceEnvironment';
import { MemberKeys, type SigningKey } from '@yrd/shared/trust/memberKeys';
import { startHiveGateway } from '../src/harness/hiveGateway.ts';
import { COMMITTED_SUPERGRAPH, rewriteSupergraph, type RunningPeerGateway } from '../src/harness/peerGateways.ts';
import { compiledPeerMain } from './peers/compiledPeerMain.ts';
import { startStockApolloGateway } from '../src/harness/stockApolloGateway.ts';
import { SubgraphProxy } from '../src/harness/subgraphProxy.ts';
import { tokenIssuer } from '../src/harness/userTokens.ts';
import type { BenchComparison, BenchReport } from './benchReport.ts';
import { compareSides, runLoad, type LoadTarget, type PreparedRequest, type SideResult } from './load/loadRun.ts';
import { processMemoryMb } from './load/processStats.ts';

/**
 * Our gateway among its peers, on one federation seeded at scale, every figure a ratio of two
 * things measured side by side in this run (loopback, ephemeral ports, autocannon):
 *
 *   a. overhead — a one-province query through the gateway vs the same subgraph operations sent
 *      straight to the hub and the province, with an assertion the benchmark signs itself;
 *   b. fan-out — the all-province query vs each province's part of it, sent straight;
 *   c. tuned vs stock — our gateway vs @apollo/gateway + @apollo/server with every default;
 *   d. peer — our gateway vs Hive Gateway; both c and d on the same supergraph file, the same
 *      subgraphs, the same workloads (one caller repeated; and many distinct callers);
 *   e. batching — subgraph requests per gateway request for 100 subjects, counted by proxies;
 *   f. peak memory (VmHWM) of every process afterwards.
 *
 * Our gateway keeps the hub's routing of a subject for its caller (the hub allows it,
 * subgraphAnswerCache.ts); the peers do not. So "one caller repeated" is the case it helps and
 * "many distinct callers" (each asking once) the case it cannot: each run says which share of
 * its requests had the routing from kept answers, and on the one-caller workloads our gateway
 * keeping nothing (YRD_SUBGRAPH_ANSWER_CACHE_MB=0) runs beside the others (c'').
 *
 * Peers run as processes of their own, as our gateway does, so that each is measured alone, and
 * in the same form as the federation (compiled under `npm run bench`: no TypeScript loader in any
 * gateway's module resolution).
 */
const PERSON_RECORD_FIELDS = `__typename recordId kind region holdingAuthority subjectId updatedOn
    ... on SocialInsuranceRecord { personName insuranceStatus schemes contributionMonths lastContributionMonth employerName cardStatus }
    ... on ProvidentFundRecord { personName accountStatus continuousMonths monthlyDeposit balance outstandingLoan lastDepositMonth openedOn }
    ... on HouseholdRegistrationRecord { personName sex birthDate divisionCode relationToHead movedFromDivision handledCrossRegion }
    ... on MarriageRecord { personName event spouseName spouseIdNumber registeredOn registryOffice }`;

const PERSON_RECORDS = `query AllProvinces($id: ID!) {
  subject(id: $id) { id kind regions { __typename id region records { ${PERSON_RECORD_FIELDS} } } } }`;

/** The same records from one province only: the plan fetches that province alone (the others' stubs need nothing). */
const personRecordsIn = (typePrefix: string) => `query OneProvince($id: ID!) {
  subject(id: $id) { id kind regions { __typename id ... on ${typePrefix}Subject { region records { ${PERSON_RECORD_FIELDS} } } } } }`;

const ENTERPRISE_RECORDS = `query OneProvince($id: ID!) {
  subject(id: $id) { id kind registeringRegion regions { __typename region records {
    __typename recordId kind region holdingAuthority updatedOn
    ... on BusinessRegistrationRecord { enterpriseName businessStatus registeredCapital divisionCode }
    ... on CreditRecord { category settled penaltyAmount authority } } } } }`;

const MANY_SUBJECTS = `query ManySubjects($ids: [ID!]!) { subjects(ids: $ids) { id kind regions { __typename id region } } }`;

/** Our gateway with YRD_SUBGRAPH_ANSWER_CACHE_MB=0, beside the one that keeps the hub's routing. */
const KEEPING_NOTHING = 'ours keeping nothing';

interface Settings {
  readonly people: number;
  readonly enterprises: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
  readonly connections: number;
  readonly distinctCallers: number;
}

function settingsFrom(env: NodeJS.ProcessEnv): Settings {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
    return value;
  };
  return {
    people: number('YRD_BENCH_PEOPLE', 100_000),
    enterprises: number('YRD_BENCH_ENTERPRISES', 20_000),
    seconds: number('YRD_BENCH_SECONDS', 8),
    warmupSeconds: number('YRD_BENCH_WARMUP_SECONDS', 3),
    rounds: number('YRD_BENCH_ROUNDS', 2),
    connections: number('YRD_BENCH_CONNECTIONS', 16),
    distinctCallers: number('YRD_BENCH_DISTINCT_CALLERS', 20_000),
  };
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const ms = (value: number) => (value >= 10 ? value.toFixed(1) : value.toFixed(2));
const side = (result: SideResult) => `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms`;
const find = (results: readonly SideResult[], name: string) => {
  const result = results.find((candidate) => candidate.name === name);
  if (!result) throw new Error(`no result for ${name}`);
  return result;
};

/** The git state the gateway was measured at (others may be changing it while this runs). */
function provenance(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'gateway/src', 'shared/src'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes in ${dirty.split('\n').length} file(s) under gateway/src, shared/src` : head;
  } catch {
    return 'unknown';
  }
}

async function postJson(url: string, payload: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: unknown; errors?: unknown[] } };
}

/** Our gateway's fetches of the hub so far: sent, and answered from the answers the hub allowed it to keep (subgraphAnswerCache.ts). */
async function hubParts(gatewayUrl: string): Promise<{ sent: number; kept: number }> {
  const text = await (await fetch(gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  const counted = (name: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) && line.includes('subgraph="catalog"'))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  return { sent: counted('yrd_subgraph_fetch_duration_seconds_count'), kept: counted('yrd_subgraph_answers_from_cache_total') };
}

/**
 * Runs a comparison and says how our gateway had the hub's part meanwhile (its warm-ups
 * included): the routing of a subject is kept per caller for ROUTING_MAX_AGE_SECONDS, so one
 * caller repeating a query asks the hub once, and callers who each ask once ask it every time.
 */
async function withHubParts<T>(gatewayUrl: string, measure: () => Promise<T>): Promise<[T, string]> {
  const before = await hubParts(gatewayUrl);
  const result = await measure();
  const after = await hubParts(gatewayUrl);
  const [sent, kept] = [after.sent - before.sent, after.kept - before.kept];
  const share = sent + kept === 0 ? 0 : (100 * kept) / (sent + kept);
  return [result, `our gateway had the hub's routing from its kept answers for ${share.toFixed(1)}% of requests (${kept.toLocaleString('en')} kept, ${sent.toLocaleString('en')} asked)`];
}

/** One request through every side before a comparison: it must answer without errors. */
async function preflight(targets: readonly LoadTarget[]): Promise<void> {
  for (const target of targets) {
    const [request] = await target.prepare();
    if (!request) throw new Error(`${target.name}: nothing to send`);
    const answer = await postJson(target.url, request.body, request.headers);
    if (answer.status !== 200 || answer.json.errors || !answer.json.data) throw new Error(`${target.name} did not answer cleanly (HTTP ${answer.status}): ${answer.text.slice(0, 600)}`);
  }
}

export async function gatewayPeersBench(): Promise<BenchReport> {
  const settings = settingsFrom(process.env);
  const progress = (line: string) => process.stdout.write(`    … ${line}\n`);
  const lines: string[] = [];
  const comparisons: BenchComparison[] = [];
  const metrics: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const scale: FixtureScale = { people: settings.people, enterprises: settings.enterprises, seed: DEFAULT_SCALE.seed };

  const dataDir = mkdtempSync(join(tmpdir(), 'yrd-gateway-bench-'));
  const benchEnv: NodeJS.ProcessEnv = {
    YRD_SEED_PEOPLE: String(scale.people),
    YRD_SEED_ENTERPRISES: String(scale.enterprises),
    // Every gateway serves the same committed supergraph (ours overrides its URLs from YRD_<NAME>_URL).
    YRD_SUPERGRAPH_FILE: COMMITTED_SUPERGRAPH,
    // One process, as each peer is; limits and rate limits that never refuse a benchmark request.
    YRD_GATEWAY_WORKERS: '1',
    YRD_RATE_LIMIT_PER_MINUTE: '100000000',
    YRD_RATE_LIMIT_BURST: '10000000',
    YRD_LIMIT_DEPTH: '50',
    YRD_LIMIT_ALIASES: '1000',
    YRD_LIMIT_FIELDS: '100000',
    YRD_LIMIT_WIDTH: '10000',
    YRD_LIMIT_COST: '100000000',
    YRD_LIMIT_DOCUMENT_BYTES: '1000000',
    // Request logging off everywhere (the peers log nothing per request either); set it to measure its cost.
    YRD_LOG_LEVEL: process.env.YRD_LOG_LEVEL ?? 'warn',
  };
  const processes = new Map<string, ServiceProcess>();
  const inProcess: RunningPeerGateway[] = [];
  const proxies = new Map<string, SubgraphProxy>();
  let federation: RunningFederation | undefined;
  try {
    // ---- boot at scale (every province seeds its share of the fixture world on first start)
    const bootStarted = performance.now();
    const form = servicesForm(process.env, import.meta.url);
    federation = await startFederation({ dataDir, ephemeralPorts: true, output: 'pipe', env: benchEnv, readyTimeoutMs: 600_000, form });
    const bootSeconds = (performance.now() - bootStarted) / 1000;
    const seeded = REGIONS.map((region) => {
      const line = federation?.processes.get(region.subgraphName)?.recentOutput().split('\n').find((candidate) => candidate.includes('seeded')) ?? '';
      return `${region.subgraphName} ${Number(/seeded (\d+)/.exec(line)?.[1] ?? 0).toLocaleString('en')}`;
    });
    lines.push(
      `federation booted with ${scale.people.toLocaleString('en')} people and ${scale.enterprises.toLocaleString('en')} enterprises in ${bootSeconds.toFixed(1)} s, seeding included (records per province: ${seeded.join(', ')}); see the seeding benchmark for where that time goes`,
    );
    metrics.bootSeconds = bootSeconds;
    for (const [name, service] of federation.processes) processes.set(name, service);

    const trustDir = join(dataDir, 'trust');
    const urls = federation.subgraphUrls;
    const tokens = await tokenIssuer(dataDir);
    // The benchmark is a member too (role GATEWAY), to vouch for callers when it calls a subgraph itself.
    const benchKeys = await MemberKeys.open({ member: 'bench-direct', role: 'GATEWAY', region: null }, join(dataDir, 'bench-keys'));
    benchKeys.register(trustDir);

    // ---- peers, each its own process, on the committed supergraph pointed at the subgraphs
    const peerSupergraph = rewriteSupergraph(urls, dataDir);
    const peerEnv = (peer: string): NodeJS.ProcessEnv => ({
      ...process.env,
      YRD_PEER: peer,
      YRD_PEER_SUPERGRAPH_FILE: peerSupergraph,
      YRD_CATALOG_URL: urls[CATALOG_SUBGRAPH.subgraphName],
      YRD_TRUST_DIR: trustDir,
      YRD_PEER_KEYS_DIR: join(dataDir, `${peer}-keys`),
      APOLLO_TELEMETRY_DISABLED: 'true',
    });
    const peerMain = form === 'compiled' ? await compiledPeerMain(join(import.meta.dirname, '..')) : join(import.meta.dirname, 'peers', 'peerGatewayMain.ts');
    for (const [name, peer] of [
      ['hive', 'hive'],
      ['stock apollo', 'stock'],
    ] as const) {
      processes.set(
        name,
        await spawnService({ name, entry: peerMain, env: peerEnv(peer), cwd: REPOSITORY_ROOT, output: 'pipe', readyTimeoutMs: 120_000 }),
      );
    }
    // Our gateway again, keeping no subgraph answer (YRD_SUBGRAPH_ANSWER_CACHE_MB=0): what the kept
    // routing of a subject adds, measured side by side.
    processes.set(
      KEEPING_NOTHING,
      await spawnService({
        name: KEEPING_NOTHING,
        entry: serviceEntry(join(REPOSITORY_ROOT, 'gateway'), form),
        env: { ...process.env, ...benchEnv, YRD_DATA_DIR: dataDir, PORT: '0', YRD_SUBGRAPH_ANSWER_CACHE_MB: '0', ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [urlVariable(name), url])) },
        cwd: REPOSITORY_ROOT,
        output: 'pipe',
        readyTimeoutMs: 120_000,
      }),
    );
    const gatewayUrl = federation.gatewayUrl;
    const hiveUrl = `${(processes.get('hive') as ServiceProcess).url}`;
    const stockUrl = `${(processes.get('stock apollo') as ServiceProcess).url}`;
    const keepingNothingUrl = `${(processes.get(KEEPING_NOTHING) as ServiceProcess).url}`;

    // ---- e. batching, and the subgraph operations of each workload (captured for a and b)
    for (const [name, url] of Object.entries(urls)) proxies.set(name, await SubgraphProxy.start(url));
    const proxied = Object.fromEntries([...proxies].map(([name, proxy]) => [name, proxy.url]));
    const proxiedOurs = await spawnService({
      name: 'gateway (proxied)',
      entry: serviceEntry(join(REPOSITORY_ROOT, 'gateway'), form),
      env: { ...process.env, ...benchEnv, YRD_DATA_DIR: dataDir, PORT: '0', ...Object.fromEntries(Object.entries(proxied).map(([name, url]) => [urlVariable(name), url])) },
      cwd: REPOSITORY_ROOT,
      output: 'pipe',
      readyTimeoutMs: 120_000,
    });
    const peerOptions = { supergraphFile: rewriteSupergraph(proxied, dataDir), hubUrl: urls[CATALOG_SUBGRAPH.subgraphName] as string, trustDir, keysDir: join(dataDir, 'proxied-peer-keys') };
    inProcess.push(await startHiveGateway({ ...peerOptions, member: 'hive-gateway-proxied' }));
    inProcess.push(await startStockApolloGateway({ ...peerOptions, member: 'stock-gateway-proxied' }));
    const proxiedGateways: [string, string][] = [
      ['ours', proxiedOurs.url],
      ['Hive', (inProcess[0] as RunningPeerGateway).url],
      ['stock Apollo', (inProcess[1] as RunningPeerGateway).url],
    ];

    const citizen = await tokens.citizen(CAST.wangLijuan);
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const enterpriseRegion = REGIONS.find((region) => region.code === 'ZHEJIANG') ?? REGIONS[0];
    const allProvinces = body(PERSON_RECORDS, { id: CAST.wangLijuan });
    const oneProvince = body(ENTERPRISE_RECORDS, { id: CAST.jiashanHefeng });
    const capture = async (payload: string, headers: Record<string, string>) => {
      for (const proxy of proxies.values()) proxy.reset();
      const answer = await postJson(proxiedOurs.url, payload, headers);
      if (answer.json.errors) throw new Error(`capture: ${answer.text.slice(0, 400)}`);
      return new Map([...proxies].map(([name, proxy]) => [name, proxy.operations().map((operation) => operation.body)]));
    };
    const oneProvinceParts = await capture(oneProvince, enterprise);
    const allProvinceParts = await capture(allProvinces, citizen);

    const subjectIds = Array.from({ length: 100 }, (_, index) => fixturePerson(scale, Math.floor((index * scale.people) / 100)).id);
    const batchRequests = 3;
    const batching: string[] = [];
    for (const [name, url] of proxiedGateways) {
      for (const proxy of proxies.values()) proxy.reset();
      for (let i = 0; i < batchRequests; i++) {
        const answer = await postJson(url, body(MANY_SUBJECTS, { ids: subjectIds }), {});
        const subjects = (answer.json.data as { subjects?: { regions: unknown[] }[] } | undefined)?.subjects;
        if (answer.json.errors || subjects?.length !== 100) throw new Error(`${name}: 100 subjects did not answer cleanly: ${answer.text.slice(0, 400)}`);
      }
      const perRequest = [...proxies].map(([subgraph, proxy]) => [subgraph, proxy.operations().length / batchRequests] as const);
      const worst = Math.max(...perRequest.filter(([subgraph]) => subgraph !== CATALOG_SUBGRAPH.subgraphName).map(([, count]) => count));
      // Our gateway asks the hub for the first of the (identical, anonymous) requests only: it keeps the routing.
      const counts = perRequest.map(([subgraph, count]) => `${subgraph} ${Number(count.toFixed(2))}`).join(', ');
      batching.push(`${name}: ${counts}`);
      metrics[`batching.${name}.maxPerProvince`] = worst;
      comparisons.push({
        what: `e. batching (${name}): subgraph requests per province for 100 subjects`,
        measured: counts,
        ratio: worst,
        target: '= 1 per province',
        met: worst === 1,
      });
    }
    lines.push(`e. batching — subgraph requests per gateway request for subjects(ids: 100 ids) { regions { … } }, ${batchRequests} requests: ${batching.join('; ')}`);
    await proxiedOurs.stop();
    for (const peer of inProcess.splice(0)) await peer.close();
    for (const proxy of proxies.values()) await proxy.close();
    proxies.clear();

    // ---- the processes whose CPU each run accounts for
    const watched = new Map<string, number>([['client (autocannon)', process.pid]]);
    for (const [name, service] of processes) if (service.child.pid) watched.set(name, service.child.pid);
    const comparisonSettings = { connections: settings.connections, seconds: settings.seconds, rounds: settings.rounds, warmupSeconds: settings.warmupSeconds };
    const cpuLine = (result: SideResult, names: readonly string[]) =>
      names.map((name) => `${name} ${(result.cpuMsPerRequest[name] ?? 0).toFixed(2)}`).join(', ');

    const fixed = (name: string, url: string, payload: string, headers: Record<string, string>): LoadTarget => ({
      name,
      url,
      prepare: async () => [{ body: payload, headers }],
    });
    /** A subgraph operation sent straight to the subgraph, with an assertion this benchmark signs. */
    const direct = (name: string, subgraph: string, payload: string, caller: Caller, key: SigningKey): LoadTarget => ({
      name,
      url: urls[subgraph] as string,
      prepare: async () => [{ body: payload, headers: { [CALLER_HEADER]: await signCallerAssertion(caller, subgraph, key) } }],
    });
    const only = (parts: Map<string, string[]>, subgraph: string) => {
      const [payload, ...more] = parts.get(subgraph) ?? [];
      if (!payload || more.length > 0) throw new Error(`expected exactly one operation for ${subgraph}, got ${(parts.get(subgraph) ?? []).length}`);
      return payload;
    };

    // ---- warm every gateway and subgraph up on every workload first (V8 optimises what runs often)
    const warmSeconds = Number(process.env.YRD_BENCH_GLOBAL_WARMUP_SECONDS ?? 5);
    progress(`warming up: ${warmSeconds} s per gateway and workload`);
    for (const url of [gatewayUrl, stockUrl, hiveUrl, keepingNothingUrl]) {
      for (const [payload, headers] of [
        [oneProvince, enterprise],
        [allProvinces, citizen],
      ] as const) {
        await runLoad(fixed('warm-up', url, payload, headers), { connections: settings.connections, seconds: warmSeconds }, watched);
      }
    }

    // ---- a. gateway overhead: a one-province query
    const enterpriseCaller: Caller = { kind: 'ENTERPRISE', creditCode: CAST.jiashanHefeng };
    const province = enterpriseRegion?.subgraphName ?? 'zhejiang';
    const overheadTargets = [
      fixed('gateway', gatewayUrl, oneProvince, enterprise),
      direct(`${province} direct`, province, only(oneProvinceParts, province), enterpriseCaller, benchKeys.signingKey),
      direct('catalog direct', CATALOG_SUBGRAPH.subgraphName, only(oneProvinceParts, CATALOG_SUBGRAPH.subgraphName), enterpriseCaller, benchKeys.signingKey),
    ];
    await preflight(overheadTargets);
    progress(`a. overhead: ${settings.connections} connections, ${settings.seconds} s × ${settings.rounds} rounds per side`);
    const [overhead, overheadHub] = await withHubParts(gatewayUrl, () => compareSides(overheadTargets, comparisonSettings, watched, progress));
    const [viaGateway, viaProvince, viaHub] = [find(overhead, 'gateway'), find(overhead, `${province} direct`), find(overhead, 'catalog direct')];
    const overheadP50 = viaGateway.p50Ms / viaProvince.p50Ms;
    const overheadThroughput = viaProvince.requestsPerSecond / viaGateway.requestsPerSecond;
    lines.push(
      `a. overhead — one-province query (an enterprise's records; the plan asks the hub, then ${province}), ${settings.connections} connections:`,
      `   through the gateway: ${side(viaGateway)}`,
      `   ${province}'s part sent directly: ${side(viaProvince)}; the hub's part directly: ${side(viaHub)}`,
      `   CPU ms per request — gateway run: ${cpuLine(viaGateway, ['gateway', 'catalog', province, 'client (autocannon)'])}; direct run: ${cpuLine(viaProvince, [province, 'client (autocannon)'])}`,
      `   the hub: ${overheadHub}`,
    );
    ratios['overhead p50: gateway / direct'] = overheadP50;
    ratios['overhead throughput: direct / gateway'] = overheadThroughput;
    comparisons.push(
      { what: 'a. gateway overhead, one-province query: p50, gateway / province direct', measured: `${ms(viaGateway.p50Ms)} vs ${ms(viaProvince.p50Ms)} ms (p99 ${ms(viaGateway.p99Ms)} vs ${ms(viaProvince.p99Ms)})`, ratio: overheadP50, target: '≤ 1.5×', met: overheadP50 <= 1.5 },
      { what: 'a. gateway overhead, one-province query: throughput, direct / gateway', measured: `${viaProvince.requestsPerSecond.toFixed(0)} vs ${viaGateway.requestsPerSecond.toFixed(0)} req/s`, ratio: overheadThroughput, target: '≤ 1.5×', met: overheadThroughput <= 1.5 },
      // Without a gateway a client makes both calls itself (the hub names the province, then the province answers).
      {
        what: "a'. the same, against both of the plan's calls made directly (hub, then province): p50, gateway / (hub + province)",
        measured: `${ms(viaGateway.p50Ms)} vs ${ms(viaHub.p50Ms)} + ${ms(viaProvince.p50Ms)} ms`,
        ratio: viaGateway.p50Ms / (viaHub.p50Ms + viaProvince.p50Ms),
      },
    );

    // ---- b. fan-out: the all-province query vs each province's part, one connection (latency without queueing)
    const citizenCaller: Caller = { kind: 'CITIZEN', residentId: CAST.wangLijuan };
    const fanOutTargets = [
      fixed('all provinces via gateway', gatewayUrl, allProvinces, citizen),
      ...REGIONS.map((region) => fixed(`${region.subgraphName} alone via gateway`, gatewayUrl, body(personRecordsIn(region.typePrefix), { id: CAST.wangLijuan }), citizen)),
      ...REGIONS.map((region) => direct(`${region.subgraphName} part direct`, region.subgraphName, only(allProvinceParts, region.subgraphName), citizenCaller, benchKeys.signingKey)),
      direct('catalog part direct', CATALOG_SUBGRAPH.subgraphName, only(allProvinceParts, CATALOG_SUBGRAPH.subgraphName), citizenCaller, benchKeys.signingKey),
    ];
    await preflight(fanOutTargets);
    progress(`b. fan-out: 1 connection, ${settings.seconds} s × ${settings.rounds} rounds per side`);
    const [fanOut, fanOutHub] = await withHubParts(gatewayUrl, () => compareSides(fanOutTargets, { ...comparisonSettings, connections: 1 }, watched, progress));
    const whole = find(fanOut, 'all provinces via gateway');
    const parts = REGIONS.map((region) => find(fanOut, `${region.subgraphName} part direct`));
    const slowest = parts.reduce((worst, part) => (part.p50Ms > worst.p50Ms ? part : worst));
    const hubPart = find(fanOut, 'catalog part direct');
    const fanOutRatio = whole.p50Ms / slowest.p50Ms;
    const sumOfParts = parts.reduce((sum, part) => sum + part.p50Ms, 0);
    lines.push(
      `b. fan-out — ${CAST.wangLijuan}'s records from all four provinces, 1 connection:`,
      `   through the gateway: ${side(whole)}`,
      `   each province's part directly: ${parts.map((part) => `${part.name.replace(' part direct', '')} p50 ${ms(part.p50Ms)} / p99 ${ms(part.p99Ms)} ms`).join('; ')}; the hub's part ${ms(hubPart.p50Ms)} ms`,
      `   slowest province p50 ${ms(slowest.p50Ms)} ms; hub + slowest ${ms(hubPart.p50Ms + slowest.p50Ms)} ms; the four in sequence would be ${ms(sumOfParts)} ms`,
      `   CPU ms per request through the gateway: ${cpuLine(whole, ['gateway', 'catalog', ...REGIONS.map((region) => region.subgraphName), 'client (autocannon)'])}`,
      `   the hub: ${fanOutHub}`,
    );
    ratios['fan-out p50: all provinces / slowest province'] = fanOutRatio;
    comparisons.push({
      what: 'b. fan-out: all-province query p50 / slowest province part p50 (1 connection)',
      measured: `${ms(whole.p50Ms)} vs ${ms(slowest.p50Ms)} ms (${slowest.name.replace(' part direct', '')}); hub part ${ms(hubPart.p50Ms)} ms`,
      ratio: fanOutRatio,
      target: '≤ 1.25×',
      met: fanOutRatio <= 1.25,
    });
    // Through the gateway both ways: what asking four provinces costs over asking the slowest one.
    const alone = REGIONS.map((region) => find(fanOut, `${region.subgraphName} alone via gateway`));
    const slowestAlone = alone.reduce((worst, one) => (one.p50Ms > worst.p50Ms ? one : worst));
    lines.push(
      `   the same query for one province only, through the gateway: ${alone.map((one) => `${one.name.replace(' alone via gateway', '')} p50 ${ms(one.p50Ms)} / p99 ${ms(one.p99Ms)} ms`).join('; ')}`,
    );
    ratios['fan-out p50 through the gateway: all provinces / slowest one province'] = whole.p50Ms / slowestAlone.p50Ms;
    comparisons.push({
      what: "b''. fan-out through the gateway: all-province query p50 / the same query for the slowest single province (1 connection)",
      measured: `${ms(whole.p50Ms)} vs ${ms(slowestAlone.p50Ms)} ms (${slowestAlone.name.replace(' alone via gateway', '')})`,
      ratio: whole.p50Ms / slowestAlone.p50Ms,
      target: '≤ 1.25×',
      met: whole.p50Ms / slowestAlone.p50Ms <= 1.25,
    });
    // The plan asks the hub before the provinces: hub + slowest province is the floor for any router.
    comparisons.push({
      what: "b'. fan-out against the plan's critical path sent directly: p50, all provinces / (hub part + slowest province part)",
      measured: `${ms(whole.p50Ms)} vs ${ms(hubPart.p50Ms)} + ${ms(slowest.p50Ms)} ms`,
      ratio: whole.p50Ms / (hubPart.p50Ms + slowest.p50Ms),
    });

    // ---- c, d. our gateway vs stock Apollo Gateway vs Hive Gateway, same workloads
    const peerRow = (workload: string, [results, hub]: readonly [readonly SideResult[], string]) => {
      const [ours, stock, hive] = [find(results, 'ours'), find(results, 'stock Apollo'), find(results, 'Hive')];
      lines.push(
        `c/d. ${workload}, ${settings.connections} connections:`,
        `   ours: ${side(ours)}; stock Apollo: ${side(stock)}; Hive: ${side(hive)}`,
        `   gateway CPU ms per request — ours ${(ours.cpuMsPerRequest.gateway ?? 0).toFixed(2)}, stock Apollo ${(stock.cpuMsPerRequest['stock apollo'] ?? 0).toFixed(2)}, Hive ${(hive.cpuMsPerRequest.hive ?? 0).toFixed(2)}; subgraphs (hub + provinces) with ours ${subgraphCpu(ours).toFixed(2)}, stock ${subgraphCpu(stock).toFixed(2)}, Hive ${subgraphCpu(hive).toFixed(2)}`,
        `   per-round req/s — ours ${ours.rounds.map((value) => value.toFixed(0)).join('/')}, stock ${stock.rounds.map((value) => value.toFixed(0)).join('/')}, Hive ${hive.rounds.map((value) => value.toFixed(0)).join('/')}`,
        `   the hub: ${hub}; stock Apollo and Hive ask it every time`,
      );
      const plain = results.find((result) => result.name === KEEPING_NOTHING);
      if (plain) {
        const versusPlain = ours.requestsPerSecond / plain.requestsPerSecond;
        lines.push(
          `   ours keeping nothing (YRD_SUBGRAPH_ANSWER_CACHE_MB=0, asking the hub every time): ${side(plain)}; gateway CPU ms per request ${(plain.cpuMsPerRequest[KEEPING_NOTHING] ?? 0).toFixed(2)}, subgraphs ${subgraphCpu(plain).toFixed(2)}`,
        );
        ratios[`${workload}: ours / ours keeping nothing throughput`] = versusPlain;
        comparisons.push({
          what: `c''. the hub's routing kept, ${workload}: throughput, ours / ours keeping nothing`,
          measured: `${ours.requestsPerSecond.toFixed(0)} vs ${plain.requestsPerSecond.toFixed(0)} req/s; p50 ${ms(ours.p50Ms)} vs ${ms(plain.p50Ms)} ms; gateway CPU ${(ours.cpuMsPerRequest.gateway ?? 0).toFixed(2)} vs ${(plain.cpuMsPerRequest[KEEPING_NOTHING] ?? 0).toFixed(2)} ms`,
          ratio: versusPlain,
        });
      }
      const versusStock = ours.requestsPerSecond / stock.requestsPerSecond;
      const versusHive = ours.requestsPerSecond / hive.requestsPerSecond;
      ratios[`${workload}: ours / stock Apollo throughput`] = versusStock;
      ratios[`${workload}: ours / Hive throughput`] = versusHive;
      comparisons.push(
        { what: `c. tuned vs stock Apollo Gateway, ${workload}: throughput, ours / stock`, measured: `${ours.requestsPerSecond.toFixed(0)} vs ${stock.requestsPerSecond.toFixed(0)} req/s; p50 ${ms(ours.p50Ms)} vs ${ms(stock.p50Ms)}, p99 ${ms(ours.p99Ms)} vs ${ms(stock.p99Ms)} ms`, ratio: versusStock, target: '≥ 2×', met: versusStock >= 2 },
        { what: `d. peer Hive Gateway, ${workload}: throughput, ours / Hive`, measured: `${ours.requestsPerSecond.toFixed(0)} vs ${hive.requestsPerSecond.toFixed(0)} req/s; p50 ${ms(ours.p50Ms)} vs ${ms(hive.p50Ms)}, p99 ${ms(ours.p99Ms)} vs ${ms(hive.p99Ms)} ms`, ratio: versusHive, target: '≥ 1×', met: versusHive >= 1 },
      );
      // On shared cores the subgraphs' CPU caps every gateway's throughput alike; the gateway's own
      // CPU per request is what a gateway on hosts of its own (the deployment the README describes) scales by.
      const [oursCpu, stockCpu, hiveCpu] = [ours.cpuMsPerRequest.gateway ?? Number.NaN, stock.cpuMsPerRequest['stock apollo'] ?? Number.NaN, hive.cpuMsPerRequest.hive ?? Number.NaN];
      comparisons.push(
        { what: `c'. tuned vs stock, ${workload}: gateway CPU per request, stock / ours`, measured: `${stockCpu.toFixed(2)} vs ${oursCpu.toFixed(2)} ms`, ratio: stockCpu / oursCpu },
        { what: `d'. peer Hive, ${workload}: gateway CPU per request, Hive / ours`, measured: `${hiveCpu.toFixed(2)} vs ${oursCpu.toFixed(2)} ms`, ratio: hiveCpu / oursCpu },
      );
    };
    const subgraphNames = [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((region) => region.subgraphName)];
    const subgraphCpu = (result: SideResult) => subgraphNames.reduce((sum, name) => sum + (result.cpuMsPerRequest[name] ?? 0), 0);
    const threeGateways = (payload: string, headers: Record<string, string>) => [
      fixed('ours', gatewayUrl, payload, headers),
      fixed('stock Apollo', stockUrl, payload, headers),
      fixed('Hive', hiveUrl, payload, headers),
    ];
    for (const [workload, payload, headers] of [
      ['one-province query, one caller', oneProvince, enterprise],
      ['all-province query, one caller', allProvinces, citizen],
    ] as const) {
      const targets = [...threeGateways(payload, headers), fixed(KEEPING_NOTHING, keepingNothingUrl, payload, headers)];
      await preflight(targets);
      progress(`c/d. ${workload}`);
      peerRow(workload, await withHubParts(gatewayUrl, () => compareSides(targets, comparisonSettings, watched, progress)));
    }

    // Many distinct callers: every request a new enterprise (its own token), so a gateway cannot
    // reuse a verified token or a signed assertion — the cold path of the identity cryptography.
    const pool = Math.min(settings.distinctCallers, scale.enterprises);
    progress(`minting ${pool.toLocaleString('en')} enterprise tokens`);
    const distinct: PreparedRequest[] = [];
    for (let index = 0; index < pool; index++) {
      const creditCode = fixtureEnterprise(scale, index).id;
      distinct.push({ body: body(ENTERPRISE_RECORDS, { id: creditCode }), headers: await tokens.enterprise(creditCode) });
    }
    const rotating = (name: string, url: string): LoadTarget => ({ name, url, prepare: async () => distinct });
    const distinctTargets = [rotating('ours', gatewayUrl), rotating('stock Apollo', stockUrl), rotating('Hive', hiveUrl)];
    await preflight(distinctTargets);
    progress('c/d. one-province query, distinct callers');
    peerRow(`one-province query, ${pool.toLocaleString('en')} distinct callers`, await withHubParts(gatewayUrl, () => compareSides(distinctTargets, comparisonSettings, watched, progress)));

    lines.push('identity cryptography per operation, to read the CPU figures above against: see the caller-crypto benchmark');

    // ---- f. peak memory
    const memory = [...processes].map(([name, service]) => [name, service.child.pid ? processMemoryMb(service.child.pid, 'VmHWM') : undefined] as const);
    lines.push(`f. peak resident memory (VmHWM) after the runs: ${memory.map(([name, mb]) => `${name} ${mb === undefined ? '?' : mb.toFixed(0)} MB`).join(', ')}`);
    for (const [name, mb] of memory) if (mb !== undefined) metrics[`vmhwm.${name}.MB`] = mb;
    const mb = (name: string) => memory.find(([candidate]) => candidate === name)?.[1] ?? Number.NaN;
    comparisons.push({
      what: 'f. peak memory (VmHWM): our gateway / one province (jiangsu)',
      measured: `gateway ${mb('gateway').toFixed(0)} MB, jiangsu ${mb('jiangsu').toFixed(0)} MB, hub ${mb('catalog').toFixed(0)} MB; stock Apollo ${mb('stock apollo').toFixed(0)} MB, Hive ${mb('hive').toFixed(0)} MB`,
      ratio: mb('gateway') / mb('jiangsu'),
    });

    lines.push(`measured at ${provenance()}; ${settings.seconds} s per run, ${settings.rounds} rounds interleaved, ${settings.warmupSeconds} s warm-up per side; log level ${benchEnv.YRD_LOG_LEVEL}`);
    return { name: 'our gateway, its overhead and its peers', lines, ratios, metrics, comparisons };
  } finally {
    for (const peer of inProcess) await peer.close().catch(() => {});
    for (const proxy of proxies.values()) await proxy.close().catch(() => {});
    for (const [name, service] of processes) if (!federation?.processes.has(name)) await service.stop();
    await federation?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
