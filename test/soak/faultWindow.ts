import type { ObservedError } from './soakTransport.ts';

/**
 * The fault the soak injects — one province restarted while traffic continues — and the
 * narrow rule for which errors it explains: an error on a request in flight between the
 * restart's start and its end plus a grace period, that is SUBGRAPH_UNAVAILABLE naming that
 * province (or naming no subgraph at all), or another availability error (circuit open,
 * time-out, rate limit) naming that province. Errors that say something about the request
 * itself — bad input, internal errors, validation, conflicts — are never explained by it, nor
 * is anything naming another subgraph.
 */
const NEVER_EXPLAINED = new Set([
  'INTERNAL_SERVER_ERROR',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
]);

export class FaultWindow {
  /** performance.now() at the start and end of the restart. */
  startedAt: number | undefined;
  endedAt: number | undefined;

  constructor(
    readonly subgraphName: string,
    readonly regionCode: string,
    readonly graceMs: number,
  ) {}

  begin(): void {
    this.startedAt = performance.now();
  }

  end(): void {
    this.endedAt = performance.now();
  }

  /** Whether a request in flight from sentAt to answeredAt overlapped the window (with grace). */
  overlaps(sentAt: number, answeredAt: number): boolean {
    if (this.startedAt === undefined) return false;
    const closes = (this.endedAt ?? Number.POSITIVE_INFINITY) + this.graceMs;
    return answeredAt >= this.startedAt && sentAt <= closes;
  }

  explains(error: ObservedError, sentAt: number, answeredAt: number): boolean {
    if (!this.overlaps(sentAt, answeredAt) || NEVER_EXPLAINED.has(error.code)) return false;
    const namesThis = error.serviceName === this.subgraphName || error.region === this.regionCode;
    const namesOther = (error.serviceName !== undefined && error.serviceName !== this.subgraphName) || (error.region !== undefined && error.region !== this.regionCode);
    if (namesOther) return false;
    if (error.code === 'SUBGRAPH_UNAVAILABLE') return true;
    return namesThis && /UNAVAILABLE|CIRCUIT|BREAKER|TIMEOUT|TIMED_OUT|RATE_LIMIT|OVERLOAD/.test(`${error.code} ${error.reason ?? ''}`);
  }
}
