import { describe, expect, it } from 'vitest';
import { sharedProbe } from './sharedProbe.ts';

describe('sharedProbe', () => {
  it('runs one round for the calls within the reuse window, and a new one after it', async () => {
    let clock = 0;
    let rounds = 0;
    const ready = sharedProbe(async () => ++rounds, 1_000, () => clock);
    const concurrent = await Promise.all(Array.from({ length: 50 }, () => ready()));
    expect(concurrent.every((round) => round === 1)).toBe(true);
    clock = 999;
    expect(await ready()).toBe(1);
    clock = 1_000;
    expect(await ready()).toBe(2);
    expect(rounds).toBe(2);
  });
});
