import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, CaseFile, EvidenceResponse } from './caseModel.ts';
import { planSubmission, type PlanInputs } from './casePlanning.ts';
import type { ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';

/** Planning a submission, without any I/O: one case of a fictional item at a Jiangsu window. */
const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'W', operatorId: 'o' } as const;
const item: ItemStandard = {
  code: '200047001000',
  name: '测试事项',
  audiences: ['NATURAL_PERSON'],
  evidenceKinds: ['PROVIDENT_FUND', 'MARRIAGE', 'CREDIT_RECORD'],
  crossRegion: true,
  instantApproval: true,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    { code: 'M02', name: '缴存证明', necessity: 'REQUIRED', replacedBy: 'PROVIDENT_FUND', commitmentAllowed: false, documentType: null, supplyWithin: null },
    { code: 'M03', name: '结婚证', necessity: 'SUPPLY_LATER', replacedBy: 'MARRIAGE', commitmentAllowed: false, documentType: null, supplyWithin: null },
    { code: 'M04', name: '居住证明', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: true, documentType: null, supplyWithin: null },
    { code: 'M05', name: '信用状况', necessity: 'REQUIRED', replacedBy: 'CREDIT_RECORD', commitmentAllowed: false, documentType: null, supplyWithin: null },
  ],
  approvalRules: [{ code: 'ACTIVE', description: '账户不正常', evidenceKind: 'PROVIDENT_FUND', quantifier: 'ANY', conditions: [{ field: 'accountStatus', operator: 'EQ', value: 'ACTIVE' }] }],
  licence: { typeCode: '11100000000013338W047', name: '证明', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2026-01-01',
  cancelOn: null,
  policy: null,
};
const local = {
  standardCode: item.code,
  promisedTimeLimit: { amount: 3, unit: 'WORKING_DAYS' },
  tolerantAcceptance: true,
  commitmentSystem: true,
} as LocalImplementation;
const caseFile = { id: '3220261126000001', subjectId: SAMPLE_RECORDS[1].subjectId, subjectKind: 'PERSON', applicantName: null, itemCode: item.code } as CaseFile;
const everyoneAnswered: EvidenceResponse[] = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'].map((holder) => ({
  requestId: holder,
  caseId: caseFile.id,
  holder,
  kinds: item.evidenceKinds,
  recordIds: holder === 'shanghai' ? ['SAMPLE-PF-0001'] : [],
  token: 't',
  receivedAt: '2026-11-26T00:00:00Z',
}));
const fund = (status: CaseEvidence['status'], changes: Record<string, unknown> = {}): CaseEvidence => ({
  id: 'e1',
  caseId: caseFile.id,
  requestId: 'shanghai',
  issuer: 'shanghai',
  kind: 'PROVIDENT_FUND',
  record: { ...(SAMPLE_RECORDS[1] as NativeRecord), content: { ...SAMPLE_RECORDS[1].content, ...changes }, region: 'SHANGHAI', holdingAuthority: 'x' } as HeldRecord,
  token: 't',
  receivedAt: '2026-11-26T00:00:00Z',
  expiresAt: '2099-01-01T00:00:00Z',
  status,
  decidedBy: null,
  decidedAt: null,
});
const inputs = (changes: Partial<PlanInputs> = {}): PlanInputs => ({
  caseFile,
  item,
  local,
  evidence: [fund('ACCEPTED')],
  responses: everyoneAnswered,
  requests: everyoneAnswered,
  submission: { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [] },
  actor: clerk,
  now: new Date('2026-11-26T02:00:00Z'),
  ...changes,
});

describe('planning a submission', () => {
  it('approves when every material is satisfied and every rule passes; absence of credit records is evidence', () => {
    const plan = planSubmission(inputs());
    expect(plan.kind).toBe('DECIDE');
    if (plan.kind === 'DECIDE') {
      expect(plan.decision.outcome).toBe('APPROVED');
      expect(plan.decision.materials.map((m) => [m.code, m.satisfiedBy])).toEqual([
        ['M01', 'PROVIDED'],
        ['M02', 'EVIDENCE'],
        ['M03', 'PROVIDED'],
        ['M04', 'PROVIDED'],
        ['M05', 'EVIDENCE'],
      ]);
      expect(plan.postCheck).toBeNull();
    }
  });

  it('waits for a holder that has not answered, naming it', () => {
    const plan = planSubmission(inputs({ responses: everyoneAnswered.filter((answer) => answer.holder !== 'anhui') }));
    expect(plan).toEqual({ kind: 'WAIT', reasons: [expect.stringMatching(/^安徽省尚未答复/)] });
  });

  it('waits for released records not handed in (no one hides unfavourable evidence)', () => {
    const plan = planSubmission(inputs({ evidence: [] }));
    // Counted, never named by id: the clerk has not seen them, and the applicant has not accepted them.
    expect(plan).toEqual({ kind: 'WAIT', reasons: ['上海市已提供的 1 条记录尚未提交给本办件，请将该省的答复和所提供的材料一并提交（collectEvidence）'] });
    expect(JSON.stringify(plan)).not.toContain('SAMPLE-PF-0001');
  });

  it('refuses evidence that has expired — an expired listing is no proof of a clean record — until it is requested again', () => {
    const expiredAt = '2026-11-26T01:00:00Z';
    const listed: CaseEvidence = {
      ...fund('ACCEPTED'),
      id: 'e2',
      issuer: 'zhejiang',
      kind: 'CREDIT_RECORD',
      record: { ...SAMPLE_RECORDS.find((record) => record.kind === 'CREDIT_RECORD'), region: 'ZHEJIANG', holdingAuthority: 'x' } as HeldRecord,
      expiresAt: expiredAt,
    };
    const answered = everyoneAnswered.map((answer) => (answer.holder === 'zhejiang' ? { ...answer, recordIds: [listed.record.recordId] } : answer));
    const plan = planSubmission(inputs({ evidence: [fund('ACCEPTED'), listed], responses: answered }));
    expect(plan).toMatchObject({ kind: 'REFUSE', reason: 'EVIDENCE_EXPIRED' });
    // Named as people know it (the deciding authority and decision number), not by its internal id.
    if (plan.kind === 'REFUSE') {
      expect(plan.message).toMatch(/^以下材料已过有效期：信用记录（处罚、经营异常、失信）“[^”]+”；请重新调取/);
      expect(plan.message).not.toContain(listed.record.recordId);
    }
    // A 容缺 case completed later is judged on the evidence as it stood when it was submitted.
    const submittedBefore = new Date('2026-11-26T00:30:00Z');
    expect(planSubmission(inputs({ evidence: [fund('ACCEPTED'), listed], responses: answered, evidenceValidAt: submittedBefore })).kind).not.toBe('REFUSE');
  });

  it('refuses while the applicant has not previewed', () => {
    expect(planSubmission(inputs({ evidence: [fund('PENDING_PREVIEW')] }))).toMatchObject({ kind: 'REFUSE', reason: 'PREVIEW_PENDING' });
  });

  it('names evidence awaiting her preview only as the clerk may know it before she accepts it: its kind and the authority holding it', () => {
    const marriage: CaseEvidence = {
      ...fund('PENDING_PREVIEW'),
      id: 'e3',
      issuer: 'zhejiang',
      kind: 'MARRIAGE',
      record: { ...(SAMPLE_RECORDS.find((record) => record.kind === 'MARRIAGE') as NativeRecord), region: 'ZHEJIANG', holdingAuthority: '嘉善县民政局' } as HeldRecord,
    };
    const withoutAuthority = fund('PENDING_PREVIEW', {});
    const unnamed = { ...withoutAuthority, record: { ...withoutAuthority.record, holdingAuthority: ' ' } };
    const plan = planSubmission(inputs({ evidence: [marriage, unnamed] }));
    expect(plan).toEqual({ kind: 'REFUSE', reason: 'PREVIEW_PENDING', message: '申请人尚未确认是否使用以下材料：婚姻登记信息（嘉善县民政局）、住房公积金缴存记录（上海市）' });
    // Nothing of the records themselves: not their ids, not what recordLabel would show (a certificate's tail, an office, a day).
    for (const leak of ['SAMPLE-MR-0001', 'SAMPLE-PF-0001', '3812', '2015', '婚姻登记处', '7801']) expect(JSON.stringify(plan), leak).not.toContain(leak);
    // Two of one kind from one authority are counted, not listed twice.
    expect(planSubmission(inputs({ evidence: [marriage, { ...marriage, id: 'e4' }] }))).toMatchObject({ message: '申请人尚未确认是否使用以下材料：婚姻登记信息（嘉善县民政局）2 条' });
  });

  it('refuses when nothing was requested', () => {
    expect(planSubmission(inputs({ requests: [], responses: [] }))).toMatchObject({ kind: 'REFUSE', reason: 'EVIDENCE_NOT_REQUESTED' });
  });

  it('refuses material codes the item does not have, and a material both handed in and promised, naming them', () => {
    const unknown = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M03', 'M04', 'M99'], providedDocuments: [], commitments: [] } }));
    expect(unknown).toMatchObject({
      kind: 'REFUSE',
      reason: 'UNKNOWN_MATERIAL',
      message: '事项没有编号为 M99 的材料（本事项的材料：M01、M02、M03、M04、M05）',
      field: 'input.providedMaterials',
      details: { materialCodes: ['M99'] },
    });
    const unknownPromise = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M98', type: 'SUPPLY_LATER' }] } }));
    expect(unknownPromise).toMatchObject({ reason: 'UNKNOWN_MATERIAL', field: 'input.commitments', details: { materialCodes: ['M98'] } });
    const both = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' }] } }));
    expect(both).toMatchObject({ kind: 'REFUSE', reason: 'MATERIAL_HANDED_IN_AND_PROMISED', message: '“居住证明”（M04）已提交，不能同时作出承诺；请二选一', field: 'input.commitments' });
  });

  it('names each missing material by name and code, on providedMaterials, with what to do', () => {
    const missing = planSubmission(inputs({ submission: { providedMaterials: ['M01'], providedDocuments: [], commitments: [] } }));
    expect(missing).toMatchObject({
      kind: 'REFUSE',
      reason: 'MATERIALS_MISSING',
      field: 'input.providedMaterials',
      message: '缺少材料“结婚证”（M03）：持有数据的省份没有提供可用的婚姻登记信息，请收取该材料（providedMaterials 列出 M03），或签署容缺补交承诺（commitments）；缺少材料“居住证明”（M04）：请收取该材料（providedMaterials 列出 M04），或以告知承诺代替（commitments）',
      details: { materialCodes: ['M03', 'M04'], problems: [{ reason: 'MATERIALS_MISSING', field: 'input.providedMaterials', materialCode: 'M03' }, { reason: 'MATERIALS_MISSING', field: 'input.providedMaterials', materialCode: 'M04' }] },
    });
  });

  it('tells an item of a one-thing bundle to write its materials with the item, or hand in the document by its type', () => {
    const bundleItem = { ...caseFile, id: '3220261126000002', parentId: '3220261126000001' } as CaseFile;
    const withDocument: ItemStandard = {
      ...item,
      materials: [...item.materials, { code: 'M06', name: '完税凭证', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'TAX_CERTIFICATE', supplyWithin: null }],
    };
    const missing = planSubmission(inputs({ caseFile: bundleItem, item: withDocument, submission: { providedMaterials: ['M01', 'M04'], providedDocuments: [], commitments: [] } }));
    expect(missing).toMatchObject({
      kind: 'REFUSE',
      reason: 'MATERIALS_MISSING',
      field: 'input.providedMaterials',
      message:
        '缺少材料“结婚证”（M03）：持有数据的省份没有提供可用的婚姻登记信息，请收取该材料（providedMaterials 列出 200047001000:M03），或签署容缺补交承诺（commitments，materialCode 写作 200047001000:M03）；' +
        '缺少材料“完税凭证”（M06）：请收取该证件（providedDocuments 列出 TAX_CERTIFICATE，或 providedMaterials 列出 200047001000:M06）',
      details: { materialCodes: ['M03', 'M06'] },
    });
    // A code the item does not have is told with the item's materials as a bundle writes them.
    expect(planSubmission(inputs({ caseFile: bundleItem, submission: { providedMaterials: ['M01', 'M03', 'M04', 'M99'], providedDocuments: [], commitments: [] } }))).toMatchObject({
      reason: 'UNKNOWN_MATERIAL',
      message: '事项 200047001000 没有编号为 M99 的材料（本事项的材料：200047001000:M01、200047001000:M02、200047001000:M03、200047001000:M04、200047001000:M05）',
    });
    // A single case is told as before.
    expect(planSubmission(inputs({ item: withDocument, submission: { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [] } }))).toMatchObject({
      message: '缺少材料“完税凭证”（M06）：请收取该材料（providedMaterials 列出 M06）',
    });
  });

  it('goes on with the papers where no province can hold the evidence: an enterprise registered outside the delta', () => {
    // 跨区域涉税事项报告 for a Beijing enterprise: only its registration would replace a paper, and no province here holds it.
    const report: ItemStandard = {
      ...item,
      audiences: ['ENTERPRISE'],
      evidenceKinds: ['BUSINESS_REGISTRATION'],
      instantApproval: false,
      approvalRules: [],
      materials: [{ code: 'M01', name: '营业执照', necessity: 'REQUIRED', replacedBy: 'BUSINESS_REGISTRATION', commitmentAllowed: false, documentType: null, supplyWithin: null }],
    };
    const beijing = { ...caseFile, subjectId: '91110108MA01BCDE8R', subjectKind: 'ENTERPRISE', applicantName: '北京示例科技有限公司' } as CaseFile;
    const plan = planSubmission(inputs({ caseFile: beijing, item: report, evidence: [], responses: [], requests: [], submission: { providedMaterials: ['M01'], providedDocuments: [], commitments: [] } }));
    expect(plan).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'IN_REVIEW', materials: [{ code: 'M01', satisfiedBy: 'PROVIDED' }] } });
    // A Jiangsu enterprise's registration is held in Jiangsu: it must be asked for first.
    const kunshan = { ...beijing, subjectId: '91320583MA1Q8R6T57' } as CaseFile;
    expect(planSubmission(inputs({ caseFile: kunshan, item: report, evidence: [], responses: [], requests: [] }))).toMatchObject({ reason: 'EVIDENCE_NOT_REQUESTED' });
  });

  it('defers a SUPPLY_LATER material on a commitment, with a deadline at the end of the promised day', () => {
    const plan = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] } }));
    expect(plan.kind).toBe('DEFER');
    // Thursday 2026-11-26 + 3 working days = Tuesday 2026-12-01, midnight CST.
    if (plan.kind === 'DEFER') expect(plan.deadline).toBe('2026-12-01T16:00:00.000Z');
  });

  it("gives a deferred material the standard's own period, never beyond the promised time limit", () => {
    const deferM03 = { submission: { providedMaterials: ['M01', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' as const }] } };
    const onTheSpot = { ...local, promisedTimeLimit: { amount: 0, unit: 'WORKING_DAYS' } } as LocalImplementation;
    const tenDays = { ...local, promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS' } } as LocalImplementation;
    // The standard says 5 working days for it, promised 10 here: Thursday 3 December.
    const fiveDays = { ...item, materials: item.materials.map((m) => (m.code === 'M03' ? { ...m, supplyWithin: { amount: 5, unit: 'WORKING_DAYS' as const } } : m)) };
    // Promised on the spot (validation lets no such province offer 容缺): never later than the day of acceptance.
    expect(planSubmission(inputs({ ...deferM03, item: fiveDays, local: onTheSpot }))).toMatchObject({ kind: 'DEFER', deadline: '2026-11-26T16:00:00.000Z' });
    const plan = planSubmission(inputs({ ...deferM03, item: fiveDays, local: tenDays }));
    expect(plan).toMatchObject({ kind: 'DEFER', deadline: '2026-12-03T16:00:00.000Z' });
    if (plan.kind === 'DEFER') expect(plan.commitments[0]?.text).toContain('承诺于 2026年12月3日（周四）24时前补齐“结婚证”');
  });

  it('accepts a commitment in lieu of a proof and flags the approval for post-check', () => {
    const plan = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M03'], providedDocuments: [], commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' }] } }));
    expect(plan).toMatchObject({ kind: 'DECIDE', postCheck: 'PENDING', decision: { outcome: 'APPROVED' } });
  });

  it('refuses commitments the item, the province or the applicant’s record do not allow', () => {
    const commit = (materialCode: string, type: 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF') => ({ providedMaterials: ['M01', 'M03', 'M04'].filter((m) => m !== materialCode), providedDocuments: [], commitments: [{ materialCode, type }] });
    expect(planSubmission(inputs({ submission: commit('M01', 'IN_LIEU_OF_PROOF') }))).toMatchObject({ reason: 'COMMITMENT_NOT_ALLOWED' });
    expect(planSubmission(inputs({ submission: commit('M04', 'SUPPLY_LATER') }))).toMatchObject({ reason: 'TOLERANCE_NOT_ALLOWED' });
    expect(planSubmission(inputs({ local: { ...local, commitmentSystem: false }, submission: commit('M04', 'IN_LIEU_OF_PROOF') }))).toMatchObject({ reason: 'COMMITMENT_NOT_OFFERED' });
    const listed: CaseEvidence = {
      ...fund('ACCEPTED'),
      id: 'e2',
      kind: 'CREDIT_RECORD',
      record: { ...SAMPLE_RECORDS[6], subjectId: caseFile.subjectId, content: { ...SAMPLE_RECORDS[6].content, subjectKind: 'PERSON', category: 'SERIOUS_DISHONESTY', settled: false, settledOn: null }, region: 'ZHEJIANG', holdingAuthority: 'x' } as HeldRecord,
      issuer: 'zhejiang',
    };
    const answered = everyoneAnswered.map((answer) => (answer.holder === 'zhejiang' ? { ...answer, recordIds: [listed.record.recordId] } : answer));
    expect(planSubmission(inputs({ evidence: [fund('ACCEPTED'), listed], responses: answered, submission: commit('M04', 'IN_LIEU_OF_PROOF') }))).toMatchObject({ reason: 'COMMITMENT_EXCLUDED' });
    expect(planSubmission(inputs({ evidence: [fund('ACCEPTED'), listed], responses: answered, submission: commit('M03', 'SUPPLY_LATER') }))).toMatchObject({
      reason: 'TOLERANCE_EXCLUDED',
      message: expect.stringMatching(/^申请人有虚假承诺或严重失信记录（/),
    });
    // Her credit record refused: that she is listed is not known, and not said.
    const refused = planSubmission(inputs({ evidence: [fund('ACCEPTED'), { ...listed, status: 'REJECTED' }], responses: answered, submission: commit('M03', 'SUPPLY_LATER') }));
    expect(refused).toMatchObject({ kind: 'REFUSE', message: expect.stringContaining('无法核验申请人是否有虚假承诺或严重失信记录（申请人拒绝使用部分该类材料），不能适用容缺受理，“结婚证”（M03）须当场提交') });
  });

  it('bars 容缺 and 告知承诺 for a listing public on the day the case is decided, and not after its public period', () => {
    const commit = { providedMaterials: ['M01', 'M03'], providedDocuments: [], commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' as const }] };
    const listed: CaseEvidence = {
      ...fund('ACCEPTED'),
      id: 'e2',
      kind: 'CREDIT_RECORD',
      record: {
        ...SAMPLE_RECORDS[6],
        subjectId: caseFile.subjectId,
        content: { ...SAMPLE_RECORDS[6].content, subjectKind: 'PERSON', category: 'SERIOUS_DISHONESTY', settled: false, settledOn: null, publicUntil: '2026-11-30' },
        region: 'ZHEJIANG',
        holdingAuthority: 'x',
      } as HeldRecord,
      issuer: 'zhejiang',
    };
    const responses = everyoneAnswered.map((answer) => (answer.holder === 'zhejiang' ? { ...answer, recordIds: [listed.record.recordId] } : answer));
    const plan = (now: string) => planSubmission(inputs({ evidence: [fund('ACCEPTED'), listed], responses, submission: commit, now: new Date(now) }));
    // 2026-11-30 in China, its last public day: still listed.
    expect(plan('2026-11-30T15:00:00Z')).toMatchObject({ reason: 'COMMITMENT_EXCLUDED' });
    // 2026-12-01 in China (16:00 UTC on the 30th): the listing is no longer public.
    expect(plan('2026-11-30T16:00:00Z')).not.toMatchObject({ reason: 'COMMITMENT_EXCLUDED' });
  });

  it('sends a failed rule to a person, with the rule as the reason', () => {
    const plan = planSubmission(inputs({ evidence: [fund('ACCEPTED', { accountStatus: 'SEALED' })] }));
    expect(plan).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'IN_REVIEW', reasons: [expect.stringMatching(/^不符合条件：账户不正常/)] } });
  });

  it('takes documents handed in once for several items', () => {
    const plan = planSubmission(inputs({ submission: { providedMaterials: ['M03', 'M04'], providedDocuments: ['IDENTITY_DOCUMENT'], commitments: [] } }));
    expect(plan.kind).toBe('DECIDE');
  });
});

describe('planning a submission for the kinds that were asked for', () => {
  const HOLDERS = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'];
  const askedFor = (kinds: PlanInputs['item']['evidenceKinds'], holders = HOLDERS) => holders.map((holder) => ({ holder, kinds }));
  const answeredFor = (kinds: PlanInputs['item']['evidenceKinds'], holders = HOLDERS): EvidenceResponse[] =>
    everyoneAnswered.filter((answer) => holders.includes(answer.holder)).map((answer) => ({ ...answer, kinds }));
  const creditRecord = (status: CaseEvidence['status']): CaseEvidence => ({
    ...fund(status),
    id: 'e2',
    kind: 'CREDIT_RECORD',
    record: { ...SAMPLE_RECORDS[6], subjectId: caseFile.subjectId, region: 'SHANGHAI', holdingAuthority: 'x' } as HeldRecord,
  });

  it('refuses, naming the kinds nobody was asked for, instead of waiting for provinces never asked', () => {
    // 调取 with kinds: [PROVIDENT_FUND] only; every province answered it (three of them with nothing).
    const plan = planSubmission(inputs({ requests: askedFor(['PROVIDENT_FUND']), responses: answeredFor(['PROVIDENT_FUND']) }));
    expect(plan).toEqual({
      kind: 'REFUSE',
      reason: 'EVIDENCE_NOT_REQUESTED',
      message: '以下材料尚未向持有数据的省份调取：婚姻登记信息、信用记录（处罚、经营异常、失信）；请先调取（requestEvidence，kinds 填写这些材料类型，或不填以调取全部所需材料），再提交',
      details: { kinds: ['MARRIAGE', 'CREDIT_RECORD'] },
    });
  });

  it('refuses for a kind asked of some holders only, and waits only for holders asked and silent', () => {
    const partly = [...askedFor(['PROVIDENT_FUND', 'MARRIAGE', 'CREDIT_RECORD'], ['shanghai', 'jiangsu']), ...askedFor(['PROVIDENT_FUND', 'MARRIAGE'], ['zhejiang', 'anhui'])];
    expect(planSubmission(inputs({ requests: partly, responses: everyoneAnswered.filter((answer) => answer.holder !== 'anhui') }))).toMatchObject({
      kind: 'REFUSE',
      reason: 'EVIDENCE_NOT_REQUESTED',
      details: { kinds: ['CREDIT_RECORD'] },
    });
    // Everything asked of everyone, Anhui silent on the two kinds asked of it in a later request.
    const later = [...askedFor(['PROVIDENT_FUND']), ...askedFor(['MARRIAGE', 'CREDIT_RECORD'])];
    const plan = planSubmission(inputs({ requests: later, responses: [...answeredFor(['PROVIDENT_FUND']), ...answeredFor(['MARRIAGE', 'CREDIT_RECORD'], ['shanghai', 'jiangsu', 'zhejiang'])] }));
    expect(plan).toEqual({ kind: 'WAIT', reasons: ['安徽省尚未答复（婚姻登记信息、信用记录（处罚、经营异常、失信））'] });
  });

  it('asks nothing more of a kind the applicant refused: neither of provinces never asked nor of those silent', () => {
    // Shanghai released her credit record and she refused it; the request made again without kinds left the kind out.
    const refusedCredit = [fund('ACCEPTED'), creditRecord('REJECTED')];
    const answered = everyoneAnswered.map((answer) => (answer.holder === 'shanghai' ? { ...answer, recordIds: ['SAMPLE-PF-0001', refusedCredit[1]?.record.recordId ?? ''] } : { ...answer, kinds: ['PROVIDENT_FUND', 'MARRIAGE'] as const }));
    const requests = [...askedFor(['PROVIDENT_FUND', 'MARRIAGE', 'CREDIT_RECORD'], ['shanghai']), ...askedFor(['PROVIDENT_FUND', 'MARRIAGE'], ['jiangsu', 'zhejiang', 'anhui'])];
    const submission = { providedMaterials: ['M01', 'M03', 'M04', 'M05'], providedDocuments: [], commitments: [] };
    const plan = planSubmission(inputs({ evidence: refusedCredit, requests, responses: answered, submission }));
    expect(plan).toMatchObject({ kind: 'DECIDE', decision: { materials: expect.arrayContaining([{ code: 'M05', name: '信用状况', satisfiedBy: 'PROVIDED' }]) } });
    // Asked of Jiangsu in a request that expired unanswered, the refused kind is not waited for either (the clerk could never ask again).
    const silentJiangsu = planSubmission(inputs({ evidence: refusedCredit, requests: [...requests, ...askedFor(['CREDIT_RECORD'], ['jiangsu'])], responses: answered, submission }));
    expect(silentJiangsu.kind).toBe('DECIDE');
    // Without her refusal, those provinces were never asked for it: refused, not waited for.
    expect(planSubmission(inputs({ evidence: [fund('ACCEPTED')], requests, responses: answered.map((answer) => ({ ...answer, recordIds: answer.holder === 'shanghai' ? ['SAMPLE-PF-0001'] : [] })), submission }))).toMatchObject({
      kind: 'REFUSE',
      reason: 'EVIDENCE_NOT_REQUESTED',
    });
  });
});

describe('the applicant’s name on the form and the licence', () => {
  const named = (plan: ReturnType<typeof planSubmission>) => (plan.kind === 'DECIDE' || plan.kind === 'DEFER' ? plan.form.find((field) => field.name === 'applicantName') : undefined);

  it('takes the name a record gives, over a different declared one, and tells the clerk', () => {
    const plan = planSubmission(inputs({ caseFile: { ...caseFile, applicantName: '顾小梅' } }));
    expect(named(plan)).toMatchObject({ value: '顾晓梅', sourceRegion: 'SHANGHAI', sourceRecordId: 'SAMPLE-PF-0001', declared: false });
    // The record is the authority's data: the decision stands, with the difference noted.
    expect(plan).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED', reasons: ['申请人填报的申请人姓名“顾小梅”与上海市记录 SAMPLE-PF-0001 中的“顾晓梅”不一致，已按记录办理，请核实'] } });
    expect(planSubmission(inputs({ caseFile: { ...caseFile, applicantName: '顾晓梅' } }))).toMatchObject({ decision: { reasons: [] } });
  });

  it('takes the declared name where no usable record names the applicant', () => {
    const refused = { evidence: [fund('REJECTED')], submission: { providedMaterials: ['M01', 'M02', 'M03', 'M04'], providedDocuments: [], commitments: [] } };
    const plan = planSubmission(inputs({ ...refused, caseFile: { ...caseFile, applicantName: '顾晓梅' } }));
    expect(named(plan)).toEqual({ name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true });
    expect(plan).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'IN_REVIEW' } });
  });

  it('refuses a case no record names and no name was declared for: its licence would have no holder', () => {
    const refused = { evidence: [fund('REJECTED')], submission: { providedMaterials: ['M01', 'M02', 'M03', 'M04'], providedDocuments: [], commitments: [] } };
    const plan = planSubmission(inputs({ ...refused, caseFile: { ...caseFile, applicantName: null } }));
    expect(plan).toMatchObject({ kind: 'REFUSE', reason: 'APPLICANT_NAME_MISSING' });
    // The clerk holds her identity document: typed at submission, not by opening the case again (which would lose its evidence).
    if (plan.kind === 'REFUSE') expect(plan.message).toContain('请在提交时填写申请人姓名（applicantName）');
    if (plan.kind === 'REFUSE') expect(plan.message).not.toContain('重新受理');
  });

  it('takes a name typed at submission where no record names the applicant, over one declared at opening', () => {
    const refused = { evidence: [fund('REJECTED')] };
    const submission = { providedMaterials: ['M01', 'M02', 'M03', 'M04'], providedDocuments: [], commitments: [], applicantName: '顾晓梅' };
    for (const declaredAtOpening of [null, '顾小梅']) {
      const plan = planSubmission(inputs({ ...refused, submission, caseFile: { ...caseFile, applicantName: declaredAtOpening } }));
      expect(named(plan)).toEqual({ name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true });
    }
    // 容缺: the form kept with the deferral names her too.
    const deferred = planSubmission(inputs({ ...refused, submission: { ...submission, providedMaterials: ['M01', 'M02', 'M04'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] } }));
    expect(deferred.kind).toBe('DEFER');
    expect(named(deferred)).toMatchObject({ value: '顾晓梅', declared: true });
  });

  it('still takes a record’s name over one typed at submission, telling the clerk of the difference', () => {
    const plan = planSubmission(inputs({ submission: { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [], applicantName: '顾小梅' } }));
    expect(named(plan)).toMatchObject({ value: '顾晓梅', sourceRecordId: 'SAMPLE-PF-0001', declared: false });
    expect(plan).toMatchObject({ decision: { outcome: 'APPROVED', reasons: ['申请人填报的申请人姓名“顾小梅”与上海市记录 SAMPLE-PF-0001 中的“顾晓梅”不一致，已按记录办理，请核实'] } });
  });
});

describe('planning a submission for a policy (政策兑现)', () => {
  // A 免申即享 policy whose last day is Friday 31 December 2027, as 苏州稳岗返还's.
  const policy: ItemStandard = { ...item, name: '苏州市失业保险稳岗返还（免申即享）', policy: { applyBy: '2027-12-31' } };
  const submittedOn = (instant: string, changes: Partial<PlanInputs> = {}) => planSubmission(inputs({ item: policy, now: new Date(instant), ...changes }));

  it('approves on its last day, to midnight in China', () => {
    expect(submittedOn('2027-12-31T02:00:00Z')).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED' } });
    // 23:59:59 on 31 December in China.
    expect(submittedOn('2027-12-31T15:59:59Z')).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED' } });
  });

  it('refuses it once closed, naming the last day, whatever the evidence — even a case opened while it was open', () => {
    const plan = submittedOn('2028-01-02T02:00:00Z');
    expect(plan).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_CLOSED' });
    if (plan.kind === 'REFUSE') expect(plan.message).toBe('“苏州市失业保险稳岗返还（免申即享）”的申请截止日为 2027-12-31，已截止，不再受理申请');
    // 00:30 on 1 January 2028 in China, still 31 December in UTC: the day is China's.
    expect(submittedOn('2027-12-31T16:30:00Z')).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_CLOSED' });
    // Before anything else is looked at: the applicant is told the policy is closed, not to preview.
    expect(submittedOn('2028-01-02T02:00:00Z', { evidence: [fund('PENDING_PREVIEW')] })).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_CLOSED' });
  });

  it('judges a 容缺 case completed after the last day on the day it was submitted', () => {
    // Its last material confirmed on 5 January 2028, for a submission of 31 December 2027.
    expect(submittedOn('2028-01-05T02:00:00Z', { evidenceValidAt: new Date('2027-12-31T02:00:00Z') })).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED' } });
    expect(submittedOn('2028-01-05T02:00:00Z', { evidenceValidAt: new Date('2028-01-01T02:00:00Z') })).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_CLOSED' });
  });

  it('refuses one not yet in force, suspended or cancelled', () => {
    const at = { now: new Date('2026-11-26T02:00:00Z') };
    expect(planSubmission(inputs({ ...at, item: { ...policy, effectiveFrom: '2027-01-01' } }))).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_NOT_YET_OPEN' });
    expect(planSubmission(inputs({ ...at, item: { ...policy, status: 'SUSPENDED' } }))).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_NOT_IN_FORCE' });
    expect(planSubmission(inputs({ ...at, item: { ...policy, cancelOn: '2026-11-26' } }))).toMatchObject({ kind: 'REFUSE', reason: 'POLICY_NOT_IN_FORCE' });
    expect(planSubmission(inputs({ ...at, item: { ...policy, cancelOn: '2026-11-27' } }))).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED' } });
  });
});

describe('planning a submission when the credit records are read only for 容缺/告知承诺', () => {
  const HOLDERS = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'];
  // 生育登记-like: the fund and marriage records replace papers; M03 may come later, M04 be committed; M06 is optional, a commitment allowed for it.
  const lenient: ItemStandard = {
    ...item,
    materials: [
      ...item.materials.filter((material) => material.code !== 'M05'),
      { code: 'M06', name: '异地居住证明', necessity: 'OPTIONAL', replacedBy: null, commitmentAllowed: true, documentType: null, supplyWithin: null },
    ],
  };
  const withoutCredit = everyoneAnswered.map((answer) => ({ ...answer, kinds: ['PROVIDENT_FUND', 'MARRIAGE'] as const }));
  const plain = { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [] };
  const deferM03 = { providedMaterials: ['M01', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' as const }] };
  const commitM04 = { providedMaterials: ['M01', 'M03'], providedDocuments: [], commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' as const }] };

  it('decides a case that uses neither without them', () => {
    expect(planSubmission(inputs({ item: lenient, requests: withoutCredit, responses: withoutCredit, submission: plain }))).toMatchObject({ kind: 'DECIDE', decision: { outcome: 'APPROVED' } });
    // Asked for and still unanswered somewhere: nothing to wait for either.
    const silentAnhui = [...withoutCredit, ...HOLDERS.map((holder) => ({ holder, kinds: ['CREDIT_RECORD' as const] }))];
    expect(planSubmission(inputs({ item: lenient, requests: silentAnhui, responses: withoutCredit, submission: plain }))).toMatchObject({ kind: 'DECIDE' });
  });

  it('refuses 容缺 or 告知承诺 until they are requested, naming them, why, and how to ask for them', () => {
    for (const submission of [deferM03, commitM04]) {
      expect(planSubmission(inputs({ item: lenient, requests: withoutCredit, responses: withoutCredit, submission }))).toEqual({
        kind: 'REFUSE',
        reason: 'EVIDENCE_NOT_REQUESTED',
        message:
          '本次提交适用容缺受理或告知承诺（commitments），须先核验申请人的信用记录（处罚、经营异常、失信），确认其没有虚假承诺或严重失信记录，该材料尚未调取：请先调取（requestEvidence(kinds: [CREDIT_RECORD])），再提交',
        details: { kinds: ['CREDIT_RECORD'], forLeniency: ['CREDIT_RECORD'] },
      });
    }
    // Nothing asked at all: both said.
    expect(planSubmission(inputs({ item: lenient, requests: [], responses: [], submission: deferM03 }))).toMatchObject({
      reason: 'EVIDENCE_NOT_REQUESTED',
      message: expect.stringMatching(/^尚未向持有数据的省份调取材料，请先调取（requestEvidence）；本次提交适用容缺受理或告知承诺.*requestEvidence\(kinds: \[CREDIT_RECORD\]\)）/),
      details: { kinds: ['PROVIDENT_FUND', 'MARRIAGE', 'CREDIT_RECORD'], forLeniency: ['CREDIT_RECORD'] },
    });
  });

  it('reads them for 容缺 and 告知承诺 once gathered, waiting for a holder asked and silent', () => {
    expect(planSubmission(inputs({ item: lenient, submission: deferM03 }))).toMatchObject({ kind: 'DEFER' });
    expect(planSubmission(inputs({ item: lenient, submission: commitM04 }))).toMatchObject({ kind: 'DECIDE', postCheck: 'PENDING' });
    const creditLater = [...withoutCredit, ...HOLDERS.map((holder) => ({ holder, kinds: ['CREDIT_RECORD' as const] }))];
    const threeAnswered = [...withoutCredit, ...withoutCredit.filter((answer) => answer.holder !== 'anhui').map((answer) => ({ ...answer, kinds: ['CREDIT_RECORD' as const], recordIds: [] }))];
    expect(planSubmission(inputs({ item: lenient, requests: creditLater, responses: threeAnswered, submission: deferM03 }))).toEqual({ kind: 'WAIT', reasons: ['安徽省尚未答复（信用记录（处罚、经营异常、失信））'] });
  });

  it('refuses a commitment the item or province does not allow as such, without sending the clerk for credit records', () => {
    const promise = (materialCode: string, type: 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF') => ({ providedMaterials: ['M01', 'M03', 'M04'].filter((code) => code !== materialCode), providedDocuments: [], commitments: [{ materialCode, type }] });
    const refused = (submission: ReturnType<typeof promise>, changes: Partial<PlanInputs> = {}) => planSubmission(inputs({ item: lenient, requests: withoutCredit, responses: withoutCredit, submission, ...changes }));
    expect(refused(promise('M01', 'IN_LIEU_OF_PROOF'))).toMatchObject({ reason: 'COMMITMENT_NOT_ALLOWED' });
    expect(refused(promise('M04', 'SUPPLY_LATER'))).toMatchObject({ reason: 'TOLERANCE_NOT_ALLOWED' });
    expect(refused(promise('M04', 'IN_LIEU_OF_PROOF'), { local: { ...local, commitmentSystem: false } })).toMatchObject({ reason: 'COMMITMENT_NOT_OFFERED' });
    expect(refused(promise('M03', 'SUPPLY_LATER'), { local: { ...local, tolerantAcceptance: false } })).toMatchObject({ reason: 'TOLERANCE_NOT_OFFERED' });
    expect(refused(promise('M99', 'SUPPLY_LATER'))).toMatchObject({ reason: 'UNKNOWN_MATERIAL' });
    expect(refused({ ...plain, commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' }] })).toMatchObject({ reason: 'MATERIAL_HANDED_IN_AND_PROMISED' });
  });
});

describe('a commitment refused on an optional material', () => {
  const optional: ItemStandard = {
    ...item,
    materials: [...item.materials, { code: 'M06', name: '异地居住证明', necessity: 'OPTIONAL', replacedBy: null, commitmentAllowed: true, documentType: null, supplyWithin: null }],
  };
  const listed: CaseEvidence = {
    ...fund('ACCEPTED'),
    id: 'e2',
    kind: 'CREDIT_RECORD',
    record: { ...SAMPLE_RECORDS[6], subjectId: caseFile.subjectId, content: { ...SAMPLE_RECORDS[6].content, subjectKind: 'PERSON', category: 'SERIOUS_DISHONESTY', settled: false, settledOn: null }, region: 'ZHEJIANG', holdingAuthority: 'x' } as HeldRecord,
    issuer: 'zhejiang',
  };
  const answered = everyoneAnswered.map((answer) => (answer.holder === 'zhejiang' ? { ...answer, recordIds: [listed.record.recordId] } : answer));
  const commitM06 = { providedMaterials: ['M01', 'M03', 'M04'], providedDocuments: [], commitments: [{ materialCode: 'M06', type: 'IN_LIEU_OF_PROOF' as const }] };
  const LEAVE_OUT = '“异地居住证明”（M06）为非必要材料，可以不提交：撤回该承诺即可（commitments 不列出该材料）';

  it('says the material may simply be left out, not that it must be handed in — still refusing the commitment', () => {
    const excluded = planSubmission(inputs({ item: optional, evidence: [fund('ACCEPTED'), listed], responses: answered, submission: commitM06 }));
    expect(excluded).toMatchObject({ kind: 'REFUSE', reason: 'COMMITMENT_EXCLUDED', field: 'input.commitments', details: { materialCodes: ['M06'] } });
    if (excluded.kind === 'REFUSE') {
      expect(excluded.message).toMatch(/^申请人有虚假承诺或严重失信记录（.*），不能适用告知承诺，“异地居住证明”（M06）为非必要材料，可以不提交：撤回该承诺即可（commitments 不列出该材料）$/);
      expect(excluded.message).not.toContain('请提交');
    }
    expect(planSubmission(inputs({ item: optional, local: { ...local, commitmentSystem: false }, submission: commitM06 }))).toMatchObject({
      reason: 'COMMITMENT_NOT_OFFERED',
      message: `本省未对该事项实行告知承诺，${LEAVE_OUT}`,
    });
    const notAllowed = { ...optional, materials: optional.materials.map((m) => (m.code === 'M06' ? { ...m, commitmentAllowed: false } : m)) };
    expect(planSubmission(inputs({ item: notAllowed, submission: commitM06 }))).toMatchObject({ reason: 'COMMITMENT_NOT_ALLOWED', message: `“异地居住证明”（M06）不适用告知承诺；${LEAVE_OUT}` });
    // A required material is still to be handed in.
    const commitM04 = { providedMaterials: ['M01', 'M03'], providedDocuments: [], commitments: [{ materialCode: 'M04', type: 'IN_LIEU_OF_PROOF' as const }] };
    expect(planSubmission(inputs({ item: optional, evidence: [fund('ACCEPTED'), listed], responses: answered, submission: commitM04 }))).toMatchObject({
      reason: 'COMMITMENT_EXCLUDED',
      message: expect.stringMatching(/不能适用告知承诺，请提交“居住证明”（M04）$/),
    });
  });
});
