/**
 * An error and those it was raised from, outermost first: graphql-js and Apollo Server wrap what a
 * resolver threw in `originalError`, and an error may name its `cause`. Bounded, so that a cycle
 * of causes cannot hold a request.
 */
export function wrappedErrors(error: unknown, limit = 8): Error[] {
  const chain: Error[] = [];
  for (let current = error; current instanceof Error && chain.length < limit && !chain.includes(current); ) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return chain;
}
