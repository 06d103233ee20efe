import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_CODES } from '@yrd/catalog/seed/policyItems';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * 政策兑现 once per period: 嘉善禾丰 confirms the Zhejiang 免申即享 tax relief online and is
 * granted it at once; confirming it again the same year is not granted again — the case goes to a
 * person with the earlier grant as the reason — and policy matching no longer lists it as eligible.
 */
let federation: BootedFederation;
let hefeng: Headers;
let zhejiang: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  const tokens = await tokenIssuer(federation.dataDir);
  hefeng = await tokens.enterprise(CAST.jiashanHefeng);
  zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

async function claimTaxRelief() {
  const caseId = await zhejiang.open(POLICY_CODES.zhejiangMicroTaxRelief, CAST.jiashanHefeng, hefeng);
  await zhejiang.gather(caseId, hefeng);
  await zhejiang.decideAll(caseId, hefeng);
  return zhejiang.submit({ caseId, providedMaterials: ['M01'] }, hefeng);
}

interface MatchView {
  item: { code: string };
  missedRules: { code: string; description: string; detail: string | null }[];
}

async function policyMatch() {
  return dataOf(
    await graphql<{ policyMatch: { eligible: MatchView[]; nearMisses: MatchView[] } }>(
      federation.gatewayUrl,
      'query { policyMatch { eligible { item { code } missedRules { code description detail } } nearMisses { item { code } missedRules { code description detail } } } }',
      {},
      hefeng,
    ),
  ).policyMatch;
}

describe('a policy claimed once a year', () => {
  it('grants the first claim at once, and sends a second one the same year to a person, saying when it was granted', async () => {
    expect((await policyMatch()).eligible.map((match) => match.item.code)).toContain(POLICY_CODES.zhejiangMicroTaxRelief);

    const first = await claimTaxRelief();
    expect(first.errors).toBeUndefined();
    expect(first.caseView?.status).toBe('APPROVED');
    const licence = first.caseView?.licence;
    expect(licence?.caseId).toBe(first.caseView?.id);

    const second = await claimTaxRelief();
    expect(second.errors).toBeUndefined();
    // A machine never refuses: the clerk decides, and sees why.
    expect(second.caseView?.status).toBe('IN_REVIEW');
    expect(second.caseView?.licence).toBeNull();
    const claimRule = second.caseView?.decision?.ruleResults.find((rule) => rule.code === 'NOT_CLAIMED_THIS_YEAR');
    expect(claimRule).toMatchObject({ passed: false, detail: expect.stringContaining(`办件 ${first.caseView?.id}`) });
    const reasons = second.caseView?.statusHistory.flatMap((event) => event.reasons) ?? [];
    expect(reasons.some((reason) => reason.startsWith('不符合条件：企业本年度（自1月1日起）未获本政策兑现') && reason.includes(first.caseView?.id ?? '?'))).toBe(true);

    const after = await policyMatch();
    expect(after.eligible.map((match) => match.item.code)).not.toContain(POLICY_CODES.zhejiangMicroTaxRelief);
    const missed = after.nearMisses.find((match) => match.item.code === POLICY_CODES.zhejiangMicroTaxRelief);
    expect(missed?.missedRules).toEqual([expect.objectContaining({ code: 'NOT_CLAIMED_THIS_YEAR', detail: expect.stringContaining(first.caseView?.id ?? '?') })]);

    // While that second application waits for a person, a third is not opened beside it (one at a time).
    const third = await zhejiang.openCase({ itemCode: POLICY_CODES.zhejiangMicroTaxRelief, subjectId: CAST.jiashanHefeng, idempotencyKey: `third-${Date.now()}` }, hefeng, 'id');
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPLYING', field: 'input.itemCode', caseId: second.caseView?.id });
  }, 120_000);
});
