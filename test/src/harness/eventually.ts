/**
 * Polls `probe` until `accept` holds or the time is up, and returns the last value either way —
 * the assertion that follows says what was expected. For what arrives asynchronously (log lines,
 * exported spans, a reloaded schema), instead of a fixed sleep that is too short on a loaded
 * machine and too long everywhere else.
 */
export async function eventually<T>(probe: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
