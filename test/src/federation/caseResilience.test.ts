import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { deadlineInWords } from '@yrd/shared/decision/supplyDeadline';
import { endOfDayAfter } from '@yrd/shared/decision/workingDays';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { todayInChina } from '@yrd/shared/time/localDate';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, uniqueKey, type CaseView, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Story 3 — something is missing — and what keeps cases safe: 容缺 acceptance and its
 * deadline, 告知承诺 with its exclusions and a failed post-check, a province that is down
 * while evidence is gathered, and a province process killed right after acknowledging.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let suzhouClerk: Headers;
let yiwuClerk: Headers;
let jiangsu: CaseFlow;
let zhejiang: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  suzhouClerk = await tokens.wujiangClerk();
  yiwuClerk = await tokens.operator('ZHEJIANG', '330782', 'YW-WZM-01', 'zj-yw-0002');
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
  zhejiang = new CaseFlow(federation.gatewayUrl, 'zhejiang', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/**
 * A birth registration for 赵敏: her marriage is registered in no province. `forLeniency`: her
 * credit records asked for too (by name: only 容缺 reads them), for a submission using 容缺.
 */
async function birthRegistration(forLeniency = false): Promise<string> {
  const caseId = await jiangsu.open(STORY_ITEMS.birthRegistration, CAST.zhaoMin, suzhouClerk);
  await jiangsu.gather(caseId, suzhouClerk);
  if (forLeniency) await jiangsu.gather(caseId, suzhouClerk, ['CREDIT_RECORD']);
  await jiangsu.decideAll(caseId, await tokens.citizen(CAST.zhaoMin));
  return caseId;
}

describe('容缺受理: evidence exists nowhere, and the item allows the material later', () => {
  it('every province answers that it holds no marriage; without a commitment the case is refused and unchanged', async () => {
    const caseId = await birthRegistration();
    const view = await jiangsu.get(caseId, suzhouClerk);
    // Every province was asked for the marriage record and answered (signed) — none holds one.
    expect(view.evidenceAnswers.filter((answer) => answer.kinds.includes('MARRIAGE')).map((answer) => answer.holder)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    expect(view.evidence.map((piece) => piece.kind)).not.toContain('MARRIAGE');
    expect(view.evidence.map((piece) => [piece.issuer, piece.kind])).toContainEqual(['SHANGHAI', 'HOUSEHOLD_REGISTRATION']);
    expect(view.requirements.find((requirement) => requirement.code === 'M03')).toMatchObject({
      replacedBy: 'MARRIAGE',
      evidenceAvailable: false,
      supplyLaterAllowed: true,
    });
    const refused = await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MATERIALS_MISSING' });
    expect(refused.errors?.[0]?.message).toMatch(/结婚证.*容缺/);
    expect((await jiangsu.get(caseId, suzhouClerk)).status).toBe('OPEN');
  });

  it('gathers her credit records only for 容缺: not by default, refused without them, asked for by name (王丽娟, 生育登记 at 吴江)', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.birthRegistration, CAST.wangLijuan, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, await tokens.citizen(CAST.wangLijuan));
    // Her penalties and listings decide only whether she may use 容缺/告知承诺: no province was asked for them.
    const gathered = await jiangsu.get(caseId, suzhouClerk);
    expect(gathered.evidenceRequests.flatMap((request) => request.kinds)).not.toContain('CREDIT_RECORD');
    expect(gathered.evidenceRequests.flatMap((request) => request.kinds)).toEqual(expect.arrayContaining(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']));
    // 容缺 without them: refused, saying why and how to ask, and nothing changes.
    const lenient = await jiangsu.submit({ caseId, providedMaterials: ['M01', 'M04'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, suzhouClerk);
    expect(lenient.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_NOT_REQUESTED', kinds: ['CREDIT_RECORD'] });
    expect(lenient.errors?.[0]?.message).toContain('requestEvidence(kinds: [CREDIT_RECORD])');
    expect((await jiangsu.get(caseId, suzhouClerk)).status).toBe('OPEN');
    // Neither 容缺 nor 告知承诺: her papers and accepted records are enough.
    const plain = await jiangsu.submit({ caseId, providedMaterials: ['M01', 'M04'], commitments: [] }, suzhouClerk);
    expect(plain.errors).toBeUndefined();
    expect((plain.caseView as CaseView).status).toBe('IN_REVIEW');
  });

  it('accepts with a signed commitment and a deadline within the promised time limit, then decides once supplied', async () => {
    const caseId = await birthRegistration(true);
    const before = Date.now();
    const accepted = (await jiangsu.submit({ caseId, providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, suzhouClerk)).caseView as CaseView;
    expect(accepted.status).toBe('DEFERRED_MATERIALS');
    expect(accepted.commitments).toEqual([expect.objectContaining({ materialCode: 'M03', type: 'SUPPLY_LATER', suppliedAt: null, text: expect.stringMatching(/逾期未补齐的，本次申请终止/) })]);
    // Jiangsu promises this item in 3 working days: the deadline is the end of the third working
    // day of the national calendar (holidays skipped), counted from the day it was accepted.
    const deadline = Date.parse(accepted.deadline ?? '');
    expect(deadline).toBeGreaterThan(before);
    const dueFrom = (at: number) => endOfDayAfter(todayInChina(new Date(at)), 3, 'WORKING_DAYS').toISOString();
    expect([dueFrom(before), dueFrom(Date.now())]).toContain(accepted.deadline);
    // The notice says it as a clerk does: the end of that day in China (24时, with its weekday), and the material by name.
    expect(accepted.statusHistory.at(-1)?.reasons).toEqual([`容缺受理：须于 ${deadlineInWords(accepted.deadline ?? '')}前补齐：结婚证（M03）`]);
    expect(accepted.statusHistory.at(-1)?.reasons[0]).toMatch(/^容缺受理：须于 \d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）24时前补齐：结婚证（M03）$/);
    // The clerk working the case sees the applicant whole in the submission's answer, as case(id) shows her.
    expect(accepted.subjectId).toBe(CAST.zhaoMin);

    // Her own word is not the material: only the window that takes it in confirms it, and her attempt changes nothing.
    const selfCertified = await jiangsu.supply(caseId, 'M03', await tokens.citizen(CAST.zhaoMin));
    expect(selfCertified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    expect(selfCertified.errors?.[0]?.message).toContain('窗口工作人员核收');
    expect((await jiangsu.get(caseId, suzhouClerk)).commitments[0]?.suppliedAt).toBeNull();
    const supplied = dataOf(await jiangsu.supply(caseId, 'M03', suzhouClerk)).jiangsu.supplyMaterial as CaseView;
    expect(supplied.status).toBe('IN_REVIEW'); // 生育登记 is decided by a person
    expect(supplied.deadline).toBeNull(); // nothing is awaited any more: no deadline to show
    expect(supplied.commitments[0]?.suppliedAt).not.toBeNull();
    expect(supplied.statusHistory.map((event) => event.status)).toEqual(['OPEN', 'DEFERRED_MATERIALS', 'IN_REVIEW']);
    // The note says what happened: the window took the material in, and the rules sent the case to a person.
    expect(supplied.statusHistory.at(-1)).toMatchObject({ actor: { kind: 'SYSTEM' }, note: '窗口 WJ-CSJ-01 补齐容缺材料：结婚证（M03），转人工审核' });
    expect(supplied.subjectId).toBe(CAST.zhaoMin);
    // Confirmed again (the window's retry): the case as it stands, not a conflict.
    const resent = dataOf(await jiangsu.supply(caseId, 'M03', suzhouClerk)).jiangsu.supplyMaterial as CaseView;
    expect(resent).toMatchObject({ status: 'IN_REVIEW', statusHistory: supplied.statusHistory });
    const nothingDeferred = await jiangsu.supply(caseId, 'M01', suzhouClerk);
    expect(nothingDeferred.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_DEFERRED', status: 'IN_REVIEW' });
    expect(nothingDeferred.errors?.[0]?.message).toContain('（当前状态：人工审核中）');
  });

  it('decides on what the submission handed in and the evidence it was accepted on, however long the material took', async () => {
    const caseId = await birthRegistration(true);
    // The identity cards handed in as a document (as a bundle or a phone would), not by material code.
    const accepted = (await jiangsu.submit({ caseId, providedDocuments: ['IDENTITY_DOCUMENT'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, suzhouClerk))
      .caseView as CaseView;
    expect(accepted.status).toBe('DEFERRED_MATERIALS');
    // The marriage certificate comes in after the household evidence the case was accepted on has expired.
    const db = new Database(join(federation.dataDir, 'jiangsu.sqlite'));
    const justAfterSubmission = new Date(Date.parse(accepted.submittedAt ?? '') + 1);
    db.prepare('UPDATE case_evidence SET expires_at = ? WHERE case_id = ?').run(justAfterSubmission.toISOString(), caseId);
    db.close();
    const supplied = dataOf(await jiangsu.supply(caseId, 'M03', suzhouClerk)).jiangsu.supplyMaterial as CaseView;
    expect(supplied.status).toBe('IN_REVIEW');
    expect(supplied.decision?.materials).toEqual(expect.arrayContaining([{ code: 'M01', satisfiedBy: 'PROVIDED' }, { code: 'M03', satisfiedBy: 'PROVIDED' }]));
  });

  it('terminates a case whose deferred material did not arrive in time', async () => {
    const caseId = await birthRegistration(true);
    await jiangsu.submit({ caseId, providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, suzhouClerk);
    // Until then the division's queue lists it, with what is owed: where the clerk finds it when she comes back without its number.
    type Awaiting = { reviewQueue: { awaitingMaterials: { id: string; deadline: string | null; commitments: { materialCode: string; materialName: string | null; suppliedAt: string | null }[] }[] } };
    const awaiting = async () =>
      dataOf(await graphql<Awaiting>(federation.gatewayUrl, '{ reviewQueue { awaitingMaterials(first: 200) { id deadline commitments { materialCode materialName suppliedAt } } } }', {}, suzhouClerk))
        .reviewQueue.awaitingMaterials;
    const listed = (await awaiting()).find((queued) => queued.id === caseId);
    expect(listed?.commitments).toEqual([{ materialCode: 'M03', materialName: '结婚证', suppliedAt: null }]);
    expect(listed?.deadline).not.toBeNull();
    // Time passes: the deadline is moved into the past, in the province's database.
    const db = new Database(join(federation.dataDir, 'jiangsu.sqlite'));
    const passed = new Date(Date.now() - 60_000).toISOString();
    db.prepare('UPDATE case_file SET deadline = ? WHERE id = ?').run(passed, caseId);
    db.close();
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view.status).toBe('TERMINATED');
    // Ended in writing, as a refusal is: what was missing by name and by when, and where to challenge it.
    const reason = `容缺材料未在承诺期限（${deadlineInWords(passed)}前）内补齐：结婚证（M03）；本次申请终止办理，材料齐全后可重新申请`;
    expect(view.statusHistory.at(-1)).toMatchObject({ status: 'TERMINATED', actor: { kind: 'SYSTEM' }, reasons: [reason] });
    expect(view.decision).toMatchObject({ outcome: 'TERMINATED', reasons: [reason], decidedBy: { kind: 'SYSTEM' }, ruleResults: [], materials: [] });
    // 生育登记 is implemented by 吴江区卫生健康委员会: its 复议机关 is the district's government.
    expect(view.decision?.remedy).toBe('如不服本决定，可以自知道该决定之日起六十日内向苏州市吴江区人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。');
    // The applicant reads the same decision.
    expect((await jiangsu.get(caseId, await tokens.citizen(CAST.zhaoMin))).decision).toEqual(view.decision);
    expect((await awaiting()).map((queued) => queued.id)).not.toContain(caseId);
    const late = await jiangsu.supply(caseId, 'M03', suzhouClerk);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_DEFERRED', status: 'TERMINATED' });
    // Not "nothing is missing": too late for this case, the material starts a new application.
    expect(late.errors?.[0]?.message).toBe(`办件 ${caseId} 已因容缺材料逾期未补齐而终止办理，不能再补交；材料齐全后请重新申请`);
  });
});

describe('告知承诺: a commitment in place of a proof', () => {
  const branchPapers = ['M01', 'M04', 'M05', 'M06'];

  it('approves on the commitment, flags the case for post-check; a failed check revokes it and writes a credit record', async () => {
    const enterprise = await tokens.enterprise(CAST.qingpuLvdao);
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.qingpuLvdao, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, enterprise);
    const submitted = await jiangsu.submit({ caseId, providedMaterials: branchPapers, commitments: [{ materialCode: 'M07', type: 'IN_LIEU_OF_PROOF' }] }, suzhouClerk);
    expect(submitted.errors).toBeUndefined();
    const approved = submitted.caseView as CaseView;
    expect(approved).toMatchObject({ status: 'APPROVED', postCheck: 'PENDING' });
    expect(approved.decision?.materials).toContainEqual({ code: 'M07', satisfiedBy: 'COMMITMENT' });
    expect(approved.licence?.licenceStatus).toBe('VALID');

    const queue = dataOf(await graphql<{ reviewQueue: { pendingPostChecks: { id: string }[] } }>(federation.gatewayUrl, '{ reviewQueue { pendingPostChecks { id } } }', {}, suzhouClerk));
    expect(queue.reviewQueue.pendingPostChecks.map((c) => c.id)).toContain(caseId);

    const revoked = dataOf(await jiangsu.postCheck(caseId, false, '现场核查：承诺的经营场所不存在', suzhouClerk)).jiangsu.completePostCheck as CaseView;
    expect(revoked).toMatchObject({ status: 'REVOKED', postCheck: 'FAILED', licence: { licenceStatus: 'REVOKED' } });
    // The decision stays the approval it was; the revocation says who revoked it, when and why.
    expect(revoked.decision?.outcome).toBe('APPROVED');
    expect(revoked.revocation).toMatchObject({ revokedBy: { kind: 'OPERATOR', operatorId: 'js-wj-0001' }, reason: expect.stringContaining('现场核查：承诺的经营场所不存在') });
    expect(Date.now() - Date.parse(revoked.revocation?.revokedAt ?? '')).toBeLessThan(60_000);
    // Before it was revoked, there was no revocation to tell.
    expect(approved.revocation).toBeNull();
    // The window sends it again (its answer lost): the same case back, and no second credit record.
    const resent = dataOf(await jiangsu.postCheck(caseId, false, '现场核查：承诺的经营场所不存在', suzhouClerk)).jiangsu.completePostCheck as CaseView;
    expect(resent).toMatchObject({ status: 'REVOKED', postCheck: 'FAILED', statusHistory: revoked.statusHistory });

    // The credit record now stands in Jiangsu's own credit system, for every later check.
    const records = dataOf(
      await graphql<{ subject: { allRegions: { region: string; records: { category: string; settled: boolean; reason: string }[] }[] } }>(
        federation.gatewayUrl,
        'query ($id: ID!) { subject(id: $id) { allRegions { region records(kinds: [CREDIT_RECORD]) { ... on CreditRecord { category settled reason } } } } }',
        { id: CAST.qingpuLvdao },
        enterprise,
      ),
    );
    expect(records.subject.allRegions.find((regional) => regional.region === 'JIANGSU')?.records).toEqual([
      expect.objectContaining({ category: 'SERIOUS_DISHONESTY', settled: false, reason: expect.stringContaining(caseId) }),
    ]);

    // … so the same enterprise can no longer commit, in any province.
    const next = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.qingpuLvdao, suzhouClerk);
    await jiangsu.gather(next, suzhouClerk);
    await jiangsu.decideAll(next, enterprise);
    const excluded = await jiangsu.submit({ caseId: next, providedMaterials: branchPapers, commitments: [{ materialCode: 'M07', type: 'IN_LIEU_OF_PROOF' }] }, suzhouClerk);
    expect(excluded.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMITMENT_EXCLUDED' });
    // With the proof itself the case is taken — and goes to a person, the listing named.
    const withProof = (await jiangsu.submit({ caseId: next, providedMaterials: [...branchPapers, 'M07'] }, suzhouClerk)).caseView as CaseView;
    expect(withProof.status).toBe('IN_REVIEW');
    expect(withProof.decision?.ruleResults.find((rule) => rule.code === 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST')?.passed).toBe(false);
  });

  it('a post-check that finds the commitment true keeps the approval', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.jiashanHefeng, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, enterprise);
    await jiangsu.submit({ caseId, providedMaterials: branchPapers, commitments: [{ materialCode: 'M07', type: 'IN_LIEU_OF_PROOF' }] }, suzhouClerk);
    const passed = dataOf(await jiangsu.postCheck(caseId, true, '现场核查：经营场所与承诺一致', suzhouClerk)).jiangsu.completePostCheck as CaseView;
    expect(passed).toMatchObject({ status: 'APPROVED', postCheck: 'PASSED', licence: { licenceStatus: 'VALID' } });
    expect(passed.statusHistory.at(-1)?.note).toMatch(/核查通过/);
    const twice = await jiangsu.postCheck(caseId, false, '再查一次', suzhouClerk);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_POST_CHECK' });
    const resent = dataOf(await jiangsu.postCheck(caseId, true, '现场核查：经营场所与承诺一致', suzhouClerk)).jiangsu.completePostCheck as CaseView;
    expect(resent.statusHistory).toEqual(passed.statusHistory);
  });

  it('a commitment case a person approves is post-checked too, not by its approver; two clerks completing the check at once complete it once', async () => {
    // 昆山启程 has an unsettled penalty in Anhui: not serious dishonesty, so it may commit, but the rules send it to a person.
    const enterprise = await tokens.enterprise(CAST.kunshanQicheng);
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.kunshanQicheng, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, enterprise);
    const submitted = (await jiangsu.submit({ caseId, providedMaterials: branchPapers, commitments: [{ materialCode: 'M07', type: 'IN_LIEU_OF_PROOF' }] }, suzhouClerk)).caseView as CaseView;
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', postCheck: null });
    // 受审分离: the clerk who accepted it leaves the approval to a colleague …
    const approver = await tokens.wujiangColleague();
    const approved = dataOf(await jiangsu.review(caseId, 'APPROVE', null, approver)).jiangsu.reviewCase as CaseView;
    expect(approved).toMatchObject({ status: 'APPROVED', postCheck: 'PENDING', licence: { licenceStatus: 'VALID' } });
    const queue = dataOf(await graphql<{ reviewQueue: { pendingPostChecks: { id: string }[] } }>(federation.gatewayUrl, '{ reviewQueue { pendingPostChecks { id } } }', {}, suzhouClerk));
    expect(queue.reviewQueue.pendingPostChecks.map((c) => c.id)).toContain(caseId);

    // … and the approver leaves its post-check to someone else: refused, and the check still waits.
    const separation = '受审分离：本件由您审批，告知承诺的事后核查须由其他工作人员进行';
    expect((await jiangsu.get(caseId, approver)).decisionBlockedReason).toBe(separation);
    expect((await jiangsu.get(caseId, suzhouClerk)).decisionBlockedReason).toBeNull();
    const byApprover = await jiangsu.postCheck(caseId, true, '现场核查：经营场所与承诺一致', approver);
    expect(byApprover.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SEPARATION_OF_DUTIES' });
    expect(byApprover.errors?.[0]?.message).toBe(separation);
    expect(await jiangsu.get(caseId, suzhouClerk)).toMatchObject({ status: 'APPROVED', postCheck: 'PENDING', statusHistory: approved.statusHistory });

    const otherClerk = await tokens.operator('JIANGSU', '320509', 'WJ-CSJ-03', 'js-wj-0003');
    const [pass, fail] = await Promise.all([
      jiangsu.postCheck(caseId, true, '现场核查：经营场所与承诺一致', suzhouClerk),
      jiangsu.postCheck(caseId, false, '现场核查：经营场所不存在', otherClerk),
    ]);
    const done = [pass, fail].filter((result) => !result.errors);
    expect(done).toHaveLength(1);
    expect([pass, fail].find((result) => result.errors)?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_POST_CHECK' });
    const view = await jiangsu.get(caseId, suzhouClerk);
    expect(view.statusHistory.filter((event) => event.note?.includes('现场核查'))).toHaveLength(1);
    expect(view.postCheck).toBe(pass.errors ? 'FAILED' : 'PASSED');
  });

  it('refuses a commitment to an applicant with an earlier false commitment', async () => {
    const applicant = await tokens.citizen(CAST.zhouJianguo);
    // Its evidence (credit records) names nobody: the clerk declares the name off the identity card.
    const caseId = await zhejiang.open(STORY_ITEMS.individualBusinessRegistration, CAST.zhouJianguo, yiwuClerk, { applicantName: '周建国' });
    // Its decision reads no shared data: his credit records are asked for by name, for the commitment.
    await zhejiang.gather(caseId, yiwuClerk, ['CREDIT_RECORD']);
    await zhejiang.decideAll(caseId, applicant);
    const refused = await zhejiang.submit({ caseId, providedMaterials: ['M01', 'M02'], commitments: [{ materialCode: 'M03', type: 'IN_LIEU_OF_PROOF' }] }, yiwuClerk);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMITMENT_EXCLUDED' });
    // The record as people know it: the authority and its decision number, not the province's record id.
    expect(refused.errors?.[0]?.message).toMatch(/义乌市行政审批局 义政务〔2025〕承诺核查第17号/);
    expect((await zhejiang.get(caseId, yiwuClerk)).status).toBe('OPEN');
  });

  it('tells the clerk an optional material refused a commitment may simply be left out, and the case goes on without it', async () => {
    const applicant = await tokens.citizen(CAST.zhouJianguo);
    // 异地就医备案: 异地居住证明 (M03) is optional; a commitment may stand for it, but not his.
    const caseId = await zhejiang.open(STORY_ITEMS.crossProvinceMedicalFiling, CAST.zhouJianguo, yiwuClerk, { applicantName: '周建国' });
    await zhejiang.gather(caseId, yiwuClerk);
    await zhejiang.gather(caseId, yiwuClerk, ['CREDIT_RECORD']);
    await zhejiang.decideAll(caseId, applicant);
    const committed = await zhejiang.submit({ caseId, providedMaterials: ['M01', 'M02'], commitments: [{ materialCode: 'M03', type: 'IN_LIEU_OF_PROOF' }] }, yiwuClerk);
    expect(committed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMITMENT_EXCLUDED', materialCodes: ['M03'] });
    expect(committed.errors?.[0]?.message).toMatch(/不能适用告知承诺，“异地居住证明[^”]*”（M03）为非必要材料，可以不提交：撤回该承诺即可（commitments 不列出该材料）$/);
    expect(committed.errors?.[0]?.message).not.toContain('请提交');
    const without = await zhejiang.submit({ caseId, providedMaterials: ['M01', 'M02'], commitments: [] }, yiwuClerk);
    expect(without.errors).toBeUndefined();
    expect((without.caseView as CaseView).status).not.toBe('OPEN');
  });
});

describe('a province is down while evidence is gathered', () => {
  it('the case waits naming the province, and completes once it is back', async () => {
    await federation.processes.get('anhui')?.stop('SIGKILL');
    const applicant = await tokens.citizen(CAST.wangLijuan);
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.wangLijuan, suzhouClerk);
    const { sources, errors } = await jiangsu.gather(caseId, suzhouClerk);
    expect(sources.map((source) => source?.region ?? null)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', null]);
    expect(errors.some((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.region === 'ANHUI')).toBe(true);
    await jiangsu.decideAll(caseId, applicant);

    const waiting = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    expect(waiting.status).toBe('AWAITING_EVIDENCE');
    expect(waiting.statusHistory.at(-1)?.reasons).toEqual(['安徽省尚未答复（住房公积金缴存记录）']);
    expect(waiting.licence).toBeNull();

    await federation.restartSubgraph('anhui');
    const anhuiRequest = waiting.evidenceRequests.find((request) => request.holder === 'ANHUI')?.token ?? '';
    const again = dataOf(
      await graphql<{ evidenceSources: { region: string; receipt: string; released: { token: string }[] }[] }>(
        federation.gatewayUrl,
        'query ($requests: [String!]!) { evidenceSources(requests: $requests) { region receipt released { token } } }',
        { requests: [anhuiRequest] },
        suzhouClerk,
      ),
    );
    const [answer] = again.evidenceSources;
    expect(answer?.released).toEqual([]);
    await jiangsu.collect(caseId, [answer?.receipt ?? ''], suzhouClerk);
    const decided = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    expect(decided.status).toBe('APPROVED');
    expect(decided.statusHistory.map((event) => event.status)).toEqual(['OPEN', 'AWAITING_EVIDENCE', 'APPROVED']);
  });
});

describe('durability', () => {
  it('an acknowledged submission survives a kill -9 of the province', async () => {
    const applicant = await tokens.citizen(CAST.shenHaoran);
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.shenHaoran, suzhouClerk);
    await jiangsu.gather(caseId, suzhouClerk);
    await jiangsu.decideAll(caseId, applicant);
    const key = uniqueKey();
    const acknowledged = (await jiangsu.submit({ caseId, idempotencyKey: key, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    expect(acknowledged.status).toBe('APPROVED');

    await federation.processes.get('jiangsu')?.stop('SIGKILL');
    await federation.restartSubgraph('jiangsu');

    const after = await jiangsu.get(caseId, applicant);
    expect(after).toMatchObject({ status: 'APPROVED', licence: { licenceId: acknowledged.licence?.licenceId, licenceStatus: 'VALID' } });
    expect(after.statusHistory).toEqual(acknowledged.statusHistory);
    // The retried submission is still recognised after the restart.
    const retried = (await jiangsu.submit({ caseId, idempotencyKey: key, providedMaterials: ['M01'] }, suzhouClerk)).caseView as CaseView;
    expect(retried.licence?.licenceId).toBe(acknowledged.licence?.licenceId);
  });
});
