import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED_AUTHORISATION } from '@yrd/shared/evidence/authorisationProof.fixture';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '@yrd/shared/evidence/evidenceMessages';
import Database from 'better-sqlite3';
import { REQUEST_ENDS_PATH, REQUEST_ENDS_TYPE, REQUEST_STATUS_PATH, REQUEST_STATUS_TYPE } from '@yrd/shared/evidence/requestEnd';
import { HubCallFailed, HubClient } from '@yrd/shared/provinceKit/hubClient';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { signMessage, type TrustListSource } from '@yrd/shared/trust/signedMessage';
import { CatalogStore } from './catalogStore.ts';
import { ENDED_REQUEST_MIGRATION, IssuerSync } from './endedRequests.ts';
import { requestEndRoutes } from './requestEndRoutes.ts';

/**
 * The hub's record of ended evidence requests: a province ends only requests it signed, holders
 * ask before releasing, the hub vouches a request is live only while in step with its issuer, and
 * nothing but a province of the federation is heard.
 */
const root = mkdtempSync(join(tmpdir(), 'yrd-request-ends-'));
let jiangsu: MemberKeys;
let shanghai: MemberKeys;
let gateway: MemberKeys;
let anhui: MemberKeys;
let store: CatalogStore;
let server: Server;
let hubUrl: string;
let trust: TrustListSource;
/** The hub's routes as now: replaced to play a restart (the same database, nobody in step). */
let routes: ReturnType<typeof requestEndRoutes>;
const SYNC_WINDOW_MS = 400;
const restartHub = () => {
  routes = requestEndRoutes(store.endedRequests, trust, { sync: new IssuerSync(SYNC_WINDOW_MS) });
};

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  jiangsu = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, keysDir);
  shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  anhui = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, keysDir);
  for (const member of [jiangsu, shanghai, gateway, anhui]) member.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  trust = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  store = new CatalogStore(':memory:');
  restartHub();
  server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!route) return void response.writeHead(404).end();
    void route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  store.close();
  rmSync(root, { recursive: true, force: true });
});

/** A request `issuer` signed, for Shanghai to answer. */
async function requestBy(issuer: MemberKeys, lifetimeSeconds = 900, issuedAt = new Date(), id: string = crypto.randomUUID()) {
  const body: EvidenceRequestBody = {
    aud: 'shanghai',
    caseId: '3220261127000001',
    itemCode: '000000000001',
    filingRegion: issuer.identity.region as EvidenceRequestBody['filingRegion'],
    subject: { id: '341602199203052464', kind: 'PERSON' },
    kinds: ['PROVIDENT_FUND'],
    requester: { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' },
    authorisation: { by: { kind: 'APPLICANT', subjectId: '341602199203052464' }, at: issuedAt.toISOString(), proof: STORED_AUTHORISATION },
  };
  return { id, token: await signMessage(EVIDENCE_REQUEST_TYPE, body, issuer.signingKey, lifetimeSeconds, issuedAt, id) };
}

const post = async (path: string, message: unknown) => {
  const response = await fetch(hubUrl.replace(/\/graphql$/, path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
  return { status: response.status, body: (await response.json()) as { error?: { reason: string } } };
};

const ref = (issuer: string, id: string) => [{ issuer, id }];
/** Jiangsu tells the hub nothing is pending (its heartbeat). */
const jiangsuInStep = () => new HubClient(hubUrl, jiangsu).endRequests([], new Date());

describe('the hub’s ended evidence requests', () => {
  it('keeps the ends a province tells of its own requests, and tells holders (a request not told of is live while its issuer is in step)', async () => {
    const withdrawn = await requestBy(jiangsu);
    const live = await requestBy(jiangsu);
    const endedAt = new Date().toISOString();
    expect(await new HubClient(hubUrl, jiangsu).endRequests([{ token: withdrawn.token, reason: 'WITHDRAWN', endedAt }], new Date())).toEqual({ acknowledged: [withdrawn.id] });
    // Told again (a retried delivery): the first end stands.
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: withdrawn.token, reason: 'DECIDED', endedAt: new Date().toISOString() }], new Date());
    const holder = new HubClient(hubUrl, shanghai);
    expect(await holder.requestStatus('jiangsu', withdrawn.id)).toEqual({
      issuer: 'jiangsu',
      id: withdrawn.id,
      status: 'ENDED',
      end: { id: withdrawn.id, issuer: 'jiangsu', reason: 'WITHDRAWN', endedAt, expiresAt: expect.any(String) },
    });
    expect(await holder.requestStatus('jiangsu', live.id)).toEqual({ issuer: 'jiangsu', id: live.id, status: 'LIVE' });
  });

  it('vouches a request is live only while its issuer lately said the hub has all its ends: not after a restart, not once the word is old', async () => {
    const live = await requestBy(jiangsu);
    const holder = new HubClient(hubUrl, shanghai);
    restartHub();
    // Restarted: in step with nobody (an end told while it was away may wait in Jiangsu's outbox).
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'UNCONFIRMED' });
    // Ends without the word (part of a longer outbox) do not bring it in step either.
    const other = await requestBy(jiangsu);
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: other.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }]);
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'UNCONFIRMED' });
    expect(await holder.requestStatus('jiangsu', other.id)).toMatchObject({ status: 'ENDED' });
    await jiangsuInStep();
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'LIVE' });
    // In step with Jiangsu says nothing of Shanghai's requests.
    expect(await new HubClient(hubUrl, jiangsu).requestStatus('shanghai', live.id)).toMatchObject({ status: 'UNCONFIRMED' });
    // The word grows old: unconfirmed again until Jiangsu speaks.
    await new Promise((resolve) => setTimeout(resolve, SYNC_WINDOW_MS + 100));
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'UNCONFIRMED' });
    // A word dated long ago (a late or replayed message) does not bring it in step.
    await new HubClient(hubUrl, jiangsu).endRequests([], new Date(Date.now() - 60_000));
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'UNCONFIRMED' });
    await jiangsuInStep();
    expect(await holder.requestStatus('jiangsu', live.id)).toMatchObject({ status: 'LIVE' });
  });

  it('keys ends by issuer and id: a province that signs a request with another’s id first does not keep the real end from being recorded', async () => {
    const real = await requestBy(jiangsu);
    const squatter = await requestBy(shanghai, 900, new Date(), real.id);
    expect(await new HubClient(hubUrl, shanghai).endRequests([{ token: squatter.token, reason: 'DECIDED', endedAt: new Date().toISOString() }], new Date())).toEqual({
      acknowledged: [real.id],
    });
    const endedAt = new Date().toISOString();
    expect(await new HubClient(hubUrl, jiangsu).endRequests([{ token: real.token, reason: 'WITHDRAWN', endedAt }], new Date())).toEqual({ acknowledged: [real.id] });
    expect(store.endedRequests.find(ref('jiangsu', real.id))).toEqual([{ id: real.id, issuer: 'jiangsu', reason: 'WITHDRAWN', endedAt, expiresAt: expect.any(String) }]);
    // The holder asks by the verified request's issuer: Jiangsu's request is ended as Jiangsu said.
    expect(await new HubClient(hubUrl, anhui).requestStatus('jiangsu', real.id)).toMatchObject({ status: 'ENDED', end: { issuer: 'jiangsu', reason: 'WITHDRAWN' } });
    // A status query without issuers (the old form) is refused, not answered as "not ended".
    const oldForm = await signMessage(REQUEST_STATUS_TYPE, { aud: 'catalog', ids: [real.id] }, shanghai.signingKey, 60);
    expect(await post(REQUEST_STATUS_PATH, oldForm)).toMatchObject({ status: 400, body: { error: { reason: 'BAD_BODY' } } });
  });

  it('refuses a province ending a request another province issued, and keeps nothing of the call', async () => {
    const own = await requestBy(shanghai);
    const others = await requestBy(jiangsu);
    const attempt = new HubClient(hubUrl, shanghai).endRequests([
      { token: own.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() },
      { token: others.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() },
    ]);
    await expect(attempt).rejects.toThrow(HubCallFailed);
    await expect(attempt).rejects.toMatchObject({ reason: 'REFUSED' });
    expect(store.endedRequests.find([...ref('shanghai', own.id), ...ref('jiangsu', others.id), ...ref('shanghai', others.id)])).toEqual([]);
    const message = await signMessage(REQUEST_ENDS_TYPE, { aud: 'catalog', ends: [{ token: others.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }] }, shanghai.signingKey, 60);
    expect(await post(REQUEST_ENDS_PATH, message)).toMatchObject({ status: 403, body: { error: { reason: 'NOT_THE_ISSUER' } } });
  });

  it('hears provinces only: not the gateway, not an unsigned call', async () => {
    const request = await requestBy(jiangsu);
    const fromGateway = await signMessage(REQUEST_ENDS_TYPE, { aud: 'catalog', ends: [{ token: request.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }] }, gateway.signingKey, 60);
    expect(await post(REQUEST_ENDS_PATH, fromGateway)).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_UNTRUSTED_ISSUER' } } });
    expect(await post(REQUEST_STATUS_PATH, 'not a message')).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_MALFORMED' } } });
    expect(await post(REQUEST_STATUS_PATH, undefined)).toMatchObject({ status: 400 });
    expect(store.endedRequests.find(ref('jiangsu', request.id))).toEqual([]);
  });

  it('refuses a message signed to live longer than its own limit (it could be replayed), keeping nothing and bringing nobody in step', async () => {
    const request = await requestBy(jiangsu);
    restartHub();
    const yearLong = await signMessage(
      REQUEST_ENDS_TYPE,
      { aud: 'catalog', ends: [{ token: request.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }], syncedAsOf: new Date().toISOString() },
      jiangsu.signingKey,
      365 * 24 * 3600,
    );
    expect(await post(REQUEST_ENDS_PATH, yearLong)).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_MESSAGE_LIFETIME_TOO_LONG' } } });
    expect(store.endedRequests.find(ref('jiangsu', request.id))).toEqual([]);
    expect(await new HubClient(hubUrl, shanghai).requestStatus('jiangsu', request.id)).toMatchObject({ status: 'UNCONFIRMED' });
    const longQuestion = await signMessage(REQUEST_STATUS_TYPE, { aud: 'catalog', requests: ref('jiangsu', request.id) }, shanghai.signingKey, 61);
    expect(await post(REQUEST_STATUS_PATH, longQuestion)).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_MESSAGE_LIFETIME_TOO_LONG' } } });
    const atTheLimit = await signMessage(REQUEST_STATUS_TYPE, { aud: 'catalog', requests: ref('jiangsu', request.id) }, shanghai.signingKey, 60);
    expect(await post(REQUEST_STATUS_PATH, atTheLimit)).toMatchObject({ status: 200 });
  });

  it('acknowledges the end of a request already expired without keeping it (nobody answers it), and forgets the others once they expire', async () => {
    const expired = await requestBy(jiangsu, 60, new Date(Date.now() - 3600_000));
    expect(await new HubClient(hubUrl, jiangsu).endRequests([{ token: expired.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }])).toEqual({ acknowledged: [expired.id] });
    expect(store.endedRequests.find(ref('jiangsu', expired.id), new Date(0))).toEqual([]);
    const soon = await requestBy(jiangsu, 120);
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: soon.token, reason: 'DECIDED', endedAt: new Date().toISOString() }]);
    expect(store.endedRequests.find(ref('jiangsu', soon.id))).toHaveLength(1);
    store.endedRequests.forgetExpired(new Date(Date.now() + 180_000));
    expect(store.endedRequests.find(ref('jiangsu', soon.id), new Date(0))).toEqual([]);
  });

  it('makes the holder’s question fail when the hub is away (the holder then refuses)', async () => {
    await expect(new HubClient('http://127.0.0.1:9/graphql', shanghai).requestStatus('jiangsu', 'any')).rejects.toMatchObject({ reason: 'CONNECTION_FAILED' });
  });
});

describe('the hub’s store of ended requests, kept before ends were keyed by issuer', () => {
  it('keeps every end it had when migrated', () => {
    const file = join(root, 'migrated.sqlite');
    new CatalogStore(file).close();
    // As a hub at migration 3 left it: keyed by the id alone.
    const old = new Database(file);
    old.exec(`DROP TABLE ended_evidence_request; ${ENDED_REQUEST_MIGRATION}`);
    old.prepare("INSERT INTO ended_evidence_request VALUES ('r-1', 'jiangsu', 'WITHDRAWN', '2026-11-27T00:00:00.000Z', '2999-01-01T00:00:00.000Z', '2026-11-27T00:00:00.000Z')").run();
    old.pragma('user_version = 3');
    old.close();
    const migrated = new CatalogStore(file);
    expect(migrated.endedRequests.find(ref('jiangsu', 'r-1'))).toMatchObject([{ id: 'r-1', issuer: 'jiangsu', reason: 'WITHDRAWN' }]);
    // Now another issuer's end of the same id is a row of its own.
    migrated.endedRequests.record([{ id: 'r-1', issuer: 'shanghai', reason: 'DECIDED', endedAt: '2026-11-27T00:00:00.000Z', expiresAt: '2999-01-01T00:00:00.000Z' }]);
    expect(migrated.endedRequests.find([...ref('jiangsu', 'r-1'), ...ref('shanghai', 'r-1')]).map((end) => [end.issuer, end.reason])).toEqual([
      ['jiangsu', 'WITHDRAWN'],
      ['shanghai', 'DECIDED'],
    ]);
    migrated.close();
  });
});

describe('IssuerSync', () => {
  it('is in step with an issuer for the window after its word, taken no later than the hub’s own now, never moving back', () => {
    const sync = new IssuerSync(10_000);
    const now = new Date('2026-11-27T10:00:00Z');
    expect(sync.inSync('jiangsu', now)).toBe(false);
    // A clock ahead claims nothing beyond the hub's now.
    sync.mark('jiangsu', new Date('2026-11-27T10:05:00Z'), now);
    expect(sync.inSync('jiangsu', new Date('2026-11-27T10:00:10Z'))).toBe(true);
    expect(sync.inSync('jiangsu', new Date('2026-11-27T10:00:10.001Z'))).toBe(false);
    sync.mark('jiangsu', new Date('2026-11-27T09:59:00Z'), new Date('2026-11-27T10:00:05Z'));
    expect(sync.inSync('jiangsu', new Date('2026-11-27T10:00:10Z'))).toBe(true);
    expect(sync.inSync('shanghai', now)).toBe(false);
  });
});
