/**
 * Names seen once, each remembered until its expiry, for single-use tokens: `first` says whether
 * a name is new. Unlike an LRU cache nothing unexpired is ever forgotten to make room — a
 * forgotten name could be used again — so when `maxEntries` unexpired names are held, a new one
 * is refused (`'FULL'`): failing closed.
 */
export class SeenOnce {
  private readonly expiries = new Map<string, number>();
  /** The earliest expiry held: nothing to prune before it. */
  private earliest = Number.POSITIVE_INFINITY;

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `name` until `expiresAt` (ms) and says true, or says false if it is held already, or FULL. */
  first(name: string, expiresAt: number): boolean | 'FULL' {
    const now = this.now();
    if (now >= this.earliest) this.prune(now);
    const held = this.expiries.get(name);
    if (held !== undefined && held > now) return false;
    if (this.expiries.size >= this.maxEntries) return 'FULL';
    this.expiries.set(name, expiresAt);
    if (expiresAt < this.earliest) this.earliest = expiresAt;
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  private prune(now: number): void {
    this.earliest = Number.POSITIVE_INFINITY;
    for (const [name, expiresAt] of this.expiries) {
      if (expiresAt <= now) this.expiries.delete(name);
      else if (expiresAt < this.earliest) this.earliest = expiresAt;
    }
  }
}
