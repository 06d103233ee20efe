/**
 * A read-then-draw step whose calls may overlap (every step of a case reads it again): an answer
 * overtaken by a later call is not drawn — it would show an older state over a newer one — and
 * its caller waits for the later call instead, so once a call settles what is drawn is at least
 * as new as that call.
 */
export function latestOnly<T>(read: () => Promise<T>, draw: (value: T) => void): () => Promise<void> {
  let latest = 0;
  let newest: Promise<void> = Promise.resolve();
  return () => {
    const call = ++latest;
    const done = read().then((value) => (call === latest ? draw(value) : newest));
    newest = done;
    return done;
  };
}
