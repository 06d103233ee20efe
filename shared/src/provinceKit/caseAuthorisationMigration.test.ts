import { describe, expect, it } from 'vitest';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { migrate } from '../store/openDatabase.ts';
import { CaseStore } from './caseStore.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';
import { WINDOW_CLERK } from './windowCase.fixture.ts';

/**
 * Cases of a database from before the applicant's authorisation carried her signed request
 * (migration 26): none recorded before could be verified by a holder, so each on a case still
 * gathering evidence is withdrawn and she authorises again — a case she opened online too
 * (authorised from its opening by migration 25, when opening still counted); a case past
 * gathering keeps its own, as its history.
 */
const APPLICANT = { kind: 'APPLICANT', subjectId: '310118198804123021' } as const;

function databaseAt(migration: string) {
  const index = PROVINCE_MIGRATIONS.findIndex((sql) => sql.includes(migration));
  const db = openProvinceDatabase(':memory:');
  return { db, index };
}

function insertCase(db: ReturnType<typeof openProvinceDatabase>, id: string, channel: string, openedBy: object) {
  db.prepare(
    `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
     VALUES (?, '200047001000', '310118198804123021', 'PERSON', 'OPEN', ?, ?, '2026-11-25T02:00:00.000Z', ?, 'd')`,
  ).run(id, channel, JSON.stringify(openedBy), `key-${id}`);
}

describe('cases from before the applicant’s authorisation carried her signed request (migrations 25, 26)', () => {
  it('withdraws every authorisation recorded before on a case still gathering: she gives it again, and then it is kept with her request', () => {
    const { db, index } = databaseAt('CREATE TABLE case_authorisation_proof');
    // As the version before left it: authorisations without a proof.
    db.exec('DROP TABLE case_authorisation_proof');
    db.pragma(`user_version = ${index}`);
    insertCase(db, '3220261125000001', 'ONLINE', APPLICANT);
    insertCase(db, '3220261125000002', 'WINDOW', WINDOW_CLERK);
    insertCase(db, '3220261125000003', 'WINDOW', WINDOW_CLERK);
    // A case decided under its authorisation keeps it, as its history.
    insertCase(db, '3220261125000004', 'WINDOW', WINDOW_CLERK);
    db.prepare("UPDATE case_file SET status = 'APPROVED' WHERE id = '3220261125000004'").run();
    db.prepare("UPDATE case_file SET authorised_by = ?, authorised_at = '2026-11-25T02:05:00.000Z' WHERE id IN ('3220261125000001', '3220261125000002', '3220261125000004')").run(
      JSON.stringify(APPLICANT),
    );
    migrate(db, PROVINCE_MIGRATIONS);
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    for (const id of ['3220261125000001', '3220261125000002', '3220261125000003']) expect(store.caseById(id)?.authorisation).toBeNull();
    expect(store.caseById('3220261125000004')?.authorisation).toEqual({ by: APPLICANT, at: '2026-11-25T02:05:00.000Z' });
    store.authorise('3220261125000002', APPLICANT, STORED_AUTHORISATION, new Date('2026-11-28T01:00:00Z'));
    expect(store.caseById('3220261125000002')?.authorisation).toEqual({ by: APPLICANT, at: '2026-11-28T01:00:00.000Z' });
    expect(store.authorisationProofOf('3220261125000002')).toEqual(STORED_AUTHORISATION);
    db.close();
  });

  it('from before authorisations were kept at all: a case opened online is not authorised either', () => {
    const { db, index } = databaseAt('ADD COLUMN authorised_by');
    db.exec('DROP TABLE case_authorisation_proof');
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_by');
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_at');
    db.pragma(`user_version = ${index}`);
    insertCase(db, '3220261125000001', 'ONLINE', APPLICANT);
    migrate(db, PROVINCE_MIGRATIONS);
    expect(new CaseStore(db, requireRegion('JIANGSU')).caseById('3220261125000001')?.authorisation).toBeNull();
    db.close();
  });
});
