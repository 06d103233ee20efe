/**
 * A circuit breaker for one subgraph. CLOSED: requests go through; after `failureThreshold`
 * failures in a row it OPENS: requests fail at once, without waiting on a subgraph that is
 * down. After `cooldownMs` it is HALF_OPEN: one request goes through as a probe; its success
 * closes the breaker, its failure opens it for another cooldown.
 */
export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface BreakerSettings {
  readonly failureThreshold: number;
  readonly cooldownMs: number;
}

/** What a caller may do now: send normally, send as the half-open probe, or not send. */
export type BreakerPermit = 'PASS' | 'PROBE' | 'REJECT';

export class CircuitBreaker {
  private currentState: BreakerState = 'CLOSED';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private probeInFlight = false;

  constructor(
    readonly name: string,
    private readonly settings: BreakerSettings,
    private readonly onChange: (name: string, state: BreakerState) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.currentState === 'OPEN' && this.now() - this.openedAt >= this.settings.cooldownMs) this.transition('HALF_OPEN');
    return this.currentState;
  }

  /** Milliseconds until an open breaker lets a probe through (0 when not open). */
  retryAfterMs(): number {
    return this.state === 'OPEN' ? Math.max(0, this.settings.cooldownMs - (this.now() - this.openedAt)) : 0;
  }

  /**
   * Whole seconds a caller the breaker rejected should wait before trying again: what is left of
   * the cooldown, and never less than 1 — a half-open breaker rejects while its probe is in
   * flight (retryAfterMs is 0 then), and "retry in 0 seconds" would invite an immediate retry.
   */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs() / 1000));
  }

  acquire(): BreakerPermit {
    switch (this.state) {
      case 'CLOSED':
        return 'PASS';
      case 'OPEN':
        return 'REJECT';
      case 'HALF_OPEN':
        if (this.probeInFlight) return 'REJECT';
        this.probeInFlight = true;
        return 'PROBE';
    }
  }

  succeeded(permit: BreakerPermit): void {
    if (permit === 'PROBE') this.probeInFlight = false;
    this.consecutiveFailures = 0;
    if (this.currentState !== 'CLOSED') this.transition('CLOSED');
  }

  failed(permit: BreakerPermit): void {
    if (permit === 'PROBE') this.probeInFlight = false;
    this.consecutiveFailures++;
    if (permit === 'PROBE' || (this.currentState === 'CLOSED' && this.consecutiveFailures >= this.settings.failureThreshold)) {
      this.openedAt = this.now();
      this.transition('OPEN');
    }
  }

  private transition(state: BreakerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.onChange(this.name, state);
  }
}
