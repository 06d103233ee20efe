import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE_RESPONSE_SEALING,
  EVIDENCE_RESPONSE_TYPE,
  EVIDENCE_SEALING,
  EVIDENCE_TYPE,
  type CaseActor,
  type EvidenceBody,
  type EvidenceResponseBody,
} from '../evidence/evidenceMessages.ts';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { TrustListPublisher } from '../trust/publishTrustList.ts';
import { recipientKey, sealMessage } from '../trust/sealedMessage.ts';
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
 * (without it) when that is someone else. And Jiangsu opening evidence encrypted to it — and
 * only that.
 */
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
/** The applicant of the case the evidence is handed into. */
const APPLICANT = SAMPLE_PERSON_ID;
/** The person the evidence is about. */
const OTHER = '330421198611030011';
const ITEM = '000000000001';

const root = mkdtempSync(join(tmpdir(), 'yrd-intake-'));
let shanghai: MemberKeys;
let jiangsu: MemberKeys;
let trust: TrustListSource;
let services: ProvinceServices;
let audit: AuditLog;
let db: ReturnType<typeof openProvinceDatabase>;

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  jiangsu = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, keysDir);
  shanghai.register(trustDir);
  jiangsu.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  trust = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  db = openProvinceDatabase(':memory:');
  audit = new AuditLog(db);
  const region = requireRegion('JIANGSU');
  services = { config: { region }, cases: new CaseStore(db, region), audit, trust, keys: jiangsu } as unknown as ProvinceServices;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let caseCounter = 0;
function caseOf(subjectId: string): CaseFile {
  return { id: `322026010100${String(++caseCounter).padStart(4, '0')}`, itemCode: ITEM, subjectId, subjectKind: 'PERSON' } as CaseFile;
}

function fundRecordOf(subjectId: string): HeldRecord {
  const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as HeldRecord;
  return { ...fund, recordId: `PF-${subjectId}`, subjectId, region: 'SHANGHAI', holdingAuthority: '上海市公积金管理中心' };
}

/** Shanghai's signed evidence of the person's fund record, released for a case (before encryption). */
function signedEvidence(subjectId: string, caseId: string, issuedAt = new Date(), lifetimeSeconds = 3600, requestId = 'request-1'): Promise<string> {
  const body: EvidenceBody = { aud: 'jiangsu', requestId, caseId, filingRegion: 'JIANGSU', subjectId, kind: 'PROVIDENT_FUND', record: fundRecordOf(subjectId) };
  return signMessage(EVIDENCE_TYPE, body, shanghai.signingKey, lifetimeSeconds, issuedAt);
}

/** Encrypted to a member's current key, as a holder releases it. */
async function sealFor(member: string, signed: string): Promise<string> {
  return sealMessage(signed, EVIDENCE_SEALING, (await recipientKey(trust, member)) ?? expect.unreachable(`${member} has no encryption key`));
}

/** Shanghai's evidence as it releases it: signed, and encrypted to Jiangsu. */
async function evidence(subjectId: string, caseId: string, issuedAt = new Date(), lifetimeSeconds = 3600): Promise<string> {
  return sealFor('jiangsu', await signedEvidence(subjectId, caseId, issuedAt, lifetimeSeconds));
}

const historyOf = (subjectId: string, caseId: string) =>
  audit
    .entriesFor(subjectId, 'PERSON', 100)
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
    expect(JSON.stringify(audit.entriesFor(APPLICANT, 'PERSON', 100))).not.toContain(`PF-${OTHER}`);
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
    // Whoever can encrypt to Jiangsu (anyone: its key is public) cannot make altered evidence verify.
    const genuine = await signedEvidence(APPLICANT, applicants.id);
    const [header, payload, signature] = genuine.split('.');
    const body = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as EvidenceBody;
    const altered = { ...body, subjectId: OTHER, record: fundRecordOf(OTHER) };
    const forged = await sealFor('jiangsu', `${header}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`);
    const before = audit.entriesFor(OTHER, 'PERSON', 100).length;
    expect(await takeIn(forged, applicants, CLERK, services)).toMatchObject({ accepted: false, reason: 'TAMPERED' });
    expect(audit.entriesFor(OTHER, 'PERSON', 100)).toHaveLength(before);
    expect(historyOf(APPLICANT, applicants.id)).toEqual([expect.objectContaining({ reason: 'TAMPERED', kinds: [], recordIds: [] })]);
  });
});

describe('evidence encrypted to the filing province', () => {
  /** A case with an open request to Shanghai for the applicant's fund record, as requestEvidence records it. */
  let opened = 0;
  function caseWithRequest() {
    const { caseFile } = services.cases.openCase({
      itemCode: ITEM,
      subjectId: APPLICANT,
      subjectKind: 'PERSON',
      applicantName: null,
      channel: 'WINDOW',
      openedBy: CLERK as CaseActor,
      idempotencyKey: `intake-${++opened}`,
    });
    const requestId = `request-${caseFile.id}`;
    const now = new Date();
    services.cases.recordRequest({
      id: requestId,
      caseId: caseFile.id,
      holder: 'shanghai',
      kinds: ['PROVIDENT_FUND'],
      token: 'issued-request',
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 900_000).toISOString(),
    });
    return { caseFile, requestId };
  }

  it('opens with Jiangsu’s key, verifies inside, and keeps the signed evidence — its own copy — not the ciphertext', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const signed = await signedEvidence(APPLICANT, caseFile.id, new Date(), 3600, requestId);
    const sealed = await sealFor('jiangsu', signed);
    const result = await takeIn(sealed, caseFile, CLERK, services);
    expect(result).toMatchObject({ accepted: true, evidence: { issuer: 'shanghai', kind: 'PROVIDENT_FUND', status: 'PENDING_PREVIEW' } });
    const stored = db.prepare<[string], { token: string }>('SELECT token FROM case_evidence WHERE case_id = ?').all(caseFile.id);
    expect(stored).toEqual([{ token: signed }]);
  });

  it('refuses evidence encrypted to another province: Jiangsu cannot open it, and it names nobody', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const forShanghai = await sealFor('shanghai', await signedEvidence(OTHER, caseFile.id, new Date(), 3600, requestId));
    const result = await takeIn(forShanghai, caseFile, CLERK, services);
    expect(result).toMatchObject({ accepted: false, reason: 'NOT_FOR_THIS_PROVINCE', message: expect.stringContaining('其他省份') });
    expect(historyOf(APPLICANT, caseFile.id)).toEqual([expect.objectContaining({ event: 'EVIDENCE_REJECTED', reason: 'NOT_FOR_THIS_PROVINCE', kinds: [], recordIds: [] })]);
    expect(historyOf(OTHER, caseFile.id)).toEqual([]);
  });

  it('refuses corrupted evidence cleanly, whichever part was damaged', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const sealed = await sealFor('jiangsu', await signedEvidence(APPLICANT, caseFile.id, new Date(), 3600, requestId));
    const parts = sealed.split('.');
    const damage = (index: number) => parts.map((part, at) => (at === index ? `${part.slice(0, 6)}${part[6] === 'x' ? 'y' : 'x'}${part.slice(7)}` : part)).join('.');
    for (const corrupted of [damage(0), damage(1), damage(2), damage(3), damage(4), parts.slice(0, 4).join('.') + '.', `${sealed.slice(0, -30)}....`, parts.slice(0, 3).join('.')]) {
      const result = await takeIn(corrupted, caseFile, CLERK, services);
      expect(result.accepted).toBe(false);
      expect(result).toMatchObject({ reason: expect.stringMatching(/^(UNDECRYPTABLE|NOT_FOR_THIS_PROVINCE|WRONG_TYPE)$/), message: expect.any(String) });
    }
    // Damage to the ciphertext itself, or a token cut short (even to three parts), is what it is.
    expect(await takeIn(damage(3), caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'UNDECRYPTABLE', message: expect.stringContaining('损坏') });
    expect(await takeIn(parts.slice(0, 3).join('.'), caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'UNDECRYPTABLE' });
    expect(services.cases.evidenceOf(caseFile.id)).toEqual([]);
  });

  it('refuses signed evidence handed in without encryption, filing it under the person it is about', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const plain = await signedEvidence(OTHER, caseFile.id, new Date(), 3600, requestId);
    expect(await takeIn(plain, caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'NOT_ENCRYPTED' });
    expect(historyOf(OTHER, caseFile.id)).toEqual([expect.objectContaining({ reason: 'NOT_ENCRYPTED', recordIds: [`PF-${OTHER}`] })]);
    expect(await takeIn('not-a-token', caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'UNDECRYPTABLE' });
    expect(await takeIn('not.a.token', caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'MALFORMED' });
  });

  /** Shanghai's signed answer to the case's request, naming the records it released. */
  const signedAnswer = (caseFile: CaseFile, requestId: string, recordIds: string[]) =>
    signMessage(EVIDENCE_RESPONSE_TYPE, { aud: 'jiangsu', requestId, caseId: caseFile.id, filingRegion: 'JIANGSU', subjectId: APPLICANT, kinds: ['PROVIDENT_FUND'], recordIds } satisfies EvidenceResponseBody, shanghai.signingKey, 3600);
  const sealAnswerFor = async (member: string, signed: string) =>
    sealMessage(signed, EVIDENCE_RESPONSE_SEALING, (await recipientKey(trust, member)) ?? expect.unreachable(`${member} has no encryption key`));

  it('opens the holder’s answer sealed to it — which records were released, unread by whoever carried it — and keeps the signed answer', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const signed = await signedAnswer(caseFile, requestId, [`PF-${APPLICANT}`]);
    const result = await takeIn(await sealAnswerFor('jiangsu', signed), caseFile, CLERK, services);
    expect(result).toMatchObject({ accepted: true, answer: { requestId, holder: 'shanghai', recordIds: [`PF-${APPLICANT}`], token: signed } });
    expect(services.cases.responsesOf(caseFile.id)).toEqual([expect.objectContaining({ requestId, recordIds: [`PF-${APPLICANT}`], token: signed })]);
    // One signed before answers were sealed (a holder not yet updated, or in flight) is still taken in.
    const older = caseWithRequest();
    expect(await takeIn(await signedAnswer(older.caseFile, older.requestId, []), older.caseFile, CLERK, services)).toMatchObject({ accepted: true, answer: { recordIds: [] } });
  });

  it('refuses an answer sealed to another province, naming nobody, and never takes an answer for evidence', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const forShanghai = await sealAnswerFor('shanghai', await signedAnswer(caseFile, requestId, [`PF-${APPLICANT}`]));
    expect(await takeIn(forShanghai, caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'NOT_FOR_THIS_PROVINCE' });
    expect(historyOf(APPLICANT, caseFile.id)).toEqual([expect.objectContaining({ event: 'EVIDENCE_REJECTED', reason: 'NOT_FOR_THIS_PROVINCE', kinds: [], recordIds: [] })]);
    // Evidence inside an answer's envelope (or the reverse) is refused for its type, and nothing is kept.
    const evidenceAsAnswer = await sealAnswerFor('jiangsu', await signedEvidence(APPLICANT, caseFile.id, new Date(), 3600, requestId));
    expect(await takeIn(evidenceAsAnswer, caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'WRONG_TYPE' });
    expect(services.cases.responsesOf(caseFile.id)).toEqual([]);
    expect(services.cases.evidenceOf(caseFile.id)).toEqual([]);
  });

  it('opens evidence encrypted to its previous key after it rotates; the holder encrypts to the new one', async () => {
    const { caseFile, requestId } = caseWithRequest();
    const before = await sealFor('jiangsu', await signedEvidence(APPLICANT, caseFile.id, new Date(), 3600, requestId));
    const oldKid = (await recipientKey(trust, 'jiangsu'))?.kid;
    const rotated = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
    await rotated.rotateEncryptionKey();
    rotated.register(join(root, 'trust'));
    try {
      const withRotated = { ...services, keys: rotated } as ProvinceServices;
      const freshKey = await recipientKey({ current: trust.refresh, refresh: trust.refresh }, 'jiangsu');
      expect(freshKey?.kid).not.toBe(oldKid);
      const after = await sealMessage(await signedEvidence(APPLICANT, caseFile.id, new Date(), 3600, requestId), EVIDENCE_SEALING, freshKey ?? expect.unreachable());
      expect(await takeIn(after, caseFile, CLERK, withRotated)).toMatchObject({ accepted: true });
      // In flight when the key rotated: still opens, with the retired key.
      expect(await takeIn(before, caseFile, CLERK, withRotated)).toMatchObject({ accepted: true });
      // A province that does not hold the new key cannot open what is sealed to it.
      expect(await takeIn(after, caseFile, CLERK, services)).toMatchObject({ accepted: false, reason: 'NOT_FOR_THIS_PROVINCE' });
    } finally {
      // The other tests seal to the key this file's Jiangsu holds.
      jiangsu.register(join(root, 'trust'));
      await trust.refresh();
    }
  });
});

describe('evidence under a number valid both as a person’s and as a credit code', () => {
  const BOTH = numberValidAsBoth();
  const penalty = SAMPLE_RECORDS.find((record) => record.kind === 'CREDIT_RECORD') as HeldRecord<'CREDIT_RECORD'>;
  const creditRecordOf = (subjectKind: 'PERSON' | 'ENTERPRISE'): HeldRecord => ({
    ...penalty,
    recordId: `CR-${subjectKind}`,
    subjectId: BOTH,
    region: 'SHANGHAI',
    holdingAuthority: '上海市市场监督管理局',
    content: { ...penalty.content, subjectKind },
  });
  /** The enterprise's case, with an open request to Shanghai for its credit records. */
  function enterpriseCase() {
    const { caseFile } = services.cases.openCase({
      itemCode: ITEM,
      subjectId: BOTH,
      subjectKind: 'ENTERPRISE',
      applicantName: '镇江某某科技有限公司',
      channel: 'WINDOW',
      openedBy: CLERK as CaseActor,
      idempotencyKey: `both-${caseCounter++}`,
    });
    const requestId = `request-${caseFile.id}`;
    const now = new Date();
    services.cases.recordRequest({ id: requestId, caseId: caseFile.id, holder: 'shanghai', kinds: ['CREDIT_RECORD'], token: 'issued', issuedAt: now.toISOString(), expiresAt: new Date(now.getTime() + 900_000).toISOString() });
    return { caseFile, requestId };
  }
  const sealedCreditRecord = async (caseId: string, requestId: string, subjectKind: 'PERSON' | 'ENTERPRISE') => {
    const body: EvidenceBody = { aud: 'jiangsu', requestId, caseId, filingRegion: 'JIANGSU', subjectId: BOTH, kind: 'CREDIT_RECORD', record: creditRecordOf(subjectKind) };
    return sealFor('jiangsu', await signMessage(EVIDENCE_TYPE, body, shanghai.signingKey, 3600));
  };
  const history = (kind: 'PERSON' | 'ENTERPRISE', caseId: string) =>
    audit.entriesFor(BOTH, kind, 100).filter((entry) => entry.caseId === caseId).map((entry) => ({ reason: entry.reason, recordIds: entry.recordIds }));

  it('refuses the citizen’s record in the enterprise’s case as another subject’s, filed under each of them', async () => {
    const { caseFile, requestId } = enterpriseCase();
    const result = await takeIn(await sealedCreditRecord(caseFile.id, requestId, 'PERSON'), caseFile, CLERK, services);
    expect(result).toMatchObject({ accepted: false, reason: 'SUBJECT_MISMATCH' });
    expect(services.cases.evidenceOf(caseFile.id)).toEqual([]);
    expect(history('PERSON', caseFile.id)).toEqual([{ reason: 'SUBJECT_MISMATCH', recordIds: ['CR-PERSON'] }]);
    expect(history('ENTERPRISE', caseFile.id)).toEqual([{ reason: 'SUBJECT_MISMATCH', recordIds: [] }]);
  });

  it('takes in the enterprise’s own record', async () => {
    const { caseFile, requestId } = enterpriseCase();
    expect(await takeIn(await sealedCreditRecord(caseFile.id, requestId, 'ENTERPRISE'), caseFile, CLERK, services)).toMatchObject({ accepted: true });
    expect(history('PERSON', caseFile.id)).toEqual([]);
  });
});
