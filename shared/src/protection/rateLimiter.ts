import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';

/**
 * Rate limiting per caller: a token bucket per identity (a person, an enterprise, a window
 * clerk; anonymous callers by address). A bucket holds `burst` requests and refills at
 * `perMinute`; an empty bucket answers how long until the next request is allowed.
 */
export interface RateLimitSettings {
  readonly perMinute: number;
  readonly burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { perMinute: 600, burst: 120 };

/** Buckets kept at most; the least recently used go first (a full bucket loses nothing). */
const MAX_BUCKETS = 100_000;

interface Bucket {
  tokens: number;
  at: number;
}

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const perMs = this.settings.perMinute / 60_000;
    const known = this.buckets.get(key);
    const bucket = known ?? { tokens: this.settings.burst, at: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    // Re-insert so the map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}

export function rateLimitFromEnvironment(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  return {
    perMinute: wholeNumberVariable(env, 'YRD_RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perMinute, 1),
    burst: wholeNumberVariable(env, 'YRD_RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst, 1),
  };
}
