import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { NativeRecord } from '../standard/standardRecord.ts';
import { todayInChina } from '../time/localDate.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { SYSTEM, type CaseDecision } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import type { NativeFormat } from './nativeFormat.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { ProvinceStore } from './provinceStore.ts';

/**
 * An approved 企业简易注销登记 ends the enterprise's registration in the registering province's
 * own system, in the decision's transaction: approved, the registration reads 注销 (CANCELLED)
 * dated the decision day; rejected, or refused, nothing changes.
 */
const SHANGHAI = requireRegion('SHANGHAI');
const DEREGISTRATION = '010003001000';
const QINGPU_LVDAO = '91310118MA1JL2Q363';
const CLERK = { kind: 'OPERATOR', region: 'SHANGHAI', division: '310118', window: 'QP-01', operatorId: 'sh-qp-0002' } as const;

/** A province format that is plain JSON: what matters here is that the record goes through it both ways. */
const JSON_FORMAT: NativeFormat = {
  description: 'JSON (test)',
  encode: (record) => JSON.stringify({ native: record }),
  decode: (_kind, payload) => (JSON.parse(payload) as { native: NativeRecord }).native,
};

const registration = (businessStatus: 'ACTIVE' | 'REVOKED' | 'CANCELLED' | 'MOVED_OUT'): NativeRecord => ({
  kind: 'BUSINESS_REGISTRATION',
  recordId: 'CAST-BR-QPLD',
  subjectId: QINGPU_LVDAO,
  updatedOn: '2021-04-02',
  content: {
    enterpriseName: '上海青浦绿岛环保科技有限公司',
    entityType: 'LIMITED_COMPANY',
    legalRepresentative: '顾建华',
    legalRepresentativeId: '310118197503150011',
    registeredCapital: 100_000_000,
    establishedOn: '2021-04-02',
    businessStatus,
    divisionCode: '310118',
    address: '上海市青浦区华新镇华志路1号',
    businessScope: '环保技术开发',
    registrationAuthority: '上海市青浦区市场监督管理局',
  },
});

const root = mkdtempSync(join(tmpdir(), 'yrd-deregistration-'));
let keys: MemberKeys;
beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, join(root, 'keys'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A Shanghai desk holding the enterprise's registration (if any), with its 注销 case in review. */
function deskWithCase(held: NativeRecord | null, itemCode = DEREGISTRATION) {
  const db = openProvinceDatabase(':memory:');
  const cases = new CaseStore(db, SHANGHAI);
  const records = new ProvinceStore(db);
  if (held) records.insert({ recordId: held.recordId, subjectId: held.subjectId, kind: held.kind, payload: JSON_FORMAT.encode(held) });
  const { caseFile } = cases.openCase({
    itemCode,
    subjectId: QINGPU_LVDAO,
    subjectKind: 'ENTERPRISE',
    applicantName: null,
    channel: 'ONLINE',
    openedBy: { kind: 'APPLICANT', subjectId: QINGPU_LVDAO },
    idempotencyKey: 'k-1',
  });
  const decision: CaseDecision = { outcome: 'IN_REVIEW', ruleResults: [], reasons: ['该事项不属于秒批事项，由工作人员审核'], materials: [], decidedBy: SYSTEM, decidedAt: new Date().toISOString() };
  const form = [{ name: 'applicantName', label: '企业名称', value: '上海青浦绿岛环保科技有限公司', sourceRegion: 'SHANGHAI', sourceRecordId: 'CAST-BR-QPLD', declared: false }];
  cases.transition(caseFile.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: SYSTEM, decision, form });
  const desk = deskWith(cases, {
    region: SHANGHAI,
    caller: CLERK as Caller,
    implementations: [{ standardCode: itemCode, implementingBody: '上海市市场监督管理局', implementingBodyCode: '11310000MB2F0405X8' }],
    item: (code) => ({ code, name: '企业简易注销登记', licence: { typeCode: '11100000MB0143028R001', name: '企业简易注销登记办理结果', validityDays: null } }),
  });
  const context = {
    ...desk,
    services: { ...desk.services, keys, records, config: { ...desk.services.config, nativeFormat: JSON_FORMAT, holdingAuthorities: { E_LICENCE: '上海市大数据中心' } } },
  } as unknown as ProvinceContext;
  const heldNow = () => records.rowsForSubjects([QINGPU_LVDAO]).map((row) => JSON_FORMAT.decode(row.kind, row.payload));
  return { cases, caseId: caseFile.id, context, heldNow };
}

const review = (context: ProvinceContext, caseId: string, decision: 'APPROVE' | 'REJECT') =>
  decisionDeskResolvers.reviewCase(undefined, { caseId, decision, reason: decision === 'REJECT' ? '公示期内有异议' : null }, context);

describe('an approved 注销 ends the registration where the enterprise is registered', () => {
  it('approving writes the registration as 注销, dated the decision day, with the licence', async () => {
    const { caseId, context, heldNow, cases } = deskWithCase(registration('ACTIVE'));
    expect(await review(context, caseId, 'APPROVE')).toMatchObject({ status: 'APPROVED' });
    expect(heldNow()).toEqual([{ ...registration('ACTIVE'), updatedOn: todayInChina(), content: { ...registration('ACTIVE').content, businessStatus: 'CANCELLED' } }]);
    expect(cases.licencesOfHolders([QINGPU_LVDAO]).get(QINGPU_LVDAO)).toHaveLength(1);
  });

  it('ends a registration whose licence was revoked (吊销后注销) too', async () => {
    const { caseId, context, heldNow } = deskWithCase(registration('REVOKED'));
    await review(context, caseId, 'APPROVE');
    expect(heldNow()[0]).toMatchObject({ kind: 'BUSINESS_REGISTRATION', content: { businessStatus: 'CANCELLED' } });
  });

  it('a rejection leaves the registration as it was', async () => {
    const { caseId, context, heldNow } = deskWithCase(registration('ACTIVE'));
    expect(await review(context, caseId, 'REJECT')).toMatchObject({ status: 'REJECTED' });
    expect(heldNow()).toEqual([registration('ACTIVE')]);
  });

  it('other items of an enterprise change no registration', async () => {
    const { caseId, context, heldNow } = deskWithCase(registration('ACTIVE'), '010002001000');
    expect(await review(context, caseId, 'APPROVE')).toMatchObject({ status: 'APPROVED' });
    expect(heldNow()).toEqual([registration('ACTIVE')]);
  });

  it('refuses the approval, and stores nothing, where the province holds no registration to end', async () => {
    for (const held of [null, registration('MOVED_OUT')]) {
      const { caseId, context, heldNow, cases } = deskWithCase(held);
      const before = { caseFile: cases.caseById(caseId), events: cases.eventsOf(caseId), held: heldNow() };
      const refused = await refusalOf(review(context, caseId, 'APPROVE'));
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_NOT_HELD', subjectId: QINGPU_LVDAO });
      expect(refused.message).toContain('上海市的登记系统中没有企业 91310118MA1JL2Q363 的存续登记');
      expect({ caseFile: cases.caseById(caseId), events: cases.eventsOf(caseId), held: heldNow() }).toEqual(before);
      expect(cases.licencesOfHolders([QINGPU_LVDAO]).get(QINGPU_LVDAO) ?? []).toEqual([]);
    }
  });
});
