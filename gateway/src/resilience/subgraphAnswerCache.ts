import type { Caller } from '@yrd/shared/identity/caller';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';

/** How a subgraph allowed one answer to be kept: for how long, and for whom. */
export interface AnswerPolicy {
  readonly maxAgeSeconds: number;
  /** PRIVATE: for the caller it was given to only; PUBLIC: for anyone who asks the same. */
  readonly scope: 'PRIVATE' | 'PUBLIC';
}

/**
 * A subgraph's Cache-Control header as the policy its answer may be kept under, or undefined:
 * not to be kept. Only `max-age` with a positive whole number of seconds keeps an answer, and
 * `no-store` or `no-cache` anywhere in the header overrides it; `private` keeps it for its caller.
 * (What Apollo Server sends for hints, `max-age=300, private`, and what HTTP caches read.)
 */
export function answerPolicyOf(header: string | readonly string[] | undefined): AnswerPolicy | undefined {
  if (header === undefined) return undefined;
  const directives = (typeof header === 'string' ? header : header.join(',')).split(',').map((directive) => directive.trim().toLowerCase());
  if (directives.includes('no-store') || directives.includes('no-cache')) return undefined;
  const maxAge = directives.map((directive) => /^max-age=(\d{1,9})$/.exec(directive)?.[1]).find((seconds) => seconds !== undefined);
  const maxAgeSeconds = maxAge === undefined ? 0 : Number(maxAge);
  if (maxAgeSeconds <= 0) return undefined;
  return { maxAgeSeconds, scope: directives.includes('private') ? 'PRIVATE' : 'PUBLIC' };
}

/** The longest the gateway keeps an answer, whatever its subgraph allows: a subgraph's mistake stays a short one. */
export const MAX_KEPT_SECONDS = 600;
/** Query texts whose answers were allowed to be kept, remembered at most: the planner writes a bounded set of them. */
const MAX_KEPT_QUERIES = 2_000;

interface KeptAnswer {
  readonly text: string;
  readonly expiresAt: number;
  readonly bytes: number;
}

interface QueryScopes {
  private: boolean;
  public: boolean;
}

/**
 * Subgraph answers the gateway may give again without asking: those a subgraph sent with a
 * Cache-Control that allows it (answerPolicyOf) — today the hub's routing of a subject
 * (ROUTING_MAX_AGE_SECONDS), so that a query for one subject's records asks the hub once per
 * caller in five minutes and the province every time. Only the fetches of a client's query are
 * kept and answered (SubgraphDataSource decides), and only answers without errors.
 *
 * A PRIVATE answer is kept for its caller alone — the caller the gateway vouches for to the
 * subgraph, which is all the subgraph knows of her: another caller asking the same is asked for
 * afresh (the hub refuses some callers what it tells others). A PUBLIC one is given to anyone.
 *
 * Bounded by the bytes it holds (the least recently used go first) and by MAX_KEPT_SECONDS.
 * Answers are kept as the subgraph's JSON text and parsed for every use: Apollo Gateway merges
 * later fetches into the objects it is given, so no two requests may share one. Only query texts
 * that have had an answer kept are looked up, so a subgraph that never allows keeping (a
 * province) costs one Map lookup a fetch.
 */
export class SubgraphAnswerCache {
  private readonly answers = new Map<string, KeptAnswer>();
  private readonly scopesByQuery = new Map<string, QueryScopes>();
  private heldBytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The answer kept for this fetch and caller, as a fresh object; undefined when none is. */
  recall(subgraph: string, caller: Caller, query: string, variables: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
    const scopes = this.scopesByQuery.get(queryKey(subgraph, query));
    if (!scopes) return undefined;
    const asked = answerKey(subgraph, query, variables);
    return (scopes.private ? this.take(`${callerKey(caller)}\n${asked}`) : undefined) ?? (scopes.public ? this.take(asked) : undefined);
  }

  /** Keeps a subgraph's answer (its JSON text) as its policy allows. */
  keep(subgraph: string, caller: Caller, query: string, variables: Readonly<Record<string, unknown>> | undefined, text: string, policy: AnswerPolicy): void {
    if (this.maxBytes === 0) return;
    const asked = answerKey(subgraph, query, variables);
    const key = policy.scope === 'PRIVATE' ? `${callerKey(caller)}\n${asked}` : asked;
    // UTF-16 in memory: two bytes a character, key and text.
    const bytes = 2 * (key.length + text.length);
    if (bytes > this.maxBytes / 16) return;
    this.forget(key);
    this.answers.set(key, { text, bytes, expiresAt: this.now() + 1000 * Math.min(policy.maxAgeSeconds, MAX_KEPT_SECONDS) });
    this.heldBytes += bytes;
    this.noteScope(queryKey(subgraph, query), policy.scope);
    for (const [oldest] of this.answers) {
      if (this.heldBytes <= this.maxBytes) break;
      this.forget(oldest);
    }
  }

  /** Bytes of answers and keys held now. */
  get bytes(): number {
    return this.heldBytes;
  }

  get size(): number {
    return this.answers.size;
  }

  private take(key: string): Record<string, unknown> | undefined {
    const kept = this.answers.get(key);
    if (!kept) return undefined;
    if (kept.expiresAt <= this.now()) {
      this.forget(key);
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.answers.delete(key);
    this.answers.set(key, kept);
    return JSON.parse(kept.text) as Record<string, unknown>;
  }

  private forget(key: string): void {
    const kept = this.answers.get(key);
    if (!kept) return;
    this.answers.delete(key);
    this.heldBytes -= kept.bytes;
  }

  private noteScope(query: string, scope: AnswerPolicy['scope']): void {
    let scopes = this.scopesByQuery.get(query);
    if (!scopes) {
      scopes = { private: false, public: false };
      this.scopesByQuery.set(query, scopes);
      if (this.scopesByQuery.size > MAX_KEPT_QUERIES) {
        const oldest = this.scopesByQuery.keys().next().value;
        if (oldest !== undefined) this.scopesByQuery.delete(oldest);
      }
    }
    if (scope === 'PRIVATE') scopes.private = true;
    else scopes.public = true;
  }
}

const queryKey = (subgraph: string, query: string) => `${subgraph}\n${query}`;
const answerKey = (subgraph: string, query: string, variables: Readonly<Record<string, unknown>> | undefined) => `${subgraph}\n${query}\n${JSON.stringify(variables ?? {})}`;
/** The caller as the subgraph sees her (the assertion the gateway signs is made of these fields). */
const callerKey = (caller: Caller) => JSON.stringify(caller);

/** YRD_SUBGRAPH_ANSWER_CACHE_MB: memory for kept subgraph answers, per gateway process (default 32; 0 keeps none). */
export function answerCacheBytesFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumberVariable(env, 'YRD_SUBGRAPH_ANSWER_CACHE_MB', 32, 0, 4096) * 1024 * 1024;
}
