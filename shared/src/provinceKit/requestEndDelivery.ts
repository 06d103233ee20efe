import type { RequestEnd, RequestEndsAnswer } from '../evidence/requestEnd.ts';
import { MAX_REQUESTS_PER_MESSAGE } from '../evidence/requestEnd.ts';
import { DEFAULT_REQUEST_END_HEARTBEAT_SECONDS } from '../evidence/requestEndSync.ts';
import type { Logger } from '../observability/logger.ts';
import type { CaseStore } from './caseStore.ts';

/**
 * Tells the hub which of this province's evidence requests have ended, from the outbox the case
 * store writes in the same transaction as the change that ended them (caseStore.endRequests): so
 * an end survives a crash between the change and the telling, and is told however long the hub is
 * away. Delivered just after the change commits, at start (what an earlier run left), and after a
 * failure again and again, waiting 1 s doubling to 5 s, until the hub acknowledges. Ends of
 * requests that expired meanwhile are dropped: no holder answers an expired request anyway.
 *
 * Every delivery that empties the outbox says so (`syncedAsOf`: the hub has every end this
 * province committed before that instant), and while the outbox stays empty the same word goes
 * as a heartbeat every `heartbeatMs`: the hub vouches that a request of this province not told
 * ended is live only for a short window after (requestEnd.ts). A hub that comes back after an
 * outage, knowing nothing of the ends committed meanwhile, is brought in step within the backoff.
 */
export interface RequestEndSender {
  endRequests(ends: readonly RequestEnd[], syncedAsOf?: Date): Promise<RequestEndsAnswer>;
}

export interface RequestEndDeliveryOptions {
  readonly logger?: Pick<Logger, 'warn' | 'info'>;
  /** The first wait after a failed delivery (doubling up to maxBackoffMs). */
  readonly minBackoffMs?: number;
  /** Short: the hub is in step with this province again soon after it is back. */
  readonly maxBackoffMs?: number;
  /** How often the hub hears "nothing pending" while the outbox is empty (YRD_REQUEST_END_HEARTBEAT_SECONDS). */
  readonly heartbeatMs?: number;
}

export class RequestEndDelivery {
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly heartbeatMs: number;
  private backoffMs: number;
  /** The next attempt: a retry after a failure, or the heartbeat. */
  private next: NodeJS.Timeout | undefined;
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
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_REQUEST_END_HEARTBEAT_SECONDS * 1000;
    this.backoffMs = this.minBackoffMs;
  }

  /** Delivers what is pending now (bringing the hub in step at once), whatever ends from now on just after it is committed, and the heartbeat. */
  start(): void {
    this.cases.onRequestsEnded(() => {
      // Called inside the transaction that ended them: deliver once it has committed (or rolled back, leaving nothing).
      setImmediate(() => void this.deliver());
    });
    void this.deliver();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.next);
    this.next = undefined;
  }

  /**
   * Delivers every pending end now, after any delivery under way, and tells the hub it is in
   * step; true when the hub has taken everything. Never throws: a failure is logged, kept, and
   * retried after the backoff.
   */
  deliver(): Promise<boolean> {
    this.chain = this.chain.then(() => this.attempt());
    return this.chain;
  }

  private async attempt(): Promise<boolean> {
    if (this.stopped) return false;
    for (;;) {
      // Read at one instant (the store is synchronous: no commit falls between the two lines):
      // every end committed before `asOf` is in `pending` or was acknowledged already.
      const asOf = new Date();
      const pending = this.cases.pendingRequestEnds(asOf, MAX_REQUESTS_PER_MESSAGE + 1);
      const batch = pending.slice(0, MAX_REQUESTS_PER_MESSAGE);
      const everything = pending.length <= MAX_REQUESTS_PER_MESSAGE;
      const ids = batch.map((end) => end.requestId);
      let acknowledged: ReadonlySet<string>;
      try {
        const answer = await this.hub.endRequests(
          batch.map(({ token, reason, endedAt }) => ({ token, reason, endedAt })),
          everything ? asOf : undefined,
        );
        acknowledged = new Set(answer.acknowledged);
      } catch (error) {
        return this.failed(ids, error);
      }
      // Stopped meanwhile: the database may be closed; the outbox keeps them for the next start.
      if (this.stopped) return false;
      // Out of the outbox only what the hub said it recorded.
      const taken = ids.filter((id) => acknowledged.has(id));
      this.cases.requestEndsDelivered(taken);
      if (taken.length < ids.length) return this.failed(ids.filter((id) => !acknowledged.has(id)), new Error('the hub did not acknowledge every end it was told'));
      if (everything) return this.succeeded();
    }
  }

  private failed(ids: readonly string[], error: unknown): boolean {
    if (this.stopped) return false;
    if (ids.length > 0) this.cases.requestEndsFailed(ids);
    if (!this.failing) this.options.logger?.warn({ err: error, pending: ids.length }, 'could not tell the hub that evidence requests ended (or that none are pending); retrying');
    this.failing = true;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.schedule(wait);
    return false;
  }

  private succeeded(): boolean {
    if (this.failing) this.options.logger?.info({}, 'the hub has taken every ended evidence request');
    this.failing = false;
    this.backoffMs = this.minBackoffMs;
    this.schedule(this.heartbeatMs);
    return true;
  }

  /** The next attempt, after `wait` (replacing any set before: one at a time). */
  private schedule(wait: number): void {
    if (this.stopped) return;
    clearTimeout(this.next);
    this.next = setTimeout(() => {
      this.next = undefined;
      void this.deliver();
    }, wait);
    this.next.unref();
  }
}
