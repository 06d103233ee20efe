import { describe, expect, it } from 'vitest';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseEvidence, EvidenceStatus } from './caseModel.ts';
import { answerView, answerViews, caseEvidenceView, caseRecordIdsOf, releasedEvidenceView } from './recordViews.ts';

/** A case's evidence as the clerk working the case and as its applicant see it (caseEvidenceView), and released evidence beside its token (releasedEvidenceView). */
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
  it('shows the clerk a record, and its id, only once the applicant has accepted it', () => {
    expect(caseEvidenceView(piece('ACCEPTED'), 'CASE_OFFICER')).toMatchObject({ recordId: fund.recordId, record: { personName: '顾晓梅', accountNumber: '110234567801' } });
    // Waiting for her preview: only what identifies the piece, never its content or record id.
    expect(caseEvidenceView(piece('PENDING_PREVIEW'), 'CASE_OFFICER')).toEqual({
      id: 'evidence-1',
      issuer: 'SHANGHAI',
      kind: 'PROVIDENT_FUND',
      holdingAuthority: '上海市公积金管理中心',
      updatedOn: fund.updatedOn,
      recordId: null,
      status: 'PENDING_PREVIEW',
      receivedAt: '2026-11-27T01:00:00.000Z',
      expiresAt: '2026-12-04T01:00:00.000Z',
      decidedAt: null,
      decidedBy: null,
      record: null,
    });
    // The applicant previews her own record whole.
    expect(caseEvidenceView(piece('PENDING_PREVIEW'), 'HOLDER')).toMatchObject({ recordId: fund.recordId, record: { personName: '顾晓梅', accountNumber: '110234567801' } });
  });

  it('masks another person’s identity number for the clerk once she accepts a record naming him', () => {
    const marriage = SAMPLE_RECORDS.find((record) => record.kind === 'MARRIAGE') as HeldRecord<'MARRIAGE'>;
    const accepted: CaseEvidence = { ...piece('ACCEPTED'), kind: 'MARRIAGE', record: { ...marriage, region: 'SHANGHAI', holdingAuthority: '上海市民政局' } };
    expect(caseEvidenceView(accepted, 'CASE_OFFICER').record).toMatchObject({ spouseName: marriage.content.spouseName, spouseIdNumber: '3304**********0011' });
    expect(caseEvidenceView({ ...accepted, status: 'PENDING_PREVIEW' }, 'CASE_OFFICER').record).toBeNull();
  });

  it('shows a refused record, and its id, to its holder alone: the clerk keeps the entry (kind, issuer, times, REJECTED)', () => {
    const refused = piece('REJECTED');
    const clerk = caseEvidenceView(refused, 'CASE_OFFICER');
    expect(clerk).toEqual({
      id: 'evidence-1',
      issuer: 'SHANGHAI',
      kind: 'PROVIDENT_FUND',
      holdingAuthority: '上海市公积金管理中心',
      updatedOn: fund.updatedOn,
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
  const inCase = (status: EvidenceStatus, recordId: string): CaseEvidence => ({ ...piece(status), issuer: 'zhejiang', record: { ...fund, recordId } });
  const bothIn = (first: EvidenceStatus) => caseRecordIdsOf([inCase(first, '33CR-PC-3320261127000001'), inCase('ACCEPTED', '33CR-OK-1')]);

  it('names a record she refused to nobody but her', () => {
    expect(answerView(answer, 'CASE_OFFICER', bothIn('REJECTED'))).toMatchObject({ recordIds: ['33CR-OK-1'], notHandedIn: 0 });
    expect(answerView(answer, 'HOLDER', bothIn('REJECTED')).recordIds).toEqual(['33CR-PC-3320261127000001', '33CR-OK-1']);
  });

  it('names a record waiting for her preview to nobody but her, and one she accepted to the clerk', () => {
    expect(answerView(answer, 'CASE_OFFICER', bothIn('PENDING_PREVIEW'))).toMatchObject({ recordIds: ['33CR-OK-1'], notHandedIn: 0 });
    expect(answerView(answer, 'HOLDER', bothIn('PENDING_PREVIEW')).recordIds).toEqual(['33CR-PC-3320261127000001', '33CR-OK-1']);
  });

  it('names a record released but never handed in to nobody but her, and counts it for the clerk', () => {
    // Refused on hand-in (another province's key, a damaged ciphertext), or not handed in yet: what it is stays hers to tell.
    const onlyOneIn = caseRecordIdsOf([inCase('ACCEPTED', '33CR-OK-1')]);
    expect(answerView(answer, 'CASE_OFFICER', onlyOneIn)).toMatchObject({ recordIds: ['33CR-OK-1'], notHandedIn: 1 });
    expect(answerView(answer, 'HOLDER', onlyOneIn)).toMatchObject({ recordIds: ['33CR-PC-3320261127000001', '33CR-OK-1'], notHandedIn: 1 });
    expect(answerView(answer, 'CASE_OFFICER', caseRecordIdsOf([]))).toMatchObject({ recordIds: [], notHandedIn: 2 });
  });

  it('goes by issuer: another province’s record of the same id is another record', () => {
    const records = bothIn('ACCEPTED');
    expect(answerView(answer, 'CASE_OFFICER', records)).toMatchObject({ recordIds: ['33CR-PC-3320261127000001', '33CR-OK-1'], notHandedIn: 0 });
    expect(answerView({ ...answer, holder: 'anhui' }, 'CASE_OFFICER', records)).toMatchObject({ recordIds: [], notHandedIn: 2 });
  });
});

describe('releasedEvidenceView', () => {
  const released = { token: 'sealed', record: piece('PENDING_PREVIEW').record, issuedAt: new Date('2026-11-27T01:00:00.000Z'), expiresAt: new Date('2026-12-04T01:00:00.000Z') };

  it('shows the applicant the record beside the token, for her preview', () => {
    expect(releasedEvidenceView(released, 'HOLDER', 'SHANGHAI')).toMatchObject({ recordId: fund.recordId, record: { personName: '顾晓梅', accountNumber: '110234567801' } });
  });

  it('shows the clerk carrying it only what identifies it: nothing she has not accepted reaches him', () => {
    expect(releasedEvidenceView(released, 'CASE_OFFICER', 'SHANGHAI')).toEqual({
      token: 'sealed',
      kind: 'PROVIDENT_FUND',
      recordId: null,
      issuer: 'SHANGHAI',
      holdingAuthority: '上海市公积金管理中心',
      updatedOn: fund.updatedOn,
      issuedAt: '2026-11-27T01:00:00.000Z',
      expiresAt: '2026-12-04T01:00:00.000Z',
      record: null,
    });
  });
});

describe('answerViews', () => {
  const answer = { requestId: 'request-1', caseId: '3220261127000001', holder: 'zhejiang', kinds: ['CREDIT_RECORD' as const], recordIds: ['33CR-OK-1', '33CR-OK-2'], token: 't', receivedAt: '2026-11-27T01:00:00.000Z' };

  it('counts a record two answers released, and the case never took in, once', () => {
    const again = { ...answer, requestId: 'request-2', recordIds: ['33CR-OK-2', '33CR-OK-3'] };
    const views = answerViews([answer, again], 'CASE_OFFICER', caseRecordIdsOf([]));
    expect(views.map((view) => view.notHandedIn)).toEqual([2, 1]);
  });
});
