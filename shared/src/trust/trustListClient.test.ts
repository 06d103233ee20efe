import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readJsonFile, writeJsonFile } from './jsonFile.ts';
import { MemberKeys } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { anchorFile, keptTrustListFile } from './trustDirectory.ts';
import type { TrustList } from './trustList.ts';
import { TrustListClient, type TrustListLogger } from './trustListClient.ts';
import { trustListRoute } from './trustListRoute.ts';
import { TrustListUnavailable } from './trustListUnavailable.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-trust-client-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Only Date is faked: the hub's list and the client's cache age with it, while sockets and
// timeouts run on real time.
const T0 = Date.parse('2026-11-25T02:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());
const at = (seconds: number) => vi.setSystemTime(T0 + seconds * 1000);

const hubs: Server[] = [];
afterEach(async () => {
  for (const server of hubs.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A hub serving a signed trust list (600 s lifetime) at /trust-list, that can be made to fail. */
async function fakeHub(name: string) {
  const keysDir = join(root, name, 'keys');
  const trustDir = join(root, name, 'trust');
  const hubKeys = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  writeJsonFile(anchorFile(trustDir), hubKeys.publicMember());
  (await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, keysDir)).register(trustDir);
  const publisher = new TrustListPublisher(hubKeys, trustDir, 600);
  const serve = trustListRoute(publisher);
  const hub = {
    trustDir,
    keysDir,
    url: '',
    /** What the hub does: answer, fail as a restarting hub behind a proxy does, or never answer. */
    answer: 'list' as 'list' | 'error' | 'hang',
    /** A token served in place of the hub's list (an older one, replayed). */
    replayed: undefined as string | undefined,
    /** Answer the next conditional request 304 whatever it names (a hub whose clock is behind the member's). */
    notModifiedOnce: false,
    /** How long the hub takes to answer. */
    delayMs: 0,
    requests: [] as string[],
    /** The status of each answer the hub finished. */
    statuses: [] as number[],
    publisher,
    server: createServer(async (request, response) => {
      hub.requests.push(request.url ?? '');
      if (hub.answer === 'hang') return;
      if (hub.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, hub.delayMs));
      if (hub.answer === 'error') {
        response.writeHead(503).end('restarting');
        return;
      }
      response.on('finish', () => hub.statuses.push(response.statusCode));
      if (hub.replayed) {
        response.writeHead(200).end(hub.replayed);
        return;
      }
      if (hub.notModifiedOnce && request.headers['if-none-match']) {
        hub.notModifiedOnce = false;
        response.writeHead(304).end();
        return;
      }
      await serve(request, response);
    }),
  };
  hubs.push(hub.server);
  await new Promise<void>((resolve) => hub.server.listen(0, '127.0.0.1', resolve));
  hub.url = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}/trust-list`;
  return hub;
}

function recordingLogger() {
  const logged = { warn: [] as string[], info: [] as string[] };
  const logger: TrustListLogger = {
    warn: (_details, message) => logged.warn.push(message),
    info: (_details, message) => logged.info.push(message),
  };
  return { logger, logged };
}

const names = (list: { members: readonly { member: string }[] }) => list.members.map((member) => member.member);

describe('the trust list client', () => {
  it('keeps answering with its copy while the hub is down, until the copy expires', async () => {
    const hub = await fakeHub('outage');
    const { logger, logged } = recordingLogger();
    const client = new TrustListClient(hub.url, hub.trustDir, { logger, checkSeconds: 0 });
    const first = await client.current();
    expect(names(first)).toEqual(['catalog', 'shanghai']);

    // The hub restarts. Past half the copy's lifetime the client asks it again, and serves its copy.
    hub.answer = 'error';
    at(301);
    expect(await client.current()).toEqual(first);
    await vi.waitFor(() => expect(logged.warn).toHaveLength(1));
    expect(logged.warn[0]).toMatch(/cached list answers until it expires/);
    expect(hub.requests).toHaveLength(2);

    // Backing off: a second later nobody has asked the hub again, a key the copy does not know included.
    at(301.5);
    for (let i = 0; i < 20; i++) expect(await client.current()).toEqual(first);
    expect(await client.refresh()).toEqual(first);
    expect(hub.requests).toHaveLength(2);

    // After the backoff: one more attempt, no second warning. The hub slow to answer it, as on a loaded machine.
    hub.delayMs = 100;
    at(303);
    await client.current();
    await vi.waitFor(() => expect(hub.requests).toHaveLength(3));
    // That attempt's answer (a 503) taken in before the clock moves on — on a loaded machine it
    // can still be on its way back: a refresh now joins the attempt under way (or, once it has
    // failed, waits out the backoff) without asking the hub again.
    expect(await client.refresh()).toEqual(first);
    expect(hub.requests).toHaveLength(3);
    hub.delayMs = 0;
    at(320);
    expect(await client.refresh()).toEqual(first);
    expect(hub.requests.at(-1)).toMatch(/\?fresh=1$/);
    expect(logged.warn).toHaveLength(1);

    // Expired: nothing is left to answer with, so a call fails (TrustListUnavailable, with the hub's failure) — said once.
    at(600.001);
    await expect(client.current()).rejects.toThrow(/HTTP 503/);
    await expect(client.refresh()).rejects.toSatisfy((error) => error instanceof TrustListUnavailable && /HTTP 503/.test(String((error.cause as Error).message)));
    expect(logged.warn).toHaveLength(2);
    expect(logged.warn[1]).toMatch(/expired/);

    // The hub is back: asked again a moment later (nothing valid: within two seconds), a new list, and one line saying so.
    hub.answer = 'list';
    at(602.1);
    const back = await client.current();
    expect(back.issuedAt).toBe(new Date(T0 + 602_100).toISOString());
    expect(logged.info).toEqual(['trust list: the hub answers again']);
    expect(logged.warn).toHaveLength(2);
  });

  it('keeps its copy when asking afresh for an unknown key fails, and takes the new member once the hub answers', async () => {
    const hub = await fakeHub('refresh');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 });
    const first = await client.current();

    hub.answer = 'error';
    expect(await client.refresh()).toEqual(first);
    expect(hub.requests).toEqual(['/trust-list', '/trust-list?fresh=1']);
    expect(await client.current()).toEqual(first);

    hub.answer = 'list';
    (await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, hub.keysDir)).register(hub.trustDir);
    at(2);
    expect(names(await client.refresh())).toEqual(['catalog', 'jiangsu', 'shanghai']);
    expect(names(await client.current())).toEqual(['catalog', 'jiangsu', 'shanghai']);
  });

  it('answers from its copy without waiting for a hub that does not answer, with one fetch under way', async () => {
    const hub = await fakeHub('hang');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 });
    const first = await client.current();

    hub.answer = 'hang';
    at(301);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 50 }, () => client.current()));
    expect(performance.now() - started).toBeLessThan(1_000);
    for (const answer of answers) expect(answer).toEqual(first);
    await vi.waitFor(() => expect(hub.requests).toHaveLength(2));
    expect(hub.requests).toEqual(['/trust-list', '/trust-list']);
  });

  it('asks afresh for an unknown key after the fetch under way, but not when that one failed', async () => {
    const hub = await fakeHub('queued');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 });
    const first = await client.current();
    hub.delayMs = 200;

    // A fresh list is needed: the plain fetch under way may be answered from an older list.
    at(301);
    expect(await client.current()).toEqual(first);
    await client.refresh();
    expect(hub.requests).toEqual(['/trust-list', '/trust-list', '/trust-list?fresh=1']);

    // The hub fails the fetch under way: the unknown key gets the copy, and the hub no second request.
    hub.answer = 'error';
    at(602);
    const renewed = await client.current();
    expect(await client.refresh()).toBe(renewed);
    expect(hub.requests).toEqual(['/trust-list', '/trust-list', '/trust-list?fresh=1', '/trust-list']);
  });

  it('with nothing cached, fails while the hub is down — asking it again at most every two seconds, however many calls come — then recovers', async () => {
    const hub = await fakeHub('cold');
    const { logger, logged } = recordingLogger();
    const client = new TrustListClient(hub.url, hub.trustDir, { logger, checkSeconds: 0 });
    hub.answer = 'error';
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    // The calls right after fail at once, saying why, without asking the hub again.
    await expect(client.current()).rejects.toThrow(/HTTP 503/);
    await expect(client.refresh()).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(hub.requests).toHaveLength(1);
    // A second later (the first backoff) it asks again; then two seconds apart, not the backoff's thirty.
    at(1.1);
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(hub.requests).toHaveLength(2);
    at(2.5);
    await expect(client.refresh()).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(hub.requests).toHaveLength(2);
    at(3.2);
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    at(60);
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(hub.requests).toHaveLength(4);
    expect(logged.warn).toEqual(['trust list: the hub is unreachable and no valid list is cached; signed calls fail until it answers']);

    hub.answer = 'list';
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    at(62.1);
    expect(names(await client.current())).toEqual(['catalog', 'shanghai']);
    expect(logged.info).toHaveLength(1);
  });

  it('with nothing cached and a hub that does not answer, fails calls at once while a fetch waits; a clock stepped back does not keep it away', async () => {
    const hub = await fakeHub('silent');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 });
    hub.answer = 'error';
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    hub.answer = 'hang';
    at(1.1);
    const waiting = client.current();
    await vi.waitFor(() => expect(hub.requests).toHaveLength(2));
    // Calls meanwhile are not held for the fetch's five seconds.
    await expect(client.current()).rejects.toBeInstanceOf(TrustListUnavailable);
    await expect(client.refresh()).rejects.toBeInstanceOf(TrustListUnavailable);
    hub.server.closeAllConnections();
    await expect(waiting).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(hub.requests).toHaveLength(2);
    // The clock steps back a minute: the last failure is not "a moment ago", and the hub, back, is asked.
    hub.answer = 'list';
    at(-60);
    expect(names(await client.current())).toEqual(['catalog', 'shanghai']);
  });

  it('serves its copy when the hub is gone altogether (connection closed, then refused)', async () => {
    const hub = await fakeHub('gone');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 });
    const first = await client.current();
    hub.server.closeAllConnections();
    await new Promise((resolve) => hub.server.close(resolve));
    at(400);
    expect(await client.current()).toEqual(first);
    expect(await client.refresh()).toEqual(first);
  });

  it('answers after a restart while the hub is down with the list kept on disk, verified again, until it expires', async () => {
    const hub = await fakeHub('restart');
    await new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 }).current();
    expect(readJsonFile<{ token: string }>(keptTrustListFile(hub.trustDir))?.token).toMatch(/^ey/);

    // The member restarts (a new client) while the hub answers 503.
    hub.answer = 'error';
    at(300);
    const { logger, logged } = recordingLogger();
    const restarted = new TrustListClient(hub.url, hub.trustDir, { logger, checkSeconds: 0 });
    expect(names(await restarted.current())).toEqual(['catalog', 'shanghai']);
    expect(names(await restarted.refresh())).toEqual(['catalog', 'shanghai']);
    expect(logged.info).toEqual(['trust list: the hub is unreachable; answering with the list kept on disk']);

    // Past the list's expiry nothing stands in.
    at(601);
    await expect(new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0 }).current()).rejects.toBeInstanceOf(TrustListUnavailable);

    // A kept list that does not verify against the anchor (altered on disk) is not used, and said.
    at(300);
    const token = readJsonFile<{ token: string }>(keptTrustListFile(hub.trustDir))?.token ?? '';
    const [header, payload, signature] = token.split('.');
    const altered = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { members: unknown[] };
    altered.members = [];
    writeJsonFile(keptTrustListFile(hub.trustDir), { token: [header, Buffer.from(JSON.stringify(altered)).toString('base64url'), signature].join('.') });
    const tampered = recordingLogger();
    await expect(new TrustListClient(hub.url, hub.trustDir, { logger: tampered.logger, checkSeconds: 0 }).current()).rejects.toBeInstanceOf(TrustListUnavailable);
    expect(tampered.logged.warn).toContain('trust list: the list kept on disk does not verify; not used');
  });

  it('told 304 for a copy that ran out while the hub answered, fetches the list whole at once — no outage said', async () => {
    const hub = await fakeHub('not-modified-late');
    const { logger, logged } = recordingLogger();
    const client = new TrustListClient(hub.url, hub.trustDir, { logger, checkSeconds: 0 });
    await client.current();
    // Asked afresh just before the copy expires; the answer comes back after it has.
    hub.delayMs = 200;
    hub.notModifiedOnce = true;
    at(599.9);
    const asked = client.refresh();
    await vi.waitFor(() => expect(hub.requests).toHaveLength(2));
    at(600.5);
    const list = await asked;
    expect(list.issuedAt).toBe(new Date(T0 + 600_500).toISOString());
    expect(hub.statuses).toEqual([200, 304, 200]);
    expect(logged.warn).toEqual([]);
  });

  it('takes a pino logger', () => {
    const logger: TrustListLogger = pino({ enabled: false });
    expect(() => new TrustListClient('http://127.0.0.1:9/trust-list', root, { logger })).not.toThrow();
  });
});

describe('its checks against the hub', () => {
  // Real time here: the checks run on a timer.
  beforeEach(() => vi.useRealTimers());

  it('learns of a revoked key within a check, asking with the list it holds and told 304 while nothing changes', async () => {
    const hub = await fakeHub('checks');
    const shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, hub.keysDir);
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0.2 });
    const changes: TrustList[] = [];
    client.onChange((list) => changes.push(list));
    try {
      const first = await client.current();
      const revokedKid = shanghai.signingKey.kid;
      expect(kidsOf(first, 'shanghai')).toEqual([revokedKid]);

      // Nothing changes: the hub is asked every check and says so without the list; the copy stands, not verified again.
      await vi.waitFor(() => expect(hub.statuses.filter((status) => status === 304).length).toBeGreaterThanOrEqual(3), { timeout: 3_000 });
      expect(hub.statuses[0]).toBe(200);
      expect(new Set(hub.statuses.slice(1))).toEqual(new Set([304]));
      expect(await client.current()).toBe(first);
      expect(changes).toEqual([]);

      // Shanghai's key is revoked at the hub (npm run keys): the copy drops it within a check or two — nobody had to meet an unknown key.
      const { replacedBy } = await shanghai.revoke(revokedKid, new Date(), { publishTo: hub.trustDir });
      await vi.waitFor(() => expect(kidsOf(changes.at(-1), 'shanghai')).toEqual([replacedBy]), { timeout: 3_000 });
      expect(kidsOf(await client.current(), 'shanghai')).toEqual([replacedBy]);
      expect(changes).toHaveLength(1);
      expect(hub.requests.every((url) => url === '/trust-list')).toBe(true);
    } finally {
      client.close();
    }
  });

  it('stops checking when closed, and checks nothing before it holds a list', async () => {
    const hub = await fakeHub('closed');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0.1 });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(hub.requests).toEqual([]);
    await client.current();
    await vi.waitFor(() => expect(hub.requests.length).toBeGreaterThanOrEqual(2), { timeout: 2_000 });
    client.close();
    const asked = hub.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(hub.requests.length).toBeLessThanOrEqual(asked + 1);
    const settled = hub.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(hub.requests).toHaveLength(settled);
  });

  it('re-signed by the hub with the same members, the new list is taken without a change told', async () => {
    const hub = await fakeHub('resigned');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0.1 });
    const changes: TrustList[] = [];
    client.onChange((list) => changes.push(list));
    try {
      const first = await client.current();
      // Shanghai publishes again what it holds (as a member does after a start): the hub signs a new list, members unchanged.
      await new Promise((resolve) => setTimeout(resolve, 20));
      (await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, hub.keysDir)).register(hub.trustDir);
      await vi.waitFor(async () => expect((await client.current()).issuedAt).not.toBe(first.issuedAt), { timeout: 3_000 });
      expect((await client.current()).members).toEqual(first.members);
      expect(changes).toEqual([]);
    } finally {
      client.close();
    }
  });
});

describe('its checks, scheduled and guarded', () => {
  beforeEach(() => vi.useRealTimers());

  it('checks an interval after the hub was last asked — by a call too — not on a fixed beat', async () => {
    const hub = await fakeHub('rearmed');
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 3 });
    try {
      await client.current();
      // A second and a half on, a call asks the hub afresh (a key it does not know): the next check is due three seconds after that, not after the first fetch.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await client.refresh();
      expect(hub.requests).toEqual(['/trust-list', '/trust-list?fresh=1']);
      // Past a fixed beat's three seconds from the first fetch, short of the re-armed check's four and a half (a second to spare for a slow refresh).
      await new Promise((resolve) => setTimeout(resolve, 1_900));
      expect(hub.requests).toHaveLength(2);
      await vi.waitFor(() => expect(hub.requests).toHaveLength(3), { timeout: 4_000 });
      expect(hub.requests[2]).toBe('/trust-list');
    } finally {
      client.close();
    }
  });

  it('goes on checking a hub slower to answer than the interval', async () => {
    const hub = await fakeHub('slow');
    hub.delayMs = 600;
    const client = new TrustListClient(hub.url, hub.trustDir, { logger: recordingLogger().logger, checkSeconds: 0.2 });
    try {
      await client.current();
      // Each check falls due while the one before is still waiting for the hub: it comes an interval later, not never.
      await vi.waitFor(() => expect(hub.statuses.length).toBeGreaterThanOrEqual(4), { timeout: 6_000 });
    } finally {
      client.close();
    }
  });

  it('keeps its copy against an older list (a lagging replica, an answer replayed): a revocation once taken is not undone, and it is said once', async () => {
    const hub = await fakeHub('rollback');
    const before = await hub.publisher.signed(false);
    const shanghai = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, hub.keysDir);
    const { logger, logged } = recordingLogger();
    const client = new TrustListClient(hub.url, hub.trustDir, { logger, checkSeconds: 0.1 });
    const changes: TrustList[] = [];
    client.onChange((list) => changes.push(list));
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { replacedBy } = await shanghai.revoke(shanghai.signingKey.kid, new Date(), { publishTo: hub.trustDir });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const revoked = await client.current();
      expect(kidsOf(revoked, 'shanghai')).toEqual([replacedBy]);
      // The list signed before the revocation is handed back at every check from now on.
      hub.replayed = before.token;
      const asked = hub.requests.length;
      await vi.waitFor(() => expect(hub.requests.length).toBeGreaterThan(asked + 2), { timeout: 3_000 });
      expect(await client.current()).toBe(revoked);
      expect(changes).toEqual([]);
      // Said once, however many checks meet it.
      expect(logged.warn).toEqual([
        'trust list: the hub answered with a list signed before the one held; not taken (a replayed answer, a lagging replica of the hub, or its clock set back)',
      ]);
    } finally {
      client.close();
    }
  });
});

/** The kids a list names for one member. */
function kidsOf(list: TrustList | undefined, member: string): string[] {
  return list?.members.find((entry) => entry.member === member)?.keys.map((key) => key.kid) ?? [];
}
