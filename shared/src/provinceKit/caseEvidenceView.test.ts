import { describe, expect, it } from 'vitest';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, EvidenceStatus } from './caseModel.ts';
import { answerView, caseEvidenceView, refusedRecordIdsOf } from './recordViews.ts';

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

  it('shows a refused record, and its id, to its holder alone: the clerk keeps the entry (kind, issuer, times, REJECTED)', () => {
    const refused = piece('REJECTED');
    const clerk = caseEvidenceView(refused, 'CASE_OFFICER');
    expect(clerk).toEqual({
      id: 'evidence-1',
      issuer: 'SHANGHAI',
      kind: 'PROVIDENT_FUND',
      // Its id can say as much as its contents (33CR-PC-…: a failed post-check, and its case).
      recordId: null,
      status: 'REJECTED',
      receivedAt: '2026-11-27T01:00:00.000Z',
      expiresAt: '2026-12-04T01:00:00.000Z',
      decidedAt: '2026-11-27T01:05:00.000Z',
      decidedBy: { kind: 'APPLICANT', region: null, division: null, window: null, operatorId: null, subjectId: SAMPLE_PERSON_ID },
      record: null,
    });
    expect(caseEvidenceView(refused, 'PUBLIC')).toMatchObject({ record: null, recordId: null });
    expect(caseEvidenceView(refused, 'HOLDER')).toMatchObject({ recordId: fund.recordId, record: { personName: '顾晓梅', accountNumber: '110234567801' } });
  });

  it('reads ERASED once its case is withdrawn, for everyone, its record shown to no one', () => {
    for (const status of ['PENDING_PREVIEW', 'ACCEPTED', 'REJECTED'] as const) {
      for (const audience of ['CASE_OFFICER', 'HOLDER'] as const) {
        expect(caseEvidenceView(piece(status), audience, { caseWithdrawn: true })).toMatchObject({ status: 'ERASED', record: null });
      }
    }
  });
});

describe('answerView', () => {
  const answer = { requestId: 'request-1', caseId: '3220261127000001', holder: 'zhejiang', kinds: ['CREDIT_RECORD' as const], recordIds: ['33CR-PC-3320261127000001', '33CR-OK-1'], token: 't', receivedAt: '2026-11-27T01:00:00.000Z' };
  const refused = refusedRecordIdsOf([{ ...piece('REJECTED'), issuer: 'zhejiang', record: { ...fund, recordId: '33CR-PC-3320261127000001' } }]);

  it('names a record she refused to nobody but her', () => {
    expect(answerView(answer, 'CASE_OFFICER', refused).recordIds).toEqual(['33CR-OK-1']);
    expect(answerView(answer, 'HOLDER', refused).recordIds).toEqual(['33CR-PC-3320261127000001', '33CR-OK-1']);
  });

  it('goes by issuer: another province’s record of the same id is not hers to hide', () => {
    expect(answerView({ ...answer, holder: 'anhui' }, 'CASE_OFFICER', refused).recordIds).toEqual(['33CR-PC-3320261127000001', '33CR-OK-1']);
  });
});
