import { fetch } from 'undici';
import { readJsonFile } from './jsonFile.ts';
import { verifyMessage, type TrustListSource } from './signedMessage.ts';
import { anchorFile } from './trustDirectory.ts';
import { TRUST_LIST_TYPE, type TrustedMember, type TrustList } from './trustList.ts';

/**
 * A member's copy of the hub's signed trust list: fetched from the hub, verified against the
 * anchor (the hub's public keys, distributed out of band), cached until half its lifetime has
 * passed, and fetched afresh when a signature names a key the copy does not know (a member
 * registered or rotated a key). Fresh fetches are spaced at least a second apart — a burst of
 * unknown keys waits for the next one rather than hammering the hub, and never gets a stale
 * answer.
 */
const MIN_REFRESH_INTERVAL_MS = 1_000;

export class TrustListClient implements TrustListSource {
  private cached: { list: TrustList; refreshAfter: number } | undefined;
  private lastFresh = 0;
  /** Fetches under way, one per kind (a fresh fetch must not settle for a cached answer). */
  private readonly inFlight = new Map<boolean, Promise<TrustList>>();

  constructor(
    private readonly trustListUrl: string,
    private readonly trustDir: string,
  ) {}

  async current(): Promise<TrustList> {
    if (this.cached && Date.now() < this.cached.refreshAfter) return this.cached.list;
    return this.load(false);
  }

  async refresh(): Promise<TrustList> {
    const wait = this.lastFresh + MIN_REFRESH_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return this.load(true);
  }

  private load(fresh: boolean): Promise<TrustList> {
    let pending = this.inFlight.get(fresh);
    if (!pending) {
      pending = this.fetchAndVerify(fresh).finally(() => this.inFlight.delete(fresh));
      this.inFlight.set(fresh, pending);
    }
    return pending;
  }

  private async fetchAndVerify(fresh: boolean): Promise<TrustList> {
    if (fresh) this.lastFresh = Date.now();
    const anchor = readJsonFile<TrustedMember>(anchorFile(this.trustDir));
    if (!anchor) throw new Error(`no trust anchor at ${anchorFile(this.trustDir)}: the hub has not been set up`);
    const response = await fetch(`${this.trustListUrl}${fresh ? '?fresh=1' : ''}`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`trust list: HTTP ${response.status} from ${this.trustListUrl}`);
    const token = await response.text();
    const anchorOnly: TrustList = { issuer: anchor.member, issuedAt: '', expiresAt: '', members: [anchor] };
    const source: TrustListSource = { current: async () => anchorOnly, refresh: async () => anchorOnly };
    const { payload } = await verifyMessage<TrustList>(token, TRUST_LIST_TYPE, source, { roles: ['HUB'] });
    const lifetime = Date.parse(payload.expiresAt) - Date.now();
    this.cached = { list: payload, refreshAfter: Date.now() + lifetime / 2 };
    return payload;
  }
}
