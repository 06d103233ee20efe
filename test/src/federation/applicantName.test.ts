import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, uniqueKey, type CaseView, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * An electronic licence names its holder by name, never by identity number: by the name a
 * record of the case gives (the authority's data), else by the name declared when the case
 * was opened (申请人填报) — which an item none of whose shared records can name the applicant
 * requires: without it the case is not opened — or typed at submission, where the record that
 * would have named her is not to be used (the case is kept, with its evidence).
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let suzhouClerk: Headers;
/** Decides what suzhouClerk accepted (受审分离). */
let suzhouColleague: Headers;
let jiashanClerk: Headers;
let jiangsu: CaseFlow;
let zhejiang: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  suzhouClerk = await tokens.wujiangClerk();
  suzhouColleague = await tokens.wujiangColleague();
  jiashanClerk = await tokens.jiashanClerk();
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
  zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** 社会保险个人权益记录单查询: gathers no shared evidence at all — nothing can name the applicant. */
const STATEMENT = STORY_ITEMS.socialInsuranceStatement;

/** Her own cases filed in Jiangsu, as she lists them. */
async function casesInJiangsu(subjectId: string): Promise<string[]> {
  const answer = dataOf(
    await graphql<{ subject: { regions: { region: string; cases: { id: string }[] }[] } }>(
      federation.gatewayUrl,
      'query ($id: ID!) { subject(id: $id) { regions { region cases { id } } } }',
      { id: subjectId },
      await tokens.citizen(subjectId),
    ),
  );
  return answer.subject.regions.find((regional) => regional.region === 'JIANGSU')?.cases.map((c) => c.id) ?? [];
}

describe('an item whose shared evidence cannot name the applicant', () => {
  it('is not opened without a name: REQUIRED on input.applicantName, and nothing is stored', async () => {
    const before = await casesInJiangsu(CAST.guXiaomei);
    const idempotencyKey = uniqueKey();
    for (const applicantName of [undefined, '   ']) {
      const refused = await jiangsu.openCase({ itemCode: STATEMENT, subjectId: CAST.guXiaomei, idempotencyKey, ...(applicantName === undefined ? {} : { applicantName }) }, suzhouClerk, 'id');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName', reason: 'REQUIRED' });
      expect(refused.errors?.[0]?.message).toContain('“社会保险个人权益记录单查询”的共享材料不含申请人姓名，请填写申请人姓名（applicantName）');
    }
    expect(await casesInJiangsu(CAST.guXiaomei)).toEqual(before);
    // Nothing was kept under the key either: sent again with her name, it opens the case.
    const opened = dataOf(await jiangsu.openCase({ itemCode: STATEMENT, subjectId: CAST.guXiaomei, idempotencyKey, applicantName: '顾晓梅' }, suzhouClerk, 'id'));
    expect(await casesInJiangsu(CAST.guXiaomei)).toEqual([opened.jiangsu.openCase?.id, ...before]);
  });

  it('refuses what cannot be a name — her identity number, or too long a text — naming the field', async () => {
    const open = (applicantName: string) => jiangsu.openCase({ itemCode: STATEMENT, subjectId: CAST.guXiaomei, idempotencyKey: uniqueKey(), applicantName }, suzhouClerk, 'id');
    const asNumber = await open(CAST.guXiaomei);
    expect(asNumber.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName', reason: 'FORMAT' });
    expect(asNumber.errors?.[0]?.message).toContain('申请人姓名应由文字组成');
    expect((await open('顾'.repeat(51))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName', reason: 'TOO_LONG', max: 50 });
  });

  it('opened with her name, ends with a licence naming her by it', async () => {
    const idempotencyKey = uniqueKey();
    const caseId = await jiangsu.open(STATEMENT, CAST.guXiaomei, suzhouClerk, { idempotencyKey, applicantName: ' 顾晓梅 ' });
    // A retry is a retry only with the same name.
    expect(await jiangsu.open(STATEMENT, CAST.guXiaomei, suzhouClerk, { idempotencyKey, applicantName: '顾晓梅' })).toBe(caseId);
    const renamed = await jiangsu.openCase({ itemCode: STATEMENT, subjectId: CAST.guXiaomei, idempotencyKey, applicantName: '顾小梅' }, suzhouClerk, 'id');
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });

    // The form says where the name came from: from her, not from a record.
    const opened = await jiangsu.get(caseId, suzhouClerk);
    expect(opened.form).toEqual([{ name: 'applicantName', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true }]);
    const submitted = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    expect(submitted.status).toBe('IN_REVIEW');
    const approved = dataOf(await jiangsu.review(caseId, 'APPROVE', null, suzhouColleague)).jiangsu.reviewCase as CaseView;
    expect(approved.status).toBe('APPROVED');
    expect(approved.licence).toMatchObject({ holderName: '顾晓梅', licenceStatus: 'VALID', caseId });
    expect(approved.licence?.holderName).not.toBe(CAST.guXiaomei);
  });

  it('a bundle none of whose records can name an enterprise needs its name too', async () => {
    // A property transfer reads household, marriage and tax records: an enterprise's name is in none of them.
    const refused = await graphql(
      federation.gatewayUrl,
      'mutation ($input: OpenBundleInput!) { zhejiang { openBundle(input: $input) { id } } }',
      { input: { bundleCode: 'PROPERTY_TRANSFER', subjectId: CAST.jiashanHefeng, idempotencyKey: uniqueKey() } },
      jiashanClerk,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName', reason: 'REQUIRED' });
    expect(refused.errors?.[0]?.message).toContain('请填写申请单位名称（applicantName）');
    const bundle = await zhejiang.openBundle('PROPERTY_TRANSFER', CAST.jiashanHefeng, jiashanClerk, { applicantName: '嘉善禾丰智能装备有限公司' });
    expect(bundle).toMatchObject({ isBundle: true, status: 'OPEN' });
    expect(bundle.cases).toHaveLength(5);
  });
});

describe('an item whose records name the applicant', () => {
  it('names her as her record does, whatever was declared, and tells the clerk of the difference', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk, { applicantName: '顾小梅' });
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.guXiaomei));
    const decided = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    // Shanghai's fund record is the authority's data: 秒批 all the same, on her recorded name.
    expect(decided.status).toBe('APPROVED');
    expect(decided.licence?.holderName).toBe('顾晓梅');
    expect(decided.form).toContainEqual({ name: 'applicantName', value: '顾晓梅', sourceRegion: 'SHANGHAI', sourceRecordId: 'SAMPLE-PF-0001', declared: false });
    expect(decided.decision?.reasons).toEqual(['申请人填报的申请人姓名“顾小梅”与上海市记录 SAMPLE-PF-0001 中的“顾晓梅”不一致，已按记录办理，请核实']);
  });

  it('is opened without a name, not decided once she refuses the only record that names her — until the name is typed at submission', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.guXiaomei), 'REJECT');
    const idempotencyKey = uniqueKey();
    const nameless = await jiangsu.submit({ caseId, idempotencyKey, providedMaterials: ['M01', 'M02'] }, suzhouClerk);
    expect(nameless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICANT_NAME_MISSING' });
    // The clerk holds her identity document: the name is typed now, not by opening the case again (its evidence would be lost).
    expect(nameless.errors?.[0]?.message).toContain('请在提交时填写申请人姓名（applicantName）');
    expect(nameless.errors?.[0]?.message).not.toContain('重新受理');
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view).toMatchObject({ status: 'OPEN', licence: null });
    expect(view.statusHistory).toHaveLength(1);

    // The same case, its evidence as she decided it, submitted with her name — under the same key: the refusal kept nothing.
    const named = { caseId, idempotencyKey, providedMaterials: ['M01', 'M02'], applicantName: '顾晓梅' };
    const submitted = await jiangsu.submit(named, suzhouClerk);
    expect(submitted.errors).toBeUndefined();
    const inReview = submitted.caseView as CaseView;
    expect(inReview).toMatchObject({ id: caseId, status: 'IN_REVIEW' });
    expect(inReview.evidence.map((piece) => piece.id)).toEqual(view.evidence.map((piece) => piece.id));
    expect(inReview.form).toContainEqual({ name: 'applicantName', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true });

    // Its retry is a retry only with the same name: another is another submission, refused under that key.
    const renamed = await jiangsu.submit({ ...named, applicantName: '顾小梅' }, suzhouClerk);
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const retried = (await jiangsu.submit(named, suzhouClerk)).caseView as CaseView;
    expect(retried).toMatchObject({ id: caseId, status: 'IN_REVIEW' });
    expect(retried.statusHistory).toEqual(inReview.statusHistory);

    const approved = dataOf(await jiangsu.review(caseId, 'APPROVE', null, suzhouColleague)).jiangsu.reviewCase as CaseView;
    expect(approved.status).toBe('APPROVED');
    expect(approved.licence).toMatchObject({ holderName: '顾晓梅', licenceStatus: 'VALID', caseId });
  });
});

describe('a bundle none of whose usable records names the applicant', () => {
  it('is submitted with the name typed then, naming the bundle’s every item case by it', async () => {
    // Her household and marriage records would name her, but she lets the bundle use none of its records.
    const bundle = await zhejiang.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, jiashanClerk);
    await zhejiang.gather(bundle.id, jiashanClerk);
    await zhejiang.decideAll(bundle.id, await tokens.citizen(CAST.guXiaomei), 'REJECT');
    const documents = ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE'];
    const nameless = await zhejiang.submit({ caseId: bundle.id, providedDocuments: documents }, jiashanClerk);
    expect(nameless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICANT_NAME_MISSING' });
    expect(nameless.errors?.[0]?.message).toContain('“不动产转移登记”：本办件没有申请人姓名');
    expect(nameless.errors?.[0]?.message).toContain('请在提交时填写申请人姓名（applicantName）');
    expect((await zhejiang.get(bundle.id, jiashanClerk)).status).toBe('OPEN');

    const submitted = (await zhejiang.submit({ caseId: bundle.id, providedDocuments: documents, applicantName: '顾晓梅' }, jiashanClerk)).caseView as CaseView;
    expect(submitted.status).toBe('IN_REVIEW');
    expect(submitted.cases.map((c) => c.status)).toEqual(Array(5).fill('IN_REVIEW'));
    expect((await zhejiang.get(bundle.id, jiashanClerk)).form).toContainEqual({ name: 'applicantName', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true });
    for (const child of submitted.cases) {
      expect((await zhejiang.get(child.id, jiashanClerk)).form).toContainEqual({ name: 'applicantName', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true });
    }
    // A colleague decides each item (受审分离): its licence names her by the name typed.
    const jiashanColleague = await tokens.operator('ZHEJIANG', '330421', 'JS-YJS-02', 'zj-js-0008');
    const transfer = dataOf(await zhejiang.review(submitted.cases[0]?.id ?? '', 'APPROVE', null, jiashanColleague)).zhejiang.reviewCase as CaseView;
    expect(transfer.licence).toMatchObject({ holderName: '顾晓梅', licenceStatus: 'VALID' });
  });
});
