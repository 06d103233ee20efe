import { GraphQLError } from 'graphql';
import { fetch } from 'undici';
import { ExpiringCache } from '../cache/expiringCache.ts';
import { ERROR_CODES } from '../graphql/errorCodes.ts';
import { CALLER_HEADER, signCallerAssertion } from '../identity/callerAssertion.ts';
import type { Logger } from '../observability/logger.ts';
import type { ApprovalRule, ConditionValue } from '../standard/approvalRule.ts';
import type { Audience, MaterialNecessity, TimeLimitUnit } from '../standard/codeTables.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { MemberKeys } from '../trust/memberKeys.ts';

/**
 * A province's view of the item standard, read from the hub (the authority on items) in the
 * province's own name, and kept for a minute: purpose limitation is checked against it.
 */
export interface ItemStandard {
  readonly code: string;
  readonly name: string;
  readonly audiences: readonly Audience[];
  readonly evidenceKinds: readonly EvidenceKind[];
  readonly crossRegion: boolean;
  readonly instantApproval: boolean;
  readonly promisedTimeLimit: { readonly amount: number; readonly unit: TimeLimitUnit };
  readonly materials: readonly {
    readonly code: string;
    readonly name: string;
    readonly necessity: MaterialNecessity;
    readonly replacedBy: EvidenceKind | null;
    readonly commitmentAllowed: boolean;
    readonly documentType: string | null;
    /** 容缺: the standard's own period to supply it in, if it states one. */
    readonly supplyWithin: { readonly amount: number; readonly unit: TimeLimitUnit } | null;
  }[];
  readonly approvalRules: readonly ApprovalRule[];
  readonly licence: { readonly typeCode: string; readonly name: string; readonly validityDays: number | null };
}

/** A one-thing bundle (一件事) as the hub defines it. */
export interface BundleStandard {
  readonly code: string;
  readonly name: string;
  readonly itemCodes: readonly string[];
  /** Every evidence kind any of its items needs. */
  readonly evidenceKinds: readonly EvidenceKind[];
}

const ITEM_QUERY = `query ItemStandard($code: ID!) {
  item(code: $code) {
    code name audiences evidenceKinds crossRegion instantApproval
    promisedTimeLimit { amount unit }
    materials { code name necessity replacedBy commitmentAllowed documentType supplyWithin { amount unit } }
    approvalRules { code description evidenceKind quantifier conditions { field operator value } }
    licence { typeCode name validityDays }
  }
}`;

const BUNDLE_QUERY = `query BundleStandard($code: ID!) {
  bundle(code: $code) { code name evidenceKinds items { code } }
}`;

const CACHE_MS = 60_000;
/** Items, bundles and the like asked about: a few hundred in practice; unknown codes count too. */
const MAX_CACHED_ANSWERS = 2_000;

type RawItem = Omit<ItemStandard, 'approvalRules'> & {
  approvalRules: (Omit<ApprovalRule, 'conditions'> & { conditions: { field: string; operator: string; value: string }[] })[];
};

interface ItemResponse {
  data?: { item: RawItem | null };
}

export class HubClient {
  /** Answers by query, for CACHE_MS; a "not found" is kept too (as `{ value: undefined }`). */
  private readonly cache = new ExpiringCache<{ value: unknown }>(MAX_CACHED_ANSWERS);

  constructor(
    private readonly hubUrl: string,
    private readonly keys: MemberKeys,
    /** Where the detail of a failed call goes (the client sees only its kind). */
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {}

  /** Asks the hub in this province's own name; undefined data when the hub says NOT_FOUND. */
  private async ask<T>(cacheKey: string, query: string, variables: Record<string, unknown>, read: (data: Record<string, unknown>) => T | undefined): Promise<T | undefined> {
    const cached = this.cache.get(cacheKey);
    if (cached) return cached.value as T | undefined;
    const assertion = await signCallerAssertion({ kind: 'SERVICE', member: this.keys.identity.member }, 'catalog', this.keys.signingKey);
    let body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    let status: number | undefined;
    try {
      const response = await fetch(this.hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertion },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
      body = (await response.json()) as typeof body;
    } catch (error) {
      // The error's own message may quote the answer (a proxy's HTML page, internal addresses):
      // it goes to the log only; the client is told what kind of failure it was.
      const failure = failureOf(error, status);
      this.logger?.warn({ err: error, hubUrl: this.hubUrl, failure }, 'hub call failed');
      throw new GraphQLError(`事项标准库（catalog）暂时无法访问（${failure}），请稍后重试`, {
        extensions: { code: ERROR_CODES.SUBGRAPH_UNAVAILABLE, serviceName: 'catalog', failure },
      });
    }
    const notFound = body.errors?.some((error) => error.extensions?.code === 'NOT_FOUND');
    if (body.errors?.length && !notFound) {
      throw new GraphQLError(`事项标准库返回错误：${body.errors.map((error) => error.message).join('; ')}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog' },
      });
    }
    const value = body.data ? read(body.data) : undefined;
    this.cache.set(cacheKey, { value }, Date.now() + CACHE_MS);
    return value;
  }

  /** A one-thing bundle, or undefined when the hub does not know the code. */
  bundle(code: string): Promise<BundleStandard | undefined> {
    return this.ask(`bundle:${code}`, BUNDLE_QUERY, { code }, (data) => {
      const raw = data.bundle as { code: string; name: string; evidenceKinds: EvidenceKind[]; items: { code: string }[] } | null;
      return raw ? { code: raw.code, name: raw.name, evidenceKinds: raw.evidenceKinds, itemCodes: raw.items.map((item) => item.code) } : undefined;
    });
  }

  /** The standard item, or undefined when the hub does not know the code. */
  item(code: string): Promise<ItemStandard | undefined> {
    return this.ask(`item:${code}`, ITEM_QUERY, { code }, (data) => toItemStandard((data as ItemResponse['data'] & object).item ?? undefined));
  }
}

/**
 * A fixed description of why a hub call failed, safe to show a client: the HTTP status when the
 * hub answered (with something that is not its JSON), else the transport's error code.
 */
function failureOf(error: unknown, status: number | undefined): string {
  if (status !== undefined) return `HTTP ${status}`;
  if (error instanceof Error && error.name === 'TimeoutError') return 'TIMEOUT';
  const code = error instanceof Error ? ((error.cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code) : undefined;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : 'NETWORK_ERROR';
}

function toItemStandard(raw: RawItem | undefined): ItemStandard | undefined {
  return (
    raw && {
      ...raw,
      approvalRules: raw.approvalRules.map((rule) => ({
        ...rule,
        conditions: rule.conditions.map((condition) => ({ ...condition, value: JSON.parse(condition.value) as ConditionValue })),
      })) as ApprovalRule[],
    }
  );
}
