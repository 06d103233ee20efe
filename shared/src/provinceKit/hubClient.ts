import { GraphQLError } from 'graphql';
import { fetch } from 'undici';
import { CALLER_HEADER, signCallerAssertion } from '../identity/callerAssertion.ts';
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
  }[];
  readonly approvalRules: readonly ApprovalRule[];
}

const ITEM_QUERY = `query ItemStandard($code: ID!) {
  item(code: $code) {
    code name audiences evidenceKinds crossRegion instantApproval
    promisedTimeLimit { amount unit }
    materials { code name necessity replacedBy commitmentAllowed }
    approvalRules { code description evidenceKind quantifier conditions { field operator value } }
  }
}`;

const CACHE_MS = 60_000;

interface ItemResponse {
  data?: { item: (Omit<ItemStandard, 'approvalRules'> & { approvalRules: (Omit<ApprovalRule, 'conditions'> & { conditions: { field: string; operator: string; value: string }[] })[] }) | null };
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class HubClient {
  private readonly cache = new Map<string, { item: ItemStandard | undefined; until: number }>();

  constructor(
    private readonly hubUrl: string,
    private readonly keys: MemberKeys,
  ) {}

  /** The standard item, or undefined when the hub does not know the code. */
  async item(code: string): Promise<ItemStandard | undefined> {
    const cached = this.cache.get(code);
    if (cached && cached.until > Date.now()) return cached.item;
    const assertion = await signCallerAssertion({ kind: 'SERVICE', member: this.keys.identity.member }, 'catalog', this.keys.signingKey);
    let body: ItemResponse;
    try {
      const response = await fetch(this.hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertion },
        body: JSON.stringify({ query: ITEM_QUERY, variables: { code } }),
        signal: AbortSignal.timeout(5_000),
      });
      body = (await response.json()) as ItemResponse;
    } catch (error) {
      throw new GraphQLError(`事项标准库（catalog）暂时无法访问：${(error as Error).message}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog' },
      });
    }
    const notFound = body.errors?.some((error) => error.extensions?.code === 'NOT_FOUND');
    if (body.errors?.length && !notFound) {
      throw new GraphQLError(`事项标准库返回错误：${body.errors.map((error) => error.message).join('; ')}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog' },
      });
    }
    const raw = body.data?.item ?? undefined;
    const item: ItemStandard | undefined = raw && {
      ...raw,
      approvalRules: raw.approvalRules.map((rule) => ({
        ...rule,
        conditions: rule.conditions.map((condition) => ({ ...condition, value: JSON.parse(condition.value) as ConditionValue })),
      })) as ApprovalRule[],
    };
    this.cache.set(code, { item, until: Date.now() + CACHE_MS });
    return item;
  }
}
