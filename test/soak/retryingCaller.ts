import type { SoakStats } from './soakStats.ts';
import { send, type Attempt, type ObservedError, type OperationKind } from './soakTransport.ts';

/**
 * How a window's client calls the gateway: every request counted; a step of a case story
 * (a mutation, or the applicant's look at her case) is sent again — the very same request,
 * with the same idempotency key — until the gateway acknowledges it, a bounded number of
 * times with a small, growing, jittered pause. A refusal about the request itself (bad input,
 * conflict, forbidden, a query the schema does not know) is not retried: a clerk reads it.
 */
export interface RetryPolicy {
  readonly attempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
}

export const WINDOW_RETRY_POLICY: RetryPolicy = { attempts: 8, firstDelayMs: 250, maxDelayMs: 2_000, timeoutMs: 30_000 };

const NOT_RETRIED = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

export interface Operation {
  readonly kind: OperationKind;
  /** The GraphQL operation name (also in the document). */
  readonly operation: string;
  readonly label: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly headers: Record<string, string>;
}

export type Acknowledgement<T> =
  | { readonly ok: true; readonly value: T; readonly errors: readonly ObservedError[] }
  | { readonly ok: false; readonly errors: readonly ObservedError[]; readonly attempts: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RetryingCaller {
  constructor(
    private readonly gatewayUrl: string,
    private readonly stats: SoakStats,
    private readonly policy: RetryPolicy = WINDOW_RETRY_POLICY,
  ) {}

  /** One request, counted, never retried (public reads). */
  async once<TData>(operation: Operation): Promise<Attempt<TData>> {
    const attempt = await send<TData>(this.gatewayUrl, { ...operation, attempt: 1 }, this.policy.timeoutMs);
    this.stats.record(attempt);
    return attempt;
  }

  /**
   * Sends the operation until `acknowledge` finds the answer it needs in the data (partial
   * errors alongside are returned, not retried), or gives up.
   */
  async untilAcknowledged<TData, T>(operation: Operation, acknowledge: (data: TData | null) => T | undefined): Promise<Acknowledgement<T>> {
    let errors: readonly ObservedError[] = [];
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      const answer = await send<TData>(this.gatewayUrl, { ...operation, attempt }, this.policy.timeoutMs);
      this.stats.record(answer);
      const value = acknowledge(answer.data);
      if (value !== undefined) return { ok: true, value, errors: answer.errors };
      errors = answer.errors;
      if (errors.some((error) => NOT_RETRIED.has(error.code))) return { ok: false, errors, attempts: attempt };
      if (attempt < this.policy.attempts) {
        const backoff = Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** (attempt - 1));
        await sleep(backoff / 2 + Math.random() * (backoff / 2));
      }
    }
    return { ok: false, errors, attempts: this.policy.attempts };
  }
}
