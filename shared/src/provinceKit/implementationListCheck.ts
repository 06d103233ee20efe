import type { RegionDefinition } from '../regions/regionRegistry.ts';
import { ImplementationListRefused } from './implementationListRefused.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { PassedOnItem } from './passedOn.ts';
import { problemsUnderAddedYears, underAddedYearWarning } from '../time/problemsUnderAddedYears.ts';
import { validateImplementationList, type StandardTerms } from './validateImplementationList.ts';

/** The list against the standard, once the hub has answered: sound, or refused with every problem. */
export type ListVerdict = { readonly sound: true } | { readonly sound: false; readonly refusal: ImplementationListRefused };

export interface ListCheckRetry {
  /** The pause after the first failed read; it doubles with each failure… */
  readonly firstMs: number;
  /** …up to this. */
  readonly maxMs: number;
}

/** As the trust list retries the hub: soon at first (it is usually starting too), then every 30 s. */
export const LIST_CHECK_RETRY: ListCheckRetry = { firstMs: 500, maxMs: 30_000 };

/** The part of the province's pino logger the check uses. */
export interface ListCheckLogger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface ImplementationListCheckOptions {
  readonly region: RegionDefinition;
  readonly implementations: readonly LocalImplementation[];
  /** The items the province passes on to an enterprise (联动过户), checked with the list; none if absent. */
  readonly passedOn?: readonly PassedOnItem[];
  /** The standard's terms of the items named, from the hub (standardForValidation.ts); throws while the hub cannot be read. */
  readonly readStandard: (codes: readonly string[]) => Promise<readonly StandardTerms[]>;
  readonly logger: ListCheckLogger;
  readonly retry?: ListCheckRetry;
}

export interface ImplementationListCheck {
  /** The first read's verdict, or undefined when the hub did not answer it (the check goes on) or the check was stopped. */
  readonly firstAttempt: Promise<ListVerdict | undefined>;
  /** The verdict, once the hub answers (never, if stopped before). */
  readonly verdict: Promise<ListVerdict>;
  /** No more reads. */
  stop(): void;
}

/**
 * Checks a province's implementation list against the item standard read from the hub, the
 * standard's authority: now, and — while the hub cannot be read (not up yet, down, answering
 * with something else than its items) — again after a pause that doubles, until it answers.
 * A hub that is merely slow or away never yields a verdict, so never a refusal. The verdict is
 * logged: every problem on its own line at error level, or that the list agrees.
 */
export function checkImplementationList(options: ImplementationListCheckOptions): ImplementationListCheck {
  const retry = options.retry ?? LIST_CHECK_RETRY;
  const passedOn = options.passedOn ?? [];
  const codes = [...new Set([...options.implementations.map((local) => local.standardCode), ...passedOn.map((passOn) => passOn.itemCode)])];
  let settleFirst!: (verdict: ListVerdict | undefined) => void;
  let settle!: (verdict: ListVerdict) => void;
  const firstAttempt = new Promise<ListVerdict | undefined>((resolve) => (settleFirst = resolve));
  const verdict = new Promise<ListVerdict>((resolve) => (settle = resolve));
  let stopped = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  const startedAt = Date.now();

  const attempt = async (): Promise<void> => {
    let standard: readonly StandardTerms[];
    try {
      standard = await options.readStandard(codes);
    } catch (error) {
      if (stopped) return;
      const retryInMs = Math.min(retry.maxMs, retry.firstMs * 2 ** failures);
      // Once per outage: the hub client logs each failed call with its detail.
      if (failures === 0) {
        options.logger.warn(
          { err: error, region: options.region.code, retryInMs },
          'implementation list: the item standard could not be read from the hub; checking it once the hub answers',
        );
      }
      failures += 1;
      settleFirst(undefined);
      timer = setTimeout(() => void attempt(), retryInMs);
      // The province's server keeps the process alive; a pending check alone must not.
      timer.unref();
      return;
    }
    if (stopped) return;
    const { refused: problems, underAddedYears } = problemsUnderAddedYears(() => validateImplementationList(options.region, options.implementations, standard, passedOn));
    for (const problem of problems) options.logger.error({ region: options.region.code, problem }, `implementation list disagrees with the item standard: ${problem}`);
    for (const problem of underAddedYears) {
      options.logger.warn({ region: options.region.code, problem }, underAddedYearWarning('implementation list', problem));
    }
    if (problems.length === 0) options.logger.info({ region: options.region.code, lines: options.implementations.length, attempts: failures + 1, elapsedMs: Date.now() - startedAt }, 'implementation list agrees with the item standard');
    const result: ListVerdict = problems.length === 0 ? { sound: true } : { sound: false, refusal: new ImplementationListRefused(problems) };
    settleFirst(result);
    settle(result);
  };

  void attempt();
  return {
    firstAttempt,
    verdict,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      settleFirst(undefined);
    },
  };
}
