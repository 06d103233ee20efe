import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface PolicyMatchView {
  item: { code: string; name: string; policy: { publisher: string; publisherRegion: string; maxAmount: string | null; applyBy: string | null } };
  standing: string;
  missedRules: { code: string; description: string; detail: string | null }[];
}

interface PolicyCheckView {
  eligible: PolicyMatchView[];
  nearMisses: PolicyMatchView[];
  unavailableRegions: string[];
  complete: boolean;
}

const POLICY_MATCH = `query Policies($missed: Int) { policyMatch {
  eligible { item { code name policy { publisher publisherRegion maxAmount applyBy } } standing missedRules { code description detail } }
  nearMisses(maxMissedRules: $missed) { item { code name policy { publisher publisherRegion maxAmount applyBy } } standing missedRules { code description detail } }
  unavailableRegions complete
} }`;

async function policiesOf(headers: Headers, missed = 1) {
  return graphql<{ policyMatch: PolicyCheckView }>(federation.gatewayUrl, POLICY_MATCH, { missed }, headers);
}

const codes = (matches: readonly PolicyMatchView[]) => matches.map((match) => match.item.code);

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
    expect(award?.missedRules.map((rule) => rule.detail).join()).toMatch(/ANHUI/);
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

  it('is only for the enterprise itself, with a bounded near-miss depth', async () => {
    const anonymous = await policiesOf({});
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    const tooDeep = await policiesOf(await tokens.enterprise(CAST.jiashanHefeng), 9);
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxMissedRules' });
  });

  it('applies for a matched policy as a case: 免申即享 decides it at once on the evidence', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang');
    const caseId = await zhejiang.open(POLICY_CODES.zhejiangMicroTaxRelief, CAST.jiashanHefeng, enterprise);
    await zhejiang.gather(caseId, enterprise);
    await zhejiang.decideAll(caseId, enterprise);
    const submitted = await zhejiang.submit({ caseId, providedMaterials: ['M01'] }, enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.caseView?.status).toBe('APPROVED');
    expect(submitted.caseView?.decision?.ruleResults.every((rule) => rule.passed)).toBe(true);
  });
});

const DISCLOSURE = `query Disclosure($id: ID!) { creditDisclosure(enterpriseId: $id) {
  registrations { region enterpriseName legalRepresentative legalRepresentativeId divisionCode }
  licences { region licenceName }
  penalties { region category decisionNumber penaltyAmount settled authority }
  listings { region category decisionNumber }
  inspections { region category reason }
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
    expect(inspected.inspections).toEqual([expect.objectContaining({ region: 'SHANGHAI', category: 'INSPECTION_RESULT', reason: '抽查未发现问题' })]);
    expect(inspected.penalties).toEqual([]);
  });

  it('refuses a person\'s number and bounds every list', async () => {
    const person = await disclosureOf(CAST.guXiaomei);
    expect(person.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
    const huge = await graphql(federation.gatewayUrl, `{ creditDisclosure(enterpriseId: "${CAST.hefeiHuiyuan}") { penalties(first: 1000) { recordId } } }`);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
