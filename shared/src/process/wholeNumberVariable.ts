import { ConfigurationError } from './configurationError.ts';

/**
 * The longest delay a Node timer takes (2^31 - 1 ms, about 24.8 days). A longer one is not an
 * error to Node: it prints a TimeoutOverflowWarning and fires after 1 ms, which turns a poll, a
 * sweep or a backoff into a busy loop.
 */
export const TIMER_MAX_MS = 2_147_483_647;
/** The same in whole seconds, for settings a timer waits for in seconds (× 1000). */
export const TIMER_MAX_SECONDS = Math.floor(TIMER_MAX_MS / 1000);

/**
 * The whole number a setting's text says: decimal digits and nothing else, or undefined.
 * `Number()` alone would take "0x10", "1e3", " 5 " and "" (0) — values nobody means as a count
 * of milliseconds — so every numeric setting is read through this.
 */
export function parseWholeNumber(raw: string): number | undefined {
  if (!/^[0-9]+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * The maximum a setting may take unless its caller says otherwise, by the unit its name ends in:
 * a `…_MS` setting is waited for with a timer, so never more than TIMER_MAX_MS (not even when its
 * caller allows more); a `…_SECONDS` setting is at most TIMER_MAX_SECONDS unless its caller
 * gives its own maximum (a lifetime compared with clocks, such as YRD_EVIDENCE_SECONDS, is never
 * waited for, and past a maximum it would become a date out of range).
 */
function maximumOf(name: string, max: number | undefined): { max: number; timer: boolean } {
  if (name.endsWith('_MS')) return { max: Math.min(max ?? TIMER_MAX_MS, TIMER_MAX_MS), timer: max === undefined || max >= TIMER_MAX_MS };
  if (name.endsWith('_SECONDS') && max === undefined) return { max: TIMER_MAX_SECONDS, timer: true };
  return { max: max ?? Number.MAX_SAFE_INTEGER, timer: false };
}

/**
 * A whole-number setting from the environment: the fallback when the variable is unset or
 * empty, else its value — or a ConfigurationError (a RangeError) naming the variable, so that a
 * typo stops the process at start instead of becoming NaN (a timer that fires every millisecond)
 * or switching a limit off. A `max` is for settings another part of the system depends on
 * staying short (a lifetime that must end before the keys it relies on are gone); durations get
 * the timer's maximum from their name (maximumOf).
 */
export function wholeNumberVariable(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min: number,
  max?: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const limit = maximumOf(name, max);
  const value = parseWholeNumber(raw);
  if (value === undefined || value < min || value > limit.max) {
    const range = limit.max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${limit.max}`;
    const why = limit.timer ? ' (the longest a timer can wait)' : '';
    throw new ConfigurationError(`${name} must be a whole number ${range}${why}, got "${raw}"`);
  }
  return value;
}
