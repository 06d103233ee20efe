import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceRequestBody } from '../evidence/evidenceMessages.ts';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { MAX_AUTHORISATION_REQUEST_BYTES } from './caseAuthorisation.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { CaseStore } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';

/**
 * A Jiangsu case desk asked for evidence (requestEvidence): what it signs, and what it refuses
 * before signing anything — a kind the item does not gather, and, for anyone but the applicant,
 * a kind whose record the applicant refused on the case.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT: Caller = { kind: 'CITIZEN', residentId: SAMPLE_PERSON_ID };
/** A fictional item gathering her household and marriage records. */
const ITEM = '200502009000';

const item = (code: string): ItemStandard =>
  ({
    code,
    name: '测试生育登记',
    audiences: ['NATURAL_PERSON'],
    evidenceKinds: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'],
    crossRegion: true,
    instantApproval: false,
    materials: [],
    approvalRules: [],
    policy: null,
  }) as unknown as ItemStandard;

const root = mkdtempSync(join(tmpdir(), 'yrd-case-desk-'));
let keys: MemberKeys;
beforeAll(async () => {
  keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function desk(store: CaseStore, caller: Caller = CLERK): ProvinceContext {
  const context = deskWith(store, { region: JIANGSU, caller, implementations: [{ standardCode: ITEM, crossRegion: true }], item });
  return { ...context, services: { ...context.services, keys, settings: { evidenceRequestSeconds: 900 } } } as unknown as ProvinceContext;
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
/** Her case opened at the window, not yet authorised. */
const openedAtWindow = (store: CaseStore, idempotencyKey = 'k-1') =>
  store.openCase({ itemCode: ITEM, subjectId: SAMPLE_PERSON_ID, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'WINDOW', openedBy: CLERK, idempotencyKey }).caseFile.id;
/** Her case opened at the window, and authorised by her on her phone. */
const opened = (store: CaseStore) => {
  const caseId = openedAtWindow(store);
  store.authorise(caseId, { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID }, STORED_AUTHORISATION);
  return caseId;
};
const authorise = (store: CaseStore, caseId: string, caller: Caller = APPLICANT) => caseDeskResolvers.authoriseEvidence(undefined, { caseId, itemCode: ITEM }, desk(store, caller));
/** The authorisation each request signed for the case carries, as its holder reads it. */
const authorisationsSigned = (store: CaseStore, caseId: string) =>
  store.requestsOf(caseId).map((issued) => (decodeJwt(issued.token) as unknown as EvidenceRequestBody).authorisation);
const request = (store: CaseStore, caseId: string, kinds?: ('HOUSEHOLD_REGISTRATION' | 'MARRIAGE' | 'TAX')[], caller: Caller = CLERK) =>
  caseDeskResolvers.requestEvidence(undefined, { caseId, ...(kinds ? { kinds } : {}) }, desk(store, caller));
const kindsAsked = (store: CaseStore, caseId: string) => [...new Set(store.requestsOf(caseId).flatMap((issued) => issued.kinds))].sort();

/** Her marriage record, released by Zhejiang for the case and refused by her at preview. */
function refuseMarriage(store: CaseStore, caseId: string): void {
  const marriage = SAMPLE_RECORDS.find((record) => record.kind === 'MARRIAGE') as HeldRecord;
  const evidence = store.addEvidence({
    caseId,
    requestId: 'request-before',
    issuer: 'zhejiang',
    kind: 'MARRIAGE',
    record: { ...marriage, region: 'ZHEJIANG', holdingAuthority: '嘉善县民政局' },
    token: 'sealed',
    receivedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  store.decideEvidence(caseId, evidence.id, false, { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID });
}

describe('requestEvidence before the applicant authorised it (数据调取授权)', () => {
  it('refuses the clerk, signing nothing and asking no province', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const refused = await refusalOf(request(store, caseId));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED', field: 'caseId' });
    expect(refused.message).toContain(`在办件 ${caseId} 中确认“授权调取”`);
    expect(store.requestsOf(caseId)).toEqual([]);
    expect(store.caseById(caseId)?.authorisation).toBeNull();
  });

  it('lets no clerk authorise it for her', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const refused = await refusalOf(authorise(store, caseId, CLERK));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(store.caseById(caseId)?.authorisation).toBeNull();
  });

  it('signs the clerk’s requests once she has, each carrying her authorisation with her request that gave it; authorising again records her latest', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const first = (await authorise(store, caseId)) as { authorisation: { at: string } };
    const given = { by: { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID }, at: expect.any(String) };
    expect(first.authorisation).toEqual(given);
    const again = ((await authorise(store, caseId)) as { authorisation: { at: string } }).authorisation;
    expect(again).toEqual(given);
    expect(Date.parse(again.at)).toBeGreaterThanOrEqual(Date.parse(first.authorisation.at));
    await request(store, caseId);
    expect(kindsAsked(store, caseId)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    // Her request as the desk's context holds it (the gateway's, in a province).
    expect(authorisationsSigned(store, caseId)).toEqual(store.requestsOf(caseId).map(() => ({ ...again, proof: STORED_AUTHORISATION })));
  });

  it('takes no request as her authorisation, hers included: she authorises first, naming the case and its item', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const hers = await refusalOf(request(store, caseId, undefined, APPLICANT));
    expect(hers.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED', field: 'caseId' });
    expect(hers.message).toBe(`请先在办件 ${caseId} 中确认“授权调取”（注明办件及其事项），再向各省调取`);
    expect(store.caseById(caseId)?.authorisation).toBeNull();
    const otherItem = await refusalOf(caseDeskResolvers.authoriseEvidence(undefined, { caseId, itemCode: '000000000002' }, desk(store, APPLICANT)));
    expect(otherItem.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'NOT_THE_CASE_ITEM', itemCode: ITEM });
    expect(otherItem.message).toBe(`itemCode: 办件 ${caseId} 办理的事项编码为 ${ITEM}，不是“000000000002”：授权须注明该办件的事项`);
    expect(store.caseById(caseId)?.authorisation).toBeNull();
    await authorise(store, caseId);
    await request(store, caseId, undefined, APPLICANT);
    expect(authorisationsSigned(store, caseId).map((signed) => signed.by.subjectId)).toEqual(store.requestsOf(caseId).map(() => SAMPLE_PERSON_ID));
  });

  it('lapses after about a month: the clerk is told she must give it again', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    store.authorise(caseId, { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID }, STORED_AUTHORISATION, new Date(Date.now() - 31 * 24 * 3600_000));
    const refused = await refusalOf(request(store, caseId));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED' });
    expect(refused.message).toContain('申请人的授权已到期（有效期约30天），需重新确认');
    expect(store.requestsOf(caseId)).toEqual([]);
    // Given again, it holds.
    await authorise(store, caseId);
    await request(store, caseId);
    expect(store.requestsOf(caseId)).not.toEqual([]);
  });

  it('signs no request that outlives it: a day before the holders stop honouring it, the province stops asking', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const DAY = 24 * 3600_000;
    // Given 29 days less five minutes ago: requests may still go out, for five minutes at most (not the usual fifteen).
    const given = new Date(Date.now() - 29 * DAY + 5 * 60_000);
    store.authorise(caseId, { kind: 'APPLICANT', subjectId: SAMPLE_PERSON_ID }, STORED_AUTHORISATION, given);
    await request(store, caseId);
    const lastRequestTime = given.getTime() + 29 * DAY;
    for (const issued of store.requestsOf(caseId)) expect(Date.parse(issued.expiresAt)).toBeLessThanOrEqual(lastRequestTime + 1000);
    expect(store.requestsOf(caseId).length).toBeGreaterThan(0);
  });

  it('names the case’s item exactly, and one case per request of hers', async () => {
    const store = newStore();
    const caseId = openedAtWindow(store);
    const padded = await refusalOf(caseDeskResolvers.authoriseEvidence(undefined, { caseId, itemCode: ` ${ITEM}` }, desk(store, APPLICANT)));
    expect(padded.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'NOT_THE_CASE_ITEM' });
    // Her one request authorising this case and, under an alias, another: refused whole, nothing kept.
    const two = JSON.stringify({
      query: `mutation { jiangsu { a: authoriseEvidence(caseId: "${caseId}", itemCode: "${ITEM}") { id } b: authoriseEvidence(caseId: "32050920261128000099", itemCode: "${ITEM}") { id } } }`,
    });
    const context = desk(store, APPLICANT);
    const both = { ...context, admission: { ...context.admission, signedRequest: { assertion: STORED_AUTHORISATION.assertion, body: two } } } as ProvinceContext;
    const refused = await refusalOf(caseDeskResolvers.authoriseEvidence(undefined, { caseId, itemCode: ITEM }, both));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'ONE_AUTHORISATION_PER_REQUEST' });
    expect(store.caseById(caseId)?.authorisation).toBeNull();
    expect(store.authorisationProofOf(caseId)).toBeUndefined();
    // Her authorisation sent with a great deal else: it would travel to every holder in every request — refused, nothing kept.
    const withMore = JSON.stringify({
      query: `mutation { jiangsu { authoriseEvidence(caseId: "${caseId}", itemCode: "${ITEM}") { id } ${Array.from({ length: 400 }, (_, index) => `c${index}: case(id: "${caseId}") { id }`).join(' ')} } }`,
    });
    expect(Buffer.byteLength(withMore)).toBeGreaterThan(MAX_AUTHORISATION_REQUEST_BYTES);
    const large = { ...context, admission: { ...context.admission, signedRequest: { assertion: STORED_AUTHORISATION.assertion, body: withMore } } } as ProvinceContext;
    const tooLarge = await refusalOf(caseDeskResolvers.authoriseEvidence(undefined, { caseId, itemCode: ITEM }, large));
    expect(tooLarge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', reason: 'AUTHORISATION_REQUEST_TOO_LARGE' });
    expect(tooLarge.message).toMatch(/^caseId: 授权请求过大（\d+ 字节，上限 8192 字节）/);
    expect(store.caseById(caseId)?.authorisation).toBeNull();
    expect(store.authorisationProofOf(caseId)).toBeUndefined();
  });

  it('is not given for a case past gathering; a case she authorised answers as it is', async () => {
    const store = newStore();
    const unauthorised = openedAtWindow(store);
    store.transition(unauthorised, { from: ['OPEN'], to: 'WITHDRAWN', actor: CLERK });
    expect((await refusalOf(authorise(store, unauthorised))).extensions).toMatchObject({ code: 'CONFLICT' });
    expect(store.caseById(unauthorised)?.authorisation).toBeNull();
    const authorised = openedAtWindow(store, 'k-2');
    await authorise(store, authorised);
    store.transition(authorised, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    expect(((await authorise(store, authorised)) as { status: string }).status).toBe('IN_REVIEW');
  });
});

describe('requestEvidence for a kind the item does not gather', () => {
  it('is refused before anything is signed, naming the kind and what the item gathers', async () => {
    const store = newStore();
    const caseId = opened(store);
    const refused = await refusalOf(request(store, caseId, ['MARRIAGE', 'TAX']));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'KIND_NOT_NEEDED', kinds: ['TAX'], needed: ['HOUSEHOLD_REGISTRATION', 'MARRIAGE'] });
    expect(refused.message).toContain('纳税信息（TX）');
    expect(store.requestsOf(caseId)).toEqual([]);
  });
});

describe('requestEvidence after the applicant refused a record', () => {
  it('asks the clerk’s holders for the other kinds only', async () => {
    const store = newStore();
    const caseId = opened(store);
    refuseMarriage(store, caseId);
    await request(store, caseId);
    expect(kindsAsked(store, caseId)).toEqual(['HOUSEHOLD_REGISTRATION']);
  });

  it('refuses the clerk naming the refused kind, signing nothing', async () => {
    const store = newStore();
    const caseId = opened(store);
    refuseMarriage(store, caseId);
    const refused = await refusalOf(request(store, caseId, ['HOUSEHOLD_REGISTRATION', 'MARRIAGE']));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'REFUSED_BY_APPLICANT', kinds: ['MARRIAGE'] });
    expect(refused.message).toContain('婚姻登记信息（MR）');
    expect(store.requestsOf(caseId)).toEqual([]);
  });

  it('asks for it again when she asks herself', async () => {
    const store = newStore();
    const caseId = opened(store);
    refuseMarriage(store, caseId);
    await request(store, caseId, undefined, APPLICANT);
    expect(kindsAsked(store, caseId)).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
    const named = (await request(store, caseId, ['MARRIAGE'], APPLICANT)) as { requests: { kinds: readonly string[] }[] };
    expect(named.requests.map((issued) => issued.kinds)).toContainEqual(['MARRIAGE']);
  });
});
