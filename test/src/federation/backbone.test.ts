import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import { fixturePerson } from '@yrd/shared/fixtures/fixtureIdentities';
import { DEFAULT_SCALE, type FixtureScale } from '@yrd/shared/fixtures/fixtureScale';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

const SCALE: FixtureScale = { people: 300, enterprises: 60, seed: DEFAULT_SCALE.seed };
const PROVINCES = REGIONS.map((region) => region.subgraphName);

const PERSON_RECORDS = `
  query PersonRecords($id: ID!) {
    subject(id: $id) {
      id
      kind
      regions {
        __typename
        id
        region
        records {
          __typename recordId kind region holdingAuthority subjectId updatedOn
          ... on SocialInsuranceRecord { personName insuranceStatus schemes contributionMonths lastContributionMonth employerName cardStatus }
          ... on ProvidentFundRecord { personName accountStatus continuousMonths monthlyDeposit balance outstandingLoan lastDepositMonth openedOn }
          ... on HouseholdRegistrationRecord { personName sex birthDate divisionCode relationToHead movedFromDivision handledCrossRegion }
          ... on MarriageRecord { personName event spouseName spouseIdNumber registeredOn registryOffice }
        }
      }
    }
  }`;

interface RecordView {
  __typename: string;
  recordId: string;
  kind: string;
  region: string;
  [field: string]: unknown;
}
interface RegionalView {
  __typename: string;
  id: string;
  region: string;
  records: RecordView[];
}
interface SubjectView {
  subject: { id: string; kind: string; regions: (RegionalView | null)[] };
}

let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation({ YRD_SEED_PEOPLE: String(SCALE.people), YRD_SEED_ENTERPRISES: String(SCALE.enterprises) });
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

const resetProxies = () => {
  for (const proxy of federation.proxies.values()) {
    proxy.reset();
    proxy.delayMs = 0;
  }
};

describe('one query, four provinces', () => {
  it("returns a person's normalised records from all four provinces", async () => {
    // 王丽娟 on her phone: her own records, from all four provinces, in one query (story 4).
    const data = dataOf(await graphql<SubjectView>(federation.gatewayUrl, PERSON_RECORDS, { id: CAST.wangLijuan }, await tokens.citizen(CAST.wangLijuan)));
    expect(data.subject.kind).toBe('PERSON');
    const byRegion = new Map(data.subject.regions.map((regional) => [regional?.region, regional]));
    expect([...byRegion.keys()].sort()).toEqual(['ANHUI', 'JIANGSU', 'SHANGHAI', 'ZHEJIANG']);
    expect(byRegion.get('SHANGHAI')?.__typename).toBe('ShanghaiSubject');

    // Anhui (XML, yyyy/MM/dd, 是/否): her household registration in 亳州, her marriage registered in 瑶海.
    expect(byRegion.get('ANHUI')?.records).toEqual([
      expect.objectContaining({
        __typename: 'HouseholdRegistrationRecord',
        recordId: 'CAST-HR-WLJ',
        region: 'ANHUI',
        holdingAuthority: '安徽省公安厅人口管理总队',
        personName: '王丽娟',
        sex: 'FEMALE',
        birthDate: '1992-03-05',
        divisionCode: '341602',
        relationToHead: 'CHILD',
        movedFromDivision: null,
        handledCrossRegion: false,
      }),
      expect.objectContaining({ __typename: 'MarriageRecord', event: 'MARRIAGE', spouseName: '李俊', registeredOn: '2020-05-20' }),
    ]);
    // Zhejiang (epoch milliseconds, numeric codes, fen): the job she left in 2018.
    expect(byRegion.get('ZHEJIANG')?.records).toEqual([
      expect.objectContaining({
        __typename: 'SocialInsuranceRecord',
        insuranceStatus: 'TERMINATED',
        schemes: ['PENSION', 'MEDICAL', 'UNEMPLOYMENT'],
        contributionMonths: 48,
        lastContributionMonth: '2018-06',
        updatedOn: '2018-06-30',
        cardStatus: 'CANCELLED',
      }),
    ]);
    // Jiangsu (CSV, pinyin abbreviations, yyyyMMdd): her current job and fund in 昆山.
    const jiangsu = byRegion.get('JIANGSU')?.records ?? [];
    expect(jiangsu.map((record) => record.kind).sort()).toEqual(['PROVIDENT_FUND', 'SOCIAL_INSURANCE']);
    expect(jiangsu.find((record) => record.kind === 'PROVIDENT_FUND')).toMatchObject({
      accountStatus: 'ACTIVE',
      continuousMonths: 30,
      monthlyDeposit: '1980.00',
      balance: '142560.00',
      outstandingLoan: '0.00',
      lastDepositMonth: '2026-10',
      openedOn: '2018-08-15',
    });
    // Shanghai (camelCase JSON, ISO dates): her first job, left in 2014.
    expect(byRegion.get('SHANGHAI')?.records).toEqual([
      expect.objectContaining({ __typename: 'SocialInsuranceRecord', insuranceStatus: 'TERMINATED', contributionMonths: 11, lastContributionMonth: '2014-05' }),
    ]);
  });

  it('serves the sample records exactly as the standard defines them', async () => {
    const data = dataOf(await graphql<SubjectView>(federation.gatewayUrl, PERSON_RECORDS, { id: CAST.guXiaomei }, await tokens.citizen(CAST.guXiaomei)));
    const shanghai = data.subject.regions.find((regional) => regional?.region === 'SHANGHAI');
    expect(shanghai?.records.find((record) => record.kind === 'PROVIDENT_FUND')).toMatchObject({
      recordId: 'SAMPLE-PF-0001',
      holdingAuthority: '上海市公积金管理中心',
      updatedOn: '2026-11-10',
      accountStatus: 'ACTIVE',
      monthlyDeposit: '2580.00',
      balance: '186523.40',
      continuousMonths: 52,
      outstandingLoan: '0.00',
    });
    const zhejiang = data.subject.regions.find((regional) => regional?.region === 'ZHEJIANG');
    expect(zhejiang?.records.map((record) => record.kind)).toEqual(['MARRIAGE']);
  });

  it('routes an enterprise to its registering province only, and credit records to all', async () => {
    resetProxies();
    const query = `query Enterprise($id: ID!) {
      subject(id: $id) {
        kind registeringRegion
        regions { __typename region records(kinds: [BUSINESS_REGISTRATION]) { ... on BusinessRegistrationRecord { enterpriseName businessStatus registeredCapital divisionCode } } }
      }
    }`;
    const data = dataOf(
      await graphql<{ subject: { kind: string; registeringRegion: string; regions: (RegionalView | null)[] } }>(
        federation.gatewayUrl,
        query,
        { id: CAST.jiashanHefeng },
        await tokens.enterprise(CAST.jiashanHefeng),
      ),
    );
    expect(data.subject).toMatchObject({ kind: 'ENTERPRISE', registeringRegion: 'ZHEJIANG' });
    expect(data.subject.regions).toEqual([
      {
        __typename: 'ZhejiangSubject',
        region: 'ZHEJIANG',
        records: [{ enterpriseName: '嘉善禾丰智能装备有限公司', businessStatus: 'ACTIVE', registeredCapital: '5000000.00', divisionCode: '330421' }],
      },
    ]);
    expect(federation.proxies.get('zhejiang')?.operations()).toHaveLength(1);
    for (const name of ['shanghai', 'jiangsu', 'anhui']) expect(federation.proxies.get(name)?.operations(), name).toHaveLength(0);

    const credit = `query Credit($id: ID!) {
      subject(id: $id) { allRegions { region records(kinds: [CREDIT_RECORD]) { ... on CreditRecord { category settled penaltyAmount authority } } } }
    }`;
    const creditData = dataOf(
      await graphql<{ subject: { allRegions: RegionalView[] } }>(federation.gatewayUrl, credit, { id: CAST.kunshanQicheng }, await tokens.enterprise(CAST.kunshanQicheng)),
    );
    const penalties = creditData.subject.allRegions.flatMap((regional) => regional.records.map((record) => ({ ...record, held: regional.region })));
    expect(penalties).toContainEqual({
      held: 'ANHUI',
      category: 'ADMINISTRATIVE_PENALTY',
      settled: false,
      penaltyAmount: '80000.00',
      authority: '合肥市包河区市场监督管理局',
    });
  });

  it('fetches the provinces in parallel', async () => {
    resetProxies();
    const delayMs = 400;
    for (const name of PROVINCES) (federation.proxies.get(name) as { delayMs: number }).delayMs = delayMs;
    const headers = await tokens.citizen(CAST.wangLijuan);
    const started = performance.now();
    const data = dataOf(await graphql<SubjectView>(federation.gatewayUrl, PERSON_RECORDS, { id: CAST.wangLijuan }, headers));
    const elapsed = performance.now() - started;
    expect(data.subject.regions.filter(Boolean)).toHaveLength(4);

    // Every province's request was in flight at the same moment ...
    const calls = PROVINCES.map((name) => federation.proxies.get(name)?.operations()[0]);
    const latestStart = Math.max(...calls.map((call) => call?.startedAt ?? Infinity));
    const earliestFinish = Math.min(...calls.map((call) => call?.finishedAt ?? -Infinity));
    expect(latestStart).toBeLessThan(earliestFinish);
    // ... each once: one round of province fetches, so the query costs one delay, not four
    // (sequential would be ≥ 4·D). That is measured in the benchmarks (fan-out vs the slowest
    // province), not timed here, where a loaded machine would make it flaky.
    for (const name of PROVINCES) expect(federation.proxies.get(name)?.operations(), name).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(delayMs);
    resetProxies();
  });

  it('asks each province once for N subjects, not N times', async () => {
    const ids = Array.from({ length: 40 }, (_, index) => fixturePerson(SCALE, index * 7).id);
    resetProxies();
    // A field each province resolves (region) makes the gateway fetch the subjects from it.
    const query = `query Many($ids: [ID!]!) { subjects(ids: $ids) { id regions { __typename id region } } }`;
    const data = dataOf(await graphql<{ subjects: { id: string; regions: { id: string; region: string }[] }[] }>(federation.gatewayUrl, query, { ids }));
    expect(data.subjects.map((subject) => subject.id)).toEqual(ids);
    for (const subject of data.subjects) {
      expect(subject.regions.map((regional) => [regional.id, regional.region])).toEqual(REGIONS.map((region) => [subject.id, region.code]));
    }
    expect(federation.proxies.get('catalog')?.operations()).toHaveLength(1);
    for (const name of PROVINCES) {
      const calls = federation.proxies.get(name)?.operations() ?? [];
      expect(calls, name).toHaveLength(1);
      // The one call carries all N subjects as entity representations.
      const body = JSON.parse(calls[0]?.body ?? '{}') as { variables?: { representations?: { id: string }[] } };
      expect(body.variables?.representations?.map((representation) => representation.id)).toEqual(ids);
    }
  });
});

describe("the hub's routing, kept for its caller", () => {
  // A field the province resolves (region): the plan asks the hub, then the province.
  const ROUTED = 'query Routed($id: ID!) { subject(id: $id) { id kind registeringRegion regions { __typename id region } } }';
  const hubCalls = () => federation.proxies.get('catalog')?.operations().length;
  const jiangsuCalls = () => federation.proxies.get('jiangsu')?.operations().length;

  it("asks the hub once for a caller's repeated query, and the province every time", async () => {
    const clerk = await tokens.wujiangClerk();
    resetProxies();
    const first = dataOf(await graphql(federation.gatewayUrl, ROUTED, { id: CAST.kunshanQicheng }, clerk));
    const again = dataOf(await graphql(federation.gatewayUrl, ROUTED, { id: CAST.kunshanQicheng }, clerk));
    expect(again).toEqual(first);
    expect(first).toMatchObject({ subject: { kind: 'ENTERPRISE', registeringRegion: 'JIANGSU', regions: [{ region: 'JIANGSU' }] } });
    expect(hubCalls()).toBe(1);
    expect(jiangsuCalls()).toBe(2);
    // Another caller, or another subject, is routed by the hub afresh.
    await graphql(federation.gatewayUrl, ROUTED, { id: CAST.kunshanQicheng }, await tokens.wujiangColleague());
    await graphql(federation.gatewayUrl, ROUTED, { id: CAST.hefeiHuiyuan }, clerk);
    expect(hubCalls()).toBe(3);
    const metrics = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^yrd_subgraph_answers_from_cache_total\{subgraph="catalog"\} [1-9]/m);
  });

  it("answers a caller whose routing it kept while the hub is down; another is told the hub is unavailable", async () => {
    const clerk = await tokens.wujiangClerk();
    const kept = dataOf(await graphql(federation.gatewayUrl, ROUTED, { id: CAST.qingpuLvdao }, clerk));
    const hub = federation.proxies.get('catalog');
    if (!hub) throw new Error('no proxy in front of the hub');
    hub.down = true;
    try {
      expect(dataOf(await graphql(federation.gatewayUrl, ROUTED, { id: CAST.qingpuLvdao }, clerk))).toEqual(kept);
      const colleague = await graphql(federation.gatewayUrl, ROUTED, { id: CAST.qingpuLvdao }, await tokens.wujiangColleague());
      expect(colleague.data).toBeNull();
      expect(colleague.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog' });
    } finally {
      hub.down = false;
    }
  });

  it('still refuses a holder what it told a clerk: her own number asked as the other kind', async () => {
    const asEnterprise = 'query ($id: ID!) { subject(id: $id, kind: ENTERPRISE) { id kind regions { __typename region } } }';
    const clerk = await tokens.wujiangClerk();
    dataOf(await graphql(federation.gatewayUrl, asEnterprise, { id: CAST.zhenjiangShared }, clerk));
    expect(dataOf(await graphql(federation.gatewayUrl, asEnterprise, { id: CAST.zhenjiangShared }, clerk))).toMatchObject({ subject: { kind: 'ENTERPRISE' } });
    const holder = await graphql(federation.gatewayUrl, asEnterprise, { id: CAST.zhenjiangShared }, await tokens.citizen(CAST.zhenjiangShared));
    expect(holder.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(holder.data).toBeNull();
  });
});

describe('the item standard through the gateway', () => {
  it("shows an item's implementations in all four provinces side by side", async () => {
    const query = `query Item($code: ID!) {
      item(code: $code) {
        name type audiences instantApproval evidenceKinds crossRegion
        approvalRules { code evidenceKind quantifier conditions { field operator value } }
        promisedTimeLimit { amount unit }
        implementations { __typename region offered localCode localName implementationCode crossRegion promisedTimeLimit { amount unit } places { name divisionCode } }
      }
    }`;
    const data = dataOf(
      await graphql<{
        item: {
          name: string;
          instantApproval: boolean;
          evidenceKinds: string[];
          approvalRules: { code: string }[];
          implementations: { __typename: string; region: string; offered: boolean; localCode: string; localName: string; implementationCode: string; crossRegion: boolean; places: { divisionCode: string }[] }[];
        };
      }>(federation.gatewayUrl, query, { code: STORY_ITEMS.providentFundLoanCertificate }),
    );
    expect(data.item.name).toBe('个人申请出具异地贷款缴存使用证明');
    expect(data.item.instantApproval).toBe(true);
    expect(data.item.evidenceKinds).toEqual(['PROVIDENT_FUND']);
    expect(data.item.approvalRules.map((rule) => rule.code)).toEqual(['PF_ACCOUNT_ACTIVE', 'PF_DEPOSITS_CONTINUOUS', 'PF_NO_OUTSTANDING_LOAN']);
    expect(data.item.implementations.map((impl) => [impl.__typename, impl.region, impl.offered, impl.crossRegion])).toEqual([
      ['ShanghaiItemImplementation', 'SHANGHAI', true, true],
      ['JiangsuItemImplementation', 'JIANGSU', true, true],
      ['ZhejiangItemImplementation', 'ZHEJIANG', true, true],
      ['AnhuiItemImplementation', 'ANHUI', true, true],
    ]);
    expect(new Set(data.item.implementations.map((impl) => impl.localCode)).size).toBe(4);
    for (const impl of data.item.implementations) {
      expect(impl.implementationCode).toMatch(new RegExp(`^.{18}${STORY_ITEMS.providentFundLoanCertificate}\\d{3}$`));
      const prefix = REGIONS.find((region) => region.code === impl.region)?.divisionPrefix;
      for (const place of impl.places) expect(place.divisionCode.startsWith(prefix ?? '?')).toBe(true);
    }
  });

  it('searches items by Chinese substring, audience and type, paging by cursor', async () => {
    const search = `query Search($filter: ItemFilter, $first: Int, $after: String) {
      items(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { code name audiences type } }
      }
    }`;
    type Page = {
      items: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { code: string; name: string; audiences: string[]; type: string } }[] };
    };
    const fund = dataOf(await graphql<Page>(federation.gatewayUrl, search, { filter: { text: '公积金' } }));
    expect(fund.items.edges.map((edge) => edge.node.code)).toContain(STORY_ITEMS.providentFundLoanCertificate);
    for (const edge of fund.items.edges) expect(edge.node.name.includes('公积金') || edge.node.code === STORY_ITEMS.providentFundLoanCertificate).toBe(true);

    const colloquial = dataOf(await graphql<Page>(federation.gatewayUrl, search, { filter: { text: '开公司' } }));
    expect(colloquial.items.edges.map((edge) => edge.node.code)).toContain(STORY_ITEMS.domesticCompanySetup);

    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const result: Page = dataOf(
        await graphql<Page>(federation.gatewayUrl, search, { filter: { audience: 'NATURAL_PERSON', type: 'PUBLIC_SERVICE' }, first: 4, after }),
      );
      total = result.items.totalCount;
      for (const edge of result.items.edges) {
        expect(edge.node.audiences).toContain('NATURAL_PERSON');
        expect(edge.node.type).toBe('PUBLIC_SERVICE');
        seen.push(edge.node.code);
      }
      if (!result.items.pageInfo.hasNextPage) break;
      after = result.items.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
    expect(total).toBeGreaterThan(4);
  });
});

describe('bad input', () => {
  const subject = `query S($id: ID!) { subject(id: $id) { id kind } }`;

  it.each([
    ['310118198804123022', 'CHECK_CHARACTER', /校验码/],
    ['310118199002301234', 'BIRTH_DATE', /出生日期/],
    ['720118198804123021', 'DIVISION', /72/],
    ['31011819880412302', 'LENGTH', /18/],
    ['91330421MA2B3C4D18', 'CHECK_CHARACTER', /统一社会信用代码/],
    // A 2023 permanent resident card names a foreign nationality: 156 is China's own.
    ['931156198503121234', 'NATIONALITY', /国籍代码 156（中国）不是外国国籍/],
  ])('rejects %s with BAD_USER_INPUT (%s) naming the field', async (id, reason, message) => {
    const response = await graphql(federation.gatewayUrl, subject, { id });
    expect(response.data?.subject ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason });
    expect(response.errors?.[0]?.message).toMatch(/^id: /);
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it("serves a 2023 foreign permanent resident card's holder as a person, signed in as herself", async () => {
    const americanInShanghai = '931840198503121235';
    const response = await graphql<{ subject: { id: string; kind: string; regions: ({ region: string } | null)[] } }>(
      federation.gatewayUrl,
      `query S($id: ID!) { subject(id: $id) { id kind regions { region } } }`,
      { id: americanInShanghai },
      await tokens.citizen(americanInShanghai),
    );
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).subject).toEqual({
      id: americanInShanghai,
      kind: 'PERSON',
      regions: [{ region: 'SHANGHAI' }, { region: 'JIANGSU' }, { region: 'ZHEJIANG' }, { region: 'ANHUI' }],
    });
  });

  it('names the position of a bad identifier in a list', async () => {
    const response = await graphql(federation.gatewayUrl, `query($ids: [ID!]!) { subjects(ids: $ids) { id } }`, {
      ids: [CAST.guXiaomei, '310118198804123022'],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
  });

  it('answers an unknown item code with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const query = `query I($code: ID!) { item(code: $code) { name } }`;
    const unknown = await graphql(federation.gatewayUrl, query, { code: '209999999000' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    expect(unknown.data).toEqual({ item: null });
    const malformed = await graphql(federation.gatewayUrl, query, { code: '20004700' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('refuses an oversized page and a forged cursor', async () => {
    const query = `query P($first: Int, $after: String) { items(first: $first, after: $after) { totalCount } }`;
    expect((await graphql(federation.gatewayUrl, query, { first: 1000 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await graphql(federation.gatewayUrl, query, { first: 5, after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('health and partial answers', () => {
  it('is alive and ready while every subgraph answers', async () => {
    const base = federation.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { subgraphs: { name: string; ok: boolean }[] };
    expect(body.subgraphs.map((s) => [s.name, s.ok])).toEqual(
      ['catalog', ...PROVINCES].map((name) => [name, true]),
    );
  });

  // Last: it stops a province for good.
  it('answers from the other provinces when one is down, naming the one that failed', async () => {
    await federation.processes.get('anhui')?.stop('SIGKILL');
    const response = await graphql<SubjectView>(federation.gatewayUrl, PERSON_RECORDS, { id: CAST.wangLijuan }, await tokens.citizen(CAST.wangLijuan));
    const regions = response.data?.subject.regions ?? [];
    expect(regions).toHaveLength(4);
    expect(regions.filter((regional) => regional !== null).map((regional) => regional?.region).sort()).toEqual(['JIANGSU', 'SHANGHAI', 'ZHEJIANG']);
    expect(response.errors?.some((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.serviceName === 'anhui' && error.extensions.region === 'ANHUI')).toBe(true);

    // /ready probes at most once a second: the next round after the kill sees it.
    const readiness = async () => {
      const ready = await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/ready'));
      return { status: ready.status, body: (await ready.json()) as { subgraphs: { name: string; ok: boolean }[] } };
    };
    let seen = await readiness();
    for (let tries = 0; seen.status === 200 && tries < 30; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await readiness();
    }
    expect(seen.status).toBe(503);
    expect(seen.body.subgraphs.find((s) => s.name === 'anhui')?.ok).toBe(false);
  });
});
