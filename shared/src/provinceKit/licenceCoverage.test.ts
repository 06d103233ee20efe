import { describe, expect, it } from 'vitest';
import type { ElectronicLicenceContent } from '../standard/recordContents.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, CaseFile, EvidenceResponse } from './caseModel.ts';
import { planSubmission, type PlanInputs } from './casePlanning.ts';
import type { ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';

/**
 * 无证明 by an electronic licence: a material replaced by E_LICENCE is covered only by a valid
 * licence of the item it names (licenceOf) — the 住房公积金异地个人住房贷款申请 reads the
 * 异地贷款职工住房公积金缴存使用证明, not whatever other licence the applicant holds.
 */
const CERTIFICATE_ITEM = '200047001000';
const BIRTH_REGISTRATION = '200502001000';
const clerk = { kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0001' } as const;

const loan: ItemStandard = {
  code: '200047002000',
  name: '住房公积金异地个人住房贷款申请',
  audiences: ['NATURAL_PERSON'],
  evidenceKinds: ['E_LICENCE'],
  evidenceLicences: [CERTIFICATE_ITEM],
  crossRegion: true,
  instantApproval: false,
  promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS' },
  materials: [
    { code: 'M01', name: '借款人有效身份证件', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'IDENTITY_DOCUMENT', supplyWithin: null },
    {
      code: 'M02',
      name: '异地贷款职工住房公积金缴存使用证明',
      necessity: 'REQUIRED',
      replacedBy: 'E_LICENCE',
      licenceOf: CERTIFICATE_ITEM,
      commitmentAllowed: false,
      documentType: null,
      supplyWithin: null,
    },
    { code: 'M03', name: '购房合同', necessity: 'REQUIRED', replacedBy: null, commitmentAllowed: false, documentType: 'TRANSFER_CONTRACT', supplyWithin: null },
  ],
  approvalRules: [],
  licence: { typeCode: '11100000MB0900G94F001', name: '住房公积金异地个人住房贷款申请办理结果', validityDays: null },
  status: 'IN_FORCE',
  effectiveFrom: '2021-06-01',
  cancelOn: null,
  policy: null,
};
const local = { standardCode: loan.code, promisedTimeLimit: { amount: 10, unit: 'WORKING_DAYS' }, tolerantAcceptance: false, commitmentSystem: false } as LocalImplementation;
const caseFile = { id: '3320261126000001', subjectId: '310118198804123021', subjectKind: 'PERSON', applicantName: '顾晓梅', itemCode: loan.code } as CaseFile;

let serial = 0;
/** A licence she holds, issued in Jiangsu by a case of `itemCode`. */
function licence(itemCode: string, changes: Partial<ElectronicLicenceContent> = {}): CaseEvidence {
  const licenceId = `3211100000000013338W047JS32026112500000${++serial}001X`;
  const record: HeldRecord<'E_LICENCE'> = {
    kind: 'E_LICENCE',
    recordId: licenceId,
    subjectId: caseFile.subjectId,
    updatedOn: '2026-11-25',
    region: 'JIANGSU',
    holdingAuthority: '江苏省电子证照库',
    content: {
      licenceId,
      licenceName: itemCode === CERTIFICATE_ITEM ? '异地贷款职工住房公积金缴存使用证明' : '生育登记办理结果',
      licenceTypeCode: itemCode === CERTIFICATE_ITEM ? '11100000000013338W047' : '11100000MB0900G94F001',
      issuerName: '苏州市住房公积金管理中心',
      issuerCode: '123205004669852173',
      holderKind: 'PERSON',
      holderName: '顾晓梅',
      issuedOn: '2026-11-25',
      validUntil: itemCode === CERTIFICATE_ITEM ? '2027-02-22' : null,
      licenceStatus: 'VALID',
      caseId: `32202611250000${String(serial).padStart(2, '0')}`,
      itemCode,
      ...changes,
    },
  };
  return {
    id: `e${serial}`,
    caseId: caseFile.id,
    requestId: 'jiangsu',
    issuer: 'jiangsu',
    kind: 'E_LICENCE',
    record,
    token: 't',
    receivedAt: '2026-11-26T00:00:00Z',
    expiresAt: '2099-01-01T00:00:00Z',
    status: 'ACCEPTED',
    decidedBy: null,
    decidedAt: null,
  };
}

/** Every holder answered; Jiangsu with the licences handed in. */
function inputs(evidence: CaseEvidence[], now = new Date('2026-11-26T02:00:00Z')): PlanInputs {
  const responses: EvidenceResponse[] = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'].map((holder) => ({
    requestId: holder,
    caseId: caseFile.id,
    holder,
    kinds: ['E_LICENCE'],
    recordIds: holder === 'jiangsu' ? evidence.map((piece) => piece.record.recordId) : [],
    token: 't',
    receivedAt: '2026-11-26T00:00:00Z',
  }));
  return {
    caseFile,
    item: loan,
    local,
    evidence,
    responses,
    requests: responses,
    submission: { providedMaterials: [], providedDocuments: ['IDENTITY_DOCUMENT', 'TRANSFER_CONTRACT'], commitments: [] },
    actor: clerk,
    now,
  };
}

const certificateStatus = (plan: ReturnType<typeof planSubmission>) => (plan.kind === 'DECIDE' ? plan.decision.materials.find((material) => material.code === 'M02') : undefined);

describe('a material replaced by an electronic licence (licenceOf)', () => {
  it('is not covered by a licence of another item: her 生育登记 result is no 缴存使用证明', () => {
    const plan = planSubmission(inputs([licence(BIRTH_REGISTRATION)]));
    expect(plan).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
    if (plan.kind === 'REFUSE') expect(plan.message).toContain('缺少材料“异地贷款职工住房公积金缴存使用证明”');
  });

  it('is covered by a valid certificate of the item it names, whatever else she holds', () => {
    expect(certificateStatus(planSubmission(inputs([licence(CERTIFICATE_ITEM)])))).toEqual({ code: 'M02', name: '异地贷款职工住房公积金缴存使用证明', satisfiedBy: 'EVIDENCE' });
    expect(certificateStatus(planSubmission(inputs([licence(BIRTH_REGISTRATION), licence(CERTIFICATE_ITEM)])))).toMatchObject({ satisfiedBy: 'EVIDENCE' });
  });

  it('is not covered by the certificate once it is revoked or past its last valid day', () => {
    expect(planSubmission(inputs([licence(CERTIFICATE_ITEM, { licenceStatus: 'REVOKED' })]))).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
    expect(planSubmission(inputs([licence(CERTIFICATE_ITEM, { licenceStatus: 'EXPIRED' })]))).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
    // Released as valid on its last day (25 February, CST); submitted the day after, it is no longer.
    const lastDay = licence(CERTIFICATE_ITEM, { validUntil: '2027-02-25' });
    expect(certificateStatus(planSubmission(inputs([lastDay], new Date('2027-02-25T15:00:00Z'))))).toMatchObject({ satisfiedBy: 'EVIDENCE' });
    expect(planSubmission(inputs([lastDay], new Date('2027-02-25T16:00:00Z')))).toMatchObject({ kind: 'REFUSE', reason: 'MATERIALS_MISSING' });
  });

  it('is covered by the paper when she hands it in instead', () => {
    const plan = planSubmission({ ...inputs([licence(BIRTH_REGISTRATION)]), submission: { providedMaterials: ['M02'], providedDocuments: ['IDENTITY_DOCUMENT', 'TRANSFER_CONTRACT'], commitments: [] } });
    expect(certificateStatus(plan)).toMatchObject({ satisfiedBy: 'PROVIDED' });
  });
});
