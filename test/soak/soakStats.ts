import { OPERATION_KINDS, type Attempt, type ObservedError, type OperationKind } from './soakTransport.ts';

/**
 * What the soak counts while it runs: every request (and whether it was a retry), its latency
 * by kind of operation, every error with when its request was in flight (classified against
 * the fault at the end, once the restart window is known), stories started, completed and
 * abandoned, their outcomes, and problems that are not errors (evidence refused, an outcome
 * the story should not have).
 */
export interface ErrorOccurrence {
  readonly error: ObservedError;
  readonly kind: OperationKind;
  readonly operation: string;
  readonly label: string;
  readonly sentAt: number;
  readonly answeredAt: number;
}

/** Something that went wrong without being an error of a request. */
export interface Problem {
  readonly at: number;
  readonly what: string;
  readonly label: string;
  readonly detail: string;
}

export interface Outcome {
  readonly story: string;
  readonly caseId: string;
  readonly status: string;
  readonly expected: string;
  /** A holding province did not answer while the evidence was gathered. */
  readonly gatheredPartially: boolean;
}

export interface Abandonment {
  readonly story: string;
  readonly step: string;
  readonly lastCodes: readonly string[];
}

export class SoakStats {
  requests = 0;
  retries = 0;
  storiesStarted = 0;
  readonly latencies = new Map<OperationKind, number[]>(OPERATION_KINDS.map((kind) => [kind, []]));
  readonly errors: ErrorOccurrence[] = [];
  readonly problems: Problem[] = [];
  readonly outcomes: Outcome[] = [];
  readonly abandoned: Abandonment[] = [];

  record(attempt: Attempt<unknown>): void {
    this.requests++;
    if (attempt.attempt > 1) this.retries++;
    this.latencies.get(attempt.kind)?.push(attempt.answeredAt - attempt.sentAt);
    for (const error of attempt.errors) {
      this.errors.push({ error, kind: attempt.kind, operation: attempt.operation, label: attempt.label, sentAt: attempt.sentAt, answeredAt: attempt.answeredAt });
    }
  }

  problem(what: string, label: string, detail: string): void {
    this.problems.push({ at: performance.now(), what, label, detail });
  }

  get storiesCompleted(): number {
    return this.outcomes.length;
  }

  allLatencies(): number[] {
    return [...this.latencies.values()].flat();
  }
}
