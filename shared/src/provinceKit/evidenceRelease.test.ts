import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE_REQUEST_TYPE,
  EVIDENCE_RESPONSE_SEALING,
  EVIDENCE_RESPONSE_TYPE,
  EVIDENCE_SEALING,
  EVIDENCE_TYPE,
  SEALED_EVIDENCE_RESPONSE_TYPE,
  SEALED_EVIDENCE_TYPE,
  type EvidenceBody,
  type EvidenceRequestBody,
} from '../evidence/evidenceMessages.ts';
import type { RequestEndReason, RequestStatus } from '../evidence/requestEnd.ts';
import { signedAuthorisation } from '../evidence/authorisationProof.fixture.ts';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { EVIDENCE_KIND_VALUES } from '../standard/evidenceKinds.ts';
import type { HeldRecord, NativeRecord } from '../standard/standardRecord.ts';
import { writeJsonFile } from '../trust/jsonFile.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { TrustListPublisher } from '../trust/publishTrustList.ts';
import { UnsealingError, unsealMessage } from '../trust/sealedMessage.ts';
import { signMessage, verifyMessage, type TrustListSource } from '../trust/signedMessage.ts';
import { memberRegistrationFile } from '../trust/trustDirectory.ts';
import { AuditLog } from './auditLog.ts';
import { CaseStore } from './caseStore.ts';
import { releaseEvidence, type ReleasedEvidence } from './evidenceRelease.ts';
import type { NativeFormat } from './nativeFormat.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { ProvinceStore } from './provinceStore.ts';
import { createRecordReader } from './recordReader.ts';

/**
 * Shanghai releasing evidence to Jiangsu's clerks, and what its audit log keeps of it: every
 * caller who presents a request, each release of other records, and the person an authentic
 * but out-of-date request concerns.
 */
/** A hub in step with every issuer that has not heard of the request ending. */
const liveStatus = async (issuer: string, id: string): Promise<RequestStatus> => ({ issuer, id, status: 'LIVE' });
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const SECOND: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320583', window: 'KS-01', operatorId: 'js-ks-0009' };
const THIRD: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320583', window: 'KS-02', operatorId: 'js-ks-0010' };
const OTHER_PERSON = '330421198611030011';
const ITEM = '000000000001';

const jsonFormat: NativeFormat = { description: 'test JSON', encode: (record) => JSON.stringify(record), decode: (_kind, payload) => JSON.parse(payload) as NativeRecord };
const config: ProvinceConfig = {
  region: requireRegion('SHANGHAI'),
  nativeFormat: jsonFormat,
  holdingAuthorities: Object.fromEntries(EVIDENCE_KIND_VALUES.map((kind) => [kind, `authority of ${kind}`])) as ProvinceConfig['holdingAuthorities'],
  implementations: [],
  negativeListNotes: [],
};

const root = mkdtempSync(join(tmpdir(), 'yrd-release-'));
let jiangsu: MemberKeys;
let shanghai: MemberKeys;
let gateway: MemberKeys;
let trustDir: string;
let trust: TrustListSource;
let services: ProvinceServices;
let store: ProvinceStore;
let audit: AuditLog;

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  jiangsu = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, keysDir);
  shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  jiangsu.register(trustDir);
  shanghai.register(trustDir);
  gateway.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  trust = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };

  const db = openProvinceDatabase(':memory:');
  store = new ProvinceStore(db);
  const native = SAMPLE_RECORDS as readonly NativeRecord[];
  store.insertAll(
    native.map((record) => ({ recordId: record.recordId, subjectId: record.subjectId, kind: record.kind, payload: jsonFormat.encode(record) })),
    { scale: 'test' },
  );
  audit = new AuditLog(db);
  services = {
    config,
    records: store,
    read: createRecordReader(config),
    cases: new CaseStore(db, config.region),
    audit,
    keys: shanghai,
    trust,
    hub: { item: async () => ({ evidenceKinds: ['PROVIDENT_FUND'] }), bundle: async () => undefined, requestStatus: liveStatus },
    settings: { evidenceRequestSeconds: 900, evidenceSeconds: 3600 },
  } as unknown as ProvinceServices;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let caseCounter = 0;
/**
 * 数据调取授权 as the filing province writes it into a request: the applicant's, given on her phone
 * at the window (her authoriseEvidence of the case and its item, as the gateway signed it for Jiangsu).
 */
async function authorisedBy(subjectId: string, caseId: string, filingMember = 'jiangsu', itemCode = ITEM): Promise<EvidenceRequestBody['authorisation']> {
  const proof = await signedAuthorisation(gateway.signingKey, { kind: 'CITIZEN', residentId: subjectId }, filingMember, caseId, itemCode);
  return { by: { kind: 'APPLICANT', subjectId }, at: new Date().toISOString(), proof };
}
/** A request Jiangsu issued to its clerk, for a case of its own. */
async function issueRequest(subjectId = SAMPLE_PERSON_ID, issuedAt = new Date(), lifetimeSeconds = 900) {
  const caseId = `322026010100${String(++caseCounter).padStart(4, '0')}`;
  const body: EvidenceRequestBody = {
    aud: 'shanghai',
    caseId,
    itemCode: ITEM,
    filingRegion: 'JIANGSU',
    subject: { id: subjectId, kind: 'PERSON' },
    kinds: ['PROVIDENT_FUND'],
    requester: CLERK as EvidenceRequestBody['requester'],
    authorisation: await authorisedBy(subjectId, caseId),
  };
  return signMessage(EVIDENCE_REQUEST_TYPE, body, jiangsu.signingKey, lifetimeSeconds, issuedAt).then((token) => ({ token, caseId: body.caseId }));
}

async function refusalOf(token: string, caller: Caller): Promise<unknown> {
  try {
    await releaseEvidence(token, caller, services);
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions.reason;
    throw error;
  }
  return 'released';
}

const entriesOfCase = (caseId: string) => audit.all().filter((entry) => entry.caseId === caseId);

describe('releasing evidence, as the audit log keeps it', () => {
  it('logs every clerk who presents another clerk’s request, each in the person’s history, a retry once', async () => {
    const { token, caseId } = await issueRequest();
    expect(await refusalOf(token, SECOND)).toBe('NOT_THE_CASE_OFFICER');
    expect(await refusalOf(token, THIRD)).toBe('NOT_THE_CASE_OFFICER');
    expect(await refusalOf(token, THIRD)).toBe('NOT_THE_CASE_OFFICER');
    // The same window code and operator id in another division of the province is another clerk.
    expect(await refusalOf(token, { ...CLERK, division: '320583' })).toBe('NOT_THE_CASE_OFFICER');
    const history = audit.entriesFor(SAMPLE_PERSON_ID, 'PERSON', 50).filter((entry) => entry.caseId === caseId);
    expect(history.map((entry) => [entry.event, entry.reason, entry.actor])).toEqual([
      ['EVIDENCE_REFUSED', 'NOT_THE_CASE_OFFICER', { ...CLERK, division: '320583' }],
      ['EVIDENCE_REFUSED', 'NOT_THE_CASE_OFFICER', THIRD],
      ['EVIDENCE_REFUSED', 'NOT_THE_CASE_OFFICER', SECOND],
    ]);
  });

  it('logs the request presented again as a release of its own when other records are released, a plain retry once', async () => {
    const { token, caseId } = await issueRequest();
    expect(await refusalOf(token, CLERK)).toBe('released');
    expect(await refusalOf(token, CLERK)).toBe('released');
    // A second fund account turns up (e.g. the system that holds it was back).
    const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as NativeRecord;
    const second = { ...fund, recordId: 'SAMPLE-PF-0099' };
    store.insertAll([{ recordId: second.recordId, subjectId: second.subjectId, kind: second.kind, payload: jsonFormat.encode(second) }], { scale: 'test' });
    expect(await refusalOf(token, CLERK)).toBe('released');
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.recordIds])).toEqual([
      ['EVIDENCE_RELEASED', ['SAMPLE-PF-0001']],
      ['EVIDENCE_RELEASED', ['SAMPLE-PF-0001', 'SAMPLE-PF-0099']],
    ]);
  });

  it('releases nothing without the applicant’s own authorisation, and files the refusal under her', async () => {
    const { authorisation: _dropped, ...unauthorised } = await requestBody({ caseId: '3220260101009901' });
    const missing = await signMessage(EVIDENCE_REQUEST_TYPE, unauthorised, jiangsu.signingKey, 900);
    expect(await refusalOf(missing, CLERK)).toBe('NOT_AUTHORISED');
    // Authorised by someone else (the clerk's own number, another person) is no authorisation of hers.
    const { token: byAnother } = await signedRequest({ caseId: '3220260101009902', authorisation: await authorisedBy(OTHER_PERSON, '3220260101009902') });
    expect(await refusalOf(byAnother, CLERK)).toBe('NOT_AUTHORISED');
    expect(entriesOfCase('3220260101009901').map((entry) => [entry.event, entry.reason, entry.subjectId, entry.recordIds])).toEqual([['EVIDENCE_REFUSED', 'NOT_AUTHORISED', SAMPLE_PERSON_ID, []]]);
    expect(entriesOfCase('3220260101009902').map((entry) => [entry.event, entry.reason])).toEqual([['EVIDENCE_REFUSED', 'NOT_AUTHORISED']]);
    // The same request with her authorisation is released.
    const { token: hers } = await signedRequest({ caseId: '3220260101009903' });
    expect(await refusalOf(hers, CLERK)).toBe('released');
  });

  it('takes no filing province’s word for her authorisation: it must be her own authoriseEvidence of this case and item, as the gateway signed it', async () => {
    const APPLICANT: Caller = { kind: 'CITIZEN', residentId: SAMPLE_PERSON_ID };
    const unproven = async (caseId: string, authorisation: unknown) => {
      const body = { ...(await requestBody({ caseId })), authorisation } as EvidenceRequestBody;
      try {
        await releaseEvidence(await signMessage(EVIDENCE_REQUEST_TYPE, body, jiangsu.signingKey, 900), CLERK, services);
      } catch (error) {
        if (error instanceof GraphQLError) return [error.extensions.reason, error.extensions.authorisation];
        throw error;
      }
      return 'released';
    };
    const by = { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID };
    const at = new Date().toISOString();
    // Written by the filing province alone, as before authorisations carried her request.
    expect(await unproven('3220260101009911', { by, at })).toEqual(['NOT_AUTHORISED', 'MISSING']);
    // Her authorisation of another case of hers, carried along; of this case for another item.
    const another = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009999', ITEM);
    expect(await unproven('3220260101009912', { by, at, proof: another })).toEqual(['NOT_AUTHORISED', 'ANOTHER_CASE']);
    const otherItem = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009919', '200502001000');
    expect(await unproven('3220260101009919', { by, at, proof: otherItem })).toEqual(['NOT_AUTHORISED', 'ANOTHER_CASE']);
    // Her own 调取 of the case, kept: asking is no authorisation.
    const asked = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009920', ITEM, { field: 'requestEvidence' });
    expect(await unproven('3220260101009920', { by, at, proof: asked })).toEqual(['NOT_AUTHORISED', 'ANOTHER_CASE']);
    // Given to another province (Anhui's case of that number).
    const toAnhui = await signedAuthorisation(gateway.signingKey, APPLICANT, 'anhui', '3220260101009913', ITEM);
    expect(await unproven('3220260101009913', { by, at, proof: toAnhui })).toEqual(['NOT_AUTHORISED', 'OTHER_PROVINCE']);
    // Someone else's request for the case — the clerk's own, through the gateway.
    const clerks = await signedAuthorisation(gateway.signingKey, CLERK, 'jiangsu', '3220260101009914', ITEM);
    expect(await unproven('3220260101009914', { by, at, proof: clerks })).toEqual(['NOT_AUTHORISED', 'NOT_THE_SUBJECT']);
    // Her request signed by Jiangsu itself rather than the gateway: no member speaks for her but the gateway.
    const forged = await signedAuthorisation(jiangsu.signingKey, APPLICANT, 'jiangsu', '3220260101009915', ITEM);
    expect(await unproven('3220260101009915', { by, at, proof: forged })).toEqual(['NOT_AUTHORISED', 'SIGNATURE']);
    // Her genuine authorisation of one case, its body rewritten to name another.
    const genuine = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009916', ITEM);
    const rewritten = { ...genuine, body: genuine.body.replace('3220260101009916', '3220260101009917') };
    expect(await unproven('3220260101009917', { by, at, proof: rewritten })).toEqual(['NOT_AUTHORISED', 'NOT_BOUND']);
    // The same, unaltered, for its own case — and one with the case and item written as literals.
    expect(await unproven('3220260101009916', { by, at, proof: genuine })).toBe('released');
    const literal = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009918', ITEM, { literal: true });
    expect(await unproven('3220260101009918', { by, at, proof: literal })).toBe('released');
    // Hers, for this case and item, given 31 days ago: lapsed.
    const old = await signedAuthorisation(gateway.signingKey, APPLICANT, 'jiangsu', '3220260101009921', ITEM, { signedAt: new Date(Date.now() - 31 * 24 * 3600_000) });
    expect(await unproven('3220260101009921', { by, at, proof: old })).toEqual(['NOT_AUTHORISED', 'EXPIRED']);
    expect(entriesOfCase('3220260101009912').map((entry) => [entry.event, entry.reason, entry.subjectId])).toEqual([['EVIDENCE_REFUSED', 'NOT_AUTHORISED', SAMPLE_PERSON_ID]]);
  });

  it('files the refusal of an authentic but expired request under the person it names', async () => {
    const { token, caseId } = await issueRequest(SAMPLE_PERSON_ID, new Date(Date.now() - 3600_000), 60);
    expect(await refusalOf(token, CLERK)).toBe('REQUEST_EXPIRED');
    const requestId = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { jti: string }).jti;
    expect(audit.entriesFor(SAMPLE_PERSON_ID, 'PERSON', 50)).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'REQUEST_EXPIRED', subjectId: SAMPLE_PERSON_ID, caseId, itemCode: ITEM, requestId, actor: CLERK }),
    );
  });

  it('lets no forged request write into anyone’s history', async () => {
    const before = audit.entriesFor(OTHER_PERSON, 'PERSON', 50).length;
    // A genuine request with the person changed, signature kept.
    const { token } = await issueRequest();
    const [header, payload, signature] = token.split('.');
    const body = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { subject: { id: string } };
    body.subject.id = OTHER_PERSON;
    const altered = `${header}.${Buffer.from(JSON.stringify(body)).toString('base64url')}.${signature}`;
    expect(await refusalOf(altered, CLERK)).toBe('REQUEST_TAMPERED');
    // An expired request signed by a key no one trusts.
    const stranger = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'elsewhere'));
    const unknown = await signMessage(
      EVIDENCE_REQUEST_TYPE,
      { aud: 'shanghai', caseId: '3220260101999999', itemCode: ITEM, filingRegion: 'JIANGSU', subject: { id: OTHER_PERSON, kind: 'PERSON' }, kinds: ['PROVIDENT_FUND'], requester: CLERK },
      stranger.signingKey,
      60,
      new Date(Date.now() - 3600_000),
    );
    expect(await refusalOf(unknown, CLERK)).toBe('REQUEST_UNKNOWN_KEY');
    expect(audit.entriesFor(OTHER_PERSON, 'PERSON', 50)).toHaveLength(before);
    expect(audit.all().slice(-2).map((entry) => [entry.reason, entry.subjectId, entry.caseId, entry.requestId])).toEqual([
      ['REQUEST_TAMPERED', null, null, null],
      ['REQUEST_UNKNOWN_KEY', null, null, null],
    ]);
  });
});

describe('releasing evidence encrypted to the filing province', () => {
  /** Every part of a compact token, base64url-decoded. */
  const decodedParts = (token: string) => token.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8'));

  it('hands the client ciphertext only: no part of the token decodes to the record, which Jiangsu alone opens and verifies', async () => {
    const { token } = await issueRequest();
    const { released } = await releaseEvidence(token, CLERK, services);
    // (The earlier test added a second fund account: every piece is sealed alike.)
    expect(released.length).toBeGreaterThan(0);
    const fund = SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as NativeRecord & { content: { accountNumber: string; personName: string } };
    for (const { token: releasedToken, record } of released) {
      expect(releasedToken.split('.')).toHaveLength(5);
      for (const part of decodedParts(releasedToken)) {
        for (const secret of [fund.content.accountNumber, fund.content.personName, SAMPLE_PERSON_ID, record.recordId]) expect(part).not.toContain(secret);
      }
    }
    const piece = released.find((candidate) => candidate.record.recordId === 'SAMPLE-PF-0001');
    const sealed = piece?.token ?? '';
    const header = JSON.parse(decodedParts(sealed)[0] ?? '') as Record<string, unknown>;
    expect(header).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', typ: SEALED_EVIDENCE_TYPE, cty: EVIDENCE_TYPE, kid: jiangsu.publicMember().encryptionKey?.kid });

    const signed = await unsealMessage(sealed, EVIDENCE_SEALING, jiangsu);
    const { payload, signer } = await verifyMessage<EvidenceBody>(signed, EVIDENCE_TYPE, trust);
    expect(signer.member.member).toBe('shanghai');
    expect(payload).toMatchObject({ aud: 'jiangsu', subjectId: SAMPLE_PERSON_ID, record: { recordId: 'SAMPLE-PF-0001', content: { accountNumber: fund.content.accountNumber } } });
    // The holder itself keeps no way back in: it is encrypted to Jiangsu, not to Shanghai.
    await expect(unsealMessage(sealed, EVIDENCE_SEALING, shanghai)).rejects.toBeInstanceOf(UnsealingError);
  });

  it('hands the client the signed answer sealed too: which records were released is read by Jiangsu alone, not by the clerk carrying it', async () => {
    const { token, caseId } = await issueRequest();
    const { released, receipt } = await releaseEvidence(token, CLERK, services);
    const recordIds = released.map(({ record }) => record.recordId);
    expect(recordIds).toContain('SAMPLE-PF-0001');
    expect(receipt.split('.')).toHaveLength(5);
    for (const part of decodedParts(receipt)) {
      for (const secret of [...recordIds, SAMPLE_PERSON_ID, caseId]) expect(part).not.toContain(secret);
    }
    const header = JSON.parse(decodedParts(receipt)[0] ?? '') as Record<string, unknown>;
    expect(header).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', typ: SEALED_EVIDENCE_RESPONSE_TYPE, cty: EVIDENCE_RESPONSE_TYPE, kid: jiangsu.publicMember().encryptionKey?.kid });
    const { payload, signer } = await verifyMessage<{ recordIds: string[]; caseId: string }>(await unsealMessage(receipt, EVIDENCE_RESPONSE_SEALING, jiangsu), EVIDENCE_RESPONSE_TYPE, trust);
    expect(signer.member.member).toBe('shanghai');
    expect(payload).toMatchObject({ caseId, recordIds });
    await expect(unsealMessage(receipt, EVIDENCE_RESPONSE_SEALING, shanghai)).rejects.toBeInstanceOf(UnsealingError);
    // Not to be mistaken for a piece of evidence (nor a piece for an answer).
    await expect(unsealMessage(receipt, EVIDENCE_SEALING, jiangsu)).rejects.toMatchObject({ reason: 'WRONG_TYPE' });
  });

  it('releases nothing to a filing province with no encryption key in the trust list, and says so in the audit log', async () => {
    // Anhui registered as before encryption existed: signing keys only.
    const anhui = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, join(root, 'keys'));
    const { encryptionKey: _none, ...older } = anhui.publicMember();
    writeJsonFile(memberRegistrationFile(trustDir, 'anhui'), older);
    const body: EvidenceRequestBody = {
      aud: 'shanghai',
      caseId: '3420260101000001',
      itemCode: ITEM,
      filingRegion: 'ANHUI',
      subject: { id: SAMPLE_PERSON_ID, kind: 'PERSON' },
      kinds: ['PROVIDENT_FUND'],
      requester: { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID },
      authorisation: await authorisedBy(SAMPLE_PERSON_ID, '3420260101000001', 'anhui'),
    };
    const request = await signMessage(EVIDENCE_REQUEST_TYPE, body, anhui.signingKey, 900);
    expect(await refusalOf(request, { kind: 'CITIZEN', residentId: SAMPLE_PERSON_ID } as Caller)).toBe('REQUEST_NO_ENCRYPTION_KEY');
    expect(entriesOfCase(body.caseId)).toEqual([expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'REQUEST_NO_ENCRYPTION_KEY', subjectId: SAMPLE_PERSON_ID, recordIds: [] })]);
  });
});

/** A request Jiangsu signed, as the test needs it. */
async function signedRequest(changes: Partial<EvidenceRequestBody>) {
  const body = await requestBody(changes);
  return signMessage(EVIDENCE_REQUEST_TYPE, body, jiangsu.signingKey, 900).then((token) => ({ token, caseId: body.caseId }));
}

/** What Jiangsu's clerk asks of Shanghai for a case of its own, as the test needs it: authorised by her for that case, unless it says otherwise. */
async function requestBody(changes: Partial<EvidenceRequestBody>): Promise<EvidenceRequestBody> {
  const caseId = changes.caseId ?? `322026010100${String(++caseCounter).padStart(4, '0')}`;
  return {
    aud: 'shanghai',
    caseId,
    itemCode: ITEM,
    filingRegion: 'JIANGSU',
    subject: { id: SAMPLE_PERSON_ID, kind: 'PERSON' },
    kinds: ['PROVIDENT_FUND'],
    requester: CLERK as EvidenceRequestBody['requester'],
    authorisation: changes.authorisation ?? (await authorisedBy(changes.subject?.id ?? SAMPLE_PERSON_ID, caseId, 'jiangsu', changes.itemCode ?? ITEM)),
    ...changes,
  };
}

describe('releasing electronic licences: only those the purpose needs', () => {
  const CERTIFICATE_ITEM = '200047001000';
  const LOAN_ITEM = '200047002000';
  let serial = 0;
  /** A licence Shanghai issued her, ending a case of `itemCode`. */
  const licence = (itemCode: string, licenceStatus: 'VALID' | 'REVOKED' = 'VALID'): HeldRecord<'E_LICENCE'> => {
    const licenceId = `LICENCE-${itemCode}-${++serial}`;
    return {
      kind: 'E_LICENCE',
      recordId: licenceId,
      subjectId: SAMPLE_PERSON_ID,
      updatedOn: '2026-11-25',
      region: 'SHANGHAI',
      holdingAuthority: '上海市电子证照库',
      content: {
        licenceId,
        licenceName: `${itemCode} 的电子证照`,
        licenceTypeCode: '11100000MB0900G94F001',
        issuerName: '发证机关',
        issuerCode: '123100000000000000',
        holderKind: 'PERSON',
        holderName: '顾晓梅',
        issuedOn: '2026-11-25',
        validUntil: null,
        licenceStatus,
        caseId: `31202611250000${String(serial).padStart(2, '0')}`,
        itemCode,
      },
    };
  };
  // Her certificate (once revoked, once valid), and what her property transfer left her with.
  const held = [licence(CERTIFICATE_ITEM, 'REVOKED'), licence('070101001000'), licence('200901001000'), licence('200901002000'), licence(CERTIFICATE_ITEM), licence('200502001000')];
  const servicesWith = (hub: Partial<ProvinceServices['hub']>) =>
    ({ ...services, cases: { licencesOfHolders: () => new Map([[SAMPLE_PERSON_ID, held]]) }, hub: { item: async () => undefined, bundle: async () => undefined, requestStatus: liveStatus, ...hub } }) as unknown as ProvinceServices;
  const itemCodesOf = (released: readonly ReleasedEvidence[]) => released.flatMap(({ record }) => (record.kind === 'E_LICENCE' ? [record.content.itemCode] : [record.kind]));

  it('for the loan, releases her certificates alone (the revoked one too: it tells the clerk why), and her other records as before', async () => {
    const holder = servicesWith({ item: async () => ({ evidenceKinds: ['PROVIDENT_FUND', 'E_LICENCE'], evidenceLicences: [CERTIFICATE_ITEM] }) as never });
    const { token, caseId } = await signedRequest({ itemCode: LOAN_ITEM, kinds: ['PROVIDENT_FUND', 'E_LICENCE'] });
    const { released, receipt } = await releaseEvidence(token, CLERK, holder);
    const certificates = held.filter((record) => record.content.itemCode === CERTIFICATE_ITEM).map((record) => record.recordId);
    const funds = released.filter(({ record }) => record.kind === 'PROVIDENT_FUND').map(({ record }) => record.recordId);
    expect(funds).toContain('SAMPLE-PF-0001');
    expect(itemCodesOf(released)).toEqual([...funds.map(() => 'PROVIDENT_FUND'), CERTIFICATE_ITEM, CERTIFICATE_ITEM]);
    // The signed answer and her access history name what was released, and nothing else.
    const { payload } = await verifyMessage<{ recordIds: string[] }>(await unsealMessage(receipt, EVIDENCE_RESPONSE_SEALING, jiangsu), EVIDENCE_RESPONSE_TYPE, trust);
    expect(payload.recordIds).toEqual([...funds, ...certificates]);
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.recordIds])).toEqual([['EVIDENCE_RELEASED', [...funds, ...certificates]]]);
  });

  it('for a one-thing bundle, releases the licences its items name — none, when none does', async () => {
    const none = servicesWith({ bundle: async () => ({ code: 'PROPERTY_TRANSFER', name: '一件事', itemCodes: [], evidenceKinds: ['E_LICENCE'], evidenceLicences: [] }) });
    const { token } = await signedRequest({ itemCode: 'PROPERTY_TRANSFER', kinds: ['E_LICENCE'] });
    expect((await releaseEvidence(token, CLERK, none)).released).toEqual([]);
    const named = servicesWith({ bundle: async () => ({ code: 'SOME_BUNDLE', name: '一件事', itemCodes: [], evidenceKinds: ['E_LICENCE'], evidenceLicences: ['070101001000'] }) });
    const again = await signedRequest({ itemCode: 'SOME_BUNDLE', kinds: ['E_LICENCE'] });
    expect(itemCodesOf((await releaseEvidence(again.token, CLERK, named)).released)).toEqual(['070101001000']);
  });

  it('releases no licence for a purpose that names none (an older hub saying nothing included)', async () => {
    const silent = servicesWith({ item: async () => ({ evidenceKinds: ['E_LICENCE'] }) as never });
    const { token } = await signedRequest({ itemCode: LOAN_ITEM, kinds: ['E_LICENCE'] });
    const { released, receipt } = await releaseEvidence(token, CLERK, silent);
    expect(released).toEqual([]);
    expect((await verifyMessage<{ recordIds: string[] }>(await unsealMessage(receipt, EVIDENCE_RESPONSE_SEALING, jiangsu), EVIDENCE_RESPONSE_TYPE, trust)).payload.recordIds).toEqual([]);
  });
});

describe('a request presented by someone other than the one it was issued to', () => {
  const APPLICANT = { kind: 'CITIZEN', residentId: SAMPLE_PERSON_ID } as Caller;
  async function refusalMessage(token: string, caller: Caller): Promise<{ reason: unknown; message: string }> {
    try {
      await releaseEvidence(token, caller, services);
    } catch (error) {
      if (error instanceof GraphQLError) return { reason: error.extensions.reason, message: error.message };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('tells the applicant presenting her clerk’s request that it is the clerk’s, and to ask again herself', async () => {
    const { token, caseId } = await issueRequest();
    const { reason, message } = await refusalMessage(token, APPLICANT);
    expect(reason).toBe('NOT_THE_CASE_OFFICER');
    expect(message).toBe(
      '上海市拒绝提供材料：此调取请求是为江苏省窗口 WJ-CSJ-01 发起调取的工作人员签发的，只能由其本人使用；您是申请人，办件提交前可以用本人身份重新调取（requestEvidence，“重新调取”），系统将为您签发新的调取请求',
    );
    expect(entriesOfCase(caseId)).toEqual([expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'NOT_THE_CASE_OFFICER', actor: APPLICANT })]);
  });

  it('tells another clerk the request is the issuing clerk’s; a stranger is told only whose it is', async () => {
    const { token } = await issueRequest();
    expect((await refusalMessage(token, SECOND)).message).toBe(
      '上海市拒绝提供材料：此调取请求是为江苏省窗口 WJ-CSJ-01 发起调取的工作人员签发的，只能由其本人使用；办理该办件的行政区划的其他窗口工作人员请在该办件上以本人身份重新调取（requestEvidence）',
    );
    expect((await refusalMessage(token, { kind: 'CITIZEN', residentId: OTHER_PERSON } as Caller)).message).toBe(
      '上海市拒绝提供材料：此调取请求是为江苏省窗口 WJ-CSJ-01 发起调取的工作人员签发的，只能由其本人使用',
    );
  });

  it('tells a clerk presenting the applicant’s own request to ask again in the clerk’s name', async () => {
    const { token } = await signedRequest({ requester: { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID } });
    expect(await refusalMessage(token, CLERK)).toEqual({
      reason: 'NOT_THE_CASE_OFFICER',
      message: '上海市拒绝提供材料：此调取请求是申请人本人发起的，只能由申请人本人使用；办理该办件的行政区划的窗口工作人员请在该办件上以本人身份重新调取（requestEvidence）',
    });
    // She herself may use it.
    expect(await refusalOf(token, APPLICANT)).toBe('released');
  });
});

describe('what the person’s history says of a release', () => {
  it('counts a request presented again — her data sent again — in its one entry, with when it was last sent', async () => {
    const { token, caseId } = await issueRequest();
    const first = new Date(Date.now() - 60_000);
    const replayed = new Date(Date.now() - 1_000);
    await releaseEvidence(token, CLERK, services, first);
    await releaseEvidence(token, CLERK, services, new Date(Date.now() - 30_000));
    await releaseEvidence(token, CLERK, services, replayed);
    const released = entriesOfCase(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED');
    expect(released.map((entry) => [entry.repeats, entry.at, entry.lastAt])).toEqual([[3, first.toISOString(), replayed.toISOString()]]);
  });

  it('says a province that held none of the records asked for released nothing (NO_RECORDS), not 已提供', async () => {
    // OTHER_PERSON has no fund account in Shanghai.
    const { token, caseId } = await issueRequest(OTHER_PERSON);
    const { released } = await releaseEvidence(token, CLERK, services);
    expect(released).toEqual([]);
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.outcome, entry.recordIds])).toEqual([['EVIDENCE_RELEASED', 'NO_RECORDS', []]]);
    // Where records were sent, it stays RELEASED.
    const held = await issueRequest();
    await releaseEvidence(held.token, CLERK, services);
    expect(entriesOfCase(held.caseId).map((entry) => entry.outcome)).toEqual(['RELEASED']);
  });

  it('names a kind the purpose does not need in Chinese, with the codes in extensions', async () => {
    const { token } = await signedRequest({ kinds: ['PROVIDENT_FUND', 'MARRIAGE', 'HOUSEHOLD_REGISTRATION'] });
    const refused = await releaseEvidence(token, CLERK, services).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(GraphQLError);
    const error = refused as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KIND_NOT_NEEDED', region: 'SHANGHAI', kinds: ['MARRIAGE', 'HOUSEHOLD_REGISTRATION'] });
    expect(error.message).toBe(`上海市拒绝提供材料：事项 ${ITEM} 不需要婚姻登记信息（MR）、户籍登记信息（HR）（目的限定）`);
    expect(error.message).not.toMatch(/MARRIAGE|HOUSEHOLD_REGISTRATION/);
  });
});

describe('a request whose case can no longer use it', () => {
  const withHub = (requestStatus: ProvinceServices['hub']['requestStatus']) => ({ ...services, hub: { ...services.hub, requestStatus } }) as unknown as ProvinceServices;
  const endedBy = (reason: RequestEndReason) => async (issuer: string, id: string): Promise<RequestStatus> => ({
    issuer,
    id,
    status: 'ENDED',
    end: { id, issuer, reason, endedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 600_000).toISOString() },
  });
  const outcomeOf = async (token: string, holder: ProvinceServices) => {
    try {
      const { released } = await releaseEvidence(token, CLERK, holder);
      return { released: released.length };
    } catch (error) {
      if (error instanceof GraphQLError) return { code: error.extensions.code, reason: error.extensions.reason, message: error.message, endReason: error.extensions.endReason };
      throw error;
    }
  };
  const UNCONFIRMED = {
    code: 'FORBIDDEN',
    reason: 'REQUEST_STATUS_UNCONFIRMED',
    endReason: undefined,
    message: '上海市暂不能提供材料：无法向事项标准库（catalog）确认该调取请求仍然有效（办件是否已撤回或办结），请稍后再次提交该调取请求',
  };

  it('is refused once its issuer has ended it: REQUEST_ENDED, saying why, a refusal of its own in her history', async () => {
    const { token, caseId } = await issueRequest();
    const live = withHub(liveStatus);
    expect(await outcomeOf(token, live)).toEqual({ released: 2 });
    const asked: [string, string][] = [];
    const withdrawn = withHub(async (issuer, id) => {
      asked.push([issuer, id]);
      return endedBy('WITHDRAWN')(issuer, id);
    });
    expect(await outcomeOf(token, withdrawn)).toEqual({
      code: 'FORBIDDEN',
      reason: 'REQUEST_ENDED',
      endReason: 'WITHDRAWN',
      message: '上海市拒绝提供材料：该调取请求所属的办件已撤回，请求已失效',
    });
    const requestId = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { jti: string }).jti;
    // Asked of the hub as the request of the province that signed it.
    expect(asked).toEqual([['jiangsu', requestId]]);
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.outcome, entry.reason, entry.recordIds, entry.repeats])).toEqual([
      ['EVIDENCE_RELEASED', 'RELEASED', null, ['SAMPLE-PF-0001', 'SAMPLE-PF-0099'], 1],
      ['EVIDENCE_REFUSED', 'REFUSED', 'REQUEST_ENDED', [], 1],
    ]);
  });

  it('names why: the applicant refused what it released', async () => {
    const { token } = await issueRequest();
    expect(await outcomeOf(token, withHub(endedBy('APPLICANT_REFUSED')))).toMatchObject({
      reason: 'REQUEST_ENDED',
      message: expect.stringMatching(/^上海市拒绝提供材料：该调取请求提供的材料申请人已拒绝使用，请求已失效/),
    });
  });

  it('is refused when the hub cannot say whether it has ended (fail closed), nothing released, the refusal audited', async () => {
    const { token, caseId } = await issueRequest();
    const unreachable = withHub(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    expect(await outcomeOf(token, unreachable)).toEqual(UNCONFIRMED);
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.reason, entry.recordIds])).toEqual([['EVIDENCE_REFUSED', 'REQUEST_STATUS_UNCONFIRMED', []]]);
    // Presented again once the hub answers, it is released.
    expect(await outcomeOf(token, withHub(liveStatus))).toEqual({ released: 2 });
  });

  it('is refused while the hub, answering, cannot vouch that it is live (not in step with its issuer: an end may wait in the issuer’s outbox)', async () => {
    const { token, caseId } = await issueRequest();
    const notInStep = withHub(async (issuer, id) => ({ issuer, id, status: 'UNCONFIRMED' }));
    expect(await outcomeOf(token, notInStep)).toEqual(UNCONFIRMED);
    expect(await outcomeOf(token, notInStep)).toEqual(UNCONFIRMED);
    expect(entriesOfCase(caseId).map((entry) => [entry.event, entry.reason, entry.recordIds])).toEqual([['EVIDENCE_REFUSED', 'REQUEST_STATUS_UNCONFIRMED', []]]);
    // Once in step, the hub says where it stands: ended, so never released.
    expect(await outcomeOf(token, withHub(endedBy('WITHDRAWN')))).toMatchObject({ reason: 'REQUEST_ENDED', endReason: 'WITHDRAWN' });
    expect(entriesOfCase(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED')).toEqual([]);
  });
});
