import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { migrate } from '../store/openDatabase.ts';
import { CaseStore, IdempotencyConflict, type OpenCaseInput } from './caseStore.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';

/**
 * Whose an openCase/openBundle idempotency key is: an applicant's as the kind of subject she is
 * (a person and an enterprise can share a number), a clerk's with the division of the window.
 */
const both = numberValidAsBoth();
const online = (subjectKind: 'PERSON' | 'ENTERPRISE'): OpenCaseInput => ({
  itemCode: '200047001000',
  subjectId: both,
  subjectKind,
  applicantName: null,
  channel: 'ONLINE',
  openedBy: { kind: 'APPLICANT', subjectId: both },
  idempotencyKey: 'my-phone-1',
});
const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'W-01', operatorId: 'js-1' } as const;
const atWindow: OpenCaseInput = { ...online('PERSON'), subjectId: '310118198804123021', channel: 'WINDOW', openedBy: clerk, idempotencyKey: 'k-1' };

describe('idempotency keys of opening a case', () => {
  it('are the person’s or the enterprise’s when both hold one number: neither meets the other’s case', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const person = store.openCase(online('PERSON'));
    // Was: IdempotencyConflict naming the person's case number to the enterprise.
    const enterprise = store.openCase({ ...online('ENTERPRISE'), itemCode: '100101001000' });
    expect(enterprise.created).toBe(true);
    expect(enterprise.caseFile.id).not.toBe(person.caseFile.id);
    expect(store.openCase(online('PERSON'))).toEqual({ caseFile: person.caseFile, created: false });
    // Bundles too.
    const bundle = store.openBundle({ ...online('ENTERPRISE'), idempotencyKey: 'my-bundle' }, ['100101001000']);
    expect(store.openBundle({ ...online('PERSON'), idempotencyKey: 'my-bundle' }, ['200047001000']).created).toBe(true);
    expect(bundle.created).toBe(true);
  });

  it('are the clerk’s of one division: the same window code and operator id elsewhere is another clerk', () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const wujiang = store.openCase(atWindow);
    const kunshan = store.openCase({ ...atWindow, subjectId: '330421198611030011', openedBy: { ...clerk, division: '320583' } });
    expect(kunshan.created).toBe(true);
    expect(() => store.openCase({ ...atWindow, subjectId: '330421198611030011' })).toThrow(IdempotencyConflict);
    expect(store.openCase(atWindow).caseFile.id).toBe(wujiang.caseFile.id);
  });

  it('stored before, in the earlier form, still find their case after the migration', () => {
    const index = PROVINCE_MIGRATIONS.findIndex((migration) => migration.includes("'applicant:' || subject_kind"));
    const db = openProvinceDatabase(':memory:');
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const byClerk = store.openCase(atWindow);
    const byHer = store.openCase(online('ENTERPRISE'));
    const bundle = store.openBundle({ ...atWindow, idempotencyKey: 'k-bundle' }, ['200047001000']);
    // As an earlier version stored them.
    const legacy = (id: string, key: string) => db.prepare('UPDATE case_file SET idempotency_key = ? WHERE id = ?').run(key, id);
    legacy(byClerk.caseFile.id, 'operator:JIANGSU:W-01:js-1:k-1');
    legacy(byHer.caseFile.id, `applicant:${both}:my-phone-1`);
    legacy(bundle.bundle.id, 'operator:JIANGSU:W-01:js-1:k-bundle');
    legacy(bundle.cases[0]?.id ?? '', 'operator:JIANGSU:W-01:js-1:k-bundle:200047001000');
    db.pragma(`user_version = ${index}`);
    migrate(db, PROVINCE_MIGRATIONS.slice(0, index + 1));
    expect(store.openCase(atWindow)).toEqual({ caseFile: byClerk.caseFile, created: false });
    expect(store.openCase(online('ENTERPRISE'))).toEqual({ caseFile: byHer.caseFile, created: false });
    expect(store.openBundle({ ...atWindow, idempotencyKey: 'k-bundle' }, ['200047001000'])).toMatchObject({ bundle: { id: bundle.bundle.id }, created: false });
    // …and the person sharing the number is not taken for the enterprise that opened it.
    expect(store.openCase(online('PERSON')).created).toBe(true);
  });
});
