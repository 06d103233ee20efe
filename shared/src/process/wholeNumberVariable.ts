/**
 * A whole-number setting from the environment: the fallback when the variable is unset or
 * empty, else its value — or a RangeError naming the variable, so that a typo stops the process
 * at start instead of becoming NaN (a timer that fires every millisecond) or switching a limit off.
 * A `max` is for settings another part of the system depends on staying short (a lifetime that
 * must end before the keys it relies on are gone).
 */
export function wholeNumberVariable(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${name} must be a whole number ${range}, got "${raw}"`);
  }
  return value;
}
