import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_REQUESTS_PER_MESSAGE } from '../evidence/requestEnd.ts';
import type { RequestEnd, RequestEndsAnswer } from '../evidence/requestEnd.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { CaseStore } from './caseStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { RequestEndDelivery, type RequestEndSender } from './requestEndDelivery.ts';
import { WINDOW_CLERK, windowCaseInput } from './windowCase.fixture.ts';

/** Telling the hub which requests ended, from the outbox: after the change commits, at start, and again after the hub was down. */
const clerk = WINDOW_CLERK;

/** A hub that is down until told otherwise, keeping what it was told and when the province last said it had everything. */
class FakeHub implements RequestEndSender {
  up = false;
  calls = 0;
  readonly told: RequestEnd[] = [];
  /** Each call's syncedAsOf (undefined: the province did not say it was in step). */
  readonly words: (Date | undefined)[] = [];
  /** When set, acknowledges only these tokens' requests (a hub that did not record the rest). */
  acknowledgeOnly: ((end: RequestEnd) => boolean) | undefined;
  async endRequests(ends: readonly RequestEnd[], syncedAsOf?: Date): Promise<RequestEndsAnswer> {
    this.calls++;
    if (!this.up) throw new Error('connect ECONNREFUSED');
    this.told.push(...ends);
    this.words.push(syncedAsOf);
    const taken = ends.filter((end) => this.acknowledgeOnly?.(end) ?? true);
    return { acknowledged: taken.map((end) => end.token.replace('token-', 'request-')) };
  }
}

let serial = 0;
function withdrawnCase(store: CaseStore) {
  const { caseFile } = store.openCase(windowCaseInput(`k-${++serial}`));
  store.recordRequest({ id: `request-${serial}`, caseId: caseFile.id, holder: 'shanghai', kinds: ['PROVIDENT_FUND'], token: `token-${serial}`, issuedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 900_000).toISOString() });
  store.transition(caseFile.id, { from: ['OPEN'], to: 'WITHDRAWN', actor: clerk });
  return `request-${serial}`;
}

const queued = (store: CaseStore) => store.pendingRequestEnds().map((end) => [end.requestId, end.attempts]);

afterEach(() => {
  vi.useRealTimers();
});

describe('RequestEndDelivery', () => {
  it('tells the hub just after the change commits, and empties the outbox once it acknowledges', async () => {
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const hub = new FakeHub();
    hub.up = true;
    const delivery = new RequestEndDelivery(store, hub);
    delivery.start();
    const id = withdrawnCase(store);
    // Not inside the transaction: after it (setImmediate).
    expect(hub.calls).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    await delivery.deliver();
    expect(hub.told).toEqual([{ token: `token-${serial}`, reason: 'WITHDRAWN', endedAt: expect.any(String) }]);
    expect(hub.told.length).toBe(1);
    expect(queued(store)).toEqual([]);
    expect(id).toBe(`request-${serial}`);
    delivery.stop();
  });

  it('keeps what the hub did not take, and retries with a growing wait, at most 5 s by default, until it is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const hub = new FakeHub();
    const warned: unknown[] = [];
    const delivery = new RequestEndDelivery(store, hub, { heartbeatMs: 60_000, logger: { warn: (detail: unknown) => warned.push(detail), info: () => undefined } });
    const id = withdrawnCase(store);

    expect(await delivery.deliver()).toBe(false);
    expect(queued(store)).toEqual([[id, 1]]);
    // Retried after 1 s, 2 s, 4 s, then every 5 s (the most: a hub back is soon in step), while the hub stays down; the outage is logged once.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hub.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(hub.calls).toBe(3);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(hub.calls).toBe(4);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(hub.calls).toBe(5);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(hub.calls).toBe(5);
    expect(queued(store)).toEqual([[id, 5]]);
    expect(warned).toHaveLength(1);

    hub.up = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(hub.calls).toBe(6);
    expect(hub.told.map((end) => end.token)).toEqual([`token-${serial}`]);
    // With them, the word that the hub now has everything.
    expect(hub.words).toEqual([expect.any(Date)]);
    expect(queued(store)).toEqual([]);
    delivery.stop();
  });

  it('tells the hub it has everything with each delivery that empties the outbox, and as a heartbeat while nothing is pending', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const hub = new FakeHub();
    hub.up = true;
    const delivery = new RequestEndDelivery(store, hub, { heartbeatMs: 2_000 });
    delivery.start();
    // At once on start: a restarted hub is in step as soon as the province is up.
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.words).toEqual([new Date()]);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(hub.told).toEqual([]);
    expect(hub.words.map((at) => at?.getTime())).toEqual([0, 2_000, 4_000].map((ms) => hub.words[0]!.getTime() + ms));
    // An end goes at once, with the word; the heartbeat starts again from there.
    await vi.advanceTimersByTimeAsync(500);
    withdrawnCase(store);
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.told.map((end) => end.token)).toEqual([`token-${serial}`]);
    expect(hub.words).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(hub.calls).toBe(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(hub.calls).toBe(5);
    delivery.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(hub.calls).toBe(5);
  });

  it('does not say the hub has everything while more waits than one message holds, nor clears what the hub did not acknowledge', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const hub = new FakeHub();
    hub.up = true;
    const delivery = new RequestEndDelivery(store, hub, { heartbeatMs: 60_000 });
    for (let index = 0; index < MAX_REQUESTS_PER_MESSAGE + 1; index++) withdrawnCase(store);
    expect(await delivery.deliver()).toBe(true);
    // The first hundred without the word, the last one with it.
    expect(hub.words.map((at) => at !== undefined)).toEqual([false, true]);
    expect(queued(store)).toEqual([]);

    const kept = withdrawnCase(store);
    hub.acknowledgeOnly = () => false;
    expect(await delivery.deliver()).toBe(false);
    expect(queued(store)).toEqual([[kept, 1]]);
    hub.acknowledgeOnly = undefined;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queued(store)).toEqual([]);
    delivery.stop();
  });

  it('delivers at start what an earlier run left in the outbox (a crash before the hub was told)', async () => {
    const db = openProvinceDatabase(':memory:');
    const before = new CaseStore(db, requireRegion('JIANGSU'));
    const id = withdrawnCase(before);
    // The process died here: the withdrawal committed, the hub never heard. A new run opens the same database.
    const store = new CaseStore(db, requireRegion('JIANGSU'));
    const hub = new FakeHub();
    hub.up = true;
    const delivery = new RequestEndDelivery(store, hub);
    delivery.start();
    await delivery.deliver();
    expect(hub.told.map((end) => end.token)).toEqual([`token-${serial}`]);
    expect(queued(store)).toEqual([]);
    expect(id).toBe(`request-${serial}`);
    delivery.stop();
  });
});
