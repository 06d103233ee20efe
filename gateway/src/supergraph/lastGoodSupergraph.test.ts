import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { clusterSupergraph, LastGoodSupergraph, type SupergraphPeer } from './lastGoodSupergraph.ts';

/** A primary and one worker over an in-process channel: each message crosses as JSON, later. */
function channel() {
  const toPrimary = new EventEmitter();
  const toWorker = new EventEmitter();
  const state = { open: true };
  const end = (inbox: EventEmitter, outbox: EventEmitter): SupergraphPeer => ({
    send: (message) => {
      if (!state.open) return false;
      const copy: unknown = JSON.parse(JSON.stringify(message));
      setImmediate(() => outbox.emit('message', copy));
      return true;
    },
    onMessage: (listener) => void inbox.on('message', listener),
  });
  return { primary: end(toPrimary, toWorker), worker: end(toWorker, toPrimary), close: () => void (state.open = false) };
}

describe("the cluster primary's last good supergraph", () => {
  it('hands a new worker the newest schema any worker reported serving', async () => {
    const kept = new LastGoodSupergraph();
    const first = channel();
    kept.keep(first.worker);
    const firstWorker = clusterSupergraph(first.primary);
    firstWorker.served('schema A');
    firstWorker.served('schema B');

    const replacement = channel();
    kept.keep(replacement.worker);
    expect(await clusterSupergraph(replacement.primary).lastGood(5_000)).toBe('schema B');
    expect(kept.current).toBe('schema B');
  });

  it('has none to hand out before a worker has served one, and a closed channel gets none', async () => {
    const kept = new LastGoodSupergraph();
    const link = channel();
    kept.keep(link.worker);
    const worker = clusterSupergraph(link.primary);
    expect(await worker.lastGood(5_000)).toBeUndefined();
    link.close();
    expect(await worker.lastGood(5_000)).toBeUndefined();
  });

  it('ignores the other messages on the channel (the ops questions)', async () => {
    const kept = new LastGoodSupergraph();
    const link = channel();
    kept.keep(link.worker);
    const answers: unknown[] = [];
    link.primary.onMessage((message) => answers.push(message));
    link.worker.onMessage(() => undefined);
    (link.primary.send as (message: unknown) => boolean)({ type: 'yrd:ops-question', id: 1, topic: 'cluster-metrics' });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answers).toEqual([]);
    expect(kept.current).toBeUndefined();
  });
});
