/**
 * A probe whose answer is shared: a call while a round is running, or within `reuseMs` of its
 * start, gets that round's answer. /ready is public and needs no token; without this, every call
 * would send a request to every subgraph, and a flood of /ready would reach the provinces
 * multiplied by their number.
 */
export function sharedProbe<T>(probe: () => Promise<T>, reuseMs: number, now: () => number = () => performance.now()): () => Promise<T> {
  let last: { readonly startedAt: number; readonly answer: Promise<T> } | undefined;
  return () => {
    if (last && now() - last.startedAt < reuseMs) return last.answer;
    last = { startedAt: now(), answer: probe() };
    return last.answer;
  };
}
