/**
 * The gateway's own account of one subgraph's pooled connections, so that a fetch's deadline
 * covers its wait for a connection too.
 *
 * undici's Agent keeps `connections` connections per origin and queues every request beyond
 * them, without a bound and without a deadline: `headersTimeout` starts only once a request has
 * been written. With a hung subgraph every connection waits out its whole timeout, and each
 * request queued behind them waits for one of them first — the answers came in steps of the
 * timeout, the slowest after 72 s. So the gateway never hands undici more requests for an origin
 * than it has connections: a fetch takes a slot here, or waits for one until its own deadline.
 *
 * The fast path — a slot free — is a counter, with no timer, promise or abort signal (the
 * benchmarks measure it). Only a fetch that has to wait gets a timer, for the deadline it was
 * given; at the deadline it stops waiting (TIMED_OUT). The queue has no length bound: its bound is
 * time, which is what the gateway promises, where a length would refuse fetches a busy but
 * healthy subgraph would have answered in time.
 *
 * A waiter says, through `stillWanted`, whether it still wants its turn; when a slot comes free
 * the first waiter that does gets it, and those that do not are WITHDRAWN without waiting for one
 * (once the subgraph's breaker opens, the fetches queued for it end at once, not one by one).
 * `review()` withdraws them all when the reason comes without a slot coming free. A `first`
 * waiter (the breaker's half-open probe) goes ahead of every other.
 */
export type Turn = 'ENTERED' | 'TIMED_OUT' | 'WITHDRAWN';

export interface WaitOptions {
  /** Ahead of every waiter that is not `first`. */
  readonly first?: boolean;
  /** Asked when a slot comes free for this waiter and at `review()`; false withdraws it. */
  readonly stillWanted?: () => boolean;
}

interface Waiter {
  readonly stillWanted: () => boolean;
  readonly settle: (turn: Turn) => void;
}

const ALWAYS = () => true;

export class ConnectionGate {
  private busy = 0;
  // Sets keep their order of insertion and delete in constant time (a waiter gives up from anywhere in the queue).
  private readonly firstWaiters = new Set<Waiter>();
  private readonly waiters = new Set<Waiter>();

  constructor(readonly capacity: number) {}

  /** Fetches holding a slot. */
  get inFlight(): number {
    return this.busy;
  }

  /** Fetches waiting for one. */
  get waiting(): number {
    return this.firstWaiters.size + this.waiters.size;
  }

  /** Takes a slot if one is free. Whoever gets one must `leave()` exactly once. */
  tryEnter(): boolean {
    if (this.busy >= this.capacity) return false;
    this.busy++;
    return true;
  }

  /**
   * Waits for a slot until `deadline` (a `performance.now()` time). ENTERED: the slot is the
   * caller's (to `leave()`); TIMED_OUT and WITHDRAWN: it holds none.
   */
  wait(deadline: number, options: WaitOptions = {}): Promise<Turn> {
    const queue = options.first ? this.firstWaiters : this.waiters;
    return new Promise<Turn>((resolve) => {
      const timer = setTimeout(() => waiter.settle('TIMED_OUT'), Math.max(0, deadline - performance.now()));
      const waiter: Waiter = {
        stillWanted: options.stillWanted ?? ALWAYS,
        settle: (turn) => {
          clearTimeout(timer);
          queue.delete(waiter);
          resolve(turn);
        },
      };
      queue.add(waiter);
    });
  }

  /** Gives a slot back: to the first waiter that still wants it, else to the pool. */
  leave(): void {
    if (this.handOver(this.firstWaiters) || this.handOver(this.waiters)) return;
    this.busy = Math.max(0, this.busy - 1);
  }

  /** Withdraws every waiter that no longer wants its turn. */
  review(): void {
    for (const queue of [this.firstWaiters, this.waiters]) {
      for (const waiter of queue) if (!waiter.stillWanted()) waiter.settle('WITHDRAWN');
    }
  }

  private handOver(queue: Set<Waiter>): boolean {
    for (const waiter of queue) {
      if (waiter.stillWanted()) {
        waiter.settle('ENTERED');
        return true;
      }
      waiter.settle('WITHDRAWN');
    }
    return false;
  }
}

/** A fetch that got no connection within its deadline: never sent. Its name is what failureReasonOf reads as TIMEOUT. */
export class ConnectionWaitTimeout extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'YRD_NO_CONNECTION';
  constructor(readonly timeoutMs: number, readonly capacity: number) {
    super(`no connection to the subgraph came free within the deadline of ${timeoutMs} ms (all ${capacity} busy); the request was not sent`);
  }
}

/** The undici dispatcher (an Agent) → its pools' origins → their gates: one per pool, shared by every data source using it (a reloaded supergraph builds new ones). */
const gates = new WeakMap<object, Map<string, ConnectionGate>>();

/** The gate of the pool `dispatcher` keeps for `url`'s origin, as undici's Agent keys its pools. */
export function connectionGateFor(dispatcher: object, url: string, capacity: number): ConnectionGate {
  let byOrigin = gates.get(dispatcher);
  if (!byOrigin) gates.set(dispatcher, (byOrigin = new Map()));
  const origin = URL.canParse(url) ? new URL(url).origin : url;
  let gate = byOrigin.get(origin);
  if (!gate) byOrigin.set(origin, (gate = new ConnectionGate(capacity)));
  return gate;
}
