import { describe, expect, it } from 'vitest';
import { ConnectionGate, ConnectionWaitTimeout, connectionGateFor, type Turn } from './connectionGate.ts';
import { failureReasonOf } from './subgraphFailure.ts';

const LATER = () => performance.now() + 60_000;

/** The turns of `waits` that have settled so far, in the order given (undefined while waiting). */
function tracked(waits: Promise<Turn>[]) {
  const turns: (Turn | undefined)[] = waits.map(() => undefined);
  waits.forEach((wait, index) => void wait.then((turn) => (turns[index] = turn)));
  return turns;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConnectionGate', () => {
  it('lets as many fetches in as it has connections, at once, and hands each slot given back to the first waiter', async () => {
    const gate = new ConnectionGate(2);
    expect([gate.tryEnter(), gate.tryEnter(), gate.tryEnter()]).toEqual([true, true, false]);
    const turns = tracked([gate.wait(LATER()), gate.wait(LATER())]);
    expect(gate.waiting).toBe(2);
    gate.leave();
    await settle();
    expect(turns).toEqual(['ENTERED', undefined]);
    expect(gate.inFlight).toBe(2);
    gate.leave();
    gate.leave();
    await settle();
    expect(turns).toEqual(['ENTERED', 'ENTERED']);
    gate.leave();
    gate.leave();
    expect(gate.inFlight).toBe(0);
    expect(gate.tryEnter()).toBe(true);
  });

  it('stops a waiter at its deadline, holding no slot', async () => {
    const gate = new ConnectionGate(1);
    gate.tryEnter();
    const started = performance.now();
    expect(await gate.wait(started + 50)).toBe('TIMED_OUT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(gate.waiting).toBe(0);
    gate.leave();
    expect(gate.inFlight).toBe(0);
  });

  it('puts a `first` waiter (the half-open probe) ahead of those already waiting', async () => {
    const gate = new ConnectionGate(1);
    gate.tryEnter();
    const turns = tracked([gate.wait(LATER()), gate.wait(LATER()), gate.wait(LATER(), { first: true })]);
    gate.leave();
    await settle();
    expect(turns).toEqual([undefined, undefined, 'ENTERED']);
    gate.review();
    gate.leave();
    gate.leave();
    await settle();
    expect(turns).toEqual(['ENTERED', 'ENTERED', 'ENTERED']);
  });

  it('withdraws waiters that no longer want their turn, when a slot comes free and at review, without waiting for a slot', async () => {
    const gate = new ConnectionGate(1);
    gate.tryEnter();
    let open = false;
    const stillWanted = () => !open;
    const turns = tracked([gate.wait(LATER(), { stillWanted }), gate.wait(LATER(), { stillWanted }), gate.wait(LATER())]);
    open = true;
    // A slot given back skips the two that no longer want it and goes to the third.
    gate.leave();
    await settle();
    expect(turns).toEqual(['WITHDRAWN', 'WITHDRAWN', 'ENTERED']);
    expect(gate.inFlight).toBe(1);
    const later = tracked([gate.wait(LATER(), { stillWanted }), gate.wait(LATER())]);
    gate.review();
    await settle();
    expect(later).toEqual(['WITHDRAWN', undefined]);
    gate.leave();
    await settle();
    expect(later).toEqual(['WITHDRAWN', 'ENTERED']);
  });

  it('is one per pool: per dispatcher and origin, as undici keys its pools', () => {
    const agent = {};
    const gate = connectionGateFor(agent, 'http://anhui.internal:4004/graphql', 64);
    expect(connectionGateFor(agent, 'http://anhui.internal:4004/other', 64)).toBe(gate);
    expect(connectionGateFor(agent, 'http://zhejiang.internal:4003/graphql', 64)).not.toBe(gate);
    expect(connectionGateFor({}, 'http://anhui.internal:4004/graphql', 64)).not.toBe(gate);
  });

  it('names a fetch that got no connection in time a TIMEOUT', () => {
    expect(failureReasonOf(new ConnectionWaitTimeout(10_000, 64))).toEqual({ reason: 'TIMEOUT', detail: 'timeout' });
  });
});
