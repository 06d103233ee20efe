import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { migrate, type SqliteDatabase } from '../store/openDatabase.ts';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { SYSTEM, type CaseStatus } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';
import { WINDOW_CLERK, windowCaseInput } from './windowCase.fixture.ts';

/**
 * When a case's evidence requests end (caseStore.endRequests): as the case leaves the states that
 * gather evidence, or the applicant refuses a record one released — in the same transaction, with
 * an outbox row for the hub.
 */
const clerk = WINDOW_CLERK;
const applicant = { kind: 'APPLICANT', subjectId: '310118198804123021' } as const;
const input = windowCaseInput();
const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord;
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

let serial = 0;
function caseWithRequests(store: CaseStore, holders = ['shanghai', 'anhui'], expiresAt = later(15)) {
  const { caseFile } = store.openCase({ ...input, idempotencyKey: `k-${++serial}` });
  const requests = holders.map((holder) =>
    store.recordRequest({ id: `r-${serial}-${holder}`, caseId: caseFile.id, holder, kinds: ['PROVIDENT_FUND'], token: `token-${holder}`, issuedAt: new Date().toISOString(), expiresAt }),
  );
  return { caseId: caseFile.id, requests };
}

const outbox = (db: SqliteDatabase) => db.prepare<[], { request_id: string }>('SELECT request_id FROM evidence_request_end_outbox ORDER BY request_id').all().map((row) => row.request_id);

describe('a case’s evidence requests', () => {
  it('stay live while the case gathers evidence (OPEN, AWAITING_EVIDENCE: a province that was down is asked again)', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const { caseId } = caseWithRequests(store);
    expect(store.transition(caseId, { from: ['OPEN'], to: 'AWAITING_EVIDENCE', actor: clerk })).toBe(true);
    expect(store.requestsOf(caseId).map((request) => request.endedAt)).toEqual([null, null]);
    expect(outbox(db)).toEqual([]);
  });

  it.each([
    ['WITHDRAWN', 'WITHDRAWN'],
    ['IN_REVIEW', 'SUBMITTED'],
    ['DEFERRED_MATERIALS', 'SUBMITTED'],
    ['APPROVED', 'DECIDED'],
    ['REJECTED', 'DECIDED'],
  ] as [CaseStatus, string][])('end when the case moves to %s (%s), each queued for the hub in the same transaction', (to, reason) => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    let told = 0;
    store.onRequestsEnded(() => told++);
    const { caseId, requests } = caseWithRequests(store);
    const now = new Date();
    expect(store.transition(caseId, { from: ['OPEN'], to, actor: SYSTEM }, now)).toBe(true);
    expect(store.requestsOf(caseId).map((request) => [request.endedAt, request.endReason])).toEqual([
      [now.toISOString(), reason],
      [now.toISOString(), reason],
    ]);
    expect(outbox(db)).toEqual(requests.map((request) => request.id).sort());
    expect(told).toBe(1);
    expect(store.pendingRequestEnds().map((end) => [end.requestId, end.token, end.reason])).toEqual(
      requests.map((request) => [request.id, request.token, reason]).sort(),
    );
  });

  it('end with nothing else when the transition that ended them rolls back', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const { caseId } = caseWithRequests(store);
    expect(() =>
      store.atomically(() => {
        store.transition(caseId, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk });
        throw new Error('a later step failed');
      }),
    ).toThrow('a later step failed');
    expect(store.caseById(caseId)?.status).toBe('OPEN');
    expect(store.requestsOf(caseId).map((request) => request.endedAt)).toEqual([null, null]);
    expect(outbox(db)).toEqual([]);
  });

  it('ends only the request that released a record she refused; her acceptance ends nothing', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const { caseId, requests } = caseWithRequests(store);
    const [shanghai, anhui] = requests;
    const piece = (requestId: string, issuer: string, recordId: string) =>
      store.addEvidence({ caseId, requestId, issuer, kind: 'PROVIDENT_FUND', record: { ...fund, recordId }, token: 'sealed', receivedAt: new Date().toISOString(), expiresAt: later(60) });
    const accepted = piece(anhui?.id ?? '', 'anhui', 'AH-PF-1');
    const refused = piece(shanghai?.id ?? '', 'shanghai', 'SH-PF-1');
    store.decideEvidence(caseId, accepted.id, true, applicant);
    expect(outbox(db)).toEqual([]);
    store.decideEvidence(caseId, refused.id, false, applicant);
    expect(store.requestsOf(caseId).map((request) => [request.holder, request.endReason])).toEqual([
      ['shanghai', 'APPLICANT_REFUSED'],
      ['anhui', null],
    ]);
    expect(outbox(db)).toEqual([shanghai?.id]);
  });

  it('are not queued once expired (no holder answers them), and drop out of the outbox when they expire there', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const expired = caseWithRequests(store, ['shanghai'], new Date(Date.now() - 1000).toISOString());
    store.transition(expired.caseId, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk });
    expect(store.requestsOf(expired.caseId)[0]?.endReason).toBe('WITHDRAWN');
    expect(outbox(db)).toEqual([]);
    const soon = caseWithRequests(store, ['anhui'], later(1));
    store.transition(soon.caseId, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk });
    expect(store.pendingRequestEnds(new Date()).map((end) => end.requestId)).toEqual([soon.requests[0]?.id]);
    expect(store.pendingRequestEnds(new Date(Date.now() + 2 * 60_000))).toEqual([]);
    expect(outbox(db)).toEqual([]);
  });
});

describe('requests of a database from before requests ended (migration)', () => {
  it('end if their case is past gathering or she refused what they released, and those not expired are queued', () => {
    const index = PROVINCE_MIGRATIONS.findIndex((migration) => migration.includes('evidence_request_end_outbox'));
    const db = openProvinceDatabase(':memory:');
    // Built up to just before the migration, as an older version left it (without what later migrations add).
    db.exec('DROP TABLE case_authorisation_proof');
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_by');
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_at');
    db.exec('DROP TABLE hub_answer');
    db.exec('DROP INDEX case_file_by_subject_newest');
    db.exec('CREATE INDEX case_file_by_subject ON case_file (subject_id)');
    db.exec('ALTER TABLE case_commitment DROP COLUMN material_name');
    db.exec('ALTER TABLE queue_ticket DROP COLUMN called_window');
    db.exec('DROP TABLE bound_assertion_use');
    db.exec('DROP TABLE case_pass_on');
    db.exec('DROP TABLE evidence_request_end_outbox');
    db.exec('ALTER TABLE evidence_request DROP COLUMN ended_at');
    db.exec('ALTER TABLE evidence_request DROP COLUMN end_reason');
    db.pragma(`user_version = ${index}`);
    const insertCase = (id: string, status: string) =>
      db
        .prepare(
          `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
           VALUES (?, '200047001000', '310118198804123021', 'PERSON', ?, 'WINDOW', ?, '2026-11-25T02:00:00.000Z', ?, 'd')`,
        )
        .run(id, status, JSON.stringify(clerk), `operator:JIANGSU:WJ-01:js-1:${id}`);
    const insertRequest = (id: string, caseId: string, expiresAt: string) =>
      db
        .prepare("INSERT INTO evidence_request (id, case_id, holder, kinds, token, issued_at, expires_at) VALUES (?, ?, 'shanghai', '[]', ?, '2026-11-25T02:00:00.000Z', ?)")
        .run(id, caseId, `token-${id}`, expiresAt);
    insertCase('3220261125000001', 'OPEN');
    insertCase('3220261125000002', 'WITHDRAWN');
    insertCase('3220261125000003', 'APPROVED');
    insertCase('3220261125000004', 'OPEN');
    insertRequest('live', '3220261125000001', later(10));
    insertRequest('withdrawn', '3220261125000002', later(10));
    insertRequest('approved-long-ago', '3220261125000003', '2026-11-25T02:15:00.000Z');
    insertRequest('refused', '3220261125000004', later(10));
    db.prepare(
      `INSERT INTO case_evidence (id, case_id, request_id, issuer, kind, record_id, record, token, received_at, expires_at, status)
       VALUES ('e1', '3220261125000004', 'refused', 'shanghai', 'PROVIDENT_FUND', 'SH-1', '{}', 't', '2026-11-25T02:01:00.000Z', ?, 'REJECTED')`,
    ).run(later(60));
    migrate(db, PROVINCE_MIGRATIONS);
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const reasonOf = (caseId: string) => store.requestsOf(caseId).map((request) => request.endReason);
    expect(['3220261125000001', '3220261125000002', '3220261125000003', '3220261125000004'].map(reasonOf)).toEqual([
      [null],
      ['WITHDRAWN'],
      ['DECIDED'],
      ['APPLICANT_REFUSED'],
    ]);
    expect(outbox(db)).toEqual(['refused', 'withdrawn']);
  });
});
