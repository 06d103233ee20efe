import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import { AuditLog, type AuditEntryInput } from './auditLog.ts';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { migrate, openDatabase, type SqliteDatabase } from '../store/openDatabase.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';

const CLERK_A: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const CLERK_B: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320583', window: 'KS-01', operatorId: 'js-ks-0009' };
const CLERK_C: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320583', window: 'KS-02', operatorId: 'js-ks-0010' };
const SUBJECT = '310118198804123021';

const request = { subjectId: SUBJECT, caseId: '3220260101000001', itemCode: '000000000001', requestId: 'request-1', kinds: ['PROVIDENT_FUND'] } as const;
const BOTH = numberValidAsBoth();
const refusal = (actor: Caller): AuditEntryInput => ({ ...request, event: 'EVIDENCE_REFUSED', outcome: 'REFUSED', reason: 'NOT_THE_CASE_OFFICER', actor });
const release = (recordIds: string[], actor: Caller = CLERK_A): AuditEntryInput => ({ ...request, event: 'EVIDENCE_RELEASED', outcome: 'RELEASED', actor, recordIds });

describe('AuditLog', () => {
  const db = openProvinceDatabase(':memory:');
  const audit = new AuditLog(db);
  afterEach(() => db.exec('DELETE FROM audit_entry'));

  it('logs every caller who presents one request, each in the subject’s history', () => {
    audit.append(refusal(CLERK_B));
    audit.append(refusal(CLERK_C));
    const history = audit.entriesFor(SUBJECT, 'PERSON', 10);
    expect(history.map((entry) => [entry.reason, entry.actor])).toEqual([
      ['NOT_THE_CASE_OFFICER', CLERK_C],
      ['NOT_THE_CASE_OFFICER', CLERK_B],
    ]);
  });

  it('logs a retried answer once: the same request, caller, outcome and reason', () => {
    audit.append(refusal(CLERK_B));
    audit.append(refusal(CLERK_B));
    audit.append(release(['SAMPLE-PF-0001']));
    audit.append(release(['SAMPLE-PF-0001']));
    expect(audit.all().map((entry) => [entry.event, entry.actor])).toEqual([
      ['EVIDENCE_REFUSED', CLERK_B],
      ['EVIDENCE_RELEASED', CLERK_A],
    ]);
  });

  it('counts a request answered again in its entry, with when it last happened, rather than dropping it', () => {
    const first = new Date('2026-11-25T02:00:00Z');
    const replayed = new Date('2026-11-27T09:30:00Z');
    audit.append(release(['SAMPLE-PF-0001']), first);
    audit.append(release(['SAMPLE-PF-0001']), new Date('2026-11-25T02:00:01Z'));
    audit.append(release(['SAMPLE-PF-0001']), replayed);
    expect(audit.entriesFor(SUBJECT, 'PERSON', 10).map((entry) => [entry.repeats, entry.at, entry.lastAt])).toEqual([
      [3, first.toISOString(), replayed.toISOString()],
    ]);
  });

  it('tells the same caller apart however its object was put together', () => {
    audit.append(refusal(CLERK_B));
    const reordered = Object.fromEntries(Object.entries(CLERK_B).reverse()) as Caller;
    audit.append(refusal(reordered));
    expect(audit.all()).toHaveLength(1);
  });

  it('logs a request presented again that releases other records as its own entry', () => {
    audit.append(release(['SAMPLE-PF-0001']));
    audit.append(release(['SAMPLE-PF-0001', 'SAMPLE-PF-0002']));
    expect(audit.entriesFor(SUBJECT, 'PERSON', 10).map((entry) => entry.recordIds)).toEqual([['SAMPLE-PF-0001', 'SAMPLE-PF-0002'], ['SAMPLE-PF-0001']]);
  });

  it('logs the same caller refused for another reason as its own entry', () => {
    audit.append(refusal(CLERK_B));
    audit.append({ ...refusal(CLERK_B), reason: 'REQUEST_EXPIRED' });
    expect(audit.all().map((entry) => entry.reason)).toEqual(['NOT_THE_CASE_OFFICER', 'REQUEST_EXPIRED']);
  });

  it('never folds entries that name no request', () => {
    const unnamed: AuditEntryInput = { event: 'EVIDENCE_REFUSED', outcome: 'REFUSED', reason: 'REQUEST_TAMPERED', actor: CLERK_B };
    audit.append(unnamed);
    audit.append(unnamed);
    expect(audit.all()).toHaveLength(2);
  });

  it('loses no entry silently to anything but a retry', () => {
    // An entry without an outcome breaks NOT NULL: the write fails loudly instead of being skipped.
    expect(() => audit.append({ ...refusal(CLERK_B), outcome: null as unknown as 'REFUSED' })).toThrow(/NOT NULL/);
  });

  it('writes the entries of one event all or none', () => {
    audit.appendAll([
      { ...refusal(CLERK_B), subjectId: 'A' },
      { ...refusal(CLERK_B), requestId: null, subjectId: 'B' },
    ]);
    expect(audit.all().map((entry) => entry.subjectId)).toEqual(['A', 'B']);
    const broken = { ...refusal(CLERK_C), outcome: null as unknown as 'REFUSED' };
    expect(() => audit.appendAll([{ ...refusal(CLERK_C), subjectId: 'C' }, broken])).toThrow(/NOT NULL/);
    expect(audit.all().map((entry) => entry.subjectId)).toEqual(['A', 'B']);
  });
});

describe('folding like events into one counted entry', () => {
  const db = openProvinceDatabase(':memory:');
  const audit = new AuditLog(db);
  afterEach(() => db.exec('DELETE FROM audit_entry'));
  const ANONYMOUS: Caller = { kind: 'ANONYMOUS' };
  const readRefused = (actor: Caller = ANONYMOUS): AuditEntryInput => ({ event: 'RECORDS_REFUSED', outcome: 'REFUSED', reason: 'SIGN_IN_REQUIRED', subjectId: SUBJECT, actor, kinds: [] });
  const MINUTE = { withinSeconds: 60 } as const;
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 25, 2, 0, 0) + seconds * 1000);

  it('counts identical refusals within the window in the first one, and starts a new entry after it', () => {
    for (let second = 0; second < 60; second++) audit.appendFolded(readRefused(), MINUTE, at(second / 10));
    audit.appendFolded(readRefused(), MINUTE, at(75));
    expect(audit.all().map((entry) => [entry.repeats, entry.at, entry.lastAt])).toEqual([
      [60, at(0).toISOString(), at(5.9).toISOString()],
      [1, at(75).toISOString(), at(75).toISOString()],
    ]);
  });

  it('keeps refusals of another caller, reason or subject apart', () => {
    audit.appendFolded(readRefused(), MINUTE, at(0));
    audit.appendFolded(readRefused(CLERK_B), MINUTE, at(1));
    audit.appendFolded({ ...readRefused(), reason: 'NOT_THE_SUBJECT' }, MINUTE, at(2));
    audit.appendFolded({ ...readRefused(), subjectId: '330421198611030011' }, MINUTE, at(3));
    audit.appendFolded(readRefused(), MINUTE, at(4));
    expect(audit.all().map((entry) => [entry.repeats, entry.reason, entry.subjectId, entry.actor.kind])).toEqual([
      [2, 'SIGN_IN_REQUIRED', SUBJECT, 'ANONYMOUS'],
      [1, 'SIGN_IN_REQUIRED', SUBJECT, 'OPERATOR'],
      [1, 'NOT_THE_SUBJECT', SUBJECT, 'ANONYMOUS'],
      [1, 'SIGN_IN_REQUIRED', '330421198611030011', 'ANONYMOUS'],
    ]);
  });

  it('gathers the records of like reads when records merge, and adds without counting when told the event is not another (repeats 0)', () => {
    const viewed = (recordIds: string[], repeats?: number): AuditEntryInput => ({
      event: 'CASE_EVIDENCE_VIEWED',
      outcome: 'VIEWED',
      subjectId: SUBJECT,
      subjectKind: 'PERSON',
      actor: CLERK_A,
      caseId: request.caseId,
      itemCode: request.itemCode,
      kinds: ['PROVIDENT_FUND'],
      recordIds,
      ...(repeats === undefined ? {} : { repeats }),
    });
    const HOUR = { withinSeconds: 3600, mergeRecords: true } as const;
    audit.appendFolded(viewed(['SAMPLE-PF-0001'], 0), HOUR, at(0));
    audit.appendFolded(viewed(['SAMPLE-PF-0001', 'SAMPLE-PF-0002'], 0), HOUR, at(1));
    audit.appendFolded(viewed(['SAMPLE-PF-0001']), HOUR, at(600));
    expect(audit.all().map((entry) => [entry.repeats, entry.recordIds, entry.lastAt])).toEqual([[2, ['SAMPLE-PF-0001', 'SAMPLE-PF-0002'], at(600).toISOString()]]);
    // Without merging, other records are another entry.
    audit.appendFolded(viewed(['SAMPLE-PF-0003']), MINUTE, at(601));
    expect(audit.all()).toHaveLength(2);
  });
});

describe('the access history of a number valid both as a person’s and as a credit code', () => {
  const audit = new AuditLog(openProvinceDatabase(':memory:'));
  const about = (subjectKind: 'PERSON' | 'ENTERPRISE' | null, requestId: string): AuditEntryInput => ({
    ...release([`R-${requestId}`]),
    subjectId: BOTH,
    subjectKind,
    requestId,
  });
  audit.append(about('PERSON', 'for-her'));
  audit.append(about('ENTERPRISE', 'for-the-company'));
  audit.append(about(null, 'for-whoever'));
  const requests = (kind: 'PERSON' | 'ENTERPRISE') => audit.entriesFor(BOTH, kind, 10).map((entry) => entry.requestId);

  it('shows the citizen her own entries and those that could concern either holder, not the enterprise’s', () => {
    expect(requests('PERSON')).toEqual(['for-whoever', 'for-her']);
  });

  it('shows the enterprise its own entries and those that could concern either holder, not the citizen’s', () => {
    expect(requests('ENTERPRISE')).toEqual(['for-whoever', 'for-the-company']);
  });

  it('keeps which holder an entry concerns', () => {
    expect(audit.all().map((entry) => entry.subjectKind)).toEqual(['PERSON', 'ENTERPRISE', null]);
  });
});

/** An entry as code before migration 12 wrote it: no subject_kind column. */
function insertAsBefore(db: SqliteDatabase, entry: AuditEntryInput): void {
  db.prepare(
    `INSERT INTO audit_entry (at, event, outcome, reason, subject_id, caller, case_id, item_code, request_id, kinds, record_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    new Date().toISOString(),
    entry.event,
    entry.outcome,
    entry.reason ?? null,
    entry.subjectId ?? null,
    JSON.stringify(entry.actor, Object.keys(entry.actor).sort()),
    entry.caseId ?? null,
    entry.itemCode ?? null,
    entry.requestId ?? null,
    JSON.stringify(entry.kinds ?? []),
    JSON.stringify(entry.recordIds ?? []),
  );
}

describe('the audit log of a province database made before migration 12', () => {
  const root = mkdtempSync(join(tmpdir(), 'yrd-audit-12-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('tells whose each earlier entry was where its case or its kinds of evidence say, and leaves the rest to either holder', () => {
    const file = join(root, 'province.sqlite');
    const made = openDatabase(file);
    migrate(made, PROVINCE_MIGRATIONS.slice(0, 11));
    made
      .prepare(
        `INSERT INTO case_file (id, item_code, subject_id, subject_kind, status, channel, opened_by, opened_at, idempotency_key, request_digest)
         VALUES ('3220260101000009', '200101001000', ?, 'ENTERPRISE', 'OPEN', 'WINDOW', '{}', '2026-01-01T00:00:00Z', 'k-9', 'd')`,
      )
      .run(BOTH);
    const entry = (requestId: string, kinds: string[], caseId: string | null): AuditEntryInput => ({
      ...release([`R-${requestId}`]),
      subjectId: BOTH,
      requestId,
      caseId,
      kinds: kinds as AuditEntryInput['kinds'],
    });
    insertAsBefore(made, entry('fund', ['PROVIDENT_FUND', 'SOCIAL_INSURANCE'], 'elsewhere-1'));
    insertAsBefore(made, entry('registration', ['BUSINESS_REGISTRATION'], 'elsewhere-2'));
    insertAsBefore(made, entry('credit-of-local-case', ['CREDIT_RECORD'], '3220260101000009'));
    insertAsBefore(made, entry('credit-elsewhere', ['CREDIT_RECORD', 'TAX'], 'elsewhere-3'));
    insertAsBefore(made, { ...entry('refused-read', [], null), event: 'RECORDS_REFUSED', outcome: 'REFUSED' });
    made.close();

    const db = openProvinceDatabase(file);
    try {
      const kinds = new AuditLog(db).all().map((logged) => [logged.requestId, logged.subjectKind]);
      expect(kinds).toEqual([
        ['fund', 'PERSON'],
        ['registration', 'ENTERPRISE'],
        ['credit-of-local-case', 'ENTERPRISE'],
        ['credit-elsewhere', null],
        ['refused-read', null],
      ]);
    } finally {
      db.close();
    }
  });
});

describe('the audit log of a province database made before migration 14', () => {
  const root = mkdtempSync(join(tmpdir(), 'yrd-audit-14-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('no longer says 已提供 of an earlier answer that released no record, and dates each earlier entry’s last event at its own', () => {
    const file = join(root, 'province.sqlite');
    const made = openDatabase(file);
    migrate(made, PROVINCE_MIGRATIONS.slice(0, 13));
    insertAsBefore(made, release(['SAMPLE-PF-0001']));
    insertAsBefore(made, { ...release([]), requestId: 'request-2' });
    insertAsBefore(made, refusal(CLERK_B));
    made.close();

    const db = openProvinceDatabase(file);
    try {
      const entries = new AuditLog(db).all();
      expect(entries.map((entry) => [entry.event, entry.outcome, entry.recordIds])).toEqual([
        ['EVIDENCE_RELEASED', 'RELEASED', ['SAMPLE-PF-0001']],
        ['EVIDENCE_RELEASED', 'NO_RECORDS', []],
        ['EVIDENCE_REFUSED', 'REFUSED', []],
      ]);
      expect(entries.every((entry) => entry.lastAt === entry.at && entry.repeats === 1)).toBe(true);
    } finally {
      db.close();
    }
  });
});

describe('the audit log of a province database made before migration 9', () => {
  const root = mkdtempSync(join(tmpdir(), 'yrd-audit-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps its entries, and from then on logs every caller of a request while still folding retries', () => {
    const file = join(root, 'province.sqlite');
    // The database as version 8 left it: entries unique by (request, event).
    const made = openDatabase(file);
    migrate(made, PROVINCE_MIGRATIONS.slice(0, 8));
    insertAsBefore(made, release(['SAMPLE-PF-0001']));
    made.close();

    const db = openProvinceDatabase(file);
    try {
      const audit = new AuditLog(db);
      audit.append(refusal(CLERK_B));
      audit.append(refusal(CLERK_C));
      audit.append(refusal(CLERK_C));
      audit.append(release(['SAMPLE-PF-0001']));
      expect(audit.all().map((entry) => [entry.event, entry.actor])).toEqual([
        ['EVIDENCE_RELEASED', CLERK_A],
        ['EVIDENCE_REFUSED', CLERK_B],
        ['EVIDENCE_REFUSED', CLERK_C],
      ]);
      const indexes = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_entry' ORDER BY name").all();
      expect(indexes.map((index) => index.name)).toEqual(['audit_entry_by_subject', 'audit_entry_once_per_retry']);
    } finally {
      db.close();
    }
  });

});
