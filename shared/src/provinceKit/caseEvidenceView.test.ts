import { describe, expect, it } from 'vitest';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, EvidenceStatus } from './caseModel.ts';
import { caseEvidenceView } from './recordViews.ts';

/** A case's evidence as the clerk working the case and as its applicant see it (caseEvidenceView). */
const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord;

const piece = (status: EvidenceStatus): CaseEvidence => ({
  id: 'evidence-1',
  caseId: '3220261127000001',
  requestId: 'request-1',
  issuer: 'shanghai',
  kind: 'PROVIDENT_FUND',
  record: { ...fund, region: 'SHANGHAI', holdingAuthority: '上海市公积金管理中心' },
  token: 'sealed',
  receivedAt: '2026-11-27T01:00:00.000Z',
  expiresAt: '2026-12-04T01:00:00.000Z',
  status,
  decidedBy: status === 'PENDING_PREVIEW' ? null : { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID },
  decidedAt: status === 'PENDING_PREVIEW' ? null : '2026-11-27T01:05:00.000Z',
});

describe('caseEvidenceView', () => {
  it('shows the clerk the record whole while the applicant has not refused it', () => {
    for (const status of ['PENDING_PREVIEW', 'ACCEPTED'] as const) {
      expect(caseEvidenceView(piece(status), 'CASE_OFFICER').record).toMatchObject({ personName: '顾晓梅', accountNumber: '110234567801' });
    }
  });

  it('shows a refused record to its holder alone: the clerk keeps the entry, without the record', () => {
    const refused = piece('REJECTED');
    const clerk = caseEvidenceView(refused, 'CASE_OFFICER');
    expect(clerk).toEqual({
      id: 'evidence-1',
      issuer: 'SHANGHAI',
      kind: 'PROVIDENT_FUND',
      recordId: fund.recordId,
      status: 'REJECTED',
      receivedAt: '2026-11-27T01:00:00.000Z',
      expiresAt: '2026-12-04T01:00:00.000Z',
      decidedAt: '2026-11-27T01:05:00.000Z',
      decidedBy: { kind: 'APPLICANT', region: null, division: null, window: null, operatorId: null, subjectId: SAMPLE_PERSON_ID },
      record: null,
    });
    expect(caseEvidenceView(refused, 'PUBLIC').record).toBeNull();
    expect(caseEvidenceView(refused, 'HOLDER').record).toMatchObject({ personName: '顾晓梅', accountNumber: '110234567801' });
  });
});
