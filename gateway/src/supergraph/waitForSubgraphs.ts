import { fetch as undiciFetch, type Agent } from 'undici';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import type { SubgraphEndpoint } from '@yrd/shared/process/serviceEnvironment';

/** The gateway's own signed assertion for a subgraph (subgraphs answer nobody else). */
export type OwnAssertion = (subgraph: string) => Promise<string>;

/** Result of asking one subgraph whether it answers GraphQL. */
export interface SubgraphProbe {
  readonly name: string;
  readonly url: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly latencyMs: number;
}

/** Sends `{ __typename }` to a subgraph and reports whether it answered, within `timeoutMs`. */
export async function probeSubgraph(endpoint: SubgraphEndpoint, agent: Agent, timeoutMs: number, assertion: OwnAssertion): Promise<SubgraphProbe> {
  const started = performance.now();
  try {
    const response = await undiciFetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: await assertion(endpoint.name) },
      body: JSON.stringify({ query: '{ __typename }' }),
      dispatcher: agent,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: { __typename?: string } };
    const ok = response.ok && body.data?.__typename === 'Query';
    return { ...endpoint, ok, latencyMs: performance.now() - started, ...(ok ? {} : { error: `HTTP ${response.status}` }) };
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined;
    return { ...endpoint, ok: false, error: cause?.message ?? (error as Error).message, latencyMs: performance.now() - started };
  }
}

/** How often, while it waits, the gateway says which subgraphs it is still waiting for. */
const SAY_WAITING_EVERY_MS = 10_000;

/**
 * Waits until every subgraph answers, retrying with backoff; fails naming the subgraphs that
 * never came up. Used before the first composition in development. `waiting` hears which do not
 * answer yet — at the first attempt that finds one down, and every ten seconds after — so that
 * a gateway started before its subgraphs does not wait in silence.
 */
export async function waitForSubgraphs(
  endpoints: readonly SubgraphEndpoint[],
  agent: Agent,
  assertion: OwnAssertion,
  { attempts = 40, initialDelayMs = 100, maxDelayMs = 2_000, waiting = (_down: readonly SubgraphProbe[]): void => undefined } = {},
): Promise<void> {
  let saidAt = Number.NEGATIVE_INFINITY;
  let pending = [...endpoints];
  let delay = initialDelayMs;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const probes = await Promise.all(pending.map((endpoint) => probeSubgraph(endpoint, agent, 2_000, assertion)));
    const down = probes.filter((probe) => !probe.ok);
    if (down.length === 0) return;
    pending = pending.filter((endpoint) => down.some((probe) => probe.name === endpoint.name));
    if (attempt === attempts) {
      const list = down.map((probe) => `${probe.name} at ${probe.url} (${probe.error})`).join('; ');
      throw new Error(`subgraphs not reachable after ${attempts} attempts: ${list}`);
    }
    if (performance.now() - saidAt >= SAY_WAITING_EVERY_MS) {
      waiting(down);
      saidAt = performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, maxDelayMs);
  }
}
