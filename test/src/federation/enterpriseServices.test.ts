import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { POLICY_CODES } from '@yrd/catalog/seed/policyItems';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Services for enterprises across the delta, through the gateway: policy matching over the
 * enterprise's records in every province (and applying for a policy as a case), and the
 * aggregated credit disclosure (涉企信息公示), public fields only for the public.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

interface RuleOutcomeView {
  code: string;
  description: string;
  detail: string | null;
}

interface PolicyMatchView {
  item: { code: string; name: string; policy: { publisher: string; publisherRegion: string; maxAmount: string | null; applyBy: string | null } };
  standing: string;
  missedRules: RuleOutcomeView[];
  undecidedRules: RuleOutcomeView[];
}

interface PolicyCheckView {
  eligible: PolicyMatchView[];
  unconfirmed: PolicyMatchView[];
  nearMisses: PolicyMatchView[];
  unavailableRegions: string[];
  complete: boolean;
}

const POLICY_MATCH = `query Policies($missed: Int) { policyMatch {
  eligible { ...Match }
  unconfirmed { ...Match }
  nearMisses(maxMissedRules: $missed) { ...Match }
  unavailableRegions complete
} }
fragment Match on PolicyMatchView {
  item { code name policy { publisher publisherRegion maxAmount applyBy } } standing missedRules { code description detail } undecidedRules { code description detail }
}`;

async function policiesOf(headers: Headers, missed = 1) {
  return graphql<{ policyMatch: PolicyCheckView }>(federation.gatewayUrl, POLICY_MATCH, { missed }, headers);
}

const codes = (matches: readonly PolicyMatchView[]) => matches.map((match) => match.item.code);
const ruleCodes = (rules: readonly RuleOutcomeView[] | undefined) => (rules ?? []).map((rule) => rule.code);
const byCode = (matches: readonly PolicyMatchView[], code: string) => matches.find((match) => match.item.code === code);

/** The policy check with one province's proxy answering 503, as a province that is down. */
async function policiesWithout(province: string, headers: Headers, missed = 1): Promise<PolicyCheckView> {
  const proxy = federation.proxies.get(province);
  if (!proxy) throw new Error(`no ${province} proxy`);
  proxy.down = true;
  try {
    const response = await policiesOf(headers, missed);
    const check = response.data?.policyMatch;
    if (!check) throw new Error(`no policy check: ${JSON.stringify(response.errors)}`);
    return check;
  } finally {
    proxy.down = false;
  }
}

describe('policy matching (政策兑现)', () => {
  it('lists the policies an enterprise qualifies for in every province, and the near misses with reasons', async () => {
    const check = dataOf(await policiesOf(await tokens.enterprise(CAST.jiashanHefeng))).policyMatch;
    expect(check).toMatchObject({ unavailableRegions: [], complete: true });
    // Registered in 嘉善: Zhejiang's own, the demonstration zone's (published in Shanghai) and Anhui's YRD-wide voucher.
    expect(codes(check.eligible)).toEqual(expect.arrayContaining([POLICY_CODES.zhejiangMicroTaxRelief, POLICY_CODES.zoneInnovation, POLICY_CODES.yrdInnovationVoucherAnhui]));
    expect(new Set(check.eligible.map((match) => match.item.policy.publisherRegion)).size).toBeGreaterThanOrEqual(3);
    expect(check.eligible.every((match) => match.standing === 'ELIGIBLE' && match.missedRules.length === 0)).toBe(true);

    const yieldLeader = check.nearMisses.find((match) => match.item.code === POLICY_CODES.jiashanYieldLeaderAward);
    expect(yieldLeader?.standing).toBe('NEAR_MISS');
    expect(yieldLeader?.missedRules).toHaveLength(1);
    expect(yieldLeader?.missedRules[0]?.description).toBeTruthy();
    // Policies of places it is not registered in are never "near".
    expect(codes(check.nearMisses)).not.toContain(POLICY_CODES.suzhouTechUpgrade);
  });

  it('reads records held in other provinces: an unsettled penalty in Anhui keeps a Kunshan enterprise from a Kunshan award', async () => {
    const check = dataOf(await policiesOf(await tokens.enterprise(CAST.kunshanQicheng))).policyMatch;
    expect(codes(check.eligible)).toContain(POLICY_CODES.suzhouJobRetention);
    expect(codes(check.eligible)).not.toContain(POLICY_CODES.kunshanRdCentreAward);
    const award = check.nearMisses.find((match) => match.item.code === POLICY_CODES.kunshanRdCentreAward);
    // Named as people know it: the decision number and the authority, not the holder's record id.
    const details = award?.missedRules.map((rule) => rule.detail).join();
    expect(details).toMatch(/合肥市包河区市场监督管理局 包市监罚〔2026〕231号/);
    expect(details).not.toMatch(/CAST-CR-KSQC/);
  });

  it('says when a province did not answer, rather than pretending the list is complete', async () => {
    const anhui = federation.proxies.get('anhui');
    if (!anhui) throw new Error('no anhui proxy');
    anhui.down = true;
    try {
      const response = await policiesOf(await tokens.enterprise(CAST.kunshanQicheng));
      expect(response.data?.policyMatch).toMatchObject({ unavailableRegions: ['ANHUI'], complete: false });
    } finally {
      anhui.down = false;
    }
  });

  it('with every province answering, decides every policy as before: nothing unconfirmed, nothing undecided', async () => {
    const nearOf = (check: PolicyCheckView) => check.nearMisses.map((match) => [match.item.code, ruleCodes(match.missedRules)]);
    const jiashan = dataOf(await policiesOf(await tokens.enterprise(CAST.jiashanHefeng), 3)).policyMatch;
    expect(codes(jiashan.eligible)).toEqual([
      POLICY_CODES.yrdInnovationVoucherAnhui,
      POLICY_CODES.jiaxingSmeGrowth,
      POLICY_CODES.zoneGreenTransition,
      POLICY_CODES.zoneInnovation,
      POLICY_CODES.zhejiangMicroTaxRelief,
    ]);
    expect(nearOf(jiashan)).toEqual([
      [POLICY_CODES.jiashanYieldLeaderAward, ['TAX_PAID_2025_AT_LEAST_200WAN']],
      [POLICY_CODES.zhejiangMadeBrandAward, ['NO_PENALTY_SINCE_2024']],
      [POLICY_CODES.jiashanMicroRentSubsidy, ['CAPITAL_AT_MOST_300WAN']],
    ]);
    const kunshan = dataOf(await policiesOf(await tokens.enterprise(CAST.kunshanQicheng), 3)).policyMatch;
    expect(codes(kunshan.eligible)).toEqual([POLICY_CODES.suzhouJobRetention]);
    expect(nearOf(kunshan)).toEqual([
      [POLICY_CODES.yrdInnovationVoucherAnhui, ['NO_UNSETTLED_PENALTY']],
      [POLICY_CODES.kunshanRdCentreAward, ['NO_UNSETTLED_PENALTY']],
      [POLICY_CODES.jiangsuSpecialisedAward, ['TAX_RATING_2025_A_OR_B', 'NO_UNSETTLED_PENALTY']],
      [POLICY_CODES.suzhouTechUpgrade, ['TAX_RATING_2025_A_OR_B', 'TAX_PAID_2025_AT_LEAST_50WAN', 'NO_UNSETTLED_PENALTY']],
    ]);
    for (const check of [jiashan, kunshan]) {
      expect(check.unconfirmed).toEqual([]);
      expect([...check.eligible, ...check.nearMisses].every((match) => match.undecidedRules.length === 0)).toBe(true);
    }
  });

  it('does not list as eligible a policy the silent province could bar: 昆山启程 with Anhui, which holds its penalty, down', async () => {
    const check = await policiesWithout('anhui', await tokens.enterprise(CAST.kunshanQicheng), 3);
    expect(check).toMatchObject({ unavailableRegions: ['ANHUI'], complete: false });
    // Without Anhui its credit looks clean; it is not. Every policy reads credit, which Anhui may hold.
    expect(check.eligible).toEqual([]);
    const award = byCode(check.unconfirmed, POLICY_CODES.kunshanRdCentreAward);
    expect(award).toMatchObject({ standing: 'UNCONFIRMED', missedRules: [] });
    // Whether it was claimed already waits too: a licence of it may be held in Anhui.
    expect(ruleCodes(award?.undecidedRules)).toEqual(['NO_UNSETTLED_PENALTY', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NOT_CLAIMED_THIS_YEAR']);
    expect(award?.undecidedRules.every((rule) => rule.detail === '安徽未应答，暂无法判断')).toBe(true);
    expect(codes(check.unconfirmed)).toEqual(expect.arrayContaining([POLICY_CODES.suzhouJobRetention, POLICY_CODES.yrdInnovationVoucherAnhui]));
    // A near miss counts what Jiangsu's answer settles (no 2025 tax rating), not what waits for Anhui.
    const specialised = byCode(check.nearMisses, POLICY_CODES.jiangsuSpecialisedAward);
    expect(specialised?.standing).toBe('NEAR_MISS');
    expect(ruleCodes(specialised?.missedRules)).toEqual(['TAX_RATING_2025_A_OR_B']);
    expect(ruleCodes(specialised?.undecidedRules)).toEqual(['NO_UNSETTLED_PENALTY', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NOT_CLAIMED_BEFORE']);
  });

  it('gives no "no record" reasons while the registering province is down: 嘉善禾丰 with Zhejiang down', async () => {
    const check = await policiesWithout('zhejiang', await tokens.enterprise(CAST.jiashanHefeng), 3);
    expect(check).toMatchObject({ unavailableRegions: ['ZHEJIANG'], complete: false });
    expect(check.eligible).toEqual([]);
    // Its registration is only in Zhejiang: "未取得该类材料" would be a false reason.
    expect(check.nearMisses).toEqual([]);
    const voucher = byCode(check.unconfirmed, POLICY_CODES.yrdInnovationVoucherAnhui);
    expect(voucher).toMatchObject({ standing: 'UNCONFIRMED', missedRules: [] });
    expect(voucher?.undecidedRules).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'ENTERPRISE_ACTIVE', detail: '浙江未应答，暂无法判断' })]),
    );
    // Its credit code says Zhejiang: a policy only for Suzhou or Jiangsu is not waiting for Zhejiang's answer.
    expect(codes(check.unconfirmed)).not.toContain(POLICY_CODES.suzhouTechUpgrade);
    expect(codes(check.unconfirmed)).not.toContain(POLICY_CODES.jiangsuSpecialisedAward);
  });

  it('is only for the enterprise itself, with a bounded near-miss depth', async () => {
    const anonymous = await policiesOf({});
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    const tooDeep = await policiesOf(await tokens.enterprise(CAST.jiashanHefeng), 9);
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxMissedRules' });
  });

  it('applies for a matched policy as a case: 免申即享 decides it at once on the evidence', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
    const caseId = await zhejiang.open(POLICY_CODES.zhejiangMicroTaxRelief, CAST.jiashanHefeng, enterprise);
    await zhejiang.gather(caseId, enterprise);
    await zhejiang.decideAll(caseId, enterprise);
    const submitted = await zhejiang.submit({ caseId, providedMaterials: ['M01'] }, enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.caseView?.status).toBe('APPROVED');
    expect(submitted.caseView?.decision?.ruleResults.every((rule) => rule.passed)).toBe(true);
  });
});

/** The published operations (gateway/persisted-operations.json), each with its body as the gateway runs it. */
const published = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: { id: string; name: string; body: string }[] };

describe('我的 for an enterprise (the console’s published MySubject and MyAccessLog)', () => {
  const byHash = async <T>(name: string, variables: Record<string, unknown>, headers: Headers) => {
    const id = published.operations.find((operation) => operation.name === name)?.id;
    if (!id) throw new Error(`${name} is not published`);
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
    });
    return dataOf({ ...((await response.json()) as { data?: T }), status: response.status });
  };
  type Regional = { region: string; cases?: { id: string }[]; accessLog?: { caseId: string | null }[] } | null;

  it('shows a Kunshan enterprise its case filed in Zhejiang, and who read its records there and in Anhui', async () => {
    const enterprise = await tokens.enterprise(CAST.kunshanQicheng);
    const zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
    const caseId = await zhejiang.open(STORY_ITEMS.branchRegistration, CAST.kunshanQicheng, enterprise);
    expect((await zhejiang.gather(caseId, enterprise)).errors).toEqual([]);

    const mine = await byHash<{ me: { subject: { regions: Regional[] } } }>('MySubject', {}, enterprise);
    const zhejiangPart = mine.me.subject.regions.find((regional) => regional?.region === 'ZHEJIANG');
    expect(zhejiangPart?.cases?.map((caseView) => caseView.id)).toContain(caseId);

    const history = await byHash<{ me: { subject: { regions: Regional[] } } }>('MyAccessLog', { first: 50 }, enterprise);
    const readFor = (region: string) => history.me.subject.regions.find((regional) => regional?.region === region)?.accessLog?.filter((entry) => entry.caseId === caseId) ?? [];
    // Its registration read in Jiangsu, its unsettled penalty in Anhui: both outside Zhejiang, where the case is.
    expect(readFor('JIANGSU').length).toBeGreaterThan(0);
    expect(readFor('ANHUI').length).toBeGreaterThan(0);
  });
});

const DISCLOSURE = `query Disclosure($id: ID!) { creditDisclosure(enterpriseId: $id) {
  registrations { region enterpriseName legalRepresentative legalRepresentativeId divisionCode }
  licences { region licenceName }
  penalties { region category decisionNumber penaltyAmount settled authority }
  listings { region category decisionNumber }
  inspections { region category reason decisionNumber }
  unavailableRegions
} }`;

interface DisclosureView {
  registrations: { region: string; enterpriseName: string; legalRepresentative: string; legalRepresentativeId: string }[];
  penalties: { region: string; category: string; decisionNumber: string; penaltyAmount: string; settled: boolean }[];
  listings: { region: string; category: string }[];
  inspections: { region: string; category: string; reason: string }[];
  unavailableRegions: string[];
}

async function disclosureOf(id: string, headers: Headers = {}) {
  return graphql<{ creditDisclosure: DisclosureView }>(federation.gatewayUrl, DISCLOSURE, { id }, headers);
}

describe('enterprise credit disclosure (涉企信息公示)', () => {
  it('gathers registration in one province and a penalty decided in another, for anyone, masked', async () => {
    const disclosure = dataOf(await disclosureOf(CAST.kunshanQicheng)).creditDisclosure;
    expect(disclosure.unavailableRegions).toEqual([]);
    expect(disclosure.registrations).toHaveLength(1);
    expect(disclosure.registrations[0]).toMatchObject({ region: 'JIANGSU', enterpriseName: '昆山启程精密机械有限公司' });
    expect(disclosure.registrations[0]?.legalRepresentativeId).toMatch(/\*/);
    expect(disclosure.penalties).toEqual([
      expect.objectContaining({ region: 'ANHUI', category: 'ADMINISTRATIVE_PENALTY', decisionNumber: '包市监罚〔2026〕231号', penaltyAmount: '80000.00', settled: false }),
    ]);
  });

  it('masks the legal representative\'s number even for the enterprise: the number is the person\'s', async () => {
    const own = dataOf(await disclosureOf(CAST.kunshanQicheng, await tokens.enterprise(CAST.kunshanQicheng))).creditDisclosure;
    expect(own.registrations[0]?.legalRepresentativeId).toMatch(/^\d{4}\*+\d{4}$/);
    expect(own.penalties).toHaveLength(1);
  });

  it('lists abnormal-operation listings and spot-check results apart from penalties', async () => {
    const listed = dataOf(await disclosureOf(CAST.hefeiHuiyuan)).creditDisclosure;
    expect(listed.listings.map((listing) => listing.category)).toEqual(['ABNORMAL_OPERATION']);
    expect(listed.penalties).toEqual([]);
    const inspected = dataOf(await disclosureOf(CAST.qingpuLvdao)).creditDisclosure;
    // Two spot checks that found nothing, newest first.
    expect(inspected.inspections).toEqual([
      expect.objectContaining({ region: 'SHANGHAI', category: 'INSPECTION_RESULT', reason: '抽查未发现问题', decisionNumber: '沪双随机〔2026〕1207号' }),
      expect.objectContaining({ region: 'SHANGHAI', category: 'INSPECTION_RESULT', reason: '抽查未发现问题', decisionNumber: '沪双随机〔2025〕0388号' }),
    ]);
    expect(inspected.penalties).toEqual([]);
  });

  it('says how many entries each list holds in all, however few it shows', async () => {
    const LISTS = ['registrations', 'licences', 'penalties', 'listings', 'inspections'] as const;
    const query = `query Totals($id: ID!, $first: Int) { creditDisclosure(enterpriseId: $id) {
      ${LISTS.map((list) => `${list}(first: $first) { region }`).join(' ')} totals { ${LISTS.join(' ')} } } }`;
    type Totals = { creditDisclosure: Record<(typeof LISTS)[number], unknown[]> & { totals: Record<(typeof LISTS)[number], number> } };
    let counted = 0;
    for (const id of [CAST.kunshanQicheng, CAST.hefeiHuiyuan, CAST.qingpuLvdao, CAST.jiashanHefeng]) {
      const whole = dataOf(await graphql<Totals>(federation.gatewayUrl, query, { id, first: 100 })).creditDisclosure;
      const one = dataOf(await graphql<Totals>(federation.gatewayUrl, query, { id, first: 1 })).creditDisclosure;
      for (const list of LISTS) {
        expect(whole.totals[list], `${id} ${list}`).toBe(whole[list].length);
        expect(one.totals[list], `${id} ${list}`).toBe(whole.totals[list]);
        expect(one[list], `${id} ${list}`).toHaveLength(Math.min(1, whole.totals[list]));
        counted += whole.totals[list];
      }
    }
    // Registrations, licences, penalties, listings and inspections of the cast (a list cut short by first: creditDisclosureResolvers.test.ts).
    expect(counted).toBeGreaterThanOrEqual(7);
  });

  it('reads each list to its end a page at a time, the same entries as the list shows at once, typed by kind', async () => {
    const LISTS = ['registrations', 'licences', 'penalties', 'listings', 'inspections'] as const;
    const PAGE = published.operations.find((operation) => operation.name === 'CreditDisclosurePage')?.body ?? '';
    const WHOLE = `query Whole($id: ID!) { creditDisclosure(enterpriseId: $id) { ${LISTS.map((list) => `${list}(first: 100) { recordId }`).join(' ')} } }`;
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; entries: { __typename: string; recordId: string; kind: string }[] };
    let pagedOn = 0;
    for (const id of [CAST.kunshanQicheng, CAST.hefeiHuiyuan, CAST.qingpuLvdao, CAST.jiashanHefeng]) {
      const whole = dataOf(await graphql<{ creditDisclosure: Record<(typeof LISTS)[number], { recordId: string }[]> }>(federation.gatewayUrl, WHOLE, { id })).creditDisclosure;
      for (const list of LISTS) {
        const read: Page['entries'] = [];
        let after: string | null = null;
        for (let pages = 0; pages <= whole[list].length; pages += 1) {
          const variables = { enterpriseId: id, list: list.toUpperCase(), first: 1, after };
          const page: Page = dataOf(await graphql<{ creditDisclosure: { page: Page } }>(federation.gatewayUrl, PAGE, variables)).creditDisclosure.page;
          expect(page.totalCount, `${id} ${list}`).toBe(whole[list].length);
          read.push(...page.entries);
          if (!page.pageInfo.hasNextPage) break;
          pagedOn += 1;
          after = page.pageInfo.endCursor;
        }
        expect(read.map((entry) => entry.recordId), `${id} ${list}`).toEqual(whole[list].map((entry) => entry.recordId));
        const typeName = { registrations: 'BusinessRegistrationRecord', licences: 'ElectronicLicenceRecord' }[list as string] ?? 'CreditRecord';
        for (const entry of read) expect(entry.__typename, `${id} ${list}`).toBe(typeName);
      }
    }
    // 青浦绿岛's two inspections: one page on.
    expect(pagedOn).toBe(1);
    // A cursor is its list's and its enterprise's.
    const registrations = await graphql<{ creditDisclosure: { page: Page } }>(federation.gatewayUrl, PAGE, { enterpriseId: CAST.kunshanQicheng, list: 'REGISTRATIONS', first: 1 });
    const cursor = dataOf(registrations).creditDisclosure.page.pageInfo.endCursor;
    const elsewhere = await graphql(federation.gatewayUrl, PAGE, { enterpriseId: CAST.hefeiHuiyuan, list: 'REGISTRATIONS', after: cursor });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_MISMATCH' });
  });

  it('refuses a person\'s number and bounds every list', async () => {
    const person = await disclosureOf(CAST.guXiaomei);
    expect(person.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
    const huge = await graphql(federation.gatewayUrl, `{ creditDisclosure(enterpriseId: "${CAST.hefeiHuiyuan}") { penalties(first: 1000) { recordId } } }`);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('企业简易注销 (010003001000): filed where registered, barred by the shared records, and the end of the registration', () => {
  const DEREGISTRATION = '010003001000';
  const REGISTRATION = `{ me { subject { regions { region records(kinds: [BUSINESS_REGISTRATION]) { recordId updatedOn ... on BusinessRegistrationRecord { businessStatus } } } } } }`;
  type RegistrationView = { me: { subject: { regions: ({ region: string; records: { recordId: string; updatedOn: string; businessStatus: string }[] } | null)[] } } };

  it('sends an enterprise registered elsewhere to its registering province, naming it', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const refused = await graphql(federation.gatewayUrl, 'mutation ($input: OpenCaseInput!) { jiangsu { openCase(input: $input) { id } } }', {
      input: { itemCode: DEREGISTRATION, subjectId: CAST.jiashanHefeng, idempotencyKey: `dereg-${Date.now()}` },
    }, enterprise);
    expect(refused.errors?.[0]?.message).toContain('请到登记地浙江省办理');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION', region: 'ZHEJIANG' });
  });

  it('names the abnormal-operation listing of 合肥徽源 to the clerk, gathered from the credit records', async () => {
    const enterprise = await tokens.enterprise(CAST.hefeiHuiyuan);
    const anhui = new CaseFlow(federation.gatewayUrl, 'anhui', tokens);
    const caseId = await anhui.open(DEREGISTRATION, CAST.hefeiHuiyuan, enterprise);
    await anhui.gather(caseId, enterprise);
    await anhui.decideAll(caseId, enterprise);
    const submitted = await anhui.submit({ caseId, providedMaterials: ['M01', 'M02'] }, enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.caseView?.status).toBe('IN_REVIEW');
    const failed = submitted.caseView?.decision?.ruleResults.filter((rule) => !rule.passed).map((rule) => rule.code);
    expect(failed).toContain('NOT_ON_ABNORMAL_OR_DISHONEST_LIST');
    expect(submitted.caseView?.decision?.reasons.join('；')).toContain('不符合条件：申请主体不在经营异常名录或严重违法失信名单上');
  });

  it('approved in Shanghai, makes 青浦绿岛 deregistered everywhere: its records read 注销 and no policy finds it in business', async () => {
    const enterprise = await tokens.enterprise(CAST.qingpuLvdao);
    const clerk = await tokens.operator('SHANGHAI', '310118', 'QP-CSJ-02', 'sh-qp-0003');
    const before = dataOf(await policiesOf(enterprise, 3)).policyMatch;
    expect([...before.eligible, ...before.nearMisses].flatMap((match) => ruleCodes(match.missedRules))).not.toContain('ENTERPRISE_ACTIVE');

    const shanghai = new CaseFlow(federation.gatewayUrl, 'shanghai', tokens);
    const caseId = await shanghai.open(DEREGISTRATION, CAST.qingpuLvdao, enterprise);
    await shanghai.gather(caseId, enterprise);
    await shanghai.decideAll(caseId, enterprise);
    // A paper missing is named by name, code and the argument to correct.
    const missing = await shanghai.submit({ caseId, providedMaterials: ['M01'] }, enterprise);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.providedMaterials', reason: 'MATERIALS_MISSING', materialCodes: ['M02'] });
    expect(missing.errors?.[0]?.message).toContain('缺少材料“全体投资人承诺书”（M02）');
    // No tax record: the 清税证明 is not asked for (未办理过涉税事项的无需提供), the clerk checks it.
    const submitted = await shanghai.submit({ caseId, providedMaterials: ['M01', 'M02'] }, enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.caseView?.status).toBe('IN_REVIEW');
    expect(submitted.caseView?.decision?.materials).toEqual(expect.arrayContaining([{ code: 'M04', satisfiedBy: 'NOT_NEEDED' }, { code: 'M05', satisfiedBy: 'EVIDENCE' }]));

    const approved = await shanghai.review(caseId, 'APPROVE', null, clerk);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.shanghai.reviewCase?.status).toBe('APPROVED');

    const registration = dataOf(await graphql<RegistrationView>(federation.gatewayUrl, REGISTRATION, {}, enterprise)).me.subject.regions.find((regional) => regional?.region === 'SHANGHAI');
    expect(registration?.records).toEqual([expect.objectContaining({ recordId: 'CAST-BR-QPLD', businessStatus: 'CANCELLED' })]);
    expect(registration?.records[0]?.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const after = dataOf(await policiesOf(enterprise, 3)).policyMatch;
    expect(codes(before.eligible)).toContain(POLICY_CODES.yrdInnovationVoucherAnhui);
    expect(codes(after.eligible)).not.toContain(POLICY_CODES.yrdInnovationVoucherAnhui);
    const voucher = byCode(after.nearMisses, POLICY_CODES.yrdInnovationVoucherAnhui);
    expect(ruleCodes(voucher?.missedRules)).toContain('ENTERPRISE_ACTIVE');
  });
});
