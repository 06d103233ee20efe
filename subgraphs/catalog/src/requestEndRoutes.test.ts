import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_REQUEST_TYPE, type EvidenceRequestBody } from '@yrd/shared/evidence/evidenceMessages';
import { REQUEST_ENDS_PATH, REQUEST_ENDS_TYPE, REQUEST_STATUS_PATH } from '@yrd/shared/evidence/requestEnd';
import { HubCallFailed, HubClient } from '@yrd/shared/provinceKit/hubClient';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { signMessage, type TrustListSource } from '@yrd/shared/trust/signedMessage';
import { CatalogStore } from './catalogStore.ts';
import { requestEndRoutes } from './requestEndRoutes.ts';

/**
 * The hub's record of ended evidence requests: a province ends only requests it signed, holders
 * ask before releasing, and nothing but a province of the federation is heard.
 */
const root = mkdtempSync(join(tmpdir(), 'yrd-request-ends-'));
let jiangsu: MemberKeys;
let shanghai: MemberKeys;
let gateway: MemberKeys;
let store: CatalogStore;
let server: Server;
let hubUrl: string;

beforeAll(async () => {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  jiangsu = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, keysDir);
  shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir);
  gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, keysDir);
  for (const member of [jiangsu, shanghai, gateway]) member.register(trustDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  const trust: TrustListSource = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  store = new CatalogStore(':memory:');
  const routes = requestEndRoutes(store.endedRequests, trust);
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
async function requestBy(issuer: MemberKeys, lifetimeSeconds = 900, issuedAt = new Date()) {
  const body: EvidenceRequestBody = {
    aud: 'shanghai',
    caseId: '3220261127000001',
    itemCode: '000000000001',
    filingRegion: issuer.identity.region as EvidenceRequestBody['filingRegion'],
    subject: { id: '341602199203052464', kind: 'PERSON' },
    kinds: ['PROVIDENT_FUND'],
    requester: { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' },
  };
  const id = crypto.randomUUID();
  return { id, token: await signMessage(EVIDENCE_REQUEST_TYPE, body, issuer.signingKey, lifetimeSeconds, issuedAt, id) };
}

const post = async (path: string, message: unknown) => {
  const response = await fetch(hubUrl.replace(/\/graphql$/, path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
  return { status: response.status, body: (await response.json()) as { error?: { reason: string } } };
};

describe('the hub’s ended evidence requests', () => {
  it('keeps the ends a province tells of its own requests, and tells holders (a request not told of is live)', async () => {
    const withdrawn = await requestBy(jiangsu);
    const live = await requestBy(jiangsu);
    const endedAt = new Date().toISOString();
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: withdrawn.token, reason: 'WITHDRAWN', endedAt }]);
    // Told again (a retried delivery): the first end stands.
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: withdrawn.token, reason: 'DECIDED', endedAt: new Date().toISOString() }]);
    const holder = new HubClient(hubUrl, shanghai);
    expect(await holder.requestEnded('jiangsu', withdrawn.id)).toEqual({ id: withdrawn.id, issuer: 'jiangsu', reason: 'WITHDRAWN', endedAt, expiresAt: expect.any(String) });
    expect(await holder.requestEnded('jiangsu', live.id)).toBeNull();
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
    expect(store.endedRequests.find([own.id, others.id])).toEqual([]);
    const message = await signMessage(REQUEST_ENDS_TYPE, { aud: 'catalog', ends: [{ token: others.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }] }, shanghai.signingKey, 60);
    expect(await post(REQUEST_ENDS_PATH, message)).toMatchObject({ status: 403, body: { error: { reason: 'NOT_THE_ISSUER' } } });
  });

  it('hears provinces only: not the gateway, not an unsigned call', async () => {
    const request = await requestBy(jiangsu);
    const fromGateway = await signMessage(REQUEST_ENDS_TYPE, { aud: 'catalog', ends: [{ token: request.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }] }, gateway.signingKey, 60);
    expect(await post(REQUEST_ENDS_PATH, fromGateway)).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_UNTRUSTED_ISSUER' } } });
    expect(await post(REQUEST_STATUS_PATH, 'not a message')).toMatchObject({ status: 401, body: { error: { reason: 'CALLER_MALFORMED' } } });
    expect(await post(REQUEST_STATUS_PATH, undefined)).toMatchObject({ status: 400 });
    expect(store.endedRequests.find([request.id])).toEqual([]);
  });

  it('keeps no end of a request already expired (nobody answers it), and forgets the others once they expire', async () => {
    const expired = await requestBy(jiangsu, 60, new Date(Date.now() - 3600_000));
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: expired.token, reason: 'WITHDRAWN', endedAt: new Date().toISOString() }]);
    expect(store.endedRequests.issuerOf(expired.id)).toBeUndefined();
    const soon = await requestBy(jiangsu, 120);
    await new HubClient(hubUrl, jiangsu).endRequests([{ token: soon.token, reason: 'DECIDED', endedAt: new Date().toISOString() }]);
    expect(store.endedRequests.find([soon.id])).toHaveLength(1);
    store.endedRequests.forgetExpired(new Date(Date.now() + 180_000));
    expect(store.endedRequests.issuerOf(soon.id)).toBeUndefined();
  });

  it('makes the holder’s question fail when the hub is away (the holder then refuses)', async () => {
    await expect(new HubClient('http://127.0.0.1:9/graphql', shanghai).requestEnded('jiangsu', 'any')).rejects.toMatchObject({ reason: 'CONNECTION_FAILED' });
  });
});
