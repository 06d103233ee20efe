import { ExpiringCache } from '../cache/expiringCache.ts';
import { ANONYMOUS, type Caller } from '../identity/caller.ts';
import { LATE_ASSERTION_GRACE_SECONDS } from '../identity/callerAssertion.ts';
import { RateLimiter, type RateLimitSettings } from '../protection/rateLimiter.ts';
import type { AuditLog } from './auditLog.ts';


/** Her notice of requests in her name refused: one entry per reason an hour, counting them. */
const SUBJECT_NOTICE_FOLD = { withinSeconds: 3600 } as const;
/** Refusals written one by one per address: a burst of 20, then 30 a minute. */
export const DIRECT_CALL_AUDIT_RATE: RateLimitSettings = { perMinute: 30, burst: 20 };

/**
 * Requests with the gateway's own assertion, only expired (LateCallerAssertion), that an address
 * may send before they count as direct calls: a few a minute. A province resuming from a stall
 * takes up the gateway's abandoned requests, nearly all dropped unexecuted (their connections
 * closed); the few that are not are no attack. More than this is someone replaying assertions.
 */
export const LATE_REQUESTS_RATE: RateLimitSettings = { perMinute: 5, burst: 5 };

/** Assertions seen arriving late, remembered (by id) for as long as they can arrive late; at most this many. */
const LATE_ASSERTIONS_REMEMBERED = 50_000;

/** A call refused because it did not come through the gateway. */
export interface DirectCall {
  /** Where it came from, read when it arrived (YRD_TRUSTED_PROXIES: arrivalAddresses.ts). */
  readonly sourceAddress: string;
  /** NOT_VIA_GATEWAY, or CALLER_<why its assertion does not verify>. */
  readonly reason: string;
  /** Its request id (x-request-id), as the province's log lines name it. */
  readonly requestId: string;
  /**
   * The caller its assertion named, when the signature verified and only its use was wrong (a
   * write's assertion replayed or put on another body, a read's on a write): whose assertion was
   * taken, for whoever investigates. The entry's actor; anyone (ANONYMOUS) otherwise.
   */
  readonly assertedCaller?: Caller;
}

/** Refusals of one reason and asserted caller past an address's rate, not yet written: how many, and the first one's request id. */
interface Counted {
  readonly reason: string;
  readonly actor: Caller;
  readonly count: number;
  readonly firstRequestId: string;
}

/** Refusals of an address that are past its rate and not yet written, by reason and asserted caller. */
type Pending = Map<string, Counted>;

export type RefusalDecision =
  | { readonly throttled: false }
  /** Past the address's rate: answer 429 with this retry-after; the refusal is counted, not written alone. */
  | { readonly throttled: true; readonly retryAfterSeconds: number };

/** A request refused because the gateway's assertion it carries has expired (LateCallerAssertion). */
export interface LateCall extends DirectCall {
  /** Which assertion (LateCallerAssertion.assertionId). */
  readonly assertionId: string;
}

/**
 * What a late request is taken for: the gateway's own, arriving late (`excused`: refused, but
 * neither audited nor counted) — or a replay, refused as a direct call (`refuse`'s decision).
 */
export type LateDecision = { readonly excused: true } | ({ readonly excused: false } & RefusalDecision);

/**
 * The audit of calls that did not come through the gateway (no caller assertion, or one that
 * does not verify). Every refusal is accounted for, but an address that floods the province
 * cannot flood its audit log: within a rate per address each refusal is its own entry; past
 * it, refusals are counted and folded into one entry per address and reason (`repeats`),
 * written with the address's next entry, by `flush` (every minute), or when the province stops.
 * Each entry names a request id: its request's, or the first of those it counts. The gateway's
 * own requests arriving late are no direct calls (`late`) — unless the same assertion comes
 * again, or an address sends more of them than LATE_REQUESTS_RATE: then they are refusals like
 * any other, under reason CALLER_EXPIRED.
 */
export class DirectCallRefusals {
  private readonly limiter: RateLimiter;
  private readonly pending = new Map<string, Pending>();
  private readonly lateLimiter: RateLimiter;
  private readonly lateSeen: ExpiringCache<true>;

  constructor(
    private readonly audit: AuditLog,
    settings: RateLimitSettings = DIRECT_CALL_AUDIT_RATE,
    private readonly now: () => number = Date.now,
    lateSettings: RateLimitSettings = LATE_REQUESTS_RATE,
  ) {
    this.limiter = new RateLimiter(settings, now);
    this.lateLimiter = new RateLimiter(lateSettings, now);
    this.lateSeen = new ExpiringCache<true>(LATE_ASSERTIONS_REMEMBERED, now);
  }

  /**
   * A request whose only fault is that the gateway's assertion it carries expired before it was
   * taken up: excused the first time the assertion is seen, within LATE_REQUESTS_RATE for its
   * address; else refused as a direct call (audited, counted, throttled). Each one excused still
   * takes from its address's allowance of late requests.
   */
  late(call: LateCall): LateDecision {
    const again = this.lateSeen.get(call.assertionId) !== undefined;
    // Past the grace it is no longer late at all (refused and audited as expired): forgotten then.
    this.lateSeen.set(call.assertionId, true, this.now() + 2 * LATE_ASSERTION_GRACE_SECONDS * 1000);
    if (!again && this.lateLimiter.take(call.sourceAddress).allowed) return { excused: true };
    return { excused: false, ...this.refuse(call) };
  }

  refuse(call: DirectCall): RefusalDecision {
    const { sourceAddress, reason, requestId } = call;
    const actor = call.assertedCaller ?? ANONYMOUS;
    const key = `${reason}\n${JSON.stringify(actor)}`;
    const decision = this.limiter.take(sourceAddress);
    if (!decision.allowed) {
      const pending = this.pending.get(sourceAddress) ?? new Map<string, Counted>();
      const counted = pending.get(key);
      pending.set(key, { reason, actor, count: (counted?.count ?? 0) + 1, firstRequestId: counted?.firstRequestId ?? requestId });
      this.pending.set(sourceAddress, pending);
      return { throttled: true, retryAfterSeconds: decision.retryAfterSeconds };
    }
    const folded = this.pending.get(sourceAddress);
    const alike = folded?.get(key);
    folded?.delete(key);
    this.write(sourceAddress, { reason, actor, count: 1 + (alike?.count ?? 0), firstRequestId: alike?.firstRequestId ?? requestId });
    if (folded) this.writeAll(sourceAddress, folded);
    return { throttled: false };
  }

  /** Writes every counted refusal as one entry per address and reason. */
  flush(): void {
    for (const [address, pending] of this.pending) this.writeAll(address, pending);
  }

  private writeAll(address: string, pending: Pending): void {
    for (const counted of pending.values()) this.write(address, counted);
    this.pending.delete(address);
  }

  /**
   * One entry for the refusals counted, for the province's audit (with the address and request).
   * When the refused request carried an authentic assertion of a person or an enterprise — hers,
   * sent again, its body changed, a read's used for a write — she is told too: an entry about her,
   * without the address, counted into one per reason an hour (SUBJECT_NOTICE_FOLD), so that her
   * access history shows it, and a flood of replays from many addresses cannot push her real
   * accesses off its first page.
   */
  private write(sourceAddress: string, { reason, actor, count, firstRequestId }: Counted): void {
    this.audit.append({ event: 'DIRECT_CALL_REFUSED', outcome: 'REFUSED', reason, actor, sourceAddress, requestId: firstRequestId, repeats: count });
    const about =
      actor.kind === 'CITIZEN' ? { subjectId: actor.residentId, subjectKind: 'PERSON' as const } : actor.kind === 'ENTERPRISE' ? { subjectId: actor.creditCode, subjectKind: 'ENTERPRISE' as const } : undefined;
    if (about) this.audit.appendFolded({ event: 'DIRECT_CALL_REFUSED', outcome: 'REFUSED', reason, actor, repeats: count, ...about }, SUBJECT_NOTICE_FOLD);
  }
}
