import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, uniqueKey, type CaseView, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * A number valid both as a person's and as a credit code (a 镇江 resident's: about 1 in 340 born
 * there), through the gateway: a window opens her case as a person when told so
 * (input.subjectKind) — refused, naming that field, when not — and every later step takes the
 * case as opened; signed in, she (or an enterprise holding the same code) is matched to policies
 * as what it signed in as.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let suzhouClerk: Headers;
let jiangsu: CaseFlow;
const BOTH = numberValidAsBoth();

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  suzhouClerk = await tokens.wujiangClerk();
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** 个人申请出具异地贷款缴存使用证明: a person's item that gathers shared evidence. */
const LOAN_CERTIFICATE = STORY_ITEMS.providentFundLoanCertificate;

describe('a case for a number valid both ways', () => {
  it('is refused without input.subjectKind, naming it; opened as a person with it, gathered and submitted', async () => {
    expect(identityOfSubject(BOTH)).toBe('EITHER');
    const input = { itemCode: LOAN_CERTIFICATE, subjectId: BOTH, idempotencyKey: uniqueKey(), applicantName: '镇江测试' };
    const refused = await jiangsu.openCase(input, suzhouClerk, 'id');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', reason: 'AMBIGUOUS_SUBJECT' });
    expect(refused.errors?.[0]?.message).toContain('请用 input.subjectKind 指明主体类型（PERSON 个人 / ENTERPRISE 单位）');

    const opened = dataOf(await jiangsu.openCase({ ...input, subjectKind: 'PERSON' }, suzhouClerk, 'id subjectKind')).jiangsu.openCase as CaseView & { subjectKind: string };
    expect(opened.subjectKind).toBe('PERSON');
    // Named an enterprise, the number is checked as one: a person's item is not for it.
    const asEnterprise = await jiangsu.openCase({ ...input, idempotencyKey: uniqueKey(), subjectKind: 'ENTERPRISE' }, suzhouClerk, 'id');
    expect(asEnterprise.errors?.[0]?.extensions).toMatchObject({ reason: 'AUDIENCE_MISMATCH' });

    // She authorises it as the person she is; the company under the same number cannot.
    expect((await jiangsu.authorise(opened.id, await tokens.enterprise(BOTH))).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(dataOf(await jiangsu.authorise(opened.id, await tokens.citizen(BOTH))).jiangsu.authoriseEvidence?.authorisation?.authorisedBy).toEqual({ kind: 'APPLICANT', subjectId: BOTH });
    // Every province asked takes the request for her as a person; she has no records to release.
    const gathered = await jiangsu.gather(opened.id, suzhouClerk);
    expect(gathered.errors).toEqual([]);
    expect(gathered.sources.length).toBeGreaterThan(0);
    expect(gathered.sources.every((source) => source !== null)).toBe(true);

    const submitted = await jiangsu.submit({ caseId: opened.id, providedMaterials: ['M01', 'M02'] }, suzhouClerk);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.caseView).toMatchObject({ id: opened.id });
    expect(submitted.caseView?.status).not.toBe('OPEN');
  });
});

describe('policy matching for a signed-in subject whose number is valid both ways', () => {
  const POLICY_MATCH = 'query { policyMatch { eligible { item { code } } nearMisses { item { code } } complete } }';
  it('matches an enterprise, and a citizen, as what it signed in as', async () => {
    for (const headers of [await tokens.enterprise(BOTH), await tokens.citizen(BOTH)]) {
      const answer = await graphql<{ policyMatch: { eligible: unknown[]; nearMisses: unknown[]; complete: boolean } }>(federation.gatewayUrl, POLICY_MATCH, {}, headers);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.policyMatch.complete).toBe(true);
    }
  });
});

describe('records and access history of a number two holders share', () => {
  // 吴晓岚 and 镇江京口瑞丰商贸 (storyCast.ts): Jiangsu holds her taxes and the company's penalty under one number.
  const SHARED = CAST.zhenjiangShared;
  // allRegions: the company's code names no province of ours (110219 read as a division), but
  // credit records are held wherever the authority that decided them is.
  const RECORDS = `query ($id: ID!, $kind: SubjectKind) { subject(id: $id, kind: $kind) { regions: allRegions { region records {
    recordId ... on TaxRecord { taxpayerKind taxpayerName } ... on CreditRecord { subjectKind subjectName } } } } }`;
  const ACCESS_LOG = `query ($id: ID!, $kind: SubjectKind) { subject(id: $id, kind: $kind) { regions: allRegions { region accessLog { event caseId } } } }`;
  type Regional<T> = { subject: { regions: ({ region: string } & T | null)[] } };
  const inJiangsu = <T>(answer: Regional<T>) => answer.subject.regions.find((regional) => regional?.region === 'JIANGSU');

  it('shows the citizen her own taxes and the company its own penalty, neither the other’s', async () => {
    expect(identityOfSubject(SHARED)).toBe('EITHER');
    const recordsAs = async (kind: 'PERSON' | 'ENTERPRISE', headers: Headers) =>
      inJiangsu(dataOf(await graphql<Regional<{ records: Record<string, unknown>[] }>>(federation.gatewayUrl, RECORDS, { id: SHARED, kind }, headers)))?.records;
    expect(await recordsAs('PERSON', await tokens.citizen(SHARED))).toEqual([{ recordId: 'CAST-TX-WXL', taxpayerKind: 'PERSON', taxpayerName: '吴晓岚' }]);
    expect(await recordsAs('ENTERPRISE', await tokens.enterprise(SHARED))).toEqual([
      { recordId: 'CAST-CR-JKRF', subjectKind: 'ENTERPRISE', subjectName: '镇江京口瑞丰商贸有限公司' },
    ]);
  });

  it('keeps the evidence released for her case in her access history, not the company’s', async () => {
    const opened = dataOf(
      await jiangsu.openCase({ itemCode: LOAN_CERTIFICATE, subjectId: SHARED, subjectKind: 'PERSON', idempotencyKey: uniqueKey(), applicantName: '吴晓岚' }, suzhouClerk, 'id'),
    ).jiangsu.openCase as CaseView;
    dataOf(await jiangsu.authorise(opened.id, await tokens.citizen(SHARED)));
    expect((await jiangsu.gather(opened.id, suzhouClerk)).errors).toEqual([]);
    const historyAs = async (kind: 'PERSON' | 'ENTERPRISE', headers: Headers) =>
      (inJiangsu(dataOf(await graphql<Regional<{ accessLog: { event: string; caseId: string | null }[] }>>(federation.gatewayUrl, ACCESS_LOG, { id: SHARED, kind }, headers)))?.accessLog ?? [])
        .filter((entry) => entry.caseId === opened.id);
    expect(await historyAs('PERSON', await tokens.citizen(SHARED))).toContainEqual({ event: 'EVIDENCE_RELEASED', caseId: opened.id });
    expect(await historyAs('ENTERPRISE', await tokens.enterprise(SHARED))).toEqual([]);
  });
});
