import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { deadlineInWords } from '@yrd/shared/decision/supplyDeadline';
import { endOfDayAfter } from '@yrd/shared/decision/workingDays';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { validateElectronicLicenceId } from '@yrd/shared/identifiers/index';
import { todayInChina } from '@yrd/shared/time/localDate';
import { auditEntries } from '../harness/auditTrail.ts';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, reasonsOf, uniqueKey, type CaseView, type Headers, type OpenOptions } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Stories 1, 2 and 4 of the product, end to end through the gateway: a case opened at a
 * window in Suzhou, decided in seconds on data from Shanghai or Zhejiang, ending with an
 * electronic licence a later case in another province uses; every rule outcome; a one-thing
 * bundle, one with 容缺 for one item's paper; idempotent, once-only submission; and a citizen's own cases in one query.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let suzhouClerk: Headers;
/** Decides what suzhouClerk accepted (受审分离). */
let suzhouColleague: Headers;
let jiashanClerk: Headers;
let shanghaiClerk: Headers;
let jiangsu: CaseFlow;
let zhejiang: CaseFlow;
let shanghai: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  suzhouClerk = await tokens.wujiangClerk();
  suzhouColleague = await tokens.wujiangColleague();
  jiashanClerk = await tokens.jiashanClerk();
  shanghaiClerk = await tokens.operator('SHANGHAI', '310118', 'QP-CSJ-02', 'sh-qp-0003');
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
  zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
  shanghai = new CaseFlow(federation.gatewayUrl, 'shanghai', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** Opens a case at a window, gathers its evidence, lets the applicant accept it all, submits. */
async function throughToDecision(flow: CaseFlow, clerk: Headers, itemCode: string, subjectId: string, applicant: Headers, submission: Record<string, unknown>, opening: OpenOptions = {}) {
  const caseId = await flow.open(itemCode, subjectId, clerk, opening);
  // Every holding province answered, and every piece was taken in: a story that then waits for evidence says why.
  const gathered = await flow.gather(caseId, clerk);
  expect(gathered.errors.map((error) => error.message)).toEqual([]);
  expect(gathered.collected.filter((piece) => !piece.accepted)).toEqual([]);
  await flow.decideAll(caseId, applicant);
  const submitted = await flow.submit({ caseId, ...submission }, clerk);
  return { caseId, submitted };
}

describe('story 1: a Suzhou window, Shanghai data, instant approval', () => {
  let caseId: string;
  let decided: CaseView;

  it('approves at once and issues a valid, signed electronic licence', async () => {
    const applicant = await tokens.citizen(CAST.guXiaomei);
    const { caseId: id, submitted } = await throughToDecision(jiangsu, suzhouClerk, STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, applicant, {
      providedMaterials: ['M01'],
    });
    caseId = id;
    expect(submitted.errors).toBeUndefined();
    decided = submitted.caseView as CaseView;
    expect(decided.status).toBe('APPROVED');
    expect(decided.decision).toMatchObject({ outcome: 'APPROVED', decidedBy: { kind: 'SYSTEM' }, reasons: [] });
    expect(decided.decision?.ruleResults.map((rule) => [rule.code, rule.passed])).toEqual([
      ['PF_ACCOUNT_ACTIVE', true],
      ['PF_DEPOSITS_CONTINUOUS', true],
      ['PF_NO_OUTSTANDING_LOAN', true],
    ]);
    expect(decided.decision?.materials).toEqual([
      { code: 'M01', satisfiedBy: 'PROVIDED' },
      { code: 'M02', satisfiedBy: 'EVIDENCE' },
    ]);
    expect(decided.statusHistory.map((event) => [event.status, event.actor.kind])).toEqual([
      ['OPEN', 'OPERATOR'],
      ['APPROVED', 'SYSTEM'],
    ]);

    const licence = decided.licence;
    expect(licence).toMatchObject({ licenceName: '异地贷款职工住房公积金缴存使用证明', licenceTypeCode: '11100000000013338W047', licenceStatus: 'VALID', caseId, holderName: '顾晓梅' });
    const parsed = validateElectronicLicenceId(licence?.licenceId ?? '');
    expect(parsed.ok, licence?.licenceId).toBe(true);
    if (parsed.ok) expect(parsed.value).toMatchObject({ serial: caseId, issuerCode: licence?.issuerCode, licenceTypeCode: '11100000000013338W047' });
  });

  it('pre-filled the form from the Shanghai record (秒填)', () => {
    expect(decided.form).toContainEqual({ name: 'fundAccountNumber', value: '110234567801', sourceRegion: 'SHANGHAI', sourceRecordId: 'SAMPLE-PF-0001', declared: false });
    expect(decided.form).toContainEqual(expect.objectContaining({ name: 'applicantName', value: '顾晓梅', declared: false }));
  });

  it("leaves Shanghai's audit entry for the case, and the licence among her records", async () => {
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_RELEASED', caseId, recordIds: ['SAMPLE-PF-0001'], actor: expect.objectContaining({ region: 'JIANGSU', window: 'WJ-CSJ-01' }) }),
    );
    const own = dataOf(
      await graphql<{ subject: { regions: { region: string; records: { __typename: string; licenceId?: string }[] }[] } }>(
        federation.gatewayUrl,
        `query ($id: ID!) { subject(id: $id) { regions { region records(kinds: [E_LICENCE]) { __typename ... on ElectronicLicenceRecord { licenceId } } } } }`,
        { id: CAST.guXiaomei },
        await tokens.citizen(CAST.guXiaomei),
      ),
    );
    expect(own.subject.regions.find((regional) => regional.region === 'JIANGSU')?.records).toEqual([
      { __typename: 'ElectronicLicenceRecord', licenceId: decided.licence?.licenceId },
    ]);
  });

  it('serves the licence as evidence to a later case in another province (无证明)', async () => {
    const applicant = await tokens.citizen(CAST.guXiaomei);
    // The loan reads only her licence, which names her as its holder: no name is typed at the window.
    const { caseId: loan, submitted } = await throughToDecision(zhejiang, jiashanClerk, STORY_ITEMS.providentFundLoanApplication, CAST.guXiaomei, applicant, {
      providedMaterials: ['M01', 'M03'],
    });
    const view = submitted.caseView as CaseView;
    expect(submitted.errors).toBeUndefined();
    expect(view.form).toContainEqual({ name: 'applicantName', value: '顾晓梅', sourceRegion: 'JIANGSU', sourceRecordId: decided.licence?.licenceId, declared: false });
    expect(view.status).toBe('IN_REVIEW'); // a loan is decided by a person …
    expect(view.decision?.ruleResults).toEqual([{ code: 'PF_LOAN_CERTIFICATE_VALID', passed: true, detail: null }]); // … on a valid certificate
    expect(view.decision?.materials).toContainEqual({ code: 'M02', satisfiedBy: 'EVIDENCE' });
    const fromJiangsu = auditEntries(federation.dataDir, 'jiangsu').filter((entry) => entry.caseId === loan && entry.event === 'EVIDENCE_RELEASED');
    expect(fromJiangsu[0]).toMatchObject({ kinds: ['E_LICENCE'], recordIds: [decided.licence?.licenceId], actor: expect.objectContaining({ region: 'ZHEJIANG' }) });
  });
});

describe('instant-approval rules: every outcome goes somewhere, nothing is silently refused', () => {
  async function certificateFor(subjectId: string, flow = jiangsu, clerk = suzhouClerk) {
    const { submitted } = await throughToDecision(flow, clerk, STORY_ITEMS.providentFundLoanCertificate, subjectId, await tokens.citizen(subjectId), { providedMaterials: ['M01'] });
    return submitted.caseView as CaseView;
  }
  const failed = (view: CaseView) => view.decision?.ruleResults.filter((rule) => !rule.passed).map((rule) => rule.code);

  it('an outstanding provident-fund loan → manual review, with the reason', async () => {
    const view = await certificateFor(CAST.chenZhiqiang);
    expect(view.status).toBe('IN_REVIEW');
    expect(failed(view)).toEqual(['PF_NO_OUTSTANDING_LOAN']);
    // The account as he knows it (by the tail of its number, not the holding system's record id), and the loan still owed.
    expect(view.decision?.reasons[0]).toBe('不符合条件：缴存职工无未结清的住房公积金个人住房贷款（有 1 条记录不符合：上海市公积金管理中心 公积金账户（尾号4321）：未结清贷款 58万元，须不高于 0.00元）');
    expect(view.licence).toBeNull();
  });

  it('a sealed account → manual review naming both failed rules', async () => {
    const view = await certificateFor(CAST.zhaoMin);
    expect(view.status).toBe('IN_REVIEW');
    expect(failed(view)).toEqual(['PF_ACCOUNT_ACTIVE', 'PF_DEPOSITS_CONTINUOUS']);
  });

  it("a province's tightened rule: 8 months pass Shanghai's standard 6 but not Suzhou's 12", async () => {
    const inSuzhou = await certificateFor(CAST.liJun);
    expect(inSuzhou.status).toBe('IN_REVIEW');
    expect(failed(inSuzhou)).toEqual(['PF_DEPOSITS_CONTINUOUS']);
    expect(inSuzhou.decision?.reasons[0]).toMatch(/12个月/);
    const inShanghai = await certificateFor(CAST.liJun, shanghai, shanghaiClerk);
    expect(inShanghai.status).toBe('APPROVED');
  });

  it('evidence the applicant refuses to have used sends the case to a person', async () => {
    // Her fund record would have named her; refusing it, she is named as the window typed it.
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk, { applicantName: '顾晓梅' });
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.guXiaomei), 'REJECT');
    // Refusing the shared record means bringing the paper certificate instead …
    const withoutPaper = await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk);
    expect(withoutPaper.errors?.[0]?.extensions).toMatchObject({ reason: 'MATERIALS_MISSING' });
    // … and a machine cannot judge the rules on a record it may not use: a person does.
    const view = (await jiangsu.submit({ caseId, providedMaterials: ['M01', 'M02'] }, suzhouClerk)).caseView as CaseView;
    expect(view.status).toBe('IN_REVIEW');
    expect(view.decision?.ruleResults.every((rule) => !rule.passed)).toBe(true);
    expect(view.decision?.reasons.join()).toMatch(/拒绝使用/);
  });

  it('only a person rejects: a colleague of the accepting clerk works the review queue, with a reason', async () => {
    type Queued = { id: string; status: string; decisionBlockedReason: string | null };
    const queue = async (clerk = suzhouColleague) =>
      dataOf(await graphql<{ reviewQueue: { region: string; inReview: Queued[] } }>(federation.gatewayUrl, '{ reviewQueue { region inReview { id status decisionBlockedReason } } }', {}, clerk))
        .reviewQueue;
    const waiting = await queue();
    expect(waiting.region).toBe('JIANGSU');
    expect(waiting.inReview.length).toBeGreaterThanOrEqual(3);
    const [first, second] = waiting.inReview;

    // 受审分离: the clerk who accepted these cases sees them barred to her, and is refused; nothing changes.
    const separation = '受审分离：本件由您受理，须由其他工作人员审批';
    expect((await queue(suzhouClerk)).inReview.find((c) => c.id === first?.id)?.decisionBlockedReason).toBe(separation);
    expect(first?.decisionBlockedReason).toBeNull();
    const untouched = await jiangsu.get(first?.id ?? '', suzhouClerk);
    expect(untouched).toMatchObject({ status: 'IN_REVIEW', decisionBlockedReason: separation });
    for (const [decision, reason] of [['APPROVE', null], ['REJECT', '存在未结清的住房公积金贷款，不予出具']] as const) {
      const byOpener = await jiangsu.review(first?.id ?? '', decision, reason, suzhouClerk);
      expect(byOpener.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
      expect(byOpener.errors?.[0]?.message).toBe(separation);
    }
    expect(await jiangsu.get(first?.id ?? '', suzhouClerk)).toEqual(untouched);

    const withoutReason = await jiangsu.review(first?.id ?? '', 'REJECT', '  ', suzhouColleague);
    expect(withoutReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const essay = await jiangsu.review(first?.id ?? '', 'REJECT', '理由'.repeat(501), suzhouColleague);
    expect(essay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'TOO_LONG', max: 1000 });
    expect((await queue()).inReview.map((c) => c.id)).toContain(first?.id);
    const rejected = dataOf(await jiangsu.review(first?.id ?? '', 'REJECT', '存在未结清的住房公积金贷款，不予出具', suzhouColleague)).jiangsu.reviewCase as CaseView;
    expect(rejected).toMatchObject({ status: 'REJECTED', licence: null, decision: { outcome: 'REJECTED', reasons: ['存在未结清的住房公积金贷款，不予出具'], decidedBy: { kind: 'OPERATOR' } } });
    // The refusal tells her her remedies (行政许可法第三十八条): 行政复议 before the government of the item's implementing body
    // (苏州市住房公积金管理中心 → 苏州市, though a 吴江 window took the case in), or 行政诉讼.
    expect(rejected.decision?.remedy).toBe('如不服本决定，可以自知道该决定之日起六十日内向苏州市人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。');
    // Her window sends it again (its answer lost): the case as it was decided. Another clerk's identical decision is a conflict.
    const resent = dataOf(await jiangsu.review(first?.id ?? '', 'REJECT', '存在未结清的住房公积金贷款，不予出具', suzhouColleague)).jiangsu.reviewCase as CaseView;
    expect(resent).toMatchObject({ status: 'REJECTED', decision: rejected.decision, statusHistory: rejected.statusHistory });
    const thirdClerk = await tokens.operator('JIANGSU', '320509', 'WJ-CSJ-03', 'js-wj-0003');
    const secondOpinion = await jiangsu.review(first?.id ?? '', 'REJECT', '存在未结清的住房公积金贷款，不予出具', thirdClerk);
    expect(secondOpinion.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_IN_REVIEW' });
    const approved = dataOf(await jiangsu.review(second?.id ?? '', 'APPROVE', null, suzhouColleague)).jiangsu.reviewCase as CaseView;
    expect(approved.status).toBe('APPROVED');
    expect(approved.licence?.licenceStatus).toBe('VALID');
    expect(approved.decision).toMatchObject({ outcome: 'APPROVED', remedy: null });
    expect((await queue()).inReview.map((c) => c.id)).not.toContain(first?.id);

    // The clerk deciding sees the applicant whole in the decision's answer, as case(id) shows the case to her.
    const seen = await jiangsu.get(second?.id ?? '', suzhouColleague);
    expect(seen.subjectId).not.toContain('*');
    expect(approved.subjectId).toBe(seen.subjectId);
    expect(rejected.subjectId).toBe((await jiangsu.get(first?.id ?? '', suzhouColleague)).subjectId);

    const again = await jiangsu.review(first?.id ?? '', 'APPROVE', null, suzhouColleague);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_IN_REVIEW', status: 'REJECTED' });
    expect(again.errors?.[0]?.message).toBe(`办件 ${first?.id} 不在人工审核中（当前状态：不予批准）`);
    const notAClerk = await graphql(federation.gatewayUrl, '{ reviewQueue { inReview { id } } }', {}, await tokens.citizen(CAST.guXiaomei));
    expect(notAClerk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    // An applicant is told reviewing is window staff's work, not that she is in the wrong province.
    const citizenReview = await jiangsu.review(second?.id ?? '', 'APPROVE', null, await tokens.citizen(CAST.guXiaomei));
    expect(citizenReview.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    expect(citizenReview.errors?.[0]?.message).toBe('只有窗口工作人员可以审核办件，申请人不能自行审核办件');
    const otherProvince = await jiangsu.review(second?.id ?? '', 'APPROVE', null, shanghaiClerk);
    expect(otherProvince.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect(otherProvince.errors?.[0]?.message).toBe('您是上海市的窗口人员，只有江苏省的窗口工作人员可以审核办件');
  });
});

describe('story 2: a Suzhou window, Zhejiang registration, credit from all four provinces', () => {
  const branchPapers = { providedMaterials: ['M01', 'M04', 'M05', 'M06', 'M07'] };

  it('asks Zhejiang alone for the registration, every province for credit records, and approves a clean record', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.jiashanHefeng, suzhouClerk);
    const { sources } = await jiangsu.gather(caseId, suzhouClerk);
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view.evidenceRequests.map((request) => [request.holder, request.kinds])).toEqual([
      ['SHANGHAI', ['CREDIT_RECORD']],
      ['JIANGSU', ['CREDIT_RECORD']],
      ['ZHEJIANG', ['BUSINESS_REGISTRATION', 'CREDIT_RECORD']],
      ['ANHUI', ['CREDIT_RECORD']],
    ]);
    expect(sources.every((source) => source !== null)).toBe(true);
    await jiangsu.decideAll(caseId, await tokens.enterprise(CAST.jiashanHefeng));
    const decided = (await jiangsu.submit({ caseId, ...branchPapers }, suzhouClerk)).caseView as CaseView;
    expect(decided.status).toBe('APPROVED');
    expect(decided.decision?.ruleResults.every((rule) => rule.passed)).toBe(true);
    expect(decided.licence).toMatchObject({ licenceName: '营业执照（分公司）', holderName: '嘉善禾丰智能装备有限公司' });
  });

  it('an unsettled penalty in Anhui → manual review, naming where it is', async () => {
    const { submitted } = await throughToDecision(jiangsu, suzhouClerk, STORY_ITEMS.branchRegistration, CAST.kunshanQicheng, await tokens.enterprise(CAST.kunshanQicheng), branchPapers);
    const view = submitted.caseView as CaseView;
    expect(view.status).toBe('IN_REVIEW');
    expect(view.decision?.ruleResults.find((rule) => rule.code === 'NO_UNSETTLED_PENALTY')).toMatchObject({ passed: false, detail: expect.stringContaining('合肥市包河区市场监督管理局 包市监罚〔2026〕231号') });
  });
});

describe('one-thing bundle (一件事一次办): a property transfer with its utilities', () => {
  it('one application, materials once, linked sub-cases, one status', async () => {
    const applicant = await tokens.citizen(CAST.guXiaomei);
    const bundle = await zhejiang.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, jiashanClerk);
    expect(bundle).toMatchObject({ isBundle: true, status: 'OPEN' });
    expect(bundle.cases.map((c) => c.item?.name)).toEqual(['不动产转移登记', '供水过户', '供电过户', '燃气过户', '有线电视/宽带过户']);
    // A bundle is no single item: it names its bundle instead, and its cases name theirs.
    const read = dataOf(
      await graphql<{
        case: { item: unknown; bundleCode: string | null; bundle: { name: string; items: { code: string }[] } | null; cases: { item: { code: string } | null; bundleCode: string | null; bundle: unknown }[] };
      }>(
        federation.gatewayUrl,
        'query ($id: ID!) { case(id: $id) { item { code } bundleCode bundle { name items { code } } cases { item { code } bundleCode bundle { name } } } }',
        { id: bundle.id },
        jiashanClerk,
      ),
    ).case;
    expect(read).toMatchObject({ item: null, bundleCode: 'PROPERTY_TRANSFER', bundle: { name: '不动产转移登记及水电气网联动过户“一件事”' } });
    // The province names the bundle; the hub says what it is: its items are the cases' items.
    expect(read.bundle?.items.map((item) => item.code)).toEqual(read.cases.map((c) => c.item?.code));
    expect(read.cases.every((c) => c.item !== null && c.bundleCode === null && c.bundle === null)).toBe(true);

    // The evidence is gathered once, for the whole bundle.
    const { sources } = await zhejiang.gather(bundle.id, jiashanClerk);
    expect(sources).toHaveLength(4);
    await zhejiang.decideAll(bundle.id, applicant);
    const documents = ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE'];
    const submitted = (await zhejiang.submit({ caseId: bundle.id, providedDocuments: documents }, jiashanClerk)).caseView as CaseView;
    expect(submitted.status).toBe('IN_REVIEW');
    expect(submitted.cases.map((c) => c.status)).toEqual(Array(5).fill('IN_REVIEW'));
    const subCase = await zhejiang.get(submitted.cases[0]?.id ?? '', jiashanClerk);
    expect(subCase.bundleId).toBe(bundle.id);
    expect(subCase.decision?.materials).toContainEqual({ code: 'M01', satisfiedBy: 'PROVIDED' }); // the one application form
    expect(subCase.decision?.materials).toContainEqual({ code: 'M06', satisfiedBy: 'EVIDENCE' }); // her marriage, from Zhejiang

    // A sub-case is not submitted on its own.
    const alone = await zhejiang.submit({ caseId: subCase.id }, jiashanClerk);
    expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PART_OF_BUNDLE' });

    // Each item's case was accepted with the bundle, by the clerk who opened it: a colleague decides them (受审分离).
    const byOpener = await zhejiang.review(subCase.id, 'APPROVE', null, jiashanClerk);
    expect(byOpener.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
    const jiashanColleague = await tokens.operator('ZHEJIANG', '330421', 'JS-YJS-02', 'zj-js-0008');
    // Every item but the cable television's is granted: the bundle is partly approved, not refused.
    const last = submitted.cases.length - 1;
    for (const [index, child] of submitted.cases.entries()) {
      const refused = index === last;
      const reviewed = await zhejiang.review(child.id, refused ? 'REJECT' : 'APPROVE', refused ? '有线电视账户尚有欠费，请结清后另行办理' : null, jiashanColleague);
      expect(dataOf(reviewed).zhejiang.reviewCase).toBeDefined();
      const status = (await zhejiang.get(bundle.id, applicant)).status;
      expect(status).toBe(index === last ? 'PARTLY_APPROVED' : 'IN_REVIEW');
    }
    const done = await zhejiang.get(bundle.id, applicant);
    expect(done.cases.map((c) => c.licence?.licenceStatus ?? null)).toEqual([...Array(last).fill('VALID'), null]);
    // Its history ends where its status does, saying where its items stand.
    expect(done.statusHistory.at(-1)).toMatchObject({ status: 'PARTLY_APPROVED', note: '各事项：已办结（准予） 4 项、不予批准 1 项', actor: { kind: 'SYSTEM' } });
  });
});

describe('one-thing bundle (一件事一次办): a property transfer at the 吴江 window, the utilities passed on (联动过户)', () => {
  /** A bundle's pass-ons as the gateway answers them, the items named by the hub. */
  interface PassedOnView {
    itemCode: string;
    item: { name: string } | null;
    afterItemCode: string;
    receiver: string;
    status: string;
    passedOnAt: string | null;
    notice: string;
  }
  const readBundle = async (id: string, headers: Headers) =>
    dataOf(
      await graphql<{ case: { status: string; cases: { id: string; item: { code: string } | null }[]; passedOn: PassedOnView[]; statusHistory: { status: string; actor: { kind: string }; note: string | null }[] } }>(
        federation.gatewayUrl,
        'query ($id: ID!) { case(id: $id) { status cases { id item { code } } passedOn { itemCode item { name } afterItemCode receiver status passedOnAt notice } statusHistory { status actor { kind } note } } }',
        { id },
        headers,
      ),
    ).case;
  const UTILITIES = [
    [STORY_ITEMS.waterTransfer, '供水过户', '吴江华衍水务有限公司'],
    [STORY_ITEMS.electricityTransfer, '供电过户', '国网江苏省电力有限公司苏州供电分公司'],
    [STORY_ITEMS.gasTransfer, '燃气过户', '吴江港华燃气有限公司'],
    [STORY_ITEMS.cableBroadbandTransfer, '有线电视/宽带过户', '江苏省广电有线信息网络股份有限公司吴江分公司'],
  ] as const;

  it('opens with the registration\'s case and the four transfers passed on, waiting; once the registration is approved they are passed on', async () => {
    const applicant = await tokens.citizen(CAST.guXiaomei);
    // Jiangsu implements none of the utility transfers (enterprises carry them out): the bundle opens all the same.
    const bundle = await jiangsu.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, suzhouClerk);
    expect(bundle).toMatchObject({ isBundle: true, status: 'OPEN', region: 'JIANGSU' });
    expect(bundle.cases.map((c) => c.item?.code)).toEqual([STORY_ITEMS.realEstateTransfer]);
    const opened = await readBundle(bundle.id, suzhouClerk);
    expect(opened.passedOn.map((passOn) => [passOn.itemCode, passOn.item?.name, passOn.receiver, passOn.afterItemCode, passOn.status, passOn.passedOnAt])).toEqual(
      UTILITIES.map(([code, name, receiver]) => [code, name, receiver, STORY_ITEMS.realEstateTransfer, 'AWAITING', null]),
    );
    expect(opened.passedOn[0]?.notice).toBe('不动产登记办结后，登记结果推送至吴江华衍水务有限公司办理用水过户，无需另行申请');

    // One evidence gathering and one submission, as for any bundle; only the registration is a case to decide.
    await jiangsu.gather(bundle.id, suzhouClerk);
    await jiangsu.decideAll(bundle.id, applicant);
    const submitted = (await jiangsu.submit({ caseId: bundle.id, providedDocuments: ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE'] }, suzhouClerk))
      .caseView as CaseView;
    expect(submitted.status).toBe('IN_REVIEW');
    expect((await readBundle(bundle.id, applicant)).passedOn.map((passOn) => passOn.status)).toEqual(Array(4).fill('AWAITING'));

    // A colleague approves the registration (受审分离): the bundle is approved, and the transfers go out with it.
    const registration = submitted.cases[0]?.id ?? '';
    const approved = await jiangsu.review(registration, 'APPROVE', null, suzhouColleague);
    expect(dataOf(approved).jiangsu.reviewCase).toMatchObject({ status: 'APPROVED' });
    const done = await readBundle(bundle.id, applicant);
    expect(done.status).toBe('APPROVED');
    expect(done.passedOn.map((passOn) => passOn.status)).toEqual(Array(4).fill('PASSED_ON'));
    expect(done.passedOn.every((passOn) => passOn.passedOnAt !== null && Date.parse(passOn.passedOnAt) > Date.parse(submitted.submittedAt ?? ''))).toBe(true);
    expect(done.statusHistory.at(-1)).toMatchObject({ status: 'APPROVED', actor: { kind: 'SYSTEM' }, note: expect.stringContaining('联动过户：事项 070101001000 已准予，已推送至吴江华衍水务有限公司（200901001000）') });
  });
});

describe('one-thing bundle (一件事一次办): opening a business, each item\'s own papers', () => {
  /**
   * Every item's own papers the bundle cannot go without (shared data and shared documents
   * aside), each named with its item: the required ones and those 容缺 may defer — handed in
   * unless the applicant commits to bring them later.
   */
  async function ownPapersOf(flow: CaseFlow, bundle: CaseView, clerk: Headers): Promise<string[]> {
    const parts = await Promise.all(bundle.cases.map((part) => flow.get(part.id, clerk)));
    return parts.flatMap((part, index) =>
      part.requirements
        .filter((requirement) => requirement.necessity !== 'OPTIONAL' && !requirement.documentType && !(requirement.replacedBy && requirement.evidenceAvailable))
        .map((requirement) => `${bundle.cases[index]?.item?.code}:${requirement.code}`),
    );
  }
  const employer = STORY_ITEMS.employerSocialInsuranceRegistration;
  /** 单位参保登记's 职工劳动合同或用工证明: may come later (容缺) where the province offers it — Zhejiang does, Shanghai does not. */
  const labourContracts = `${employer}:M04`;

  it('takes each item\'s material by its item: the tax application\'s M03 is not the seal imprint', async () => {
    const enterprise = await tokens.enterprise(CAST.qingpuLvdao);
    const bundle = await shanghai.openBundle('BUSINESS_OPENING', CAST.qingpuLvdao, shanghaiClerk);
    expect(bundle.cases.map((c) => c.item?.code)).toEqual([
      STORY_ITEMS.domesticCompanySetup,
      STORY_ITEMS.sealEngravingFiling,
      STORY_ITEMS.newTaxpayerInvoice,
      STORY_ITEMS.employerSocialInsuranceRegistration,
      STORY_ITEMS.employerProvidentFundRegistration,
    ]);
    // Its registration comes from Shanghai; its credit records, read only to allow 容缺 or 告知承诺, are not asked for by default.
    const { sources } = await shanghai.gather(bundle.id, shanghaiClerk);
    expect(sources.map((source) => source?.region).sort()).toEqual(['SHANGHAI']);
    await shanghai.decideAll(bundle.id, enterprise);

    // Every item's own papers, each with its item; Shanghai offers no 容缺 for the labour contracts: handed in too.
    const ownPapers = await ownPapersOf(shanghai, bundle, shanghaiClerk);
    expect(ownPapers).toContain(labourContracts);
    const sealImprint = `${STORY_ITEMS.sealEngravingFiling}:M03`;
    expect(ownPapers).toContain(sealImprint);
    expect(ownPapers).toContain(`${STORY_ITEMS.newTaxpayerInvoice}:M03`);

    // A bare code says nothing about which paper it is: refused, and nothing changes.
    const bare = await shanghai.submit({ caseId: bundle.id, providedMaterials: ['M03'], providedDocuments: ['IDENTITY_DOCUMENT'] }, shanghaiClerk);
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.providedMaterials', reason: 'MATERIAL_ITEM_MISSING' });
    // Every paper but the seal imprint: the tax application's M03 does not stand for it.
    const withoutSeal = await shanghai.submit({ caseId: bundle.id, providedMaterials: ownPapers.filter((paper) => paper !== sealImprint), providedDocuments: ['IDENTITY_DOCUMENT'] }, shanghaiClerk);
    expect(withoutSeal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MATERIALS_MISSING' });
    expect(withoutSeal.errors?.[0]?.message).toContain('“公章刻制备案”');
    // A commitment names its item's material too; Shanghai offers no 容缺 for the seal, and says so for that item.
    const bareCommitment = await shanghai.submit({ caseId: bundle.id, providedMaterials: ownPapers, commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, shanghaiClerk);
    expect(bareCommitment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commitments.materialCode', reason: 'MATERIAL_ITEM_MISSING' });
    const sealLater = await shanghai.submit(
      { caseId: bundle.id, providedMaterials: ownPapers.filter((paper) => paper !== sealImprint), providedDocuments: ['IDENTITY_DOCUMENT'], commitments: [{ materialCode: sealImprint, type: 'SUPPLY_LATER' }] },
      shanghaiClerk,
    );
    expect(sealLater.errors?.[0]?.message).toContain('“公章刻制备案”');
    expect((await shanghai.get(bundle.id, shanghaiClerk)).status).toBe('OPEN');

    const submitted = (await shanghai.submit({ caseId: bundle.id, providedMaterials: ownPapers, providedDocuments: ['IDENTITY_DOCUMENT'] }, shanghaiClerk)).caseView as CaseView;
    expect(submitted.status).toBe('IN_REVIEW');
    const seal = await shanghai.get(submitted.cases[1]?.id ?? '', shanghaiClerk);
    expect(seal.decision?.materials).toContainEqual({ code: 'M03', satisfiedBy: 'PROVIDED' });
    expect(seal.decision?.materials).toContainEqual({ code: 'M01', satisfiedBy: 'EVIDENCE' }); // its licence, from Shanghai's registration
  });

  it('容缺 for one item\'s paper in Zhejiang: only 单位参保登记 waits for the labour contracts, by their deadline; the clerk confirming them completes it', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const bundle = await zhejiang.openBundle('BUSINESS_OPENING', CAST.jiashanHefeng, jiashanClerk);
    await zhejiang.gather(bundle.id, jiashanClerk);
    // 容缺 reads the enterprise's credit records from every province: asked for by name.
    await zhejiang.gather(bundle.id, jiashanClerk, ['CREDIT_RECORD']);
    await zhejiang.decideAll(bundle.id, enterprise);
    const employerCaseId = bundle.cases.find((part) => part.item?.code === employer)?.id ?? '';
    const contracts = (await zhejiang.get(employerCaseId, jiashanClerk)).requirements.find((requirement) => requirement.code === 'M04');
    expect(contracts).toMatchObject({ name: '职工劳动合同或用工证明', necessity: 'SUPPLY_LATER', supplyLaterAllowed: true });
    const ownPapers = await ownPapersOf(zhejiang, bundle, jiashanClerk);
    const withoutContracts = ownPapers.filter((paper) => paper !== labourContracts);
    expect(withoutContracts).toHaveLength(ownPapers.length - 1);

    // Neither handed in nor promised: refused, naming the item, and nothing changes.
    const missing = await zhejiang.submit({ caseId: bundle.id, providedMaterials: withoutContracts, providedDocuments: ['IDENTITY_DOCUMENT'] }, jiashanClerk);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MATERIALS_MISSING' });
    expect(missing.errors?.[0]?.message).toContain('“单位参保登记”');
    expect((await zhejiang.get(bundle.id, jiashanClerk)).status).toBe('OPEN');

    // Promised for later (容缺): that item waits for them; the others are decided by their own rules.
    const before = Date.now();
    const submitted = await zhejiang.submit(
      { caseId: bundle.id, providedMaterials: withoutContracts, providedDocuments: ['IDENTITY_DOCUMENT'], commitments: [{ materialCode: labourContracts, type: 'SUPPLY_LATER' }] },
      jiashanClerk,
    );
    expect(submitted.errors).toBeUndefined();
    const accepted = submitted.caseView as CaseView;
    expect(accepted.status).toBe('DEFERRED_MATERIALS'); // the bundle is as far as its least advanced item
    expect(Object.fromEntries(accepted.cases.map((part) => [part.item?.code, part.status]))).toEqual({
      [STORY_ITEMS.domesticCompanySetup]: 'IN_REVIEW',
      [STORY_ITEMS.sealEngravingFiling]: 'IN_REVIEW',
      [STORY_ITEMS.newTaxpayerInvoice]: 'APPROVED',
      [employer]: 'DEFERRED_MATERIALS',
      [STORY_ITEMS.employerProvidentFundRegistration]: 'APPROVED',
    });
    expect(accepted.subjectId).toBe(CAST.jiashanHefeng);
    const deferred = await zhejiang.get(employerCaseId, jiashanClerk);
    expect(deferred.statusHistory.at(-1)?.reasons).toEqual([`容缺受理：须于 ${deadlineInWords(deferred.deadline ?? '')}前补齐：职工劳动合同或用工证明（M04）`]);
    expect(deferred.commitments).toEqual([{ materialCode: 'M04', type: 'SUPPLY_LATER', text: expect.stringContaining('“职工劳动合同或用工证明”'), suppliedAt: null }]);
    // The standard's own period for them (5 working days), not the item's same-day promise.
    const dueFrom = (at: number) => endOfDayAfter(todayInChina(new Date(at)), 5, 'WORKING_DAYS').toISOString();
    expect([dueFrom(before), dueFrom(Date.now())]).toContain(deferred.deadline);
    for (const part of accepted.cases.filter((other) => other.id !== employerCaseId)) {
      expect((await zhejiang.get(part.id, jiashanClerk)).commitments).toEqual([]);
    }
    // The bundle shows its item's deadline; supplied or reviewed as a whole, it names the item cases to act on.
    expect((await zhejiang.get(bundle.id, jiashanClerk)).deadline).toBe(deferred.deadline);
    const onTheBundle = await zhejiang.supply(bundle.id, 'M04', jiashanClerk);
    // Only the item owed the material is named: the others, decided, are beside the point.
    expect(onTheBundle.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACT_ON_ITEM_CASES', itemCases: [employerCaseId] });
    expect(onTheBundle.errors?.[0]?.message).toBe(`办件 ${bundle.id} 是“一件事”办件，补齐容缺材料须对其中的事项办件进行：${employerCaseId}（事项 ${employer}，容缺受理，待补齐材料）`);

    // The clerk takes the contracts in: the item is decided as the submission would have been, by 秒批.
    const supplied = dataOf(await zhejiang.supply(employerCaseId, 'M04', jiashanClerk)).zhejiang.supplyMaterial as CaseView;
    expect(supplied.status).toBe('APPROVED');
    expect(supplied.decision?.materials).toContainEqual({ code: 'M04', satisfiedBy: 'PROVIDED' });
    expect(supplied.commitments[0]?.suppliedAt).not.toBeNull();
    expect(supplied.licence?.licenceStatus).toBe('VALID');
    expect(supplied.statusHistory.map((event) => event.status)).toEqual(['OPEN', 'DEFERRED_MATERIALS', 'APPROVED']);
    // The note says the window supplied the paper and the rules completed the case — not that it was submitted.
    expect(supplied.statusHistory.at(-1)).toMatchObject({ actor: { kind: 'SYSTEM' }, note: '窗口 JS-YJS-01 补齐容缺材料：职工劳动合同或用工证明（M04），按规则自动办结' });
    expect(supplied.subjectId).toBe(CAST.jiashanHefeng);
    // The bundle now waits only for the clerks deciding the company and its seal.
    expect((await zhejiang.get(bundle.id, jiashanClerk)).status).toBe('IN_REVIEW');
  });
});

describe('submitting once', () => {
  it('a retried submission returns the same decision; concurrent ones decide once', async () => {
    const applicant = await tokens.citizen(CAST.wangLijuan);
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.wangLijuan, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, applicant);

    const key = uniqueKey();
    const [first, retry] = await Promise.all([
      jiangsu.submit({ caseId, idempotencyKey: key, providedMaterials: ['M01'] }, suzhouClerk),
      jiangsu.submit({ caseId, idempotencyKey: key, providedMaterials: ['M01'] }, suzhouClerk),
    ]);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.caseView?.licence?.licenceId).toBe(first.caseView?.licence?.licenceId);

    const [a, b] = await Promise.all([
      jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk),
      jiangsu.submit({ caseId, providedMaterials: ['M01'] }, applicant),
    ]);
    for (const other of [a, b]) {
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_ALREADY_SUBMITTED', status: 'APPROVED' });
      expect(other.errors?.[0]?.message).toBe(`办件 ${caseId} 已提交（当前状态：已办结（准予）），不能再次提交`);
    }
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view.statusHistory.filter((event) => event.status === 'APPROVED')).toHaveLength(1);

    // The key sent again with other content (a material changed after the answer was lost) is not taken for a retry.
    const changed = await jiangsu.submit({ caseId, idempotencyKey: key, providedMaterials: ['M01'], commitments: [{ materialCode: 'M02', type: 'SUPPLY_LATER' }] }, suzhouClerk);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await jiangsu.get(caseId, suzhouClerk)).statusHistory).toEqual(view.statusHistory);
  });

  it('two different submissions racing on a fresh case: one decides, the other is told', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.shenHaoran, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.shenHaoran));
    const results = await Promise.all([1, 2, 3].map(() => jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'CASE_ALREADY_SUBMITTED')).toHaveLength(2);
    expect((await jiangsu.get(caseId, suzhouClerk)).statusHistory.map((event) => event.status)).toEqual(['OPEN', 'APPROVED']);
  });
});

describe('bad input changes nothing', () => {
  it('refuses unknown items, items not handled cross-region, bad identifiers, and missing materials', async () => {
    const open = (itemCode: string, subjectId: string) =>
      graphql(federation.gatewayUrl, 'mutation ($input: OpenCaseInput!) { jiangsu { openCase(input: $input) { id } } }', { input: { itemCode, subjectId, idempotencyKey: uniqueKey() } }, suzhouClerk);
    expect((await open('209999999000', CAST.guXiaomei)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.itemCode' });
    // 个体工商户设立登记 is not handled cross-region in Jiangsu; she is from Shanghai.
    expect((await open(STORY_ITEMS.individualBusinessRegistration, CAST.guXiaomei)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ITEM_NOT_HANDLED_CROSS_REGION',
    });
    expect((await open(STORY_ITEMS.providentFundLoanCertificate, '310118198804123022')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', reason: 'CHECK_CHARACTER' });
    expect((await open(STORY_ITEMS.branchRegistration, CAST.guXiaomei)).errors?.[0]?.extensions).toMatchObject({ reason: 'AUDIENCE_MISMATCH' });

    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, suzhouClerk);
    const early = await jiangsu.submit({ caseId }, suzhouClerk);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED' });
    await jiangsu.gather(caseId, suzhouClerk);
    const unpreviewed = await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk);
    expect(unpreviewed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PREVIEW_PENDING' });
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.guXiaomei));
    const missing = await jiangsu.submit({ caseId }, suzhouClerk);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MATERIALS_MISSING' });
    expect(missing.errors?.[0]?.message).toMatch(/缴存职工有效身份证件/);
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view.status).toBe('OPEN');
    expect(view.statusHistory).toHaveLength(1);
  });
});

describe('story 4: one schema on a phone', () => {
  it('a citizen sees her records and her cases in every province, with their history, in one query', async () => {
    const query = `query ($id: ID!) {
      subject(id: $id) { regions { region records { __typename } cases { id status statusHistory { status at } } } }
    }`;
    const mine = dataOf(
      await graphql<{ subject: { regions: { region: string; records: unknown[]; cases: { id: string; status: string; statusHistory: { status: string; at: string }[] }[] }[] } }>(
        federation.gatewayUrl,
        query,
        { id: CAST.guXiaomei },
        await tokens.citizen(CAST.guXiaomei),
      ),
    );
    const byRegion = Object.fromEntries(mine.subject.regions.map((regional) => [regional.region, regional]));
    expect(byRegion.JIANGSU?.cases.length).toBeGreaterThanOrEqual(3);
    expect(byRegion.ZHEJIANG?.cases.some((c) => c.status === 'PARTLY_APPROVED')).toBe(true); // the property bundle, one of its items refused
    for (const regional of mine.subject.regions) for (const c of regional.cases) expect(c.statusHistory[0]?.status).toBe('OPEN');
    expect(reasonsOf((await graphql(federation.gatewayUrl, query, { id: CAST.guXiaomei }, await tokens.citizen(CAST.shenHaoran))).errors)).toContain('NOT_THE_SUBJECT');
  });
});
