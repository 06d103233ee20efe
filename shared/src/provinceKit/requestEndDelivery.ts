import type { RequestEnd } from '../evidence/requestEnd.ts';
import { MAX_REQUESTS_PER_MESSAGE } from '../evidence/requestEnd.ts';
import type { Logger } from '../observability/logger.ts';
import type { CaseStore } from './caseStore.ts';

/**
 * Tells the hub which of this province's evidence requests have ended, from the outbox the case
 * store writes in the same transaction as the change that ended them (caseStore.endRequests): so
 * an end survives a crash between the change and the telling, and is told however long the hub is
 * away. Delivered just after the change commits, at start (what an earlier run left), and after a
 * failure again and again, waiting 1 s doubling to a minute, until the hub acknowledges. Ends of
 * requests that expired meanwhile are dropped: no holder answers an expired request anyway.
 */
export interface RequestEndSender {
  endRequests(ends: readonly RequestEnd[]): Promise<void>;
}

export interface RequestEndDeliveryOptions {
  readonly logger?: Pick<Logger, 'warn' | 'info'>;
  /** The first wait after a failed delivery (doubling up to maxBackoffMs). */
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
}

export class RequestEndDelivery {
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private backoffMs: number;
  private retry: NodeJS.Timeout | undefined;
  /** Deliveries run one after another. */
  private chain: Promise<boolean> = Promise.resolve(true);
  private stopped = false;
  /** Whether the last attempt failed (the outage is logged once, and its end). */
  private failing = false;

  constructor(
    private readonly cases: CaseStore,
    private readonly hub: RequestEndSender,
    private readonly options: RequestEndDeliveryOptions = {},
  ) {
    this.minBackoffMs = options.minBackoffMs ?? 1_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.backoffMs = this.minBackoffMs;
  }

  /** Delivers what is pending now, and whatever ends from now on just after it is committed. */
  start(): void {
    this.cases.onRequestsEnded(() => {
      // Called inside the transaction that ended them: deliver once it has committed (or rolled back, leaving nothing).
      setImmediate(() => void this.deliver());
    });
    void this.deliver();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /**
   * Delivers every pending end now, after any delivery under way; true when the outbox is empty.
   * Never throws: a failure is logged, kept, and retried after the backoff.
   */
  deliver(): Promise<boolean> {
    this.chain = this.chain.then(() => this.attempt());
    return this.chain;
  }

  private async attempt(): Promise<boolean> {
    if (this.stopped) return false;
    for (;;) {
      const pending = this.cases.pendingRequestEnds(new Date(), MAX_REQUESTS_PER_MESSAGE);
      if (pending.length === 0) return this.succeeded();
      const ids = pending.map((end) => end.requestId);
      try {
        await this.hub.endRequests(pending.map(({ token, reason, endedAt }) => ({ token, reason, endedAt })));
      } catch (error) {
        // Stopped meanwhile: the database may be closed; the outbox keeps them for the next start.
        if (this.stopped) return false;
        this.cases.requestEndsFailed(ids);
        if (!this.failing) this.options.logger?.warn({ err: error, pending: pending.length }, 'could not tell the hub that evidence requests ended; retrying');
        this.failing = true;
        this.scheduleRetry();
        return false;
      }
      if (this.stopped) return false;
      this.cases.requestEndsDelivered(ids);
    }
  }

  private succeeded(): boolean {
    if (this.failing) this.options.logger?.info({}, 'the hub has taken every ended evidence request');
    this.failing = false;
    this.backoffMs = this.minBackoffMs;
    clearTimeout(this.retry);
    this.retry = undefined;
    return true;
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retry) return;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.deliver();
    }, wait);
    this.retry.unref();
  }
}
