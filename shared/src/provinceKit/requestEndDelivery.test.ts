import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestEnd } from '../evidence/requestEnd.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { CaseStore } from './caseStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { RequestEndDelivery, type RequestEndSender } from './requestEndDelivery.ts';
import { WINDOW_CLERK, windowCaseInput } from './windowCase.fixture.ts';

/** Telling the hub which requests ended, from the outbox: after the change commits, at start, and again after the hub was down. */
const clerk = WINDOW_CLERK;

/** A hub that is down until told otherwise, keeping what it was told. */
class FakeHub implements RequestEndSender {
  up = false;
  calls = 0;
  readonly told: RequestEnd[] = [];
  async endRequests(ends: readonly RequestEnd[]): Promise<void> {
    this.calls++;
    if (!this.up) throw new Error('connect ECONNREFUSED');
    this.told.push(...ends);
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

  it('keeps what the hub did not take, and retries with a growing wait until it is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new CaseStore(openProvinceDatabase(':memory:'), requireRegion('JIANGSU'));
    const hub = new FakeHub();
    const warned: unknown[] = [];
    const delivery = new RequestEndDelivery(store, hub, { minBackoffMs: 1_000, maxBackoffMs: 4_000, logger: { warn: (detail: unknown) => warned.push(detail), info: () => undefined } });
    const id = withdrawnCase(store);

    expect(await delivery.deliver()).toBe(false);
    expect(queued(store)).toEqual([[id, 1]]);
    // Retried after 1 s, then 2 s, then 4 s (the most), while the hub stays down; the outage is logged once.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hub.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(hub.calls).toBe(3);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(hub.calls).toBe(4);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(hub.calls).toBe(4);
    expect(queued(store)).toEqual([[id, 4]]);
    expect(warned).toHaveLength(1);

    hub.up = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(hub.calls).toBe(5);
    expect(hub.told.map((end) => end.token)).toEqual([`token-${serial}`]);
    expect(queued(store)).toEqual([]);
    // Nothing left: no more calls.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(hub.calls).toBe(5);
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
