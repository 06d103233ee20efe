import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CASE_FIELDS, CaseFlow, reasonsOf, type CaseView, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Withdrawal (撤回) end to end through the gateway: the applicant withdraws her case online, a
 * clerk withdraws one at her request (with the reason), a case already decided cannot be, nobody
 * else can, a one-thing bundle goes with its items, and the evidence gathered for a withdrawn case
 * is no longer shown or usable.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let suzhouClerk: Headers;
let jiashanClerk: Headers;
let guXiaomei: Headers;
let jiangsu: CaseFlow;
let zhejiang: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  suzhouClerk = await tokens.wujiangClerk();
  jiashanClerk = await tokens.jiashanClerk();
  guXiaomei = await tokens.citizen(CAST.guXiaomei);
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
  zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** The withdrawCase mutation of a province's namespace, as it is answered, errors and all. */
async function withdraw(flow: CaseFlow, caseId: string, headers: Headers, reason?: string) {
  const response = await graphql<Record<string, { withdrawCase: CaseView }>>(
    federation.gatewayUrl,
    `mutation ($caseId: ID!, $reason: String) { ${flow.province} { withdrawCase(caseId: $caseId, reason: $reason) { ${CASE_FIELDS} } } }`,
    { caseId, ...(reason === undefined ? {} : { reason }) },
    headers,
  );
  return { errors: response.errors, caseView: response.data?.[flow.province]?.withdrawCase };
}

/** The case's evidence, usable evidence, form and requirements, as the Suzhou clerk reads them. */
async function clerkReads(caseId: string) {
  return dataOf(
    await graphql<{ case: { evidence: { recordId: string; status: string; record: unknown }[]; usableEvidence: { id: string }[]; form: { name: string; sourceRecordId: string | null }[]; requirements: { evidenceAvailable: boolean }[] } }>(
      federation.gatewayUrl,
      'query ($id: ID!) { case(id: $id) { evidence { recordId status record { __typename } } usableEvidence { id } form { name sourceRecordId } requirements { evidenceAvailable } } }',
      { id: caseId },
      suzhouClerk,
    ),
  ).case;
}

describe('withdrawCase (撤回)', () => {
  it('the applicant withdraws her open case online; the history says so; a retried call returns it unchanged', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, guXiaomei);
    const first = await withdraw(jiangsu, caseId, guXiaomei, '已在上海办理');
    expect(first.errors).toBeUndefined();
    expect(first.caseView?.status).toBe('WITHDRAWN');
    const history = first.caseView?.statusHistory.map((event) => [event.status, event.actor.kind, event.note]);
    expect(history).toEqual([
      ['OPEN', 'APPLICANT', null],
      ['WITHDRAWN', 'APPLICANT', '已在上海办理'],
    ]);
    const retried = await withdraw(jiangsu, caseId, guXiaomei, '已在上海办理');
    expect(retried.errors).toBeUndefined();
    expect(retried.caseView?.statusHistory).toEqual(first.caseView?.statusHistory);
    // Her own cases show it withdrawn, in every reading of it.
    expect((await jiangsu.get(caseId, guXiaomei)).status).toBe('WITHDRAWN');
  });

  it('a clerk withdraws at the applicant\'s request only with the reason written down', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk);
    const blank = await withdraw(jiangsu, caseId, suzhouClerk, '   ');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'EMPTY' });
    expect(reasonsOf((await withdraw(jiangsu, caseId, suzhouClerk)).errors)).toEqual(['EMPTY']);
    expect((await jiangsu.get(caseId, suzhouClerk)).status).toBe('OPEN');
    const withdrawn = await withdraw(jiangsu, caseId, suzhouClerk, '申请人当面申请撤回，事项选错');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.caseView?.statusHistory.at(-1)).toMatchObject({
      status: 'WITHDRAWN',
      actor: { kind: 'OPERATOR', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' },
      note: '应申请人要求撤回：申请人当面申请撤回，事项选错',
    });
  });

  it('refuses a case already decided (NOT_WITHDRAWABLE, naming its status), and anyone but the applicant and the province\'s clerks', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, guXiaomei);
    const submitted = await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk);
    expect(submitted.caseView?.status).toBe('APPROVED');
    const refused = await withdraw(jiangsu, caseId, guXiaomei);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WITHDRAWABLE', status: 'APPROVED' });
    expect(refused.errors?.[0]?.message).toContain('当前状态：已办结（准予）');

    const open = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, guXiaomei);
    const neighbour = await tokens.citizen(CAST.shenHaoran);
    expect((await withdraw(jiangsu, open, neighbour)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect((await withdraw(jiangsu, open, jiashanClerk, '申请人要求')).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect((await jiangsu.get(open, guXiaomei)).status).toBe('OPEN');
  });

  it('withdraws a one-thing bundle with all its items; an item alone is PART_OF_BUNDLE', async () => {
    const bundle = await zhejiang.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, jiashanClerk);
    const itemCase = bundle.cases[0]?.id ?? '';
    expect(reasonsOf((await withdraw(zhejiang, itemCase, guXiaomei)).errors)).toEqual(['PART_OF_BUNDLE']);
    const withdrawn = await withdraw(zhejiang, bundle.id, guXiaomei);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.caseView?.status).toBe('WITHDRAWN');
    expect(withdrawn.caseView?.cases.map((c) => c.status)).toEqual(Array(5).fill('WITHDRAWN'));
    expect((await zhejiang.get(itemCase, jiashanClerk)).statusHistory.at(-1)).toMatchObject({ status: 'WITHDRAWN', note: `随“一件事”${bundle.id}一并撤回` });
  });

  it('the evidence gathered for a withdrawn case is no longer shown to the clerk, nor usable', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, guXiaomei);
    const before = await clerkReads(caseId);
    expect(before.evidence.length).toBeGreaterThan(0);
    expect(before.evidence.every((piece) => piece.record !== null)).toBe(true);
    expect(before.usableEvidence.length).toBeGreaterThan(0);
    expect(before.requirements.some((requirement) => requirement.evidenceAvailable)).toBe(true);

    expect((await withdraw(jiangsu, caseId, guXiaomei)).errors).toBeUndefined();
    const read = await clerkReads(caseId);
    // What was released stays listed (by whom, when, her decision); what it said is shown to nobody.
    expect(read.evidence).toHaveLength(before.evidence.length);
    expect(read.evidence.map((piece) => piece.record)).toEqual(before.evidence.map(() => null));
    expect(read.usableEvidence).toEqual([]);
    expect(read.form.filter((field) => field.sourceRecordId !== null)).toEqual([]);
    expect(read.requirements.some((requirement) => requirement.evidenceAvailable)).toBe(false);
    // Nor can it be gathered for again, or submitted.
    expect(reasonsOf((await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)).errors)).toEqual(['CASE_WITHDRAWN']);
  });
});
