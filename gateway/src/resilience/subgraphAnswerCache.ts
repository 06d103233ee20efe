import { ExpiringCache } from '@yrd/shared/cache/expiringCache';
import type { Caller } from '@yrd/shared/identity/caller';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';

/** How long a subgraph allowed one answer to be kept. */
export interface AnswerPolicy {
  readonly maxAgeSeconds: number;
}

/** Apollo Server's Cache-Control for an answer every field of which its hints allow to be kept. */
const APOLLO_SERVER_FORM = /^max-age=(\d{1,9}), (?:private|public)$/i;

/**
 * A subgraph's Cache-Control header as the policy its answer may be kept under, or undefined:
 * not to be kept. Only the form Apollo Server writes from a subgraph's @cacheControl hints is
 * read — `max-age=N, private` or `max-age=N, public`, once, with N > 0 — so a header a proxy or
 * an ingress in front of a subgraph adds in any other form (`max-age=60`, `private="set-cookie"`,
 * with `no-cache`, twice) keeps nothing. The scope is not told apart: every answer is kept for
 * its caller alone (SubgraphAnswerCache), so a hint mistakenly left PUBLIC costs a fetch per
 * caller, never an answer given to the wrong one.
 */
export function answerPolicyOf(header: string | readonly string[] | undefined): AnswerPolicy | undefined {
  if (typeof header !== 'string') return undefined;
  const seconds = Number(APOLLO_SERVER_FORM.exec(header.trim())?.[1] ?? 0);
  return seconds > 0 ? { maxAgeSeconds: seconds } : undefined;
}

/** The longest the gateway keeps an answer, whatever its subgraph allows: a subgraph's mistake stays a short one. */
export const MAX_KEPT_SECONDS = 600;

/**
 * Subgraph answers the gateway may give again without asking: those a subgraph sent with a
 * Cache-Control that allows it (answerPolicyOf) — today the hub's routing of a subject
 * (ROUTING_MAX_AGE_SECONDS), so that a caller sending the same query about one subject again
 * within five minutes has it fetched from the provinces only. Only the fetches of a client's
 * query are kept and answered (SubgraphDataSource decides), and only answers without errors.
 *
 * Every answer is kept for its caller alone — the caller the gateway vouches for to the
 * subgraph, which is all the subgraph knows of her: another caller asking the same is asked for
 * afresh (the hub refuses some callers what it tells others), whatever scope the subgraph gave.
 *
 * Bounded by the bytes it holds (ExpiringCache's weight: the least recently used go first) and
 * by MAX_KEPT_SECONDS. Answers are kept as the subgraph's JSON text and parsed for every use: Apollo Gateway merges
 * later fetches into the objects it is given, so no two requests may share one. A subgraph that
 * has never allowed an answer to be kept (a province) is not looked up at all: no key is made
 * for its fetches (an entity fetch's variables can be large).
 */
export class SubgraphAnswerCache {
  /** Each answer's JSON text, by caller and fetch, weighed in UTF-16 bytes (two a character, key and text). */
  private readonly answers: ExpiringCache<string>;
  /** The subgraphs that have sent an answer that may be kept: only their fetches are looked up. */
  private readonly keptFrom = new Set<string>();

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.answers = new ExpiringCache<string>(Number.MAX_SAFE_INTEGER, now, { maxWeight: maxBytes, weigh: answerBytes });
  }

  /** The answer kept for this fetch and caller, as a fresh object; undefined when none is. */
  recall(subgraph: string, caller: Caller, query: string, variables: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
    if (!this.keptFrom.has(subgraph)) return undefined;
    const text = this.answers.get(answerKey(subgraph, caller, query, variables));
    return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  }

  /** Keeps a subgraph's answer (its JSON text) for its caller, as its policy allows. */
  keep(subgraph: string, caller: Caller, query: string, variables: Readonly<Record<string, unknown>> | undefined, text: string, policy: AnswerPolicy): void {
    if (this.maxBytes === 0) return;
    const key = answerKey(subgraph, caller, query, variables);
    if (answerBytes(key, text) > this.maxBytes / 16) {
      // What was kept under the key goes, though the new answer cannot take its place.
      this.answers.delete(key);
      return;
    }
    this.answers.set(key, text, this.now() + 1000 * Math.min(policy.maxAgeSeconds, MAX_KEPT_SECONDS));
    this.keptFrom.add(subgraph);
  }

  /** Bytes of answers and keys held now. */
  get bytes(): number {
    return this.answers.weight;
  }

  get size(): number {
    return this.answers.size;
  }
}

const answerBytes = (key: string, text: string) => 2 * (key.length + text.length);

/** The caller as the subgraph sees her (the assertion the gateway signs is made of these fields), then the fetch. */
const answerKey = (subgraph: string, caller: Caller, query: string, variables: Readonly<Record<string, unknown>> | undefined) =>
  `${JSON.stringify(caller)}\n${subgraph}\n${query}\n${JSON.stringify(variables ?? {})}`;

/** YRD_SUBGRAPH_ANSWER_CACHE_MB: memory for kept subgraph answers, per gateway process (default 32; 0 keeps none). */
export function answerCacheBytesFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumberVariable(env, 'YRD_SUBGRAPH_ANSWER_CACHE_MB', 32, 0, 4096) * 1024 * 1024;
}
