import { generateKeyPair, exportJWK, calculateJwkThumbprint, CompactSign, importJWK, type CryptoKey, type JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { STORY_ITEMS } from '@yrd/catalog';
import {
  EVIDENCE_REQUEST_TYPE,
  EVIDENCE_RESPONSE_SEALING,
  EVIDENCE_RESPONSE_TYPE,
  EVIDENCE_SEALING,
  EVIDENCE_TYPE,
  SEALED_EVIDENCE_RESPONSE_TYPE,
  type EvidenceRequestBody,
} from '@yrd/shared/evidence/evidenceMessages';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CALLER_HEADER, CALLER_ASSERTION_TYPE } from '@yrd/shared/identity/callerAssertion';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { sealMessage, unsealMessage } from '@yrd/shared/trust/sealedMessage';
import { signMessage } from '@yrd/shared/trust/signedMessage';
import { auditEntries } from '../harness/auditTrail.ts';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow } from '../harness/caseFlow.ts';
import type { ProxiedRequest, SubgraphProxy } from '../harness/subgraphProxy.ts';
import { dataOf, graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';
import { keptAuthorisation } from '../harness/keptAuthorisation.ts';
import type { AuthorisationProof } from '@yrd/shared/evidence/authorisationProof';

/**
 * The trust layer end to end, through the gateway: identity, purpose-bound evidence requests,
 * signed evidence encrypted to the filing province, preview and consent, audit, masking — and
 * the full access matrix of who may do what, each refusal asserted with its code and its audit
 * entry.
 */
const PF_ITEM = STORY_ITEMS.providentFundLoanCertificate;
const CLERK = { region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;

const OPEN = `mutation Open($input: OpenCaseInput!) {
  jiangsu { openCase(input: $input) { id status channel subjectId openedBy { kind region division window operatorId } item { code name evidenceKinds } } }
}`;
const REQUEST = `mutation Request($caseId: ID!, $kinds: [EvidenceKind!]) {
  jiangsu {
    requestEvidence(caseId: $caseId, kinds: $kinds) {
      caseId
      requests { id holder kinds token expiresAt }
      sources {
        request region
        released {
          token kind recordId issuer
          record { __typename subjectId ... on ProvidentFundRecord { personName accountNumber accountStatus continuousMonths } ... on MarriageRecord { spouseIdNumber } }
        }
      }
    }
  }
}`;
const COLLECT = `mutation Collect($caseId: ID!, $tokens: [String!]!) {
  jiangsu { collectEvidence(caseId: $caseId, tokens: $tokens) { accepted rejection { reason message } evidence { id issuer kind recordId status } } }
}`;
const DECIDE = `mutation Decide($caseId: ID!, $evidenceId: ID!, $decision: EvidenceDecision!) {
  jiangsu { decideEvidence(caseId: $caseId, evidenceId: $evidenceId, decision: $decision) { id status decidedBy { kind subjectId } } }
}`;
const CASE = `query Case($id: ID!) {
  case(id: $id) {
    id region subjectId status
    evidence { id status kind issuer record { ... on ProvidentFundRecord { personName accountNumber } } }
    usableEvidence { id }
    evidenceRequests { holder kinds token }
  }
}`;
/** The pre-filled form (秒填): copies records' contents, so it shows only what the reader may see of them. */
const FORM = `query Form($id: ID!) { case(id: $id) { form { name value sourceRecordId } } }`;
const formValues = async (id: string, headers: Record<string, string>) =>
  dataOf(await graphql<{ case: { form: { value: string; sourceRecordId: string | null }[] } }>(federation.gatewayUrl, FORM, { id }, headers)).case.form
    .filter((field) => field.sourceRecordId !== null)
    .map((field) => field.value);
const RECORDS = `query Records($id: ID!) { subject(id: $id) { regions { region records { __typename ... on MarriageRecord { personName spouseIdNumber } } } } }`;
const ACCESS_LOG = `query Access($id: ID!) {
  subject(id: $id) { regions { region accessLog { event outcome reason caseId itemCode kinds recordIds actor { kind region division window operatorId subjectId } } } }
}`;
const SOURCES = `query Sources($requests: [String!]!) { evidenceSources(requests: $requests) { request region released { recordId } } }`;

interface Released {
  token: string;
  kind: string;
  recordId: string | null;
  issuer: string;
  record: Record<string, unknown> | null;
}
interface Gathering {
  caseId: string;
  requests: { id: string; holder: string; kinds: string[]; token: string }[];
  sources: ({ region: string; released: Released[] } | null)[];
}
interface AccessEntry {
  event: string;
  outcome: string;
  reason: string | null;
  caseId: string | null;
  kinds: string[];
  recordIds: string[];
  actor: { kind: string; region: string | null; window: string | null; operatorId: string | null; subjectId: string | null };
}

let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let clerk: Record<string, string>;
let caseId: string;
let gathering: Gathering;
let keyCounter = 0;

const idempotencyKey = () => `test-${Date.now()}-${keyCounter++}`;
const errorsWith = (errors: readonly GraphQLErrorShape[] | undefined, code: string) => (errors ?? []).filter((error) => error.extensions?.code === code);

/** A case opened at the window (or online, by `headers`), authorised by its applicant on her phone. */
async function openCase(subjectId: string, itemCode: string = PF_ITEM, headers = clerk) {
  const response = await graphql<{ jiangsu: { openCase: { id: string } } }>(federation.gatewayUrl, OPEN, { input: { itemCode, subjectId, idempotencyKey: idempotencyKey() } }, headers);
  const opened = dataOf(response).jiangsu.openCase.id;
  dataOf(await authorise(opened, await tokens.citizen(subjectId), itemCode));
  return opened;
}

/** 数据调取授权 of a Jiangsu case of `itemCode`, as whoever `headers` signs in. */
function authorise(id: string, headers: Record<string, string>, itemCode: string = PF_ITEM) {
  return new CaseFlow(federation.gatewayUrl, 'jiangsu').authorise(id, headers, itemCode);
}

async function requestEvidence(id: string, kinds?: string[], headers = clerk) {
  return graphql<{ jiangsu: { requestEvidence: Gathering } }>(federation.gatewayUrl, REQUEST, { caseId: id, ...(kinds ? { kinds } : {}) }, headers);
}

async function collect(id: string, tokenList: string[], headers = clerk) {
  return dataOf(
    await graphql<{ jiangsu: { collectEvidence: { accepted: boolean; rejection: { reason: string } | null; evidence: { id: string; status: string } | null }[] } }>(
      federation.gatewayUrl,
      COLLECT,
      { caseId: id, tokens: tokenList },
      headers,
    ),
  ).jiangsu.collectEvidence;
}

async function accessLog(subjectId: string, headers: Record<string, string>) {
  return graphql<{ subject: { regions: ({ region: string; accessLog: AccessEntry[] } | null)[] } }>(federation.gatewayUrl, ACCESS_LOG, { id: subjectId }, headers);
}

function releasedBy(region: string, from: Gathering = gathering): Released[] {
  return from.sources.find((source) => source?.region === region)?.released ?? [];
}

/** A compact JWS with its payload edited and the original signature kept. */
function tamper(token: string, edit: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(decoded);
  return `${header}.${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
}

async function memberKeys(member: string, role: 'PROVINCE', region: 'JIANGSU' | 'SHANGHAI') {
  return MemberKeys.open({ member, role, region }, join(federation.dataDir, 'keys'));
}

/** The signed evidence inside released evidence, opened with Jiangsu's key as Jiangsu would. */
async function openedByJiangsu(token: string): Promise<string> {
  return unsealMessage(token, EVIDENCE_SEALING, await memberKeys('jiangsu', 'PROVINCE', 'JIANGSU'));
}

/** Signed evidence encrypted to Jiangsu's current key, as a holder would release it. */
async function sealedForJiangsu(signed: string): Promise<string> {
  const recipient = (await memberKeys('jiangsu', 'PROVINCE', 'JIANGSU')).publicMember().encryptionKey;
  if (!recipient) throw new Error('jiangsu has no encryption key');
  return sealMessage(signed, EVIDENCE_SEALING, recipient);
}

const payloadOf = (signed: string) => JSON.parse(Buffer.from(signed.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  clerk = await tokens.operator(CLERK.region, CLERK.division, CLERK.window, CLERK.operatorId);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

describe('story 1: a Suzhou window uses Shanghai provident-fund data', () => {
  it('opens a case at the 吴江 window, numbered by province and date; a retry returns the same case', async () => {
    const key = idempotencyKey();
    const input = { itemCode: PF_ITEM, subjectId: CAST.guXiaomei, idempotencyKey: key };
    const first = dataOf(await graphql<{ jiangsu: { openCase: Record<string, unknown> & { id: string } } }>(federation.gatewayUrl, OPEN, { input }, clerk));
    const again = dataOf(await graphql<{ jiangsu: { openCase: { id: string } } }>(federation.gatewayUrl, OPEN, { input }, clerk));
    caseId = first.jiangsu.openCase.id;
    expect(again.jiangsu.openCase.id).toBe(caseId);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
    expect(caseId).toMatch(new RegExp(`^32${today}\\d{6}$`));
    expect(first.jiangsu.openCase).toMatchObject({
      status: 'OPEN',
      channel: 'WINDOW',
      subjectId: CAST.guXiaomei,
      openedBy: { kind: 'OPERATOR', ...CLERK },
      item: { code: PF_ITEM, evidenceKinds: ['PROVIDENT_FUND'] },
    });
  });

  it('asks no province before she authorises it on her phone; the clerk cannot authorise for her', async () => {
    const refused = await requestEvidence(caseId);
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED', field: 'caseId' })]);
    expect(refused.errors?.[0]?.message).toContain(`在办件 ${caseId} 中确认“授权调取”`);
    const byClerk = await authorise(caseId, clerk);
    expect(byClerk.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' })]);
    // Nothing was signed, and no holder heard of her: no entry in any province's log names the case.
    for (const member of ['shanghai', 'jiangsu', 'zhejiang', 'anhui']) expect(auditEntries(federation.dataDir, member).filter((entry) => entry.caseId === caseId)).toEqual([]);
    const given = dataOf(await authorise(caseId, await tokens.citizen(CAST.guXiaomei))).jiangsu.authoriseEvidence;
    expect(given?.authorisation).toEqual({ authorisedAt: expect.any(String), authorisedBy: { kind: 'APPLICANT', subjectId: CAST.guXiaomei } });
  });

  it('asks every province for exactly the evidence the item needs; Shanghai releases the record, signed', async () => {
    gathering = dataOf(await requestEvidence(caseId)).jiangsu.requestEvidence;
    expect(gathering.requests.map((request) => [request.holder, request.kinds])).toEqual([
      ['SHANGHAI', ['PROVIDENT_FUND']],
      ['JIANGSU', ['PROVIDENT_FUND']],
      ['ZHEJIANG', ['PROVIDENT_FUND']],
      ['ANHUI', ['PROVIDENT_FUND']],
    ]);
    expect(gathering.sources.map((source) => source?.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    const shanghai = releasedBy('SHANGHAI');
    expect(shanghai).toHaveLength(1);
    // The clerk carries it, sealed to Jiangsu, but reads nothing of it before she has accepted it: neither its record nor its id.
    expect(shanghai[0]).toMatchObject({ kind: 'PROVIDENT_FUND', recordId: null, issuer: 'SHANGHAI', record: null });
    expect(shanghai[0]?.token.split('.')).toHaveLength(5);
    for (const region of ['JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(releasedBy(region)).toEqual([]);
  });

  it('keeps the evidence only after verifying it, then waits for the applicant', async () => {
    const results = await collect(caseId, [releasedBy('SHANGHAI')[0]?.token ?? '']);
    expect(results).toEqual([{ accepted: true, rejection: null, evidence: expect.objectContaining({ issuer: 'SHANGHAI', kind: 'PROVIDENT_FUND', status: 'PENDING_PREVIEW' }) }]);
    const seen = dataOf(await graphql<{ case: { evidence: { status: string; record: unknown }[]; usableEvidence: unknown[] } }>(federation.gatewayUrl, CASE, { id: caseId }, clerk));
    // Waiting for her preview: the clerk sees the piece, not the record.
    expect(seen.case.evidence).toEqual([expect.objectContaining({ status: 'PENDING_PREVIEW', kind: 'PROVIDENT_FUND', issuer: 'SHANGHAI', record: null })]);
    expect(seen.case.usableEvidence).toEqual([]);
    // Nor is the form filled in for him from a record she has not accepted (her fund account, her employer).
    expect(await formValues(caseId, clerk)).toEqual([]);
  });

  it('lets the applicant preview and accept it on her phone; only accepted evidence is usable', async () => {
    const applicant = await tokens.citizen(CAST.guXiaomei);
    const preview = dataOf(await graphql<{ case: { evidence: { id: string; status: string; record: Record<string, unknown> }[] } }>(federation.gatewayUrl, CASE, { id: caseId }, applicant));
    const [evidence] = preview.case.evidence;
    expect(evidence).toMatchObject({ status: 'PENDING_PREVIEW', record: { personName: '顾晓梅', accountNumber: '110234567801' } });
    expect(await formValues(caseId, applicant)).toContain('110234567801');
    const decided = dataOf(
      await graphql<{ jiangsu: { decideEvidence: { status: string; decidedBy: { kind: string } } } }>(
        federation.gatewayUrl,
        DECIDE,
        { caseId, evidenceId: evidence?.id, decision: 'ACCEPT' },
        applicant,
      ),
    );
    expect(decided.jiangsu.decideEvidence).toMatchObject({ status: 'ACCEPTED', decidedBy: { kind: 'APPLICANT' } });
    const usable = dataOf(await graphql<{ case: { evidence: { record: unknown }[]; usableEvidence: { id: string }[] } }>(federation.gatewayUrl, CASE, { id: caseId }, clerk));
    expect(usable.case.usableEvidence.map((e) => e.id)).toEqual([evidence?.id]);
    expect(await formValues(caseId, clerk)).toContain('110234567801');
    // Accepted, the record reaches the clerk whole: the case needs it.
    expect(usable.case.evidence).toEqual([{ id: evidence?.id, status: 'ACCEPTED', kind: 'PROVIDENT_FUND', issuer: 'SHANGHAI', record: { personName: '顾晓梅', accountNumber: '110234567801' } }]);
  });

  it('lets no clerk accept evidence for the applicant, and never uses evidence refused at the window', async () => {
    const otherCase = await openCase(CAST.guXiaomei);
    const gathered = dataOf(await requestEvidence(otherCase)).jiangsu.requestEvidence;
    const [result] = await collect(otherCase, [releasedBy('SHANGHAI', gathered)[0]?.token ?? '']);
    const onHerBehalf = await graphql(federation.gatewayUrl, DECIDE, { caseId: otherCase, evidenceId: result?.evidence?.id, decision: 'ACCEPT' }, clerk);
    expect(onHerBehalf.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', field: 'decision' });
    const untouched = dataOf(await graphql<{ case: { evidence: { status: string }[] } }>(federation.gatewayUrl, CASE, { id: otherCase }, clerk));
    expect(untouched.case.evidence.map((e) => e.status)).toEqual(['PENDING_PREVIEW']);
    const rejected = dataOf(
      await graphql<{ jiangsu: { decideEvidence: { status: string } } }>(federation.gatewayUrl, DECIDE, { caseId: otherCase, evidenceId: result?.evidence?.id, decision: 'REJECT' }, clerk),
    );
    expect(rejected.jiangsu.decideEvidence.status).toBe('REJECTED');
    const seen = dataOf(await graphql<{ case: { evidence: { status: string }[]; usableEvidence: unknown[] } }>(federation.gatewayUrl, CASE, { id: otherCase }, clerk));
    expect(seen.case.evidence.map((e) => e.status)).toEqual(['REJECTED']);
    expect(seen.case.usableEvidence).toEqual([]);
  });

  it("writes the release to Shanghai's audit log, and shows it in her own access history", async () => {
    const released = auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'EVIDENCE_RELEASED' && entry.caseId === caseId);
    expect(released).toEqual([
      expect.objectContaining({
        outcome: 'RELEASED',
        subjectId: CAST.guXiaomei,
        actor: { kind: 'OPERATOR', ...CLERK },
        itemCode: PF_ITEM,
        kinds: ['PROVIDENT_FUND'],
        recordIds: ['SAMPLE-PF-0001'],
      }),
    ]);
    const history = dataOf(await accessLog(CAST.guXiaomei, await tokens.citizen(CAST.guXiaomei)));
    const shanghai = history.subject.regions.find((regional) => regional?.region === 'SHANGHAI')?.accessLog ?? [];
    expect(shanghai).toContainEqual(
      expect.objectContaining({
        event: 'EVIDENCE_RELEASED',
        outcome: 'RELEASED',
        caseId,
        kinds: ['PROVIDENT_FUND'],
        recordIds: ['SAMPLE-PF-0001'],
        actor: expect.objectContaining({ kind: 'OPERATOR', region: 'JIANGSU', window: CLERK.window, operatorId: CLERK.operatorId }),
      }),
    );
    // Every province she was asked about says so, even where it held nothing.
    for (const region of ['JIANGSU', 'ZHEJIANG', 'ANHUI']) {
      const entries = history.subject.regions.find((regional) => regional?.region === region)?.accessLog ?? [];
      expect(entries.some((entry) => entry.caseId === caseId && entry.recordIds.length === 0), region).toBe(true);
    }
  });

  it('lets nobody else read her access history', async () => {
    for (const [headers, reason] of [
      [await tokens.citizen(CAST.shenHaoran), 'NOT_THE_SUBJECT'],
      [clerk, 'CASE_REQUIRED'],
      [{}, 'SIGN_IN_REQUIRED'],
    ] as const) {
      const response = await accessLog(CAST.guXiaomei, headers);
      expect(response.data?.subject.regions).toEqual([null, null, null, null]);
      expect(errorsWith(response.errors, 'FORBIDDEN').map((error) => error.extensions?.reason)).toEqual([reason, reason, reason, reason]);
    }
  });
});

describe('the access matrix', () => {
  it('anonymous: no personal records; refused and audited, without saying whether any exist', async () => {
    const response = await graphql<{ subject: { regions: unknown[] } }>(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei });
    expect(response.data?.subject.regions).toEqual([null, null, null, null]);
    const refusals = errorsWith(response.errors, 'FORBIDDEN');
    expect(refusals.map((error) => [error.extensions?.region, error.extensions?.reason]).sort()).toEqual([
      ['ANHUI', 'SIGN_IN_REQUIRED'],
      ['JIANGSU', 'SIGN_IN_REQUIRED'],
      ['SHANGHAI', 'SIGN_IN_REQUIRED'],
      ['ZHEJIANG', 'SIGN_IN_REQUIRED'],
    ]);
    // Same answer for someone with no records at all.
    const nobody = await graphql(federation.gatewayUrl, RECORDS, { id: '11010519491231002X' });
    expect(errorsWith(nobody.errors, 'FORBIDDEN').map((error) => error.message).sort()).toEqual(refusals.map((error) => error.message).sort());
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'RECORDS_REFUSED', reason: 'SIGN_IN_REQUIRED', subjectId: CAST.guXiaomei, actor: { kind: 'ANONYMOUS' } }),
    );
  });

  it('citizen on self: her records, with her spouse’s identity number masked', async () => {
    const data = dataOf(await graphql<{ subject: { regions: { region: string; records: Record<string, unknown>[] }[] } }>(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, await tokens.citizen(CAST.guXiaomei)));
    const marriage = data.subject.regions.find((regional) => regional.region === 'ZHEJIANG')?.records[0];
    expect(marriage).toEqual({ __typename: 'MarriageRecord', personName: '顾晓梅', spouseIdNumber: '3304**********0011' });
  });

  it('citizen on someone else: refused, audited, and visible to the person concerned (with the snooper’s number masked)', async () => {
    const response = await graphql(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, await tokens.citizen(CAST.shenHaoran));
    expect(errorsWith(response.errors, 'FORBIDDEN').map((error) => error.extensions?.reason)).toEqual(Array(4).fill('NOT_THE_SUBJECT'));
    expect(auditEntries(federation.dataDir, 'zhejiang')).toContainEqual(
      expect.objectContaining({ event: 'RECORDS_REFUSED', reason: 'NOT_THE_SUBJECT', subjectId: CAST.guXiaomei, actor: { kind: 'CITIZEN', residentId: CAST.shenHaoran } }),
    );
    const history = dataOf(await accessLog(CAST.guXiaomei, await tokens.citizen(CAST.guXiaomei)));
    const zhejiang = history.subject.regions.find((regional) => regional?.region === 'ZHEJIANG')?.accessLog ?? [];
    expect(zhejiang).toContainEqual(
      expect.objectContaining({ event: 'RECORDS_REFUSED', outcome: 'REFUSED', actor: expect.objectContaining({ kind: 'CITIZEN', subjectId: '3304**********0011' }) }),
    );
  });

  it('operator without a case: no records', async () => {
    const response = await graphql(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, clerk);
    expect(errorsWith(response.errors, 'FORBIDDEN').map((error) => error.extensions?.reason)).toEqual(Array(4).fill('CASE_REQUIRED'));
    expect(auditEntries(federation.dataDir, 'anhui')).toContainEqual(
      expect.objectContaining({ event: 'RECORDS_REFUSED', reason: 'CASE_REQUIRED', actor: { kind: 'OPERATOR', ...CLERK } }),
    );
  });

  it('operator asking for a kind the item does not need: refused before anything is signed, and nothing is released or audited', async () => {
    const before = auditEntries(federation.dataDir, 'zhejiang').length;
    const response = await requestEvidence(caseId, ['MARRIAGE']);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KIND_NOT_NEEDED', kinds: ['MARRIAGE'] });
    expect(JSON.stringify(response)).not.toContain('沈浩然');
    // No province was asked: her access history has nothing new.
    expect(auditEntries(federation.dataDir, 'zhejiang')).toHaveLength(before);
  });

  it('another clerk presenting a case’s request: refused (the request names the clerk it was issued to)', async () => {
    const request = gathering.requests.find((r) => r.holder === 'SHANGHAI')?.token ?? '';
    const stranger = await tokens.operator('JIANGSU', '320583', 'KS-01', 'js-ks-0009');
    const response = await graphql(federation.gatewayUrl, SOURCES, { requests: [request] }, stranger);
    expect(errorsWith(response.errors, 'FORBIDDEN')[0]?.extensions).toMatchObject({ reason: 'NOT_THE_CASE_OFFICER', region: 'SHANGHAI' });
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'NOT_THE_CASE_OFFICER', actor: expect.objectContaining({ window: 'KS-01' }) }),
    );
  });

  it('every further clerk presenting that request: refused, and each attempt in her access history', async () => {
    const request = gathering.requests.find((r) => r.holder === 'SHANGHAI')?.token ?? '';
    const third = await tokens.operator('JIANGSU', '320583', 'KS-02', 'js-ks-0010');
    const response = await graphql(federation.gatewayUrl, SOURCES, { requests: [request] }, third);
    expect(errorsWith(response.errors, 'FORBIDDEN')[0]?.extensions).toMatchObject({ reason: 'NOT_THE_CASE_OFFICER', region: 'SHANGHAI' });
    const refused = auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'EVIDENCE_REFUSED' && entry.reason === 'NOT_THE_CASE_OFFICER' && entry.caseId === caseId);
    expect(refused.map((entry) => (entry.actor.kind === 'OPERATOR' ? entry.actor.window : null))).toEqual(['KS-01', 'KS-02']);
    const history = dataOf(await accessLog(CAST.guXiaomei, await tokens.citizen(CAST.guXiaomei)));
    const shanghai = history.subject.regions.find((regional) => regional?.region === 'SHANGHAI')?.accessLog ?? [];
    const attempts = shanghai.filter((entry) => entry.event === 'EVIDENCE_REFUSED' && entry.reason === 'NOT_THE_CASE_OFFICER' && entry.caseId === caseId);
    expect(attempts.map((entry) => entry.actor.window).sort()).toEqual(['KS-01', 'KS-02']);
  });

  it('an expired request: refused', async () => {
    const jiangsuKeys = await memberKeys('jiangsu', 'PROVINCE', 'JIANGSU');
    const body: EvidenceRequestBody = {
      aud: 'shanghai',
      caseId,
      itemCode: PF_ITEM,
      filingRegion: 'JIANGSU',
      subject: { id: CAST.guXiaomei, kind: 'PERSON' },
      kinds: ['PROVIDENT_FUND'],
      requester: { kind: 'OPERATOR', ...CLERK },
      authorisation: { by: { kind: 'APPLICANT', subjectId: CAST.guXiaomei }, at: new Date().toISOString(), proof: keptAuthorisation(federation.dataDir, 'jiangsu', caseId) as AuthorisationProof },
    };
    const stale = await signMessage(EVIDENCE_REQUEST_TYPE, body, jiangsuKeys.signingKey, 60, new Date(Date.now() - 3600_000));
    const response = await graphql(federation.gatewayUrl, SOURCES, { requests: [stale] }, clerk);
    expect(response.data).toEqual({ evidenceSources: [null] });
    expect(errorsWith(response.errors, 'FORBIDDEN')[0]?.extensions).toMatchObject({ reason: 'REQUEST_EXPIRED', region: 'SHANGHAI' });
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'REQUEST_EXPIRED' }));
    // The request is authentic, only out of date: the person it names sees it was presented.
    const history = dataOf(await accessLog(CAST.guXiaomei, await tokens.citizen(CAST.guXiaomei)));
    const shanghai = history.subject.regions.find((regional) => regional?.region === 'SHANGHAI')?.accessLog ?? [];
    expect(shanghai).toContainEqual(expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'REQUEST_EXPIRED', caseId, kinds: ['PROVIDENT_FUND'] }));
  });

  it('a direct call to a subgraph, bypassing the gateway: refused and audited', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ShanghaiSubject { records { recordId } } } }`;
    const body = JSON.stringify({ query, variables: { r: [{ __typename: 'ShanghaiSubject', id: CAST.guXiaomei }] } });
    const url = federation.subgraphUrls.shanghai as string;
    const direct = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(direct.status).toBe(401);
    const answer = (await direct.json()) as { data?: unknown; errors: GraphQLErrorShape[] };
    expect(answer.data).toBeUndefined();
    expect(answer.errors[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_VIA_GATEWAY' });

    // A caller assertion signed by a key the federation does not trust is no better.
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
    const forged = await new CompactSign(
      new TextEncoder().encode(JSON.stringify({ aud: 'shanghai', caller: { kind: 'CITIZEN', residentId: CAST.guXiaomei }, iss: 'gateway', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 60, jti: 'x' })),
    )
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: CALLER_ASSERTION_TYPE })
      .sign(privateKey);
    const spoofed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CALLER_HEADER]: forged }, body });
    expect(spoofed.status).toBe(401);
    expect(((await spoofed.json()) as { errors: GraphQLErrorShape[] }).errors[0]?.extensions).toMatchObject({ reason: 'CALLER_UNKNOWN_KEY' });

    // Whatever its body holds — not JSON, or a content type refused as cross-site — a call without an assertion is refused as one, and audited.
    const before = auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED').length;
    for (const [contentType, text] of [
      ['application/json', '{"query": "{ _entities'],
      ['text/plain', body],
    ] as const) {
      const odd = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: text });
      expect(odd.status, contentType).toBe(401);
      expect(((await odd.json()) as { errors: GraphQLErrorShape[] }).errors[0]?.extensions, contentType).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_VIA_GATEWAY' });
    }
    expect(auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED')).toHaveLength(before + 2);

    const refused = auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED').map((entry) => entry.reason);
    expect(refused).toEqual(expect.arrayContaining(['NOT_VIA_GATEWAY', 'CALLER_UNKNOWN_KEY']));
    expect(auditEntries(federation.dataDir, 'shanghai').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED')).toContainEqual(
      expect.objectContaining({ reason: 'NOT_VIA_GATEWAY', sourceAddress: expect.stringMatching(/127\.0\.0\.1/), repeats: 1 }),
    );
  });

  it('the link between gateway and province read: no captured assertion runs a write but the one request it was signed for, once', async () => {
    const proxy = federation.proxies.get('jiangsu') as SubgraphProxy;
    const url = federation.subgraphUrls.jiangsu as string;
    const direct = async (assertion: string, body: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertion }, body });
      return { status: response.status, answer: (await response.json()) as { data?: unknown; errors?: GraphQLErrorShape[] } };
    };
    const assertionOf = (request: { headers: Readonly<Record<string, string | string[] | undefined>> }) => String(request.headers[CALLER_HEADER]);
    // A write through the gateway: the fetch to Jiangsu carries an assertion bound to its body.
    proxy.reset();
    const opened = await openCase(CAST.guXiaomei);
    const write = proxy.operations().find((request) => request.body.includes('openCase'));
    expect(write).toBeDefined();
    expect(payloadOf(assertionOf(write as ProxiedRequest))).toMatchObject({ aud: 'jiangsu', bdy: expect.any(String) });
    // The same request again, as captured: a replay.
    const replayed = await direct(assertionOf(write as ProxiedRequest), (write as ProxiedRequest).body);
    expect(replayed.status).toBe(401);
    expect(replayed.answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_REPLAYED' });
    // Its assertion with another body (another subject): refused before anything runs.
    const otherBody = (write as ProxiedRequest).body.replace(CAST.guXiaomei, CAST.wangLijuan);
    expect(otherBody).not.toBe((write as ProxiedRequest).body);
    const redirected = await direct(assertionOf(write as ProxiedRequest), otherBody);
    expect(redirected.status).toBe(401);
    expect(redirected.answer.errors?.[0]?.extensions).toMatchObject({ reason: 'CALLER_BODY_MISMATCH' });
    // A read's assertion (reused for reads while fresh) on a write: refused, and the case is untouched.
    proxy.reset();
    dataOf(await graphql(federation.gatewayUrl, CASE, { id: opened }, clerk));
    const read = proxy.operations().at(-1) as ProxiedRequest;
    expect(payloadOf(assertionOf(read)).bdy).toBeUndefined();
    const withdraw = JSON.stringify({ query: `mutation { jiangsu { withdrawCase(caseId: "${opened}", reason: "replayed") { id status } } }` });
    const smuggled = await direct(assertionOf(read), withdraw);
    expect(smuggled.status).toBe(401);
    expect(smuggled.answer.data ?? undefined).toBeUndefined();
    expect(smuggled.answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_NOT_BOUND' });
    const status = dataOf(await graphql<{ case: { status: string } }>(federation.gatewayUrl, CASE, { id: opened }, clerk)).case.status;
    expect(status).toBe('OPEN');
    // Each attempt audited as a call around the gateway.
    const refused = auditEntries(federation.dataDir, 'jiangsu').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED').map((entry) => entry.reason);
    expect(refused).toEqual(expect.arrayContaining(['CALLER_REPLAYED', 'CALLER_BODY_MISMATCH', 'CALLER_NOT_BOUND']));
    // …naming whose assertion was taken: the clerk's.
    for (const reason of ['CALLER_REPLAYED', 'CALLER_BODY_MISMATCH', 'CALLER_NOT_BOUND']) {
      expect(auditEntries(federation.dataDir, 'jiangsu').find((entry) => entry.event === 'DIRECT_CALL_REFUSED' && entry.reason === reason)?.actor, reason).toMatchObject({
        kind: 'OPERATOR',
        ...CLERK,
      });
    }
    // Killed and started again within the assertion's minute, the province still knows it took that write up.
    await federation.restartSubgraph('jiangsu', 'SIGKILL');
    const afterRestart = await fetch(proxy.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertionOf(write as ProxiedRequest) },
      body: (write as ProxiedRequest).body,
    });
    expect(afterRestart.status).toBe(401);
    expect(((await afterRestart.json()) as { errors: GraphQLErrorShape[] }).errors[0]?.extensions).toMatchObject({ reason: 'CALLER_REPLAYED' });
  });

  it('a flood of direct calls is answered 429 past a rate, and cannot flood the audit log, which still counts every one', async () => {
    const url = federation.subgraphUrls.anhui as string;
    const refusalsIn = () => auditEntries(federation.dataDir, 'anhui').filter((entry) => entry.event === 'DIRECT_CALL_REFUSED');
    const counted = () => refusalsIn().reduce((sum, entry) => sum + entry.repeats, 0);
    const before = { entries: refusalsIn().length, counted: counted() };
    const calls = 60;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < calls; i++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        expect(((await response.json()) as { errors: GraphQLErrorShape[] }).errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'NOT_VIA_GATEWAY' });
      } else await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(20);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Far fewer entries than calls …
    expect(refusalsIn().length - before.entries).toBeLessThan(calls / 2);
    // … and once the province stops (it writes what it had counted), every call is accounted for.
    await federation.restartSubgraph('anhui', 'SIGTERM');
    expect(counted() - before.counted).toBe(calls);
  });

  it('tampered evidence: rejected as tampered, and audited by the deciding province', async () => {
    const fresh = dataOf(await requestEvidence(caseId)).jiangsu.requestEvidence;
    const genuine = await openedByJiangsu(releasedBy('SHANGHAI', fresh)[0]?.token ?? '');
    // Jiangsu's encryption key is public: anyone can encrypt to it, nobody can forge the signature inside.
    const forged = await sealedForJiangsu(
      tamper(genuine, (payload) => {
        (payload.record as { content: { continuousMonths: number } }).content.continuousMonths = 120;
      }),
    );
    const [result] = await collect(caseId, [forged]);
    expect(result).toMatchObject({ accepted: false, evidence: null, rejection: { reason: 'TAMPERED' } });
    expect(auditEntries(federation.dataDir, 'jiangsu')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_REJECTED', outcome: 'REJECTED', reason: 'TAMPERED', caseId, subjectId: CAST.guXiaomei }),
    );
  });

  it('evidence bound to another case, expired, or signed by an unknown key: rejected with the reason', async () => {
    const secondCase = await openCase(CAST.guXiaomei);
    const forFirst = releasedBy('SHANGHAI', dataOf(await requestEvidence(caseId)).jiangsu.requestEvidence)[0]?.token ?? '';
    expect((await collect(secondCase, [forFirst]))[0]?.rejection?.reason).toBe('OTHER_CASE');

    const shanghaiKeys = await memberKeys('shanghai', 'PROVINCE', 'SHANGHAI');
    const genuine = payloadOf(await openedByJiangsu(forFirst));
    const { iss: _iss, iat: _iat, exp: _exp, jti: _jti, ...body } = genuine;
    const expired = await sealedForJiangsu(await signMessage(EVIDENCE_TYPE, body, shanghaiKeys.signingKey, 60, new Date(Date.now() - 3600_000)));
    expect((await collect(caseId, [expired]))[0]?.rejection?.reason).toBe('EXPIRED');

    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const strangerKey = { kid: await calculateJwkThumbprint(await exportJWK(publicKey)), member: 'shanghai', privateKey: privateKey as CryptoKey };
    const unknown = await sealedForJiangsu(await signMessage(EVIDENCE_TYPE, body, strangerKey, 3600));
    expect((await collect(caseId, [unknown]))[0]?.rejection?.reason).toBe('UNKNOWN_KEY');

    const reasons = auditEntries(federation.dataDir, 'jiangsu').filter((entry) => entry.event === 'EVIDENCE_REJECTED').map((entry) => entry.reason);
    expect(reasons).toEqual(expect.arrayContaining(['OTHER_CASE', 'EXPIRED', 'UNKNOWN_KEY']));
  });

  it('one person’s evidence handed into another person’s case: rejected, and filed in the history of the person it is about', async () => {
    const hisCase = await openCase(CAST.shenHaoran);
    const released = dataOf(await requestEvidence(hisCase)).jiangsu.requestEvidence.sources.flatMap((source) => source?.released ?? []);
    const [his] = released;
    // The clerk reads nothing of it (he has not accepted it): which record it is, the holder's audit says.
    expect(his).toMatchObject({ record: null, recordId: null });
    const hisRecordIds = auditEntries(federation.dataDir, (his?.issuer ?? '').toLowerCase())
      .filter((entry) => entry.event === 'EVIDENCE_RELEASED' && entry.caseId === hisCase)
      .flatMap((entry) => [...entry.recordIds]);
    expect(hisRecordIds).toHaveLength(1);
    const [result] = await collect(caseId, [his?.token ?? '']);
    expect(result).toMatchObject({ accepted: false, evidence: null, rejection: { reason: 'OTHER_CASE' } });

    // He sees that a clerk tried to use his record, and on which case …
    const hisHistory = dataOf(await accessLog(CAST.shenHaoran, await tokens.citizen(CAST.shenHaoran)));
    const hisJiangsu = hisHistory.subject.regions.find((regional) => regional?.region === 'JIANGSU')?.accessLog ?? [];
    expect(hisJiangsu).toContainEqual(
      expect.objectContaining({
        event: 'EVIDENCE_REJECTED',
        outcome: 'REJECTED',
        reason: 'OTHER_CASE',
        caseId,
        recordIds: hisRecordIds,
        actor: expect.objectContaining({ kind: 'OPERATOR', window: CLERK.window, operatorId: CLERK.operatorId }),
      }),
    );
    // … she sees that her case was used, without his record.
    const herHistory = dataOf(await accessLog(CAST.guXiaomei, await tokens.citizen(CAST.guXiaomei)));
    const herJiangsu = herHistory.subject.regions.find((regional) => regional?.region === 'JIANGSU')?.accessLog ?? [];
    expect(herJiangsu).toContainEqual(expect.objectContaining({ event: 'EVIDENCE_REJECTED', reason: 'OTHER_CASE', caseId, recordIds: [] }));
    expect(JSON.stringify(herJiangsu)).not.toContain(hisRecordIds[0]);
  });

  it('a citizen cannot open a case for someone else, nor see another person’s case', async () => {
    const response = await graphql(federation.gatewayUrl, OPEN, { input: { itemCode: PF_ITEM, subjectId: CAST.guXiaomei, idempotencyKey: idempotencyKey() } }, await tokens.citizen(CAST.shenHaoran));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    const peek = await graphql(federation.gatewayUrl, CASE, { id: caseId }, await tokens.citizen(CAST.shenHaoran));
    expect(peek.data).toEqual({ case: null });
    expect(peek.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    // Nor does a made-up case number tell her anything different.
    const made = await graphql(federation.gatewayUrl, CASE, { id: '3220260101999999' }, await tokens.citizen(CAST.shenHaoran));
    expect(made.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
  });

  it('bearer tokens: malformed, expired or signed by a stranger → UNAUTHENTICATED, before anything runs', async () => {
    const query = '{ me { kind } }';
    const malformed = await graphql(federation.gatewayUrl, query, {}, { authorization: 'Bearer not-a-token' });
    expect(malformed.status).toBe(401);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MALFORMED_TOKEN' });
    const expired = await graphql(federation.gatewayUrl, query, {}, await tokens.header({ kind: 'CITIZEN', residentId: CAST.guXiaomei }, Math.floor(Date.now() / 1000) - 10));
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EXPIRED_TOKEN' });
    const badIdentifier = await graphql(federation.gatewayUrl, query, {}, await tokens.header({ kind: 'CITIZEN', residentId: '310118198804123022' }));
    expect(badIdentifier.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CLAIMS' });
    const me = dataOf(await graphql<{ me: { kind: string } }>(federation.gatewayUrl, query, {}, clerk));
    expect(me.me.kind).toBe('OPERATOR');
  });
});

describe('evidence in the applicant’s hands: encrypted to the filing province', () => {
  const SPOUSE_ID = CAST.shenHaoran;
  type Namespace = 'jiangsu' | 'shanghai';
  interface HeldGathering {
    sources: ({ region: string; released: { token: string; kind: string; record: Record<string, unknown> }[] } | null)[];
  }

  async function openIn(namespace: Namespace, itemCode: string, subjectId: string, headers: Record<string, string>) {
    const response = await graphql<Record<Namespace, { openCase: { id: string; channel: string } }>>(
      federation.gatewayUrl,
      `mutation ($input: OpenCaseInput!) { ${namespace} { openCase(input: $input) { id channel } } }`,
      { input: { itemCode, subjectId, idempotencyKey: idempotencyKey() } },
      headers,
    );
    const opened = dataOf(response)[namespace].openCase;
    // Online too, she authorises the case before she asks for its evidence.
    dataOf(await new CaseFlow(federation.gatewayUrl, namespace).authorise(opened.id, headers, itemCode));
    return opened;
  }

  async function gatherIn(namespace: Namespace, id: string, headers: Record<string, string>) {
    const response = await graphql<Record<Namespace, { requestEvidence: HeldGathering }>>(
      federation.gatewayUrl,
      `mutation ($caseId: ID!) { ${namespace} { requestEvidence(caseId: $caseId) { sources { region released { token kind record { __typename ... on MarriageRecord { spouseIdNumber } ... on BusinessRegistrationRecord { legalRepresentativeId } } } } } } }`,
      { caseId: id },
      headers,
    );
    return dataOf(response)[namespace].requestEvidence.sources.flatMap((source) => (source ? source.released.map((piece) => ({ ...piece, region: source.region })) : []));
  }

  async function collectIn(namespace: Namespace, id: string, tokenList: string[], headers: Record<string, string>) {
    const response = await graphql<Record<Namespace, { collectEvidence: { accepted: boolean; rejection: { reason: string; message: string } | null; evidence: { kind: string; issuer: string; status: string } | null }[] }>>(
      federation.gatewayUrl,
      `mutation ($caseId: ID!, $tokens: [String!]!) { ${namespace} { collectEvidence(caseId: $caseId, tokens: $tokens) { accepted rejection { reason message } evidence { kind issuer status } } } }`,
      { caseId: id, tokens: tokenList },
      headers,
    );
    expect(response.errors).toBeUndefined();
    return dataOf(response)[namespace].collectEvidence;
  }

  /** Everything anyone holding the token can read without a key: each part, base64url-decoded, and the token itself. */
  const readableParts = (token: string) => [token, ...token.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8'))];

  let applicant: Record<string, string>;
  let herCase: string;
  let marriage: string;

  it('顾晓梅 gathers her evidence online for 户口迁移（夫妻投靠）: her phone shows her spouse’s number masked, and no part of the token has it whole', async () => {
    applicant = await tokens.citizen(CAST.guXiaomei);
    const opened = await openIn('jiangsu', STORY_ITEMS.spouseHouseholdMigration, CAST.guXiaomei, applicant);
    expect(opened.channel).toBe('ONLINE');
    herCase = opened.id;
    const released = await gatherIn('jiangsu', herCase, applicant);
    const fromZhejiang = released.find((piece) => piece.kind === 'MARRIAGE');
    expect(fromZhejiang).toMatchObject({ region: 'ZHEJIANG', record: { __typename: 'MarriageRecord', spouseIdNumber: '3304**********0011' } });
    marriage = fromZhejiang?.token ?? '';
    expect(released.length).toBeGreaterThan(0);
    for (const piece of released) {
      // Five parts: a JWE, encrypted to Jiangsu. Nothing in it decodes to another person's number.
      expect(piece.token.split('.')).toHaveLength(5);
      for (const readable of readableParts(piece.token)) expect(readable).not.toContain(SPOUSE_ID);
    }
    // Jiangsu, with its key, finds the whole record inside — what the case officer needs.
    expect(payloadOf(await openedByJiangsu(marriage))).toMatchObject({ aud: 'jiangsu', record: { content: { spouseIdNumber: SPOUSE_ID } } });
  });

  it('Jiangsu, the filing province, takes it in', async () => {
    const results = await collectIn('jiangsu', herCase, [marriage], applicant);
    expect(results).toEqual([{ accepted: true, rejection: null, evidence: { kind: 'MARRIAGE', issuer: 'ZHEJIANG', status: 'PENDING_PREVIEW' } }]);
  });

  it('another province cannot take it in: it was not encrypted to it', async () => {
    const elsewhere = await openIn('shanghai', STORY_ITEMS.spouseHouseholdMigration, CAST.guXiaomei, applicant);
    const [result] = await collectIn('shanghai', elsewhere.id, [marriage], applicant);
    expect(result).toMatchObject({ accepted: false, evidence: null, rejection: { reason: 'NOT_FOR_THIS_PROVINCE', message: expect.stringContaining('其他省份') } });
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_REJECTED', reason: 'NOT_FOR_THIS_PROVINCE', caseId: elsewhere.id, subjectId: CAST.guXiaomei, recordIds: [] }),
    );
  });

  it('a corrupted token is rejected with its reason, and nothing else happens', async () => {
    const [header, encryptedKey, iv, ciphertext, tag] = marriage.split('.') as [string, string, string, string, string];
    const altered = `${ciphertext.slice(0, 8)}${ciphertext[8] === 'A' ? 'B' : 'A'}${ciphertext.slice(9)}`;
    const results = await collectIn('jiangsu', herCase, [[header, encryptedKey, iv, altered, tag].join('.'), marriage.slice(0, marriage.length / 2)], applicant);
    expect(results).toEqual([
      { accepted: false, evidence: null, rejection: { reason: 'UNDECRYPTABLE', message: expect.stringContaining('损坏') } },
      { accepted: false, evidence: null, rejection: { reason: 'UNDECRYPTABLE', message: expect.stringContaining('损坏') } },
    ]);
    expect(auditEntries(federation.dataDir, 'jiangsu')).toContainEqual(expect.objectContaining({ event: 'EVIDENCE_REJECTED', reason: 'UNDECRYPTABLE', caseId: herCase }));
  });

  it('an enterprise gathering its registration online cannot read its legal representative’s number in the token either', async () => {
    const enterprise = await tokens.enterprise(CAST.jiashanHefeng);
    const { id } = await openIn('jiangsu', STORY_ITEMS.branchRegistration, CAST.jiashanHefeng, enterprise);
    const released = await gatherIn('jiangsu', id, enterprise);
    const registration = released.find((piece) => piece.kind === 'BUSINESS_REGISTRATION');
    expect(registration).toMatchObject({ region: 'ZHEJIANG', record: { legalRepresentativeId: '3304**********0011' } });
    for (const piece of released) for (const readable of readableParts(piece.token)) expect(readable).not.toContain(SPOUSE_ID);
    const results = await collectIn('jiangsu', id, [registration?.token ?? ''], enterprise);
    expect(results).toEqual([{ accepted: true, rejection: null, evidence: { kind: 'BUSINESS_REGISTRATION', issuer: 'ZHEJIANG', status: 'PENDING_PREVIEW' } }]);
  });
});

describe('the holder’s answer on the way: sealed to the filing province', () => {
  it('the clerk carries Shanghai’s answer as ciphertext: nothing readable in it names her record before she accepts it; Jiangsu opens and takes it in', async () => {
    const id = await openCase(CAST.guXiaomei);
    const response = await graphql<{ jiangsu: { requestEvidence: { sources: ({ region: string; receipt: string; released: { token: string; recordId: string | null }[] } | null)[] } } }>(
      federation.gatewayUrl,
      'mutation ($caseId: ID!) { jiangsu { requestEvidence(caseId: $caseId) { sources { region receipt released { token recordId } } } } }',
      { caseId: id },
      clerk,
    );
    const shanghai = dataOf(response).jiangsu.requestEvidence.sources.find((source) => source?.region === 'SHANGHAI');
    const receipt = shanghai?.receipt ?? '';
    const releasedIds = auditEntries(federation.dataDir, 'shanghai')
      .filter((entry) => entry.event === 'EVIDENCE_RELEASED' && entry.caseId === id)
      .flatMap((entry) => [...entry.recordIds]);
    expect(releasedIds.length).toBeGreaterThan(0);
    expect(shanghai?.released.map((piece) => piece.recordId)).toEqual(releasedIds.map(() => null));
    expect(receipt.split('.')).toHaveLength(5);
    const readable = [receipt, ...receipt.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8'))];
    for (const part of readable) for (const secret of [...releasedIds, CAST.guXiaomei, id]) expect(part).not.toContain(secret);
    expect(JSON.parse(readable[1] ?? '')).toMatchObject({ typ: SEALED_EVIDENCE_RESPONSE_TYPE, cty: EVIDENCE_RESPONSE_TYPE });
    // Jiangsu, with its key, reads which records were released — what it checks the handed-in evidence against.
    const opened = await unsealMessage(receipt, EVIDENCE_RESPONSE_SEALING, await memberKeys('jiangsu', 'PROVINCE', 'JIANGSU'));
    expect(payloadOf(opened)).toMatchObject({ caseId: id, recordIds: releasedIds });
    const results = await collect(id, [receipt, ...(shanghai?.released ?? []).map((piece) => piece.token)]);
    expect(results.map((result) => result.rejection?.reason ?? 'accepted')).toEqual([receipt, ...releasedIds].map(() => 'accepted'));
  });
});

describe('key rotation', () => {
  it('accepts the new key and keeps verifying what the old one signed before it retired', async () => {
    const before = releasedBy('SHANGHAI', dataOf(await requestEvidence(caseId)).jiangsu.requestEvidence)[0]?.token ?? '';

    // Shanghai rotates its key (an administrator's job, done while the province is restarted).
    await federation.processes.get('shanghai')?.stop();
    const keys = await memberKeys('shanghai', 'PROVINCE', 'SHANGHAI');
    const oldKid = keys.signingKey.kid;
    await keys.rotate();
    keys.register(join(federation.dataDir, 'trust'));
    await federation.restartSubgraph('shanghai');

    const after = releasedBy('SHANGHAI', dataOf(await requestEvidence(caseId)).jiangsu.requestEvidence)[0]?.token ?? '';
    // The signing key the evidence inside names (the envelope names Jiangsu's encryption key).
    const kidOf = async (token: string) => (JSON.parse(Buffer.from((await openedByJiangsu(token)).split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid: string }).kid;
    expect(await kidOf(before)).toBe(oldKid);
    expect(await kidOf(after)).toBe(keys.signingKey.kid);
    expect(await kidOf(after)).not.toBe(oldKid);

    const results = await collect(caseId, [before, after]);
    expect(results.map((result) => result.rejection?.reason ?? 'accepted')).toEqual(['accepted', 'accepted']);

    // The old key signs nothing new: a signature made with it after it retired is refused.
    const stored = JSON.parse(readFileSync(join(federation.dataDir, 'keys', 'shanghai.keys.json'), 'utf8')) as { keys: { kid: string; privateJwk: JWK }[] };
    const retired = stored.keys.find((key) => key.kid === oldKid);
    const oldKey = { kid: oldKid, member: 'shanghai', privateKey: (await importJWK(retired?.privateJwk ?? {}, 'EdDSA')) as CryptoKey };
    const body = payloadOf(await openedByJiangsu(after));
    const { iss: _iss, iat: _iat, exp: _exp, jti: _jti, ...rest } = body;
    const late = await sealedForJiangsu(await signMessage(EVIDENCE_TYPE, rest, oldKey, 3600, new Date(Date.now() + 2_000)));
    expect((await collect(caseId, [late]))[0]?.rejection?.reason).toBe('KEY_RETIRED');

    const list = dataOf(
      await graphql<{ trustList: { members: { member: string; keys: { kid: string; retiredAt: string | null }[] }[] } }>(
        federation.gatewayUrl,
        '{ trustList { members { member keys { kid retiredAt } } } }',
      ),
    );
    const shanghai = list.trustList.members.find((member) => member.member === 'shanghai');
    expect(shanghai?.keys.map((key) => [key.kid, key.retiredAt !== null])).toEqual([
      [keys.signingKey.kid, false],
      [oldKid, true],
    ]);
  });
});
