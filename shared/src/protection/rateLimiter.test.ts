import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter.ts';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next request, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('CITIZEN:a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('CITIZEN:a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('CITIZEN:a').allowed).toBe(true);
    expect(limiter.take('CITIZEN:a').allowed).toBe(false);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('CITIZEN:a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps callers apart', () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 }, () => 0);
    expect(limiter.take('CITIZEN:a').allowed).toBe(true);
    expect(limiter.take('CITIZEN:b').allowed).toBe(true);
    const refused = limiter.take('CITIZEN:a');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBe(60);
  });
});
