import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PERSON_ID, SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { CaseStore } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

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
const opened = (store: CaseStore) =>
  store.openCase({ itemCode: ITEM, subjectId: SAMPLE_PERSON_ID, subjectKind: 'PERSON', applicantName: '顾晓梅', channel: 'WINDOW', openedBy: CLERK, idempotencyKey: 'k-1' }).caseFile.id;
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
