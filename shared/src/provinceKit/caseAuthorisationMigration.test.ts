import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { migrate } from '../store/openDatabase.ts';
import { CaseStore } from './caseStore.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';
import { WINDOW_CLERK } from './windowCase.fixture.ts';

/**
 * Cases of a database from before authorisations were kept (migration 25): one the applicant
 * opened online was her own request, and is authorised from its opening; one opened at a window
 * waits for her, as a new one does.
 */
describe('cases from before the applicant’s authorisation was kept (migration)', () => {
  it('authorises those she opened online from their opening, and leaves window cases to her', () => {
    const index = PROVINCE_MIGRATIONS.findIndex((migration) => migration.includes('ADD COLUMN authorised_by'));
    const db = openProvinceDatabase(':memory:');
    // As the version before left it: no authorisation columns.
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_by');
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_at');
    db.pragma(`user_version = ${index}`);
    const applicant = { kind: 'APPLICANT', subjectId: '310118198804123021' };
    const insertCase = (id: string, channel: string, openedBy: object) =>
      db
        .prepare(
          `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
           VALUES (?, '200047001000', '310118198804123021', 'PERSON', 'OPEN', ?, ?, '2026-11-25T02:00:00.000Z', ?, 'd')`,
        )
        .run(id, channel, JSON.stringify(openedBy), `key-${id}`);
    insertCase('3220261125000001', 'ONLINE', applicant);
    insertCase('3220261125000002', 'WINDOW', WINDOW_CLERK);
    migrate(db, PROVINCE_MIGRATIONS);
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    expect(store.caseById('3220261125000001')?.authorisation).toEqual({ by: applicant, at: '2026-11-25T02:00:00.000Z' });
    expect(store.caseById('3220261125000002')?.authorisation).toBeNull();
    db.close();
  });
});
