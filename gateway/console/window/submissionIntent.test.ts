import { describe, expect, it } from 'vitest';
import { RetryKeys } from '../retryKeys.ts';
import { submissionIntent } from './submissionIntent.ts';

const lost = [{ message: '无法连接网关', extensions: { code: 'NETWORK' } }];
const event = (status: string) => ({ seq: 0, at: '2026-11-25T02:00:00Z', status, actor: { kind: 'OPERATOR' }, note: null });

describe('submissionIntent', () => {
  it('keeps a key kept after a lost answer for the same round, and never sends it with a later one', () => {
    const keys = new RetryKeys();
    const opened = { id: '3205092026000001', statusHistory: [event('OPEN')] };
    const first = keys.keyFor(submissionIntent(opened));
    keys.settle(submissionIntent(opened), lost, 'jiangsu');
    // Pressed again while the page still sees the case as it was: the same key (a retry).
    expect(keys.keyFor(submissionIntent(opened))).toBe(first);
    // The lost submission went through and the case waits for a province: the next press is another round.
    const waiting = { ...opened, statusHistory: [event('OPEN'), event('AWAITING_EVIDENCE')] };
    expect(keys.keyFor(submissionIntent(waiting))).not.toBe(first);
  });

  it('keeps cases apart', () => {
    expect(submissionIntent({ id: 'A', statusHistory: [] })).not.toBe(submissionIntent({ id: 'B', statusHistory: [] }));
  });
});
