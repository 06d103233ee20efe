import { decodeJwt } from 'jose';
import { fetch } from 'undici';
import { readJsonFile, writeJsonFile } from './jsonFile.ts';
import { verifyMessage, type TrustListSource } from './signedMessage.ts';
import { anchorFile, keptTrustListFile } from './trustDirectory.ts';
import { TRUST_LIST_TYPE, trustedContent, type TrustedMember, type TrustList } from './trustList.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';
import { TrustListUnavailable } from './trustListUnavailable.ts';

/**
 * A member's copy of the hub's signed trust list: fetched from the hub, verified against the
 * anchor (the hub's public keys, distributed out of band), fetched again once half its
 * lifetime has passed, and fetched afresh when a signature names a key the copy does not know
 * (a member registered or rotated a key). Fresh fetches are spaced at least a second apart — a
 * burst of unknown keys waits for the next one rather than hammering the hub.
 *
 * Every few seconds (`checkSeconds`, YRD_TRUST_LIST_CHECK_SECONDS) the copy is checked against
 * the hub's: a conditional request naming the copy's entity tag, answered 304 with no body while
 * nothing changed. A key revoked at the hub (`npm run keys -- revoke`) so stops verifying at
 * every member within seconds, not when its copy comes due — and the copy is never older than
 * the hub's own list by more than a check, so it outlives an outage of the hub for about half
 * the list's lifetime. Checks run on a timer, traffic or not, once a copy is held: each is due a
 * check interval after the hub was last asked (by a check, a call's fetch or a fresh fetch), so
 * no more than the interval and one fetch's time pass between the hub's publishing a change and
 * the copy's taking it. `close()` stops them.
 *
 * A list signed before the copy was (a replica of the hub lagging behind another, or an old
 * answer replayed on the way) is not taken: the copy stands, as if the hub had said 304 — so an
 * old list replayed cannot undo a revocation. Said once per list: a hub whose clock was set back
 * has its lists refused so until the copy expires.
 *
 * The hub being unreachable must not stop a member while its copy is still valid: the list
 * is signed until its expiresAt, and every caller check of a province goes through it. So:
 *
 * - Past half its lifetime the copy keeps answering while a new one is fetched in the
 *   background: no request waits on the hub (a hub that does not answer would hold each one
 *   for the fetch timeout).
 * - A failed fetch leaves the copy in place, and `current()` and `refresh()` answer with it
 *   until it expires (a key the copy does not know is then unknown: UNKNOWN_KEY).
 * - After a failure the hub is tried again only after a backoff (1 s, doubling to 30 s), and
 *   never more than one fetch at a time; the failure is logged once per outage, and so is the
 *   recovery.
 * - Each list verified is kept on disk as the hub signed it (keptTrustListFile): a member that
 *   starts, or restarts, while the hub is unreachable verifies that copy against the anchor and
 *   answers with it until it expires.
 * - With no valid copy (never fetched, or expired during the outage) there is nothing to fall
 *   back on: a call tries the hub and fails with TrustListUnavailable, which a province answers
 *   as its own unavailability. Once a fetch has failed, the calls that follow fail at once,
 *   without asking, while another is under way and for up to NO_LIST_RETRY_MS after each (or the
 *   backoff, when shorter): a province refusing every call while the hub is away neither sends
 *   the hub one fetch per call nor holds calls for a hub that does not answer, and asks again
 *   soon enough to be back within seconds of it. (The first fetch after a start is waited for.)
 */
const MIN_REFRESH_INTERVAL_MS = 1_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;
/** With no valid copy, the longest the calls after a failed fetch fail without asking the hub again. */
const NO_LIST_RETRY_MS = 2_000;

/** The part of a pino logger the client uses. */
export interface TrustListLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface TrustListClientOptions {
  /** Where an outage of the hub is reported (once) and its end; standard error when not given. */
  readonly logger?: TrustListLogger;
  /** Seconds between checks of the copy against the hub's list (DEFAULT_TRUST_LIST_CHECK_SECONDS); 0: none. */
  readonly checkSeconds?: number;
}

/** How often a member asks the hub whether its list changed, by default. */
export const DEFAULT_TRUST_LIST_CHECK_SECONDS = 5;

/** YRD_TRUST_LIST_CHECK_SECONDS: seconds between a member's checks of its trust list against the hub's (1 to 3600, default 5). */
export function trustListCheckSecondsFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumberVariable(env, 'YRD_TRUST_LIST_CHECK_SECONDS', DEFAULT_TRUST_LIST_CHECK_SECONDS, 1, 3_600);
}

interface CachedList {
  readonly list: TrustList;
  readonly refreshAfter: number;
  readonly expiresAt: number;
  /** The hub's entity tag for this very list, when it came from the hub (not from disk). */
  readonly etag: string | undefined;
}

/** What a fetch brought: a new list, or word that the copy's is still the hub's. */
type Fetched = { readonly list: TrustList; readonly etag: string | undefined } | 'unchanged';

interface Outage {
  readonly since: number;
  readonly failures: number;
  /** When the last fetch failed, and why. */
  readonly failedAt: number;
  readonly lastError: unknown;
  /** No fetch before this instant while a valid copy can answer. */
  readonly retryAt: number;
  readonly expiryReported: boolean;
}

const standardError: TrustListLogger = {
  warn: (details, message) => console.warn(`${message} ${JSON.stringify(details)}`),
  info: (details, message) => console.warn(`${message} ${JSON.stringify(details)}`),
};

export class TrustListClient implements TrustListSource {
  private cached: CachedList | undefined;
  private lastFresh = 0;
  /** The one fetch under way, if any, and whether it asked the hub for a fresh list. */
  private inFlight: { readonly fresh: boolean; readonly promise: Promise<TrustList> } | undefined;
  private outage: Outage | undefined;
  private readonly logger: TrustListLogger;
  private readonly checkMs: number;
  /** The next check of the copy against the hub's, armed whenever the hub is asked. */
  private nextCheck: NodeJS.Timeout | undefined;
  private closed = false;
  /** The issuedAt of the last older list refused (said once). */
  private refusedIssuedAt: string | undefined;
  private readonly changeListeners = new Set<(list: TrustList) => void>();

  constructor(
    private readonly trustListUrl: string,
    private readonly trustDir: string,
    options: TrustListClientOptions = {},
  ) {
    this.logger = options.logger ?? standardError;
    this.checkMs = (options.checkSeconds ?? DEFAULT_TRUST_LIST_CHECK_SECONDS) * 1000;
  }

  /** Stops the checks and tells no listener any more; the copy still answers. */
  close(): void {
    this.closed = true;
    clearTimeout(this.nextCheck);
    this.changeListeners.clear();
  }

  /**
   * Calls `listener` with each list whose members or keys differ from the copy's before it (a
   * key rotated, revoked, a member registered): for what was verified under the old one and
   * kept. Returns the way to stop.
   */
  onChange(listener: (list: TrustList) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The next check, `delayMs` from now: a check interval after the hub was asked, unless told. */
  private armCheck(delayMs = this.checkMs): void {
    if (this.closed || this.checkMs <= 0) return;
    clearTimeout(this.nextCheck);
    this.nextCheck = setTimeout(() => this.check(), delayMs);
    this.nextCheck.unref();
  }

  /**
   * The copy checked against the hub's. Without a valid copy there is nothing to check (the next
   * call fetches one, and arms the next check); while a fetch is under way (a slow hub: longer
   * than an interval) the check comes an interval later; while the hub is backed off from, it
   * waits for the backoff's end. A failure counts as any fetch's does (logged once per outage,
   * backed off).
   */
  private check(): void {
    if (this.inFlight) {
      this.armCheck();
      return;
    }
    const now = Date.now();
    if (!this.valid(now)) return;
    if (this.outage && this.backingOff(now)) {
      this.armCheck(this.outage.retryAt - now);
      return;
    }
    this.load(false).catch(() => undefined);
  }

  async current(): Promise<TrustList> {
    const now = Date.now();
    const valid = this.valid(now);
    if (!valid) {
      // Asked a moment ago in vain, or being asked now: nothing has changed since.
      if (this.outage && this.failingFast(now)) throw new TrustListUnavailable(this.outage.lastError);
      // The hub unreachable, the copy kept on disk may have been taken up meanwhile (failed()).
      return this.load(false).catch((error: unknown) => {
        const kept = this.valid(Date.now());
        if (kept) return kept.list;
        throw new TrustListUnavailable(error);
      });
    }
    if (now >= valid.refreshAfter && !this.backingOff(now)) {
      // Its outcome is recorded (and a failure logged) by the fetch itself.
      this.load(false).catch(() => undefined);
    }
    return valid.list;
  }

  async refresh(): Promise<TrustList> {
    const valid = this.valid(Date.now());
    // The hub failed a moment ago: asking it again now would hammer it, the copy answers.
    if (valid && this.backingOff(Date.now())) return valid.list;
    if (!valid && this.outage && this.failingFast(Date.now())) throw new TrustListUnavailable(this.outage.lastError);
    const wait = this.lastFresh + MIN_REFRESH_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      return await this.load(true);
    } catch (error) {
      const still = this.valid(Date.now());
      if (still) return still.list;
      throw new TrustListUnavailable(error);
    }
  }

  /**
   * The cached list while it is still valid. When an outage outlasts it, this is where that is
   * first seen, and said (once).
   */
  private valid(now: number): CachedList | undefined {
    const cached = this.cached;
    if (!cached || now >= cached.expiresAt) {
      if (cached && this.outage && !this.outage.expiryReported) {
        this.outage = { ...this.outage, expiryReported: true };
        this.logger.warn(
          { url: this.trustListUrl, expiredAt: new Date(cached.expiresAt).toISOString() },
          'trust list: the cached list expired while the hub is unreachable; signed calls fail until it answers',
        );
      }
      return undefined;
    }
    return cached;
  }

  /**
   * With no valid copy during an outage, whether a call fails at once rather than ask the hub: a
   * fetch is under way (a hub that does not answer would hold the call for the fetch timeout), or
   * the last one failed less than the backoff (at most NO_LIST_RETRY_MS) ago — unless the clock
   * stepped back past it since, which must not keep the province away from a hub that is back.
   */
  private failingFast(now: number): boolean {
    const outage = this.outage;
    if (!outage) return false;
    if (this.inFlight) return true;
    if (now < outage.failedAt) return false;
    return now < Math.min(outage.retryAt, outage.failedAt + NO_LIST_RETRY_MS);
  }

  private backingOff(now: number): boolean {
    return this.outage !== undefined && now < this.outage.retryAt;
  }

  /**
   * One fetch at a time: a caller joins the fetch under way, unless it needs a fresh list and
   * the one under way is not (the hub may answer it from a list built before a registration);
   * that caller fetches afresh once it is done — unless it failed: the hub is down, and asking
   * it again at once is what the backoff is for.
   */
  private load(fresh: boolean): Promise<TrustList> {
    const running = this.inFlight;
    if (running && (running.fresh || !fresh)) return running.promise;
    if (running) return running.promise.then(() => this.load(true));
    // The hub is asked now: the next check is due an interval from here.
    this.armCheck();
    const promise = this.fetchAndVerify(fresh).then(
      (fetched) => this.succeeded(fetched),
      async (error: unknown) => {
        if (!this.valid(Date.now())) await this.takeUpKeptList();
        return this.failed(error);
      },
    );
    const entry = { fresh, promise };
    this.inFlight = entry;
    const clear = () => {
      if (this.inFlight === entry) this.inFlight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  private succeeded(fetched: Fetched): TrustList {
    const now = Date.now();
    const before = this.cached;
    // Told unchanged, the copy stands: it is the hub's list still, due again half its remaining lifetime on.
    const next = fetched === 'unchanged' ? before : fetched;
    if (!next) throw new Error('trust list: told unchanged with no list held');
    const { list, etag } = next;
    const expiresAt = Date.parse(list.expiresAt);
    this.cached = { list, etag, refreshAfter: now + (expiresAt - now) / 2, expiresAt };
    if (before && before.list !== list && trustedContent(before.list) !== trustedContent(list)) {
      for (const listener of this.changeListeners) {
        try {
          listener(list);
        } catch (error) {
          this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'trust list: a listener to its changes failed');
        }
      }
    }
    if (this.outage) {
      this.logger.info(
        { url: this.trustListUrl, failedAttempts: this.outage.failures, since: new Date(this.outage.since).toISOString() },
        'trust list: the hub answers again',
      );
      this.outage = undefined;
    }
    return list;
  }

  private failed(error: unknown): never {
    const now = Date.now();
    const valid = this.valid(now);
    const failures = (this.outage?.failures ?? 0) + 1;
    const retryAt = now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
    if (this.outage) {
      this.outage = { ...this.outage, failures, retryAt, failedAt: now, lastError: error };
      throw error;
    }
    const details = { url: this.trustListUrl, err: error instanceof Error ? error.message : String(error) };
    if (valid) {
      this.logger.warn(
        { ...details, servingCachedUntil: new Date(valid.expiresAt).toISOString() },
        'trust list: the hub is unreachable; the cached list answers until it expires',
      );
    } else {
      this.logger.warn(details, 'trust list: the hub is unreachable and no valid list is cached; signed calls fail until it answers');
    }
    // With nothing valid cached the warning just given says it all: no second one when nothing expires.
    this.outage = { since: now, failures, retryAt, failedAt: now, lastError: error, expiryReported: !valid };
    throw error;
  }

  /**
   * The hub's list, asked for with the entity tag of the copy while it is valid: answered 304
   * (nothing changed since), nothing is fetched or verified. A list signed before the copy is
   * not taken either (see the class comment).
   */
  private async fetchAndVerify(fresh: boolean, conditional = true): Promise<Fetched> {
    if (fresh) this.lastFresh = Date.now();
    const anchor = this.anchor();
    const tag = conditional ? this.valid(Date.now())?.etag : undefined;
    const response = await fetch(`${this.trustListUrl}${fresh ? '?fresh=1' : ''}`, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      ...(tag ? { headers: { 'if-none-match': tag } } : {}),
    });
    if (response.status === 304 && tag) {
      // Unread, the body would hold the connection out of undici's pool.
      await response.body?.cancel();
      if (this.valid(Date.now())) return 'unchanged';
      // The copy ran out while the hub answered: the hub is there, its list is wanted whole.
      return this.fetchAndVerify(fresh, false);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`trust list: HTTP ${response.status} from ${this.trustListUrl}`);
    }
    const token = await response.text();
    const list = await verifiedList(token, anchor, this.trustListUrl);
    const standing = this.valid(Date.now());
    if (standing && Date.parse(list.issuedAt) < Date.parse(standing.list.issuedAt)) {
      this.reportOlderList(list, standing.list);
      return 'unchanged';
    }
    this.keepOnDisk(token);
    return { list, etag: response.headers.get('etag') ?? undefined };
  }

  /**
   * An older list refused, said once per list: a replayed answer, a lagging replica — or the
   * hub's clock stepped back, whose lists are then refused until the copy expires (and taken).
   */
  private reportOlderList(list: TrustList, held: TrustList): void {
    if (this.refusedIssuedAt === list.issuedAt) return;
    this.refusedIssuedAt = list.issuedAt;
    this.logger.warn(
      { url: this.trustListUrl, issuedAt: list.issuedAt, heldIssuedAt: held.issuedAt, heldUntil: held.expiresAt },
      'trust list: the hub answered with a list signed before the one held; not taken (a replayed answer, a lagging replica of the hub, or its clock set back)',
    );
  }

  private anchor(): TrustedMember {
    const anchor = readJsonFile<TrustedMember>(anchorFile(this.trustDir));
    if (!anchor) throw new Error(`no trust anchor at ${anchorFile(this.trustDir)}: the hub has not been set up`);
    return anchor;
  }

  /** The list as the hub signed it, for a restart while the hub is unreachable; a disk that refuses it costs the list nothing. */
  private keepOnDisk(token: string): void {
    try {
      writeJsonFile(keptTrustListFile(this.trustDir), { token });
    } catch (error) {
      this.logger.warn({ file: keptTrustListFile(this.trustDir), err: error instanceof Error ? error.message : String(error) }, 'trust list: could not keep the list on disk');
    }
  }

  /**
   * The list kept on disk, taken up as the copy when it verifies against the anchor and has not
   * expired; otherwise nothing changes (a file that does not verify is said once in the log).
   */
  private async takeUpKeptList(): Promise<void> {
    const file = keptTrustListFile(this.trustDir);
    try {
      const kept = readJsonFile<{ token?: unknown }>(file);
      if (typeof kept?.token !== 'string') return;
      // One past its expiry (this member's own copy, run out during the outage) is of no use: not
      // verified, not reported — the expiry was said when the copy in memory ran out.
      if (Date.now() >= claimedExpiry(kept.token)) return;
      const list = await verifiedList(kept.token, this.anchor(), file);
      const expiresAt = Date.parse(list.expiresAt);
      const now = Date.now();
      if (now >= expiresAt || this.valid(now)) return;
      this.cached = { list, etag: undefined, refreshAfter: now, expiresAt };
      this.logger.info({ file, expiresAt: list.expiresAt }, 'trust list: the hub is unreachable; answering with the list kept on disk');
    } catch (error) {
      this.logger.warn({ file, err: error instanceof Error ? error.message : String(error) }, 'trust list: the list kept on disk does not verify; not used');
    }
  }
}

/** The expiry a trust list token claims, unverified (NaN when it names none): only to leave an expired one unread. */
function claimedExpiry(token: string): number {
  try {
    const { expiresAt } = decodeJwt(token);
    return typeof expiresAt === 'string' ? Date.parse(expiresAt) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** A trust list token verified against the anchor, with an expiry; `from` names where it came from in errors. */
async function verifiedList(token: string, anchor: TrustedMember, from: string): Promise<TrustList> {
  const anchorOnly: TrustList = { issuer: anchor.member, issuedAt: '', expiresAt: '', members: [anchor] };
  const source: TrustListSource = { current: async () => anchorOnly, refresh: async () => anchorOnly };
  const { payload } = await verifyMessage<TrustList>(token, TRUST_LIST_TYPE, source, { roles: ['HUB'] });
  if (Number.isNaN(Date.parse(payload.expiresAt))) throw new Error(`trust list: no expiry in the list from ${from}`);
  return payload;
}
