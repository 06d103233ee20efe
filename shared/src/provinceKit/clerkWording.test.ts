import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineInWords } from '../decision/supplyDeadline.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import type { CaseFile } from './caseModel.ts';
import { caseEntityResolvers, type CaseEntity } from './caseResolvers.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import { caseStatusLabel, enumLabel } from './enumLabels.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { reviewQueueResolvers } from './reviewQueueResolvers.ts';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';

/**
 * What a clerk (and the applicant) reads from a Jiangsu case desk, in words they can use: a 容缺
 * deadline in China time naming each material, a note saying what happened, statuses and
 * provinces by name, an applicant refused reviewing for what they are, and the applicant's number
 * whole in every answer the clerk working the case gets.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const COLLEAGUE = { ...CLERK, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;
const SHANGHAI_CLERK = { kind: 'OPERATOR', region: 'SHANGHAI', division: '310104', window: 'XH-01', operatorId: 'sh-xh-0001' } as const;
const APPLICANT = '310118198804123021';
const CITIZEN = { kind: 'CITIZEN', residentId: APPLICANT } as const;

/** A fictional item reviewed by a clerk, two of whose papers may follow later (容缺). */
const REVIEWED = '200101001000';
/** The same papers, decided on the spot by the rules (秒批). */
const INSTANT = '200101002000';

const item = (code: string): ItemStandard => ({
  code,
  name: `测试事项 ${code}`,
  audiences: ['NATURAL_PERSON'],
  evidenceKinds: [],
  crossRegion: true,
  instantApproval: code === INSTANT,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    { code: 'M02', name: '申请书', necessity: 'SUPPLY_LATER', replacedBy: null, commitmentAllowed: false, documentType: null, supplyWithin: null },
    { code: 'M03', name: '结婚证', necessity: 'SUPPLY_LATER', replacedBy: null, commitmentAllowed: false, documentType: null, supplyWithin: null },
  ],
  approvalRules: [],
  licence: { typeCode: '11100000000013338W047', name: '证明', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2026-01-01',
  cancelOn: null,
  policy: null,
});

const root = mkdtempSync(join(tmpdir(), 'yrd-clerk-wording-'));
let keys: MemberKeys;
beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function desk(store: CaseStore, caller: Caller = CLERK): ProvinceContext {
  const context = deskWith(store, {
    region: JIANGSU,
    caller,
    implementations: [REVIEWED, INSTANT].map((standardCode) => ({
      standardCode,
      promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
      tolerantAcceptance: true,
      commitmentSystem: false,
      implementingBody: '苏州市吴江区行政审批局',
      implementingBodyCode: '12320500466005137G',
    })),
    item,
  });
  const services = { ...context.services, keys, config: { ...context.services.config, holdingAuthorities: { E_LICENCE: '江苏省政务服务管理办公室' } } };
  return { ...context, services } as ProvinceContext;
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
const opened = (store: CaseStore, itemCode = REVIEWED) =>
  store.openCase({ itemCode, subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: `k-${itemCode}` }).caseFile.id;

type Submission = { caseId: string; idempotencyKey: string; providedMaterials?: string[]; commitments?: { materialCode: string; type: 'SUPPLY_LATER' }[] };
const submit = (store: CaseStore, input: Submission, caller: Caller = CLERK) =>
  decisionDeskResolvers.submitCase(undefined, { input }, desk(store, caller)) as Promise<CaseEntity>;
const supply = (store: CaseStore, caseId: string, materialCode: string, caller: Caller = CLERK) =>
  decisionDeskResolvers.supplyMaterial(undefined, { caseId, materialCode }, desk(store, caller)) as Promise<CaseEntity>;
const review = (store: CaseStore, caseId: string, caller: Caller = COLLEAGUE) =>
  decisionDeskResolvers.reviewCase(undefined, { caseId, decision: 'APPROVE' }, desk(store, caller)) as Promise<CaseEntity>;
const deferBoth = { providedMaterials: ['M01'], commitments: [{ materialCode: 'M02', type: 'SUPPLY_LATER' as const }, { materialCode: 'M03', type: 'SUPPLY_LATER' as const }] };
const lastNote = (store: CaseStore, caseId: string) => store.eventsOf(caseId).at(-1)?.note;
/** The applicant's number as the GraphQL field serves it to `caller`. */
const subjectIdFor = (answer: CaseFile, caller: Caller, store: CaseStore) => caseEntityResolvers.subjectId(answer as CaseEntity, undefined, desk(store, caller));

describe('a 容缺 acceptance', () => {
  it('says the deadline in China time as a clerk says it, naming every material by name and code', async () => {
    const store = newStore();
    const caseId = opened(store);
    const deferred = await submit(store, { caseId, idempotencyKey: 'k-1', ...deferBoth });
    expect(deferred.status).toBe('DEFERRED_MATERIALS');
    // The machine-readable deadline stays an instant: the end of a day in China, 16:00 UTC.
    expect(deferred.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T16:00:00\.000Z$/);
    const [reason] = store.eventsOf(caseId).at(-1)?.reasons ?? [];
    expect(reason).toBe(`容缺受理：须于 ${deadlineInWords(deferred.deadline ?? '')}前补齐：申请书（M02）、结婚证（M03）`);
    expect(reason).toMatch(/^容缺受理：须于 \d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）24时前补齐：/);
    expect(reason).not.toMatch(/T\d\d:|Z|M02、M03/);
  });
});

describe('the note a decision by the rules leaves', () => {
  it('says a submission the rules sent to a person went to a person', async () => {
    const store = newStore();
    const caseId = opened(store);
    expect((await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M03'] })).status).toBe('IN_REVIEW');
    expect(lastNote(store, caseId)).toBe('窗口 WJ-CSJ-01 提交，转人工审核');
  });

  it('says a submission the rules approved was completed by them', async () => {
    const store = newStore();
    const caseId = opened(store, INSTANT);
    expect((await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M03'] })).status).toBe('APPROVED');
    expect(lastNote(store, caseId)).toBe('窗口 WJ-CSJ-01 提交，按规则自动办结');
  });

  it('says a supplied material completed the case, by name — then to a person, or completed by the rules', async () => {
    const store = newStore();
    const reviewed = opened(store);
    await submit(store, { caseId: reviewed, idempotencyKey: 'k-1', ...deferBoth });
    await supply(store, reviewed, 'M02');
    expect((await supply(store, reviewed, 'M03')).status).toBe('IN_REVIEW');
    expect(lastNote(store, reviewed)).toBe('窗口 WJ-CSJ-01 补齐容缺材料：结婚证（M03），转人工审核');

    const instant = opened(store, INSTANT);
    await submit(store, { caseId: instant, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M03'], commitments: [{ materialCode: 'M02', type: 'SUPPLY_LATER' }] });
    expect((await supply(store, instant, 'M02')).status).toBe('APPROVED');
    expect(lastNote(store, instant)).toBe('窗口 WJ-CSJ-01 补齐容缺材料：申请书（M02），按规则自动办结');
  });

  it('names the materials still awaited when the clerk confirms one that is not', async () => {
    const store = newStore();
    const caseId = opened(store);
    await submit(store, { caseId, idempotencyKey: 'k-1', ...deferBoth });
    await supply(store, caseId, 'M02');
    const refused = await refusalOf(supply(store, caseId, 'M01'));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_DEFERRED' });
    expect(refused.message).toBe('materialCode: 材料 M01 不是本办件待补齐的容缺材料（待补齐：结婚证（M03））');
  });
});

describe('statuses and provinces in messages', () => {
  it('reads the statuses from the schema’s own labels', () => {
    expect(caseStatusLabel('APPROVED')).toBe('已办结（准予）');
    expect(caseStatusLabel('IN_REVIEW')).toBe('人工审核中');
    expect(enumLabel('Sex', 'FEMALE')).toBe('女');
    expect(enumLabel('CaseStatus', 'NO_SUCH_STATUS')).toBeUndefined();
  });

  it('refuses an evidence request for no kinds at all, saying to choose one or leave kinds out', async () => {
    const store = newStore();
    const caseId = opened(store, REVIEWED);
    store.authorise(caseId, { kind: 'APPLICANT', subjectId: APPLICANT }, STORED_AUTHORISATION);
    const empty = await refusalOf(caseDeskResolvers.requestEvidence(undefined, { caseId, kinds: [] }, desk(store)));
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'EMPTY' });
    expect(empty.message).toBe('kinds: 请至少选择一种材料类型，或不填 kinds 以调取该事项所需的全部材料');
  });

  it('names a case’s status in Chinese, keeping its code in the extensions', async () => {
    const store = newStore();
    const caseId = opened(store, INSTANT);
    await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M03'] });
    const again = await refusalOf(submit(store, { caseId, idempotencyKey: 'k-2', providedMaterials: ['M01', 'M02', 'M03'] }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_ALREADY_SUBMITTED', status: 'APPROVED' });
    expect(again.message).toBe(`办件 ${caseId} 已提交（当前状态：已办结（准予）），不能再次提交`);
    const gathering = await refusalOf(caseDeskResolvers.requestEvidence(undefined, { caseId }, desk(store)));
    expect(gathering.message).toBe(`办件 ${caseId} 已提交（当前状态：已办结（准予）），材料不能再变更`);
    const supplied = await refusalOf(supply(store, caseId, 'M02'));
    expect(supplied.extensions).toMatchObject({ reason: 'NOTHING_DEFERRED', status: 'APPROVED' });
    expect(supplied.message).toBe(`办件 ${caseId} 没有待补齐的容缺材料（当前状态：已办结（准予））`);
    const reviewed = await refusalOf(review(store, caseId));
    expect(reviewed.extensions).toMatchObject({ reason: 'NOT_IN_REVIEW', status: 'APPROVED' });
    expect(reviewed.message).toBe(`办件 ${caseId} 不在人工审核中（当前状态：已办结（准予））`);
    for (const message of [again, gathering, supplied, reviewed].map((error) => error.message)) expect(message).not.toMatch(/[A-Z]{4,}/);
  });

  it('calls a clerk of another province by the province’s name', async () => {
    const store = newStore();
    const refused = await refusalOf(
      caseDeskResolvers.openCase(undefined, { input: { itemCode: REVIEWED, subjectId: APPLICANT, idempotencyKey: 'k-sh' } }, desk(store, SHANGHAI_CLERK)),
    );
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect(refused.message).toBe('您是上海市的窗口人员，不能在江苏省受理办件');
  });
});

describe('reviewing is window staff’s work', () => {
  it('tells an applicant that only window clerks review (OPERATORS_ONLY), and a clerk elsewhere that it is this province’s', async () => {
    const store = newStore();
    const caseId = opened(store);
    await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M03'] });
    const before = store.eventsOf(caseId);
    const citizen = await refusalOf(review(store, caseId, CITIZEN));
    expect(citizen.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    expect(citizen.message).toBe('只有窗口工作人员可以审核办件，申请人不能自行审核办件');
    const postCheck = await refusalOf(decisionDeskResolvers.completePostCheck(undefined, { caseId, passed: true, note: '核查属实' }, desk(store, CITIZEN)));
    expect(postCheck.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    const queue = await refusalOf(Promise.resolve().then(() => reviewQueueResolvers.inReview(undefined, {}, desk(store, CITIZEN))));
    expect(queue.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    const elsewhere = await refusalOf(review(store, caseId, SHANGHAI_CLERK));
    expect(elsewhere.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect(elsewhere.message).toBe('您是上海市的窗口人员，只有江苏省的窗口工作人员可以审核办件');
    expect(store.eventsOf(caseId)).toEqual(before);
  });
});

describe('the applicant’s number in a mutation’s answer', () => {
  it('is whole for the clerk working the case, as case(id) shows it — submitted, supplied and reviewed', async () => {
    const store = newStore();
    const caseId = opened(store);
    const deferred = await submit(store, { caseId, idempotencyKey: 'k-1', ...deferBoth });
    expect(deferred.audience).toBe('CASE_OFFICER');
    expect(subjectIdFor(deferred, CLERK, store)).toBe(APPLICANT);
    await supply(store, caseId, 'M02');
    const supplied = await supply(store, caseId, 'M03');
    expect(subjectIdFor(supplied, CLERK, store)).toBe(APPLICANT);
    const approved = await review(store, caseId);
    expect(approved.status).toBe('APPROVED');
    expect(subjectIdFor(approved, COLLEAGUE, store)).toBe(APPLICANT);
    // The retried answers too.
    expect(subjectIdFor(await submit(store, { caseId, idempotencyKey: 'k-1', ...deferBoth }), CLERK, store)).toBe(APPLICANT);
    expect(subjectIdFor(await supply(store, caseId, 'M03'), CLERK, store)).toBe(APPLICANT);
  });

  it('is whole for the applicant submitting online, and masked for anyone else reading the same answer', async () => {
    const store = newStore();
    const caseId = store.openCase({ itemCode: REVIEWED, subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'ONLINE', openedBy: { kind: 'APPLICANT', subjectId: APPLICANT }, idempotencyKey: 'k-online' }).caseFile.id;
    const submitted = await submit(store, { caseId, idempotencyKey: 'k-1', providedMaterials: ['M01', 'M02', 'M03'] }, CITIZEN);
    expect(submitted.audience).toBe('HOLDER');
    expect(subjectIdFor(submitted, CITIZEN, store)).toBe(APPLICANT);
    expect(subjectIdFor(submitted, { kind: 'CITIZEN', residentId: '330421198203150011' }, store)).toBe('3101**********3021');
  });
});
