import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { auditEntries } from '../harness/auditTrail.ts';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, type CaseView, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * An evidence request ends when its case can no longer use it — withdrawn, decided — or when the
 * applicant refuses a record it released. Presented again through the hub (evidenceSources), the
 * old request releases nothing: the holder asks the hub, which its issuer told, and refuses
 * (REQUEST_ENDED), a refusal of its own in her access history. While the case still gathers
 * (also AWAITING_EVIDENCE, a province having been down), presenting it again is still the remedy.
 * The hub's side of this is not reachable through the gateway.
 */
const PF_ITEM = STORY_ITEMS.providentFundLoanCertificate;
const HER_FUND = 'CAST-PF-WLJ';

const SOURCES = 'query ($requests: [String!]!) { evidenceSources(requests: $requests) { region receipt released { kind recordId } } }';
const REQUESTS = `query ($id: ID!) { case(id: $id) {
  status
  evidenceRequests { holder token endedAt endReason }
  evidence { kind issuer status recordId record { __typename } }
  evidenceAnswers { holder recordIds }
} }`;
const ACCESS_LOG = `query ($id: ID!) { subject(id: $id) { regions { region accessLog { event outcome reason caseId repeats recordIds } } } }`;

interface Source {
  region: string;
  receipt: string;
  /** A clerk presenting the request reads no record id: nothing she has not accepted reaches him. */
  released: { kind: string; recordId: string | null }[];
}
interface RequestsView {
  status: string;
  evidenceRequests: { holder: string; token: string | null; endedAt: string | null; endReason: string | null }[];
  evidence: { kind: string; issuer: string; status: string; recordId: string | null; record: { __typename: string } | null }[];
  evidenceAnswers: { holder: string; recordIds: string[] }[];
}

let federation: BootedFederation;
let clerk: Headers;
let colleague: Headers;
let her: Headers;
let jiangsu: CaseFlow;

beforeAll(async () => {
  federation = await bootFederation();
  const tokens = await tokenIssuer(federation.dataDir);
  clerk = await tokens.wujiangClerk();
  colleague = await tokens.wujiangColleague();
  her = await tokens.citizen(CAST.wangLijuan);
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

const present = (token: string, headers: Headers = clerk) => graphql<{ evidenceSources: (Source | null)[] }>(federation.gatewayUrl, SOURCES, { requests: [token] }, headers);
const requestsOf = async (caseId: string, headers: Headers = clerk) => dataOf(await graphql<{ case: RequestsView }>(federation.gatewayUrl, REQUESTS, { id: caseId }, headers)).case;
/** The tokens of a case's requests, by holder, while they are handed out. */
const tokensOf = async (caseId: string) => new Map((await requestsOf(caseId)).evidenceRequests.map((request) => [request.holder, request.token ?? '']));
const jiangsuEntries = (caseId: string) => auditEntries(federation.dataDir, 'jiangsu').filter((entry) => entry.caseId === caseId);
const onlyError = (errors: readonly GraphQLErrorShape[] | undefined) => {
  expect(errors).toHaveLength(1);
  return errors?.[0] as GraphQLErrorShape;
};

/** Until Jiangsu's outbox is empty: the hub has taken every end (told after the change commits). */
async function hubTold(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const db = new Database(join(federation.dataDir, 'jiangsu.sqlite'), { readonly: true, fileMustExist: true });
    const { pending } = db.prepare('SELECT count(*) AS pending FROM evidence_request_end_outbox').get() as { pending: number };
    db.close();
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`Jiangsu still has ${pending} ended request(s) the hub has not taken`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The old request is refused as ended, nothing released, and the refusal is a new entry in her history. */
async function expectEnded(caseId: string, token: string, endReason: string, message: RegExp) {
  const before = jiangsuEntries(caseId);
  const answer = await present(token);
  const error = onlyError(answer.errors);
  expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REQUEST_ENDED', endReason, region: 'JIANGSU' });
  expect(error.message).toMatch(message);
  expect(answer.data?.evidenceSources?.[0]?.released ?? null).toBeNull();
  const after = jiangsuEntries(caseId);
  // The release before is as it was (not counted again); the refusal is an entry of its own.
  expect(after.filter((entry) => entry.event === 'EVIDENCE_RELEASED')).toEqual(before.filter((entry) => entry.event === 'EVIDENCE_RELEASED'));
  expect(after.slice(before.length).map((entry) => [entry.event, entry.outcome, entry.reason, entry.recordIds])).toEqual([['EVIDENCE_REFUSED', 'REFUSED', 'REQUEST_ENDED', []]]);
}

describe('a case withdrawn', () => {
  it('hands out no token, its old request releases nothing, and its erased evidence reads ERASED', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.wangLijuan, clerk);
    await jiangsu.gather(caseId, clerk);
    const token = (await tokensOf(caseId)).get('JIANGSU') ?? '';
    expect(token).not.toBe('');
    dataOf(await graphql(federation.gatewayUrl, 'mutation ($id: ID!) { jiangsu { withdrawCase(caseId: $id, reason: "申请人当面申请撤回") { status } } }', { id: caseId }, clerk));

    const view = await requestsOf(caseId);
    expect(view.status).toBe('WITHDRAWN');
    expect(view.evidenceRequests.length).toBeGreaterThan(0);
    for (const request of view.evidenceRequests) expect(request).toMatchObject({ token: null, endReason: 'WITHDRAWN', endedAt: expect.any(String) });
    expect(view.evidence.length).toBeGreaterThan(0);
    for (const piece of view.evidence) expect(piece).toMatchObject({ status: 'ERASED', record: null });

    await expectEnded(caseId, token, 'WITHDRAWN', /^江苏省拒绝提供材料：该调取请求所属的办件已撤回，请求已失效/);
    // Her own history says so, in her words.
    const regions = dataOf(await graphql<{ subject: { regions: { region: string; accessLog: { event: string; reason: string | null; caseId: string | null; repeats: number }[] }[] } }>(
      federation.gatewayUrl, ACCESS_LOG, { id: CAST.wangLijuan }, her,
    )).subject.regions;
    const ofCase = regions.find((region) => region.region === 'JIANGSU')?.accessLog.filter((entry) => entry.caseId === caseId) ?? [];
    // Newest first: the refusal, the one release (not counted again). The clerk read nothing of her
    // evidence: she had accepted none of it before the case was withdrawn.
    expect(ofCase.map((entry) => [entry.event, entry.reason, entry.repeats])).toEqual([
      ['EVIDENCE_REFUSED', 'REQUEST_ENDED', 0],
      ['EVIDENCE_RELEASED', null, 0],
    ]);
  });
});

describe('a case gathering evidence, then decided', () => {
  it('answers its requests again while it waits for a province, and no more once approved', async () => {
    const anhui = federation.proxies.get('anhui');
    if (!anhui) throw new Error('no anhui proxy');
    const caseId = await jiangsu.open(PF_ITEM, CAST.wangLijuan, clerk);
    anhui.down = true;
    try {
      await jiangsu.gather(caseId, clerk);
      await jiangsu.decideAll(caseId, her);
      const waiting = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, clerk)).caseView as CaseView;
      expect(waiting.status).toBe('AWAITING_EVIDENCE');
    } finally {
      anhui.down = false;
    }
    const tokens = await tokensOf(caseId);
    // Still gathering: presented again, the requests are answered (the documented remedy for AWAITING_EVIDENCE).
    const again = dataOf(await present(tokens.get('JIANGSU') ?? '')).evidenceSources[0];
    // Released again (her fund record, as Jiangsu's audit says), its id withheld from the clerk carrying it.
    expect(again?.released).toEqual([{ kind: 'PROVIDENT_FUND', recordId: null }]);
    expect(jiangsuEntries(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED').flatMap((entry) => entry.recordIds)).toContain(HER_FUND);
    const anhuiAnswer = dataOf(await present(tokens.get('ANHUI') ?? '')).evidenceSources[0];
    expect(anhuiAnswer?.region).toBe('ANHUI');
    await jiangsu.collect(caseId, [anhuiAnswer?.receipt ?? ''], clerk);
    const decided = (await jiangsu.submit({ caseId, providedMaterials: ['M01'] }, clerk)).caseView as CaseView;
    expect(decided.status).toBe('APPROVED');

    const view = await requestsOf(caseId);
    for (const request of view.evidenceRequests) expect(request).toMatchObject({ token: null, endReason: 'DECIDED' });
    await hubTold();
    await expectEnded(caseId, tokens.get('JIANGSU') ?? '', 'DECIDED', /^江苏省拒绝提供材料：该调取请求所属的办件已办结，请求已失效/);
  });
});

describe('a record the applicant refused', () => {
  it('ends the request that released it, and its id is hers alone', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.wangLijuan, clerk);
    await jiangsu.gather(caseId, clerk);
    const token = (await tokensOf(caseId)).get('JIANGSU') ?? '';
    await jiangsu.decideAll(caseId, her, 'REJECT', 'PROVIDENT_FUND');

    const seen = await requestsOf(caseId, colleague);
    expect(seen.evidenceRequests.find((request) => request.holder === 'JIANGSU')).toMatchObject({ token: null, endReason: 'APPLICANT_REFUSED' });
    const refused = seen.evidence.filter((piece) => piece.kind === 'PROVIDENT_FUND' && piece.issuer === 'JIANGSU');
    expect(refused).toEqual([{ kind: 'PROVIDENT_FUND', issuer: 'JIANGSU', status: 'REJECTED', recordId: null, record: null }]);
    expect(seen.evidenceAnswers.flatMap((answer) => answer.recordIds)).not.toContain(HER_FUND);
    // She still sees her own.
    const hers = await requestsOf(caseId, her);
    expect(hers.evidence.find((piece) => piece.kind === 'PROVIDENT_FUND' && piece.issuer === 'JIANGSU')?.recordId).toBe(HER_FUND);
    expect(hers.evidenceAnswers.flatMap((answer) => answer.recordIds)).toContain(HER_FUND);

    await expectEnded(caseId, token, 'APPLICANT_REFUSED', /^江苏省拒绝提供材料：该调取请求提供的材料申请人已拒绝使用，请求已失效/);
    // She may still be asked anew, by herself: a new request, answered.
    const anew = dataOf(await graphql<{ jiangsu: { requestEvidence: { sources: (Source | null)[] } } }>(
      federation.gatewayUrl,
      'mutation ($id: ID!) { jiangsu { requestEvidence(caseId: $id, kinds: [PROVIDENT_FUND]) { sources { region receipt released { recordId } } } } }',
      { id: caseId },
      her,
    ));
    expect(anew.jiangsu.requestEvidence.sources.find((source) => source?.region === 'JIANGSU')?.released.map((piece) => piece.recordId)).toContain(HER_FUND);
  });
});

describe('the hub’s record of ended requests', () => {
  it('is not reachable through the gateway', async () => {
    for (const path of ['/evidence-requests/ended', '/evidence-requests/status']) {
      const response = await fetch(new URL(path, federation.gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json', ...clerk }, body: JSON.stringify({ message: 'x' }) });
      expect(response.status).toBe(404);
    }
    const asField = await graphql(federation.gatewayUrl, '{ endedEvidenceRequests(ids: ["x"]) { id } }', {}, clerk);
    expect(asField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hears no one but a province of the federation', async () => {
    const hub = federation.proxies.get('catalog');
    if (!hub) throw new Error('no catalog proxy');
    const response = await fetch(hub.url.replace(/\/graphql$/, '/evidence-requests/ended'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'unsigned' }) });
    expect(response.status).toBe(401);
  });
});

describe('a case withdrawn while the hub is down', () => {
  /** Jiangsu's outbox: the ended requests it still has to tell the hub, with how often it tried. */
  const outbox = () => {
    const db = new Database(join(federation.dataDir, 'jiangsu.sqlite'), { readonly: true, fileMustExist: true });
    const rows = db.prepare('SELECT request_id AS id, attempts FROM evidence_request_end_outbox').all() as { id: string; attempts: number }[];
    db.close();
    return rows;
  };

  it('never releases the old request once the hub is back: UNCONFIRMED until Jiangsu has brought it in step, then REQUEST_ENDED', async () => {
    const caseId = await jiangsu.open(PF_ITEM, CAST.wangLijuan, clerk);
    await jiangsu.gather(caseId, clerk);
    const token = (await tokensOf(caseId)).get('JIANGSU') ?? '';
    expect(token).not.toBe('');
    const hub = federation.processes.get('catalog');
    if (!hub) throw new Error('no catalog process');
    // The hub crashes; the case is withdrawn meanwhile, its end waits in Jiangsu's outbox.
    await hub.stop('SIGKILL');
    try {
      dataOf(await graphql(federation.gatewayUrl, 'mutation ($id: ID!) { jiangsu { withdrawCase(caseId: $id, reason: "申请人当面申请撤回") { status } } }', { id: caseId }, clerk));
      // Several failed deliveries: with a backoff doubling to a minute, the next one would come long after the hub is back.
      const deadline = Date.now() + 20_000;
      while ((outbox()[0]?.attempts ?? 0) < 4) {
        if (Date.now() > deadline) throw new Error(`Jiangsu did not retry: ${JSON.stringify(outbox())}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      // Back where it was, knowing nothing of the withdrawal (nor, in memory, of anyone being in step).
      await federation.restartSubgraph('catalog');
    }
    const releasedBefore = jiangsuEntries(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED');

    // Presented again and again from the moment the hub is back: never released.
    const reasons: string[] = [];
    const deadline = Date.now() + 20_000;
    for (;;) {
      const answer = await present(token);
      expect(answer.data?.evidenceSources?.[0]?.released ?? null).toBeNull();
      const error = onlyError(answer.errors);
      const reason = String(error.extensions?.reason ?? error.extensions?.code);
      reasons.push(reason);
      if (reason === 'REQUEST_ENDED') break;
      if (Date.now() > deadline) throw new Error(`never REQUEST_ENDED: ${reasons.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The gateway may find the hub unavailable for a moment; the province answers UNCONFIRMED until Jiangsu speaks, then ENDED.
    expect(reasons.filter((reason) => reason !== 'SUBGRAPH_UNAVAILABLE' && reason !== 'REQUEST_STATUS_UNCONFIRMED')).toEqual(['REQUEST_ENDED']);
    expect(jiangsuEntries(caseId).filter((entry) => entry.event === 'EVIDENCE_RELEASED')).toEqual(releasedBefore);
    expect(outbox()).toEqual([]);

    // And a live request is answered again once the hub is in step.
    const fresh = await jiangsu.open(PF_ITEM, CAST.wangLijuan, clerk);
    const { sources, errors } = await jiangsu.gather(fresh, clerk);
    expect(errors).toEqual([]);
    // Released (her fund record, as Jiangsu's audit says), its id withheld from the clerk carrying it.
    expect(sources.find((source) => source?.region === 'JIANGSU')?.released.map((piece) => piece.recordId)).toEqual([null]);
    expect(jiangsuEntries(fresh).filter((entry) => entry.event === 'EVIDENCE_RELEASED').flatMap((entry) => entry.recordIds)).toContain(HER_FUND);
  }, 90_000);
});
