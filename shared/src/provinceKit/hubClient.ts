import { GraphQLError } from 'graphql';
import { fetch } from 'undici';
import { ExpiringCache } from '../cache/expiringCache.ts';
import { ERROR_CODES } from '../graphql/errorCodes.ts';
import { CALLER_HEADER, signCallerAssertion } from '../identity/callerAssertion.ts';
import type { Logger } from '../observability/logger.ts';
import type { ApprovalRule, ConditionValue } from '../standard/approvalRule.ts';
import type { Audience, ItemStatus, MaterialNecessity, TimeLimitUnit } from '../standard/codeTables.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { LocalDate } from '../time/localDate.ts';
import type { MemberKeys } from '../trust/memberKeys.ts';
import { signMessage } from '../trust/signedMessage.ts';
import type { HubAnswerStore, StoredHubAnswer } from './hubAnswerStore.ts';
import {
  isRequestEndReason,
  REQUEST_END_MESSAGE_SECONDS,
  REQUEST_ENDS_PATH,
  REQUEST_ENDS_TYPE,
  REQUEST_STATUS_PATH,
  REQUEST_STATUS_TYPE,
  REQUEST_STATUSES,
  type EndedRequest,
  type RequestEnd,
  type RequestEndsAnswer,
  type RequestEndsBody,
  type RequestStatus,
  type RequestStatusAnswer,
  type RequestStatusBody,
} from '../evidence/requestEnd.ts';

/**
 * A province's view of the item standard, read from the hub (the authority on items) in the
 * province's own name, and kept for a minute: purpose limitation is checked against it.
 */
export interface ItemStandard {
  readonly code: string;
  readonly name: string;
  readonly audiences: readonly Audience[];
  readonly evidenceKinds: readonly EvidenceKind[];
  /**
   * The items whose electronic licences a case for it needs (the `licenceOf` of its materials
   * replaced by E_LICENCE): the only licences a holding province releases for it. Absent: none.
   */
  readonly evidenceLicences?: readonly string[];
  readonly crossRegion: boolean;
  /**
   * 属地管辖: handled where its place (a property) is, for any applicant — never refused to one
   * from another province. Absent (an older hub): not territorial.
   */
  readonly territorial?: boolean;
  readonly instantApproval: boolean;
  readonly promisedTimeLimit: { readonly amount: number; readonly unit: TimeLimitUnit };
  readonly materials: readonly {
    readonly code: string;
    readonly name: string;
    readonly necessity: MaterialNecessity;
    readonly replacedBy: EvidenceKind | null;
    /** For a material replaced by E_LICENCE: the item whose licence stands for it (only a valid one of that item does). */
    readonly licenceOf?: string | null;
    readonly commitmentAllowed: boolean;
    readonly documentType: string | null;
    /** 容缺: the standard's own period to supply it in, if it states one. */
    readonly supplyWithin: { readonly amount: number; readonly unit: TimeLimitUnit } | null;
  }[];
  readonly approvalRules: readonly ApprovalRule[];
  readonly licence: { readonly typeCode: string; readonly name: string; readonly validityDays: number | null };
  /** Whether the item takes applications on a day (policyClosedOn): a policy is refused once closed. */
  readonly status: ItemStatus;
  readonly effectiveFrom: LocalDate;
  readonly cancelOn: LocalDate | null;
  /** Set for a policy (政策兑现), with its last day to apply (none: open-ended). */
  readonly policy: { readonly applyBy: LocalDate | null } | null;
}

/** A one-thing bundle (一件事) as the hub defines it. */
export interface BundleStandard {
  readonly code: string;
  readonly name: string;
  readonly itemCodes: readonly string[];
  /** Every evidence kind any of its items needs. */
  readonly evidenceKinds: readonly EvidenceKind[];
  /** Every item whose licences any of its items needs (see ItemStandard.evidenceLicences). Absent: none. */
  readonly evidenceLicences?: readonly string[];
}

const ITEM_QUERY = `query ItemStandard($code: ID!) {
  item(code: $code) {
    code name audiences evidenceKinds evidenceLicences crossRegion territorial instantApproval
    promisedTimeLimit { amount unit }
    materials { code name necessity replacedBy licenceOf commitmentAllowed documentType supplyWithin { amount unit } }
    approvalRules { code description evidenceKind quantifier conditions { field operator value orNull } }
    licence { typeCode name validityDays }
    status effectiveFrom cancelOn policy { applyBy }
  }
}`;

/** Pages of the standard read at most by allItems: it holds a few hundred items, so a handful; a hub paging on past this is not answering. */
const MAX_ITEM_PAGES = 50;

const BUNDLE_QUERY = `query BundleStandard($code: ID!) {
  bundle(code: $code) { code name evidenceKinds evidenceLicences items { code } }
}`;

/** How long an answer of the hub is used as it is before the hub is asked again. */
const FRESH_MS = 60_000;
/**
 * How long an answer is kept after that, to stand in while the hub cannot be asked
 * (stale-if-error): the standard changes by publication, a few times a year, and a province that
 * could not take a queue number or open a case because the hub is down for a minute would fail
 * its windows for nothing. A day bounds how old a standard a province may work from unawares.
 */
const STALE_IF_UNREACHABLE_MS = 24 * 60 * 60_000;
/**
 * After a call found the hub unreachable, how long kept answers stand in without it being asked:
 * a hub that hangs rather than refuses would otherwise hold each call for the whole timeout (5 s)
 * before its kept answer is used. A question without a kept answer is still asked.
 */
const UNREACHABLE_PAUSE_MS = 10_000;
/** Failures that say the hub cannot be reached or cannot answer at all (not one question's error). */
const UNREACHABLE_REASONS: ReadonlySet<unknown> = new Set(['TIMEOUT', 'CONNECTION_FAILED', 'HTTP_ERROR', 'BAD_RESPONSE']);
/** Items, bundles and the like asked about: a few hundred in practice; unknown codes count too. */
const MAX_CACHED_ANSWERS = 2_000;

/** A hub answer as kept: what it said ("not found" as undefined) and when. */
type KeptAnswer = StoredHubAnswer;

/** How long after it was received an answer is of any use: fresh, then standing in. */
export const HUB_ANSWER_KEEP_MS = FRESH_MS + STALE_IF_UNREACHABLE_MS;

type RawItem = Omit<ItemStandard, 'approvalRules'> & {
  approvalRules: (Omit<ApprovalRule, 'conditions'> & { conditions: { field: string; operator: string; value: string; orNull?: boolean | null }[] })[];
};

interface ItemResponse {
  data?: { item: RawItem | null };
}

/** The hub could not say whether a request has ended, or did not take an end: the detail is logged. */
export class HubCallFailed extends Error {
  constructor(
    readonly reason: HubFailure | 'REFUSED',
    detail: string,
  ) {
    super(`hub call failed (${reason}): ${detail}`);
    this.name = 'HubCallFailed';
  }
}

export class HubClient {
  /**
   * Answers by query, used for FRESH_MS; an answer is kept STALE_IF_UNREACHABLE_MS longer for
   * when the hub cannot be asked (and in the store, when there is one), a "not found"
   * (`value: undefined`) for FRESH_MS only, in memory — a stream of unknown codes must not push
   * out the answers that would stand in.
   */
  private readonly answers: ExpiringCache<KeptAnswer>;
  /** The call under way for a question, shared by everyone asking it meanwhile. */
  private readonly asking = new Map<string, Promise<unknown>>();
  /** Requests the hub said have ended, until they expire: an end is final. ("Still live" is never kept.) */
  private readonly ended = new ExpiringCache<EndedRequest>(MAX_CACHED_ANSWERS);
  /** Until when kept answers stand in without asking, after a call found the hub unreachable (UNREACHABLE_PAUSE_MS). */
  private unreachableUntil = 0;
  /** When the hub last answered: a call started before that which fails then says nothing of the hub now. */
  private lastAnsweredAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly hubUrl: string,
    private readonly keys: MemberKeys,
    /** Where the detail of a failed call goes (the client sees only its kind). */
    private readonly logger?: Pick<Logger, 'warn'>,
    private readonly now: () => number = Date.now,
    /** Where answers are kept beyond this process (the province's database): they stand in after a restart too. */
    private readonly store?: HubAnswerStore,
  ) {
    this.answers = new ExpiringCache<KeptAnswer>(MAX_CACHED_ANSWERS, now);
  }

  /** The answer the store kept for `cacheKey` within its day, taken back into memory; none without a store. */
  private storedAnswer(cacheKey: string): KeptAnswer | undefined {
    const stored = this.store?.load(cacheKey, this.now() - HUB_ANSWER_KEEP_MS);
    if (stored) this.answers.set(cacheKey, stored, stored.receivedAt + HUB_ANSWER_KEEP_MS);
    return stored;
  }

  /**
   * Asks the hub in this province's own name; undefined data when the hub says NOT_FOUND. An
   * answer younger than FRESH_MS is used again, and one call at a time asks each question. When
   * the hub cannot answer (unreachable, an error status, a broken or failed answer), the last
   * answer to the same question stands in if it is younger than a day — the failed call logged,
   * so that an operator sees the hub is down before anyone else does — and for
   * UNREACHABLE_PAUSE_MS after a call found the hub unreachable, kept answers stand in without
   * asking. Without a kept answer, the failure is the caller's.
   */
  private async ask<T>(cacheKey: string, query: string, variables: Record<string, unknown>, read: (data: Record<string, unknown>) => T | undefined): Promise<T | undefined> {
    const kept = this.answers.get(cacheKey) ?? this.storedAnswer(cacheKey);
    const now = this.now();
    if (kept && (now - kept.receivedAt < FRESH_MS || now < this.unreachableUntil)) return kept.value as T | undefined;
    let asking = this.asking.get(cacheKey);
    if (!asking) {
      asking = this.askAndKeep(cacheKey, query, variables, read).finally(() => this.asking.delete(cacheKey));
      this.asking.set(cacheKey, asking);
    }
    try {
      return (await asking) as T | undefined;
    } catch (error) {
      if (!kept) throw error;
      return kept.value as T | undefined;
    }
  }

  /** One question asked of the hub, its answer kept; a failure recorded (the pause, the log) and thrown. */
  private async askAndKeep<T>(cacheKey: string, query: string, variables: Record<string, unknown>, read: (data: Record<string, unknown>) => T | undefined): Promise<T | undefined> {
    const startedAt = this.now();
    let value: T | undefined;
    try {
      value = await this.askNow(query, variables, read);
    } catch (error) {
      const reason = error instanceof GraphQLError ? error.extensions.reason : undefined;
      if (UNREACHABLE_REASONS.has(reason) && startedAt >= this.lastAnsweredAt) this.unreachableUntil = this.now() + UNREACHABLE_PAUSE_MS;
      const kept = this.answers.get(cacheKey);
      if (kept) {
        this.logger?.warn(
          { question: cacheKey, answeredAt: new Date(kept.receivedAt).toISOString(), reason: reason ?? null },
          'hub call failed: answered with the last answer the hub gave',
        );
      }
      throw error;
    }
    const receivedAt = this.now();
    this.lastAnsweredAt = receivedAt;
    this.unreachableUntil = 0;
    this.answers.set(cacheKey, { value, receivedAt }, receivedAt + (value === undefined ? FRESH_MS : HUB_ANSWER_KEEP_MS));
    if (value !== undefined) this.keep(cacheKey, { value, receivedAt });
    return value;
  }

  /** An answer written to the store; a store that cannot take it (a full disk) costs the answer nothing. */
  private keep(cacheKey: string, answer: KeptAnswer): void {
    try {
      this.store?.save(cacheKey, answer);
    } catch (error) {
      this.logger?.warn({ err: error, question: cacheKey }, 'could not keep the hub answer in the database');
    }
  }

  /** One call of the hub's GraphQL endpoint, its data read by `read`; throws a GraphQLError the client may see when it fails. */
  private async askNow<T>(query: string, variables: Record<string, unknown>, read: (data: Record<string, unknown>) => T | undefined): Promise<T | undefined> {
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
      // The error's own message may quote the answer (a proxy's HTML page) or name internal
      // hosts: it goes to the log; the client is told what kind of failure it was.
      const { reason, detail } = failureOf(error, status);
      this.logger?.warn({ err: error, hubUrl: this.hubUrl, reason, detail }, 'hub call failed');
      throw new GraphQLError(`事项标准库（catalog）暂时无法访问：${FAILURE_WORDS[reason]}（${detail}），请稍后重试`, {
        extensions: { code: ERROR_CODES.SUBGRAPH_UNAVAILABLE, serviceName: 'catalog', reason },
        originalError: error instanceof Error ? error : new Error(String(error)),
      });
    }
    const notFound = body.errors?.some((error) => error.extensions?.code === 'NOT_FOUND');
    if (body.errors?.length && !notFound) {
      throw new GraphQLError(`事项标准库返回错误：${body.errors.map((error) => error.message).join('; ')}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog' },
      });
    }
    return body.data ? read(body.data) : undefined;
  }

  /** A one-thing bundle, or undefined when the hub does not know the code. */
  bundle(code: string): Promise<BundleStandard | undefined> {
    return this.ask(`bundle:${code}`, BUNDLE_QUERY, { code }, (data) => {
      const raw = data.bundle as { code: string; name: string; evidenceKinds: EvidenceKind[]; evidenceLicences: string[]; items: { code: string }[] } | null;
      return raw
        ? { code: raw.code, name: raw.name, evidenceKinds: raw.evidenceKinds, evidenceLicences: raw.evidenceLicences, itemCodes: raw.items.map((item) => item.code) }
        : undefined;
    });
  }

  /** The standard item, or undefined when the hub does not know the code. */
  item(code: string): Promise<ItemStandard | undefined> {
    return this.ask(`item:${code}`, ITEM_QUERY, { code }, (data) => toItemStandard((data as ItemResponse['data'] & object).item ?? undefined));
  }

  /**
   * Every standard item, with `selection` of each (`code …`), read through the hub's `items` a
   * hundred a page, in this province's name, each page kept as every read here (`name` tells
   * one reader's pages from another's). Throws when the hub answers without its items or pages
   * on without end: a failed read, never an empty standard.
   */
  async allItems<Node>(name: string, selection: string): Promise<Node[]> {
    type Page = { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const query = `query ${name}($after: String) {
  items(first: 100, after: $after) {
    edges { node { ${selection} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_ITEM_PAGES; page += 1) {
      const items: Page | undefined = await this.ask(`items:${name}:${after ?? ''}`, query, { after }, (data) => data.items as Page);
      if (!items) throw new Error('the hub answered without its items');
      nodes.push(...items.edges.map((edge) => edge.node));
      if (!items.pageInfo.hasNextPage) return nodes;
      if (!items.pageInfo.endCursor) throw new Error('the hub said there are more items but gave no cursor');
      after = items.pageInfo.endCursor;
    }
    throw new Error(`the hub's items did not end within ${MAX_ITEM_PAGES} pages`);
  }

  /**
   * The day each policy (政策兑现) of the standard takes effect, by item code, from one paged read
   * of the standard (the fee catalog asks about every item of a page, which one call per item
   * made up to one hub call each after a start).
   */
  async policyStartDates(): Promise<ReadonlyMap<string, string>> {
    const items = await this.allItems<{ code: string; effectiveFrom: string; policy: object | null }>('PolicyStartDates', 'code effectiveFrom policy { applyBy }');
    return new Map(items.filter((item) => item.policy).map((item) => [item.code, item.effectiveFrom]));
  }

  /**
   * Where an evidence request `issuer` signed stands (requestEnd.ts), asked of the hub before
   * every release: ENDED (kept until the request expires: an end is final), LIVE only while the
   * hub is in step with the issuer, else UNCONFIRMED (neither is kept: asked again every time).
   * Throws HubCallFailed when the hub cannot say, or says something else than asked — the holder
   * then refuses (it cannot confirm the request is current).
   */
  async requestStatus(issuer: string, requestId: string): Promise<RequestStatus> {
    const key = `${issuer}:${requestId}`;
    const known = this.ended.get(key);
    if (known) return { issuer, id: requestId, status: 'ENDED', end: known };
    const answer = (await this.post(REQUEST_STATUS_PATH, REQUEST_STATUS_TYPE, { aud: 'catalog', requests: [{ issuer, id: requestId }] } satisfies RequestStatusBody)) as Partial<RequestStatusAnswer> | null;
    if (!Array.isArray(answer?.requests)) throw new HubCallFailed('BAD_RESPONSE', 'no requests list');
    const status = statusOf(answer.requests as unknown[], issuer, requestId);
    if (status.status === 'ENDED') this.ended.set(key, status.end, Date.parse(status.end.expiresAt));
    return status;
  }

  /**
   * Tells the hub these requests of this province have ended and, with `syncedAsOf`, that it then
   * has every end this province committed before that instant (requestEnd.ts). Resolves with the
   * ids the hub recorded (or found expired); throws HubCallFailed otherwise.
   */
  async endRequests(ends: readonly RequestEnd[], syncedAsOf?: Date): Promise<RequestEndsAnswer> {
    const body: RequestEndsBody = { aud: 'catalog', ends, ...(syncedAsOf ? { syncedAsOf: syncedAsOf.toISOString() } : {}) };
    const answer = (await this.post(REQUEST_ENDS_PATH, REQUEST_ENDS_TYPE, body)) as Partial<RequestEndsAnswer> | null;
    const acknowledged: unknown = answer?.acknowledged;
    if (!Array.isArray(acknowledged) || !acknowledged.every((id) => typeof id === 'string')) throw new HubCallFailed('BAD_RESPONSE', 'no acknowledged list');
    return { acknowledged: acknowledged as string[] };
  }

  /** One call of the hub's evidence-request endpoints (beside /graphql), the body signed in this province's name. */
  private async post(path: string, type: string, body: object): Promise<unknown> {
    const url = this.hubUrl.replace(/\/graphql$/, path);
    const message = await signMessage(type, body, this.keys.signingKey, REQUEST_END_MESSAGE_SECONDS);
    let status: number | undefined;
    let answer: unknown;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
      answer = await response.json();
    } catch (error) {
      const { reason, detail } = failureOf(error, status);
      this.logger?.warn({ err: error, url, reason, detail }, 'hub call failed');
      throw new HubCallFailed(reason, detail);
    }
    if (status !== 200) {
      this.logger?.warn({ url, status, answer }, 'hub refused the call');
      throw new HubCallFailed(status !== undefined && status >= 400 && status < 500 ? 'REFUSED' : 'HTTP_ERROR', `HTTP ${status}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    return answer;
  }
}

/**
 * The hub's word on the one request asked, checked to be about it: anything else (another
 * request's, an unknown status, an end without its reason) is a bad answer, never "live".
 */
function statusOf(answers: readonly unknown[], issuer: string, id: string): RequestStatus {
  const candidate = answers.find((answer) => (answer as RequestStatus | null)?.issuer === issuer && (answer as RequestStatus).id === id) as
    | { status?: unknown; end?: Partial<EndedRequest> }
    | undefined;
  if (!candidate || !(REQUEST_STATUSES as readonly unknown[]).includes(candidate.status)) throw new HubCallFailed('BAD_RESPONSE', 'no status for the request asked');
  if (candidate.status === 'LIVE' || candidate.status === 'UNCONFIRMED') return { issuer, id, status: candidate.status };
  const end = candidate.end;
  if (
    end?.issuer !== issuer ||
    end.id !== id ||
    !isRequestEndReason(end.reason) ||
    typeof end.endedAt !== 'string' ||
    typeof end.expiresAt !== 'string' ||
    Number.isNaN(Date.parse(end.expiresAt))
  ) {
    throw new HubCallFailed('BAD_RESPONSE', 'an end that is not of the request asked');
  }
  return { issuer, id, status: 'ENDED', end: { issuer, id, reason: end.reason, endedAt: end.endedAt, expiresAt: end.expiresAt } };
}

/** Why a hub call failed, as the gateway words a subgraph's failure (resilience/subgraphFailure). */
type HubFailure = 'TIMEOUT' | 'HTTP_ERROR' | 'BAD_RESPONSE' | 'CONNECTION_FAILED';

const FAILURE_WORDS: Readonly<Record<HubFailure, string>> = {
  TIMEOUT: '响应超时',
  HTTP_ERROR: '返回错误',
  BAD_RESPONSE: '返回了无法识别的内容',
  CONNECTION_FAILED: '无法连接',
};

/** A system or undici error code (ECONNREFUSED, UND_ERR_SOCKET): fixed words, never an address. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/**
 * A failed hub call, with a detail safe to show a client: the HTTP status when the hub
 * answered with something that is not its JSON, else the transport's error code.
 */
function failureOf(error: unknown, status: number | undefined): { reason: HubFailure; detail: string } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { reason: 'TIMEOUT', detail: 'timeout' };
  if (status !== undefined) return { reason: status >= 200 && status < 300 ? 'BAD_RESPONSE' : 'HTTP_ERROR', detail: `HTTP ${status}` };
  const causes: unknown[] = [];
  for (let cause: unknown = error; cause instanceof Error && causes.length < 8; cause = cause.cause) causes.push(cause);
  const code = causes.map((cause) => String((cause as { code?: unknown }).code ?? '')).findLast((candidate) => ERROR_CODE.test(candidate));
  return { reason: 'CONNECTION_FAILED', detail: code ?? 'connection failed' };
}

function toItemStandard(raw: RawItem | undefined): ItemStandard | undefined {
  return (
    raw && {
      ...raw,
      approvalRules: raw.approvalRules.map((rule) => ({
        ...rule,
        // orNull kept: a listing with no publicUntil is public until removed (ON_ABNORMAL_OR_DISHONEST_LIST).
        conditions: rule.conditions.map(({ orNull, ...condition }) => ({ ...condition, value: JSON.parse(condition.value) as ConditionValue, ...(orNull ? { orNull: true } : {}) })),
      })) as ApprovalRule[],
    }
  );
}
