/** A limit on what a cache holds by weight (bytes, say) besides its number of entries. */
export interface WeightBudget<V> {
  readonly maxWeight: number;
  weigh(key: string, value: V): number;
}

interface Entry<V> {
  readonly value: V;
  readonly expiresAt: number;
  readonly weight: number;
}

/**
 * A small in-memory cache whose entries expire at a given time, holding at most `maxEntries`
 * — and, with a `budget`, at most its weight in all — the least recently used going first. For
 * values that are expensive to make and safe to reuse until they expire, such as signed and
 * verified assertions, or subgraph answers kept by the bytes they take.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private totalWeight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
    private readonly budget?: WeightBudget<V>,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) {
      this.totalWeight -= entry.weight;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, expiresAt: number): void {
    this.delete(key);
    const weight = this.budget?.weigh(key, value) ?? 0;
    this.entries.set(key, { value, expiresAt, weight });
    this.totalWeight += weight;
    const maxWeight = this.budget?.maxWeight ?? Number.POSITIVE_INFINITY;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= maxWeight) break;
      this.delete(oldest);
    }
  }

  /** Forgets one entry. */
  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }

  /** Forgets every entry (when what they were made from has changed). */
  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The weight of what is held now (0 without a budget). */
  get weight(): number {
    return this.totalWeight;
  }
}
