import { ANONYMOUS } from '../identity/caller.ts';
import { RateLimiter, type RateLimitSettings } from '../protection/rateLimiter.ts';
import type { AuditLog } from './auditLog.ts';

/** Refusals written one by one per address: a burst of 20, then 30 a minute. */
export const DIRECT_CALL_AUDIT_RATE: RateLimitSettings = { perMinute: 30, burst: 20 };

/** A call refused because it did not come through the gateway. */
export interface DirectCall {
  /** Where it came from, read when it arrived (YRD_TRUSTED_PROXIES: arrivalAddresses.ts). */
  readonly sourceAddress: string;
  /** NOT_VIA_GATEWAY, or CALLER_<why its assertion does not verify>. */
  readonly reason: string;
  /** Its request id (x-request-id), as the province's log lines name it. */
  readonly requestId: string;
}

/** Refusals of one reason past an address's rate, not yet written: how many, and the first one's request id. */
interface Counted {
  readonly count: number;
  readonly firstRequestId: string;
}

/** Refusals of an address that are past its rate and not yet written, by reason. */
type Pending = Map<string, Counted>;

export type RefusalDecision =
  | { readonly throttled: false }
  /** Past the address's rate: answer 429 with this retry-after; the refusal is counted, not written alone. */
  | { readonly throttled: true; readonly retryAfterSeconds: number };

/**
 * The audit of calls that did not come through the gateway (no caller assertion, or one that
 * does not verify). Every refusal is accounted for, but an address that floods the province
 * cannot flood its audit log: within a rate per address each refusal is its own entry; past
 * it, refusals are counted and folded into one entry per address and reason (`repeats`),
 * written with the address's next entry, by `flush` (every minute), or when the province stops.
 * Each entry names a request id: its request's, or the first of those it counts. (The gateway's
 * own requests arriving late are no direct calls and never come here: provinceAdmission.ts.)
 */
export class DirectCallRefusals {
  private readonly limiter: RateLimiter;
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly audit: AuditLog,
    settings: RateLimitSettings = DIRECT_CALL_AUDIT_RATE,
    now: () => number = Date.now,
  ) {
    this.limiter = new RateLimiter(settings, now);
  }

  refuse(call: DirectCall): RefusalDecision {
    const { sourceAddress, reason, requestId } = call;
    const decision = this.limiter.take(sourceAddress);
    if (!decision.allowed) {
      const pending = this.pending.get(sourceAddress) ?? new Map<string, Counted>();
      const counted = pending.get(reason);
      pending.set(reason, { count: (counted?.count ?? 0) + 1, firstRequestId: counted?.firstRequestId ?? requestId });
      this.pending.set(sourceAddress, pending);
      return { throttled: true, retryAfterSeconds: decision.retryAfterSeconds };
    }
    const folded = this.pending.get(sourceAddress);
    const alike = folded?.get(reason);
    folded?.delete(reason);
    this.write(sourceAddress, reason, { count: 1 + (alike?.count ?? 0), firstRequestId: alike?.firstRequestId ?? requestId });
    if (folded) this.writeAll(sourceAddress, folded);
    return { throttled: false };
  }

  /** Writes every counted refusal as one entry per address and reason. */
  flush(): void {
    for (const [address, pending] of this.pending) this.writeAll(address, pending);
  }

  private writeAll(address: string, pending: Pending): void {
    for (const [reason, counted] of pending) this.write(address, reason, counted);
    this.pending.delete(address);
  }

  private write(sourceAddress: string, reason: string, { count, firstRequestId }: Counted): void {
    this.audit.append({ event: 'DIRECT_CALL_REFUSED', outcome: 'REFUSED', reason, actor: ANONYMOUS, sourceAddress, requestId: firstRequestId, repeats: count });
  }
}
