/**
 * A whole-number setting from the environment: the fallback when the variable is unset or
 * empty, else its value — or a RangeError naming the variable, so that a typo stops the process
 * at start instead of becoming NaN (a timer that fires every millisecond) or switching a limit off.
 */
export function wholeNumberVariable(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return value;
}
