import type { GraphQLErrorShape } from './graphql/resultTypes.ts';

/** A fresh idempotency key for a mutation that must happen once. */
export function idempotencyKey(): string {
  return `console-${crypto.randomUUID()}`;
}

/**
 * Whether an answer may have been lost on the way, the mutation applied all the same: the
 * gateway could not be reached or gave no readable answer, or the province the mutation went to
 * did not answer the gateway (a timeout, a dropped connection). Another province failing on a
 * part of the answer does not count: the mutation itself was answered.
 */
function maybeApplied(errors: readonly GraphQLErrorShape[], subgraphName: string): boolean {
  return errors.some((error) => {
    const code = String(error.extensions?.code);
    return code === 'NETWORK' || code === 'BAD_RESPONSE' || (code === 'SUBGRAPH_UNAVAILABLE' && error.extensions?.serviceName === subgraphName);
  });
}

/**
 * Idempotency keys for a window's mutations that must happen once (open a case or a bundle,
 * submit it): one key per intent — what is done, for whom — kept while its answer may have been
 * lost, so that pressing again sends the same request and gets what the first one did (never a
 * second case); a new key once an attempt has been answered, for the next time.
 */
export class RetryKeys {
  private readonly keys = new Map<string, string>();

  keyFor(intent: string): string {
    let key = this.keys.get(intent);
    if (!key) this.keys.set(intent, (key = idempotencyKey()));
    return key;
  }

  /** After an attempt on `subgraphName` (the province the mutation went to): the key is kept only if its answer may have been lost. */
  settle(intent: string, errors: readonly GraphQLErrorShape[], subgraphName: string): void {
    if (!maybeApplied(errors, subgraphName)) this.keys.delete(intent);
  }

  /** One attempt at an intent on `subgraphName`: `send` with the intent's key, then settled by its answer. */
  async attempt<T extends { readonly errors: readonly GraphQLErrorShape[] }>(intent: string, subgraphName: string, send: (idempotencyKey: string) => Promise<T>): Promise<T> {
    const answer = await send(this.keyFor(intent));
    this.settle(intent, answer.errors, subgraphName);
    return answer;
  }
}
