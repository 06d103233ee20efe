import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_RESPONSE_TYPE, EVIDENCE_TYPE, type EvidenceBody, type EvidenceResponseBody } from '../evidence/evidenceMessages.ts';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { TrustListPublisher } from '../trust/publishTrustList.ts';
import { signMessage, type TrustListSource } from '../trust/signedMessage.ts';
import { AuditLog } from './auditLog.ts';
import type { CaseFile } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import { takeIn } from './evidenceIntake.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * Jiangsu rejecting evidence handed into a case, and under whom its audit log files the
 * rejection: the person whose data it was (with their record), and the case's applicant
 * (without it) when that is someone else.
 */
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
/** The applicant of the case the evidence is handed into. */
const APPLICANT = SAMPLE_PERSON_ID;
/** The person the evidence is about. */
const OTHER = '330421198611030011';
const ITEM = '000000000001';

const root = mkdtempSync(join(tmpdir(), 'yrd-intake-'));
let shanghai: MemberKeys;
let services: ProvinceServices;
let audit: AuditLog;

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  shanghai.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  const trust: TrustListSource = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  const db = openProvinceDatabase(':memory:');
  audit = new AuditLog(db);
  const region = requireRegion('JIANGSU');
  services = { config: { region }, cases: new CaseStore(db, region), audit, trust } as unknown as ProvinceServices;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let caseCounter = 0;
function caseOf(subjectId: string): CaseFile {
  return { id: `322026010100${String(++caseCounter).padStart(4, '0')}`, itemCode: ITEM, subjectId } as CaseFile;
}

function fundRecordOf(subjectId: string): HeldRecord {
  const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord;
  return { ...fund, recordId: `PF-${subjectId}`, subjectId, region: 'SHANGHAI', holdingAuthority: '上海市公积金管理中心' };
}

/** Shanghai's signed evidence of the person's fund record, released for a case. */
function evidence(subjectId: string, caseId: string, issuedAt = new Date(), lifetimeSeconds = 3600): Promise<string> {
  const body: EvidenceBody = { aud: 'jiangsu', requestId: 'request-1', caseId, filingRegion: 'JIANGSU', subjectId, kind: 'PROVIDENT_FUND', record: fundRecordOf(subjectId) };
  return signMessage(EVIDENCE_TYPE, body, shanghai.signingKey, lifetimeSeconds, issuedAt);
}

const historyOf = (subjectId: string, caseId: string) =>
  audit
    .entriesFor(subjectId, 100)
    .filter((entry) => entry.caseId === caseId)
    .map((entry) => ({ event: entry.event, reason: entry.reason, kinds: entry.kinds, recordIds: entry.recordIds, actor: entry.actor }));

describe('evidence rejected on arrival, as the audit log files it', () => {
  it('files another person’s evidence, released for their own case, under that person — the applicant sees the attempt without their record', async () => {
    const theirs = caseOf(OTHER);
    const applicants = caseOf(APPLICANT);
    const result = await takeIn(await evidence(OTHER, theirs.id), applicants, CLERK, services);
    expect(result).toMatchObject({ accepted: false, reason: 'OTHER_CASE' });
    expect(historyOf(OTHER, applicants.id)).toEqual([{ event: 'EVIDENCE_REJECTED', reason: 'OTHER_CASE', kinds: ['PROVIDENT_FUND'], recordIds: [`PF-${OTHER}`], actor: CLERK }]);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([{ event: 'EVIDENCE_REJECTED', reason: 'OTHER_CASE', kinds: ['PROVIDENT_FUND'], recordIds: [], actor: CLERK }]);
    expect(JSON.stringify(audit.entriesFor(APPLICANT, 100))).not.toContain(`PF-${OTHER}`);
  });

  it('files evidence about another person, bound to this very case, under that person', async () => {
    const applicants = caseOf(APPLICANT);
    const result = await takeIn(await evidence(OTHER, applicants.id), applicants, CLERK, services);
    expect(result).toMatchObject({ accepted: false, reason: 'SUBJECT_MISMATCH' });
    expect(historyOf(OTHER, applicants.id)).toEqual([expect.objectContaining({ reason: 'SUBJECT_MISMATCH', recordIds: [`PF-${OTHER}`] })]);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'SUBJECT_MISMATCH', recordIds: [] })]);
  });

  it('files another person’s authentic but expired evidence under that person too', async () => {
    const theirs = caseOf(OTHER);
    const applicants = caseOf(APPLICANT);
    const stale = await evidence(OTHER, theirs.id, new Date(Date.now() - 3600_000), 60);
    expect(await takeIn(stale, applicants, CLERK, services)).toMatchObject({ accepted: false, reason: 'EXPIRED' });
    expect(historyOf(OTHER, applicants.id)).toEqual([expect.objectContaining({ reason: 'EXPIRED', recordIds: [`PF-${OTHER}`] })]);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'EXPIRED', recordIds: [] })]);
  });

  it('files another person’s answer (which records were released) under that person', async () => {
    const theirs = caseOf(OTHER);
    const applicants = caseOf(APPLICANT);
    const body: EvidenceResponseBody = { aud: 'jiangsu', requestId: 'request-2', caseId: theirs.id, filingRegion: 'JIANGSU', subjectId: OTHER, kinds: ['PROVIDENT_FUND'], recordIds: [`PF-${OTHER}`] };
    const answer = await signMessage(EVIDENCE_RESPONSE_TYPE, body, shanghai.signingKey, 3600);
    expect(await takeIn(answer, applicants, CLERK, services)).toMatchObject({ accepted: false, reason: 'OTHER_CASE' });
    expect(historyOf(OTHER, applicants.id)).toEqual([expect.objectContaining({ reason: 'OTHER_CASE', recordIds: [`PF-${OTHER}`] })]);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'OTHER_CASE', recordIds: [] })]);
  });

  it('files the applicant’s own evidence for another of their cases under the applicant alone, with the record', async () => {
    const earlier = caseOf(APPLICANT);
    const applicants = caseOf(APPLICANT);
    expect(await takeIn(await evidence(APPLICANT, earlier.id), applicants, CLERK, services)).toMatchObject({ accepted: false, reason: 'OTHER_CASE' });
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'OTHER_CASE', recordIds: [`PF-${APPLICANT}`] })]);
  });

  it('lets no altered evidence name anyone: it is filed under the case’s applicant, without what it claims', async () => {
    const applicants = caseOf(APPLICANT);
    const genuine = await evidence(APPLICANT, applicants.id);
    const [header, payload, signature] = genuine.split('.');
    const body = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as EvidenceBody;
    const altered = { ...body, subjectId: OTHER, record: fundRecordOf(OTHER) };
    const forged = `${header}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
    const before = audit.entriesFor(OTHER, 100).length;
    expect(await takeIn(forged, applicants, CLERK, services)).toMatchObject({ accepted: false, reason: 'TAMPERED' });
    expect(audit.entriesFor(OTHER, 100)).toHaveLength(before);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'TAMPERED', kinds: [], recordIds: [] })]);
  });
});
