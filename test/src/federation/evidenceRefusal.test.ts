import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import type { AuthorisationProof } from '@yrd/shared/evidence/authorisationProof';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '@yrd/shared/evidence/evidenceMessages';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { makeOrganizationCode } from '@yrd/shared/identifiers/organizationCode';
import { completeUnifiedSocialCreditCode } from '@yrd/shared/identifiers/unifiedSocialCreditCode';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { signMessage } from '@yrd/shared/trust/signedMessage';
import { auditEntries } from '../harness/auditTrail.ts';
import { keptAuthorisation, writeAuthorisation } from '../harness/keptAuthorisation.ts';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * What a filing province does with the applicant's “no”, and with requests it should never sign:
 * a record 顾晓梅 refused is shown to nobody but her, and is not asked for again on her case
 * unless she asks herself; a kind the item does not gather is refused before anything is signed
 * or sent; a blank 容缺 material code is empty, not an unknown material; and a case number of no
 * province of the delta is a mistyped number, not a missing case.
 */
const PF_ITEM = STORY_ITEMS.providentFundLoanCertificate;
const PROVINCES = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'] as const;

const REQUEST = `mutation Request($caseId: ID!, $kinds: [EvidenceKind!]) {
  jiangsu { requestEvidence(caseId: $caseId, kinds: $kinds) { requests { holder kinds } sources { region released { kind recordId } } } }
}`;
const CASE = `query Case($id: ID!) {
  case(id: $id) {
    evidence { id status kind issuer recordId receivedAt expiresAt decidedAt record { __typename ... on ProvidentFundRecord { personName accountNumber } } }
    evidenceRequests { holder kinds }
  }
}`;

interface Gathering {
  requests: { holder: string; kinds: string[] }[];
  sources: ({ region: string; released: { kind: string; recordId: string }[] } | null)[];
}
interface EvidenceEntry {
  id: string;
  status: string;
  kind: string;
  issuer: string;
  recordId: string | null;
  receivedAt: string;
  expiresAt: string;
  decidedAt: string | null;
  record: { __typename: string; personName?: string; accountNumber?: string } | null;
}

let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let clerk: Headers;
let applicant: Headers;
let jiangsu: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
  clerk = await tokens.wujiangClerk();
  applicant = await tokens.citizen(CAST.guXiaomei);
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

const requestEvidence = (caseId: string, headers: Headers, kinds?: string[]) =>
  graphql<{ jiangsu: { requestEvidence: Gathering } }>(federation.gatewayUrl, REQUEST, { caseId, ...(kinds ? { kinds } : {}) }, headers);
/** What the province will ask for on the case, as the one reading would (what her authorisation card lists). */
const toRequest = async (caseId: string, headers: Headers) =>
  dataOf(await graphql<{ case: { evidenceToRequest: string[] | null } }>(federation.gatewayUrl, 'query ($id: ID!) { case(id: $id) { evidenceToRequest } }', { id: caseId }, headers)).case.evidenceToRequest;
/** The kinds a request for the purpose's evidence asked for, across its holders, once each. */
const kindsAsked = (gathering: Gathering) => [...new Set(gathering.requests.flatMap((request) => request.kinds))].sort();
const caseAs = async (caseId: string, headers: Headers) =>
  dataOf(await graphql<{ case: { evidence: EvidenceEntry[]; evidenceRequests: { holder: string; kinds: string[] }[] } }>(federation.gatewayUrl, CASE, { id: caseId }, headers)).case;
/** Every province's audit entries about one case. */
const entriesOf = (caseId: string) => PROVINCES.flatMap((province) => auditEntries(federation.dataDir, province).filter((entry) => entry.caseId === caseId));
const onlyError = (errors: readonly GraphQLErrorShape[] | undefined) => {
  expect(errors).toHaveLength(1);
  return errors?.[0] as GraphQLErrorShape;
};

describe('a record the applicant refused', () => {
  let caseId: string;
  let refused: EvidenceEntry;

  beforeAll(async () => {
    caseId = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk);
    await jiangsu.gather(caseId, clerk);
    await jiangsu.decideAll(caseId, applicant, 'REJECT');
    const [piece] = (await caseAs(caseId, applicant)).evidence;
    refused = piece as EvidenceEntry;
  }, 60_000);

  it('is shown to nobody but her: the clerk sees the entry, its status, kind, issuer and times, and no record', async () => {
    expect(refused).toMatchObject({ status: 'REJECTED', kind: 'PROVIDENT_FUND', issuer: 'SHANGHAI', record: { personName: '顾晓梅', accountNumber: '110234567801' } });
    const seen = await caseAs(caseId, clerk);
    // Nor its record id, which can say as much (a post-check's failure, another case's number).
    expect(seen.evidence).toEqual([{ ...refused, recordId: null, record: null }]);
    expect(JSON.stringify(seen)).not.toContain('110234567801');
  });

  it('is not asked for again by the clerk: left out of a request for the item’s evidence, nothing sent to any province', async () => {
    const before = entriesOf(caseId).length;
    const requestsBefore = (await caseAs(caseId, clerk)).evidenceRequests;
    // The case says so before anyone asks: to the clerk nothing is left to request, to her what she refused is.
    expect(await toRequest(caseId, clerk)).toEqual([]);
    expect(await toRequest(caseId, applicant)).toEqual(['PROVIDENT_FUND']);
    const again = dataOf(await requestEvidence(caseId, clerk)).jiangsu.requestEvidence;
    // The item gathers nothing else: nothing to ask for.
    expect(again).toEqual({ requests: [], sources: [] });
    expect(entriesOf(caseId)).toHaveLength(before);
    expect((await caseAs(caseId, clerk)).evidenceRequests).toEqual(requestsBefore);
  });

  it('is refused when the clerk names its kind, saying in Chinese that she refused it', async () => {
    const before = entriesOf(caseId).length;
    const response = await requestEvidence(caseId, clerk, ['PROVIDENT_FUND']);
    const error = onlyError(response.errors);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'REFUSED_BY_APPLICANT', kinds: ['PROVIDENT_FUND'] });
    expect(error.message).toContain('住房公积金缴存记录（PF）');
    expect(error.message).not.toMatch(/PROVIDENT_FUND/);
    expect(entriesOf(caseId)).toHaveLength(before);
  });

  it('is asked for again when she asks herself (she changed her mind), and released to her', async () => {
    const mine = dataOf(await requestEvidence(caseId, applicant)).jiangsu.requestEvidence;
    expect(mine.requests.map((request) => [request.holder, request.kinds])).toEqual([
      ['SHANGHAI', ['PROVIDENT_FUND']],
      ['JIANGSU', ['PROVIDENT_FUND']],
      ['ZHEJIANG', ['PROVIDENT_FUND']],
      ['ANHUI', ['PROVIDENT_FUND']],
    ]);
    expect(mine.sources.find((source) => source?.region === 'SHANGHAI')?.released).toEqual([{ kind: 'PROVIDENT_FUND', recordId: 'SAMPLE-PF-0001' }]);
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_RELEASED', caseId, actor: { kind: 'CITIZEN', residentId: CAST.guXiaomei } }),
    );
  });
});

describe('a kind the item does not gather', () => {
  it('is refused by the filing province, naming it and what the item gathers: nothing signed, nothing sent, nobody’s history written', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk);
    const response = await requestEvidence(caseId, clerk, ['TAX']);
    const error = onlyError(response.errors);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds', reason: 'KIND_NOT_NEEDED', kinds: ['TAX'], needed: ['PROVIDENT_FUND'] });
    expect(error.message).toContain('纳税信息（TX）');
    expect(error.message).toContain('住房公积金缴存记录（PF）');
    expect(entriesOf(caseId)).toEqual([]);
    expect((await caseAs(caseId, clerk)).evidenceRequests).toEqual([]);
  });

  it('is still refused, and audited, by a holder presented a request for it signed anyway (purpose limitation where the data is)', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk);
    const keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(federation.dataDir, 'keys'));
    const body: EvidenceRequestBody = {
      aud: 'shanghai',
      caseId,
      itemCode: PF_ITEM,
      filingRegion: 'JIANGSU',
      subject: { id: CAST.guXiaomei, kind: 'PERSON' },
      kinds: ['TAX'],
      requester: { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' },
      // Her authorisation of the case, as Jiangsu keeps it: the holder refuses for the kind alone.
      authorisation: { by: { kind: 'APPLICANT', subjectId: CAST.guXiaomei }, at: new Date().toISOString(), proof: keptAuthorisation(federation.dataDir, 'jiangsu', caseId) as AuthorisationProof },
    };
    const request = await signMessage(EVIDENCE_REQUEST_TYPE, body, keys.signingKey, 600);
    const response = await graphql(federation.gatewayUrl, 'query ($requests: [String!]!) { evidenceSources(requests: $requests) { region released { recordId } } }', { requests: [request] }, clerk);
    expect(response.data).toEqual({ evidenceSources: [null] });
    expect(onlyError(response.errors).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KIND_NOT_NEEDED', region: 'SHANGHAI' });
    expect(auditEntries(federation.dataDir, 'shanghai')).toContainEqual(
      expect.objectContaining({ event: 'EVIDENCE_REFUSED', reason: 'KIND_NOT_NEEDED', caseId, kinds: ['TAX'], subjectId: CAST.guXiaomei, recordIds: [] }),
    );
  });
});

describe('supplyMaterial with no material code', () => {
  it('is empty, naming the field', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk);
    for (const materialCode of ['', '   ']) {
      const error = onlyError((await jiangsu.supply(caseId, materialCode, clerk)).errors);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'materialCode', reason: 'EMPTY' });
      expect(error.message).toContain('materialCode');
      expect(error.message).not.toContain('不是本办件待补齐的容缺材料');
    }
  });
});

describe('case(id:) at the hub', () => {
  it('says a number of no province of the delta was mistyped, and keeps FORMAT for a malformed one', async () => {
    const query = 'query ($id: ID!) { case(id: $id) { id } }';
    const unknown = onlyError((await graphql(federation.gatewayUrl, query, { id: '9920261127000001' }, clerk)).errors);
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'UNKNOWN_REGION', provinceCode: '99' });
    expect(unknown.message).toContain('99');
    expect(unknown.message).not.toContain('不存在');
    const beijing = onlyError((await graphql(federation.gatewayUrl, query, { id: '1120261127000001' }, clerk)).errors);
    expect(beijing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION', provinceCode: '11' });
    expect(beijing.message).toContain('北京市');
    const malformed = onlyError((await graphql(federation.gatewayUrl, query, { id: '32-2026' }, clerk)).errors);
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT' });
  });
});

describe('a case before the applicant authorised it (数据调取授权)', () => {
  const AUTHORISED = 'query ($id: ID!) { case(id: $id) { id authorisation { authorisedAt authorisedBy { kind subjectId } } cases { id authorisation { authorisedAt } } } }';
  type Authorised = { case: { id: string; authorisation: { authorisedAt: string } | null; cases: { id: string; authorisation: { authorisedAt: string } | null }[] } };

  it('a one-thing bundle at the window: nothing asked before she authorises the bundle, which covers its items', async () => {
    const bundle = await jiangsu.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, clerk, { authorise: false });
    const item = bundle.cases[0]?.id ?? '';
    // What she is shown she authorises, on the bundle and on any of its items: what the bundle's items gather, once each.
    const listed = await toRequest(bundle.id, applicant);
    // Her marriage record, for the 不动产转移登记 (the utility transfers gather nothing of hers).
    expect(listed).toEqual(['MARRIAGE']);
    for (const reader of [clerk, applicant]) {
      for (const caseId of [bundle.id, ...bundle.cases.map((part) => part.id)]) expect(await toRequest(caseId, reader)).toEqual(listed);
    }
    expect(onlyError((await requestEvidence(bundle.id, clerk)).errors).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED' });
    // An item alone is neither gathered nor authorised: the bundle is, whole.
    expect(onlyError((await jiangsu.authorise(item, applicant)).errors).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PART_OF_BUNDLE' });
    expect(entriesOf(bundle.id)).toEqual([]);
    // Named by the bundle's code: one of its items' codes is not what the bundle is for.
    const byItemCode = onlyError((await jiangsu.authorise(bundle.id, applicant, bundle.cases[0]?.item?.code)).errors);
    expect(byItemCode.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'NOT_THE_CASE_ITEM', itemCode: 'PROPERTY_TRANSFER' });
    dataOf(await jiangsu.authorise(bundle.id, applicant));
    const seen = dataOf(await graphql<Authorised>(federation.gatewayUrl, AUTHORISED, { id: bundle.id }, clerk)).case;
    expect(seen.authorisation).not.toBeNull();
    expect(seen.cases.map((part) => part.authorisation?.authorisedAt)).toEqual(seen.cases.map(() => seen.authorisation?.authorisedAt));
    const gathered = await requestEvidence(bundle.id, clerk);
    expect(gathered.errors).toBeUndefined();
    // Exactly what she was shown: no more, no fewer kinds.
    expect(kindsAsked(dataOf(gathered).jiangsu.requestEvidence)).toEqual([...(listed ?? [])].sort());
  });

  it('an enterprise’s case at the window: authorised by the enterprise signed in as itself, not by its clerk', async () => {
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, CAST.jiashanHefeng, clerk, { authorise: false });
    expect(onlyError((await requestEvidence(caseId, clerk)).errors).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_REQUIRED' });
    expect(onlyError((await jiangsu.authorise(caseId, clerk)).errors).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(entriesOf(caseId)).toEqual([]);
    const given = dataOf(await jiangsu.authorise(caseId, await tokens.enterprise(CAST.jiashanHefeng))).jiangsu.authoriseEvidence;
    expect(given?.authorisation?.authorisedBy).toEqual({ kind: 'APPLICANT', subjectId: CAST.jiashanHefeng });
    const gathered = dataOf(await requestEvidence(caseId, clerk)).jiangsu.requestEvidence;
    expect(gathered.sources.some((source) => source !== null)).toBe(true);
  });

  it('an enterprise registered outside the delta: its registration and taxes are asked of no province, so neither is listed to it', async () => {
    // A Beijing (朝阳区) enterprise opening its branch at the 吴江 window.
    const beijing = completeUnifiedSocialCreditCode(`91110105${makeOrganizationCode('MA01BJ7Q')}`);
    const caseId = await jiangsu.open(STORY_ITEMS.branchRegistration, beijing, clerk, { authorise: false });
    const listed = await toRequest(caseId, clerk);
    expect(listed).not.toContain('BUSINESS_REGISTRATION');
    expect(listed).not.toContain('TAX');
    dataOf(await jiangsu.authorise(caseId, await tokens.enterprise(beijing)));
    const gathered = await requestEvidence(caseId, clerk);
    expect(gathered.errors).toBeUndefined();
    expect(kindsAsked(dataOf(gathered).jiangsu.requestEvidence)).toEqual([...(listed ?? [])].sort());
  });

  it('an authorisation the filing province wrote itself: every holder refuses it, and tells her', async () => {
    // Her real authorisation of one case, which Jiangsu keeps …
    const authorised = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk);
    const hers = keptAuthorisation(federation.dataDir, 'jiangsu', authorised);
    expect(hers).toBeDefined();
    // … carried over to another case she never authorised.
    const caseId = await jiangsu.open(PF_ITEM, CAST.guXiaomei, clerk, { authorise: false });
    writeAuthorisation(federation.dataDir, 'jiangsu', caseId, CAST.guXiaomei, hers);
    const response = await requestEvidence(caseId, clerk);
    const refusals = (response.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) expect(refusal.extensions).toMatchObject({ reason: 'NOT_AUTHORISED', authorisation: 'ANOTHER_CASE' });
    expect(refusals[0]?.message).toContain('授权凭证不是为该办件及其事项作出的');
    expect(response.data?.jiangsu.requestEvidence.sources.every((source) => source === null)).toBe(true);
    const refusedBy = PROVINCES.filter((province) => auditEntries(federation.dataDir, province).some((entry) => entry.caseId === caseId && entry.reason === 'NOT_AUTHORISED'));
    expect(refusedBy.length).toBe(refusals.length);
    expect(entriesOf(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED')).toEqual([]);
  });
});
