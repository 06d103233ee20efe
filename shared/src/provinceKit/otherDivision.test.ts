import { describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { AuditLog } from './auditLog.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import type { CaseChannel } from './caseModel.ts';
import { caseEntityResolvers } from './caseResolvers.ts';
import { CaseStore } from './caseStore.ts';
import { caseWithdrawalResolvers } from './caseWithdrawal.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { reviewQueueResolvers } from './reviewQueueResolvers.ts';

/**
 * A clerk reaches only the cases of his own division (purpose binding): the 昆山 clerk of the
 * auditor's finding gets nothing of a case the 吴江 window opened — not the case, not its
 * evidence, not a place in his review queue — and every attempt is in the applicant's history.
 */
const JIANGSU = requireRegion('JIANGSU');
const WUJIANG = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const WUJIANG_COLLEAGUE = { ...WUJIANG, window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;
const KUNSHAN = { kind: 'OPERATOR', region: 'JIANGSU', division: '320583', window: 'KS-01', operatorId: 'js-ks-0009' } as const;
const APPLICANT = '320584199203150026';

/** Implemented by 吴江区民政局 (320509) and by 苏州市住房公积金管理中心 (320500). */
const WUJIANG_ITEM = '100101001000';
const SUZHOU_ITEM = '200047002000';
const IMPLEMENTATIONS = [
  { standardCode: WUJIANG_ITEM, implementingBody: '苏州市吴江区民政局', implementingBodyCode: '1132050901404379XE' },
  { standardCode: SUZHOU_ITEM, implementingBody: '苏州市住房公积金管理中心', implementingBodyCode: '123205004660027105' },
];
const item = (code: string): Partial<ItemStandard> => ({ code, name: `测试事项 ${code}`, audiences: ['NATURAL_PERSON'], evidenceKinds: ['HOUSEHOLD_REGISTRATION'], materials: [], approvalRules: [] });

function province() {
  const db = openProvinceDatabase(':memory:');
  const store = new CaseStore(db, JIANGSU);
  const audit = new AuditLog(db);
  const desk = (caller: Caller): ProvinceContext => {
    const context = deskWith(store, { region: JIANGSU, caller, implementations: IMPLEMENTATIONS, item });
    return { ...context, services: { ...context.services, audit } } as ProvinceContext;
  };
  const open = (itemCode: string, channel: CaseChannel, key: string) =>
    store.openCase({
      itemCode,
      subjectId: APPLICANT,
      subjectKind: 'PERSON',
      applicantName: '王丽娟',
      channel,
      openedBy: channel === 'WINDOW' ? WUJIANG : { kind: 'APPLICANT', subjectId: APPLICANT },
      idempotencyKey: key,
    }).caseFile.id;
  return { store, audit, desk, open };
}

/**
 * As for a number never used: neither that the case exists nor which division handles it
 * (caseAccess.ts) — on the argument that carried it, case(id:)'s id or a mutation's caseId.
 */
const EXPECTED_REFUSAL = { code: 'NOT_FOUND', field: 'id' };
const EXPECTED_ACT_REFUSAL = { code: 'NOT_FOUND', field: 'caseId' };

describe('a clerk of another division of the filing province', () => {
  it('is answered for the 吴江 window’s case as for an unused number, and her history says so', async () => {
    const { desk, open, audit } = province();
    const caseId = open(SUZHOU_ITEM, 'WINDOW', 'k-1');
    const refused = await refusalOf(caseEntityResolvers.__resolveReference({ id: caseId }, desk(KUNSHAN)));
    expect(refused.extensions).toEqual({ ...EXPECTED_REFUSAL, id: caseId });
    expect(refused.message).toBe(`办件 ${caseId} 不存在，或不在您所在的江苏省苏州市昆山市（320583）的办理范围内（窗口只能查看和办理本区划及上级区划受理的办件）；如申请人已有办件，请其登录后在办件中查看受理地，到受理地办理`);
    expect(audit.entriesFor(APPLICANT, 'PERSON', 10).map((entry) => [entry.event, entry.outcome, entry.reason, entry.actor, entry.caseId])).toEqual([
      ['CASE_REFUSED', 'REFUSED', 'WRONG_DIVISION', KUNSHAN, caseId],
    ]);
    // Her window's colleague reads it as the clerk working it.
    expect((await caseEntityResolvers.__resolveReference({ id: caseId }, desk(WUJIANG_COLLEAGUE))).audience).toBe('CASE_OFFICER');
  });

  it('acts on none of it — evidence, submission, material, withdrawal, review, post-check — and nothing changes', async () => {
    const { desk, open, store, audit } = province();
    const caseId = open(SUZHOU_ITEM, 'WINDOW', 'k-1');
    const context = desk(KUNSHAN);
    const attempts: Promise<unknown>[] = [
      caseDeskResolvers.requestEvidence(undefined, { caseId }, context),
      caseDeskResolvers.collectEvidence(undefined, { caseId, tokens: [] }, context),
      caseDeskResolvers.decideEvidence(undefined, { caseId, evidenceId: 'e-1', decision: 'REJECT' }, context),
      decisionDeskResolvers.submitCase(undefined, { input: { caseId, idempotencyKey: 'k-submit', providedMaterials: [] } }, context),
      decisionDeskResolvers.supplyMaterial(undefined, { caseId, materialCode: 'M03' }, context),
      caseWithdrawalResolvers.withdrawCase(undefined, { caseId, reason: '申请人要求' }, context),
      decisionDeskResolvers.reviewCase(undefined, { caseId, decision: 'APPROVE' }, context),
      decisionDeskResolvers.completePostCheck(undefined, { caseId, passed: true, note: '核查属实' }, context),
    ];
    for (const attempt of attempts) {
      const refused = await refusalOf(attempt);
      expect(refused.extensions).toMatchObject(EXPECTED_ACT_REFUSAL);
      expect(refused.message).toContain('不在您所在的江苏省苏州市昆山市（320583）的办理范围内');
    }
    expect(store.caseById(caseId)?.status).toBe('OPEN');
    expect(store.eventsOf(caseId)).toHaveLength(1);
    expect(store.requestsOf(caseId)).toEqual([]);
    // Folded within the minute, as refused reads are: one entry, eight attempts.
    expect(audit.entriesFor(APPLICANT, 'PERSON', 10).map((entry) => [entry.reason, entry.repeats])).toEqual([['WRONG_DIVISION', 8]]);
  });

  it('is refused the items of a bundle the 吴江 window opened, which follow the bundle', async () => {
    const { desk, store } = province();
    const opened = store.openBundle(
      { itemCode: 'PROPERTY_TRANSFER', subjectId: APPLICANT, subjectKind: 'PERSON', applicantName: '王丽娟', channel: 'WINDOW', openedBy: WUJIANG, idempotencyKey: 'k-b' },
      [SUZHOU_ITEM],
    );
    for (const caseId of [opened.bundle.id, ...opened.cases.map((caseFile) => caseFile.id)]) {
      expect((await refusalOf(caseEntityResolvers.__resolveReference({ id: caseId }, desk(KUNSHAN)))).extensions).toMatchObject(EXPECTED_REFUSAL);
    }
  });

  it('handles what the applicant opened online where the implementing body’s division covers his: a 苏州市 body’s, not a 吴江区 body’s', async () => {
    const { desk, open } = province();
    const suzhou = open(SUZHOU_ITEM, 'ONLINE', 'k-s');
    const wujiang = open(WUJIANG_ITEM, 'ONLINE', 'k-w');
    expect((await caseEntityResolvers.__resolveReference({ id: suzhou }, desk(KUNSHAN))).audience).toBe('CASE_OFFICER');
    expect((await caseEntityResolvers.__resolveReference({ id: wujiang }, desk(WUJIANG))).audience).toBe('CASE_OFFICER');
    expect((await refusalOf(caseEntityResolvers.__resolveReference({ id: wujiang }, desk(KUNSHAN)))).extensions).toMatchObject(EXPECTED_REFUSAL);
  });
});

describe('a reviewer’s queue', () => {
  it('holds his division’s cases only, in review and awaiting their post-check', async () => {
    const { desk, open, store } = province();
    const atWindow = open(SUZHOU_ITEM, 'WINDOW', 'k-1');
    const checked = open(WUJIANG_ITEM, 'WINDOW', 'k-2');
    const suzhouOnline = open(SUZHOU_ITEM, 'ONLINE', 'k-3');
    const wujiangOnline = open(WUJIANG_ITEM, 'ONLINE', 'k-4');
    for (const caseId of [atWindow, checked, suzhouOnline, wujiangOnline]) store.transition(caseId, { from: ['OPEN'], to: 'IN_REVIEW', actor: WUJIANG });
    store.transition(checked, { from: ['IN_REVIEW'], to: 'APPROVED', actor: WUJIANG_COLLEAGUE, postCheck: 'PENDING' });
    const queue = async (caller: Caller) => ({
      inReview: (await reviewQueueResolvers.inReview(undefined, {}, desk(caller))).map((entity) => entity.id),
      pendingPostChecks: (await reviewQueueResolvers.pendingPostChecks(undefined, {}, desk(caller))).map((entity) => entity.id),
    });
    expect(await queue(WUJIANG_COLLEAGUE)).toEqual({ inReview: [atWindow, suzhouOnline, wujiangOnline], pendingPostChecks: [checked] });
    expect(await queue(KUNSHAN)).toEqual({ inReview: [suzhouOnline], pendingPostChecks: [] });
    // A page is a page of his own cases: the first of his, not the first of the province's, filtered.
    expect((await reviewQueueResolvers.inReview(undefined, { first: 1 }, desk(KUNSHAN))).map((entity) => entity.id)).toEqual([suzhouOnline]);
  });
});
