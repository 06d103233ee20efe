import type { RegionCode } from '@yrd/shared/regions/regionRegistry';

/** An entry with the province whose list it is in. */
export type Held<E> = E & { readonly holder: RegionCode };

/** One answer: each province's page, null where the province did not answer. */
export type RegionalAnswer<E> = readonly ({ readonly region: RegionCode; readonly entries: readonly E[] } | null)[];

interface RegionState<E> {
  readonly entries: Held<E>[];
  /** The province's last page was full: it may hold older entries not yet read. */
  more: boolean;
}

/**
 * A list every province keeps of its own (a person's access history, her cases), read page by
 * page — each province newest first, from the oldest entry shown of it (`before`, one part per
 * province, comma-separated) — and shown as one list, newest first by `timeOf`. What is shown
 * stops at the oldest entry read of any province that may still hold older ones: below it an
 * unread entry of that province could belong, so the list never skips an entry that the next
 * page would put above others.
 */
export class RegionalList<E extends { readonly id: string }> {
  private readonly regions = new Map<RegionCode, RegionState<E>>();

  constructor(
    readonly pageSize: number,
    private readonly timeOf: (entry: E) => string,
  ) {}

  /**
   * Takes in one answer. `paged`: the provinces the request asked to page on (undefined for the
   * first page, all of them); the others answer with nothing, which says nothing about them. A
   * province that did not answer keeps what it had (and, on the first page, is left out).
   */
  add(pages: RegionalAnswer<E>, paged?: ReadonlySet<RegionCode>): void {
    for (const page of pages) {
      if (!page || (paged && !paged.has(page.region))) continue;
      const state = this.regions.get(page.region) ?? { entries: [], more: false };
      state.entries.push(...page.entries.map((entry) => ({ ...entry, holder: page.region })));
      state.more = page.entries.length >= this.pageSize;
      this.regions.set(page.region, state);
    }
  }

  /** The entries that can be shown in order now, newest first. */
  shown(): Held<E>[] {
    const all = [...this.regions.values()].flatMap((state) => state.entries).sort((a, b) => this.timeOf(b).localeCompare(this.timeOf(a)) || a.id.localeCompare(b.id));
    const boundary = this.boundary();
    return boundary === undefined ? all : all.filter((entry) => this.timeOf(entry) >= boundary);
  }

  /** The provinces that may hold older entries. */
  pagedRegions(): ReadonlySet<RegionCode> {
    return new Set([...this.regions].flatMap(([region, state]) => (state.more ? [region] : [])));
  }

  /** `before` for the next page: each province still to page, by the oldest entry read of it; null when all were read. */
  nextCursor(): string | null {
    const parts = [...this.regions.values()].flatMap((state) => (state.more ? [state.entries.at(-1)?.id ?? ''] : [])).filter((id) => id !== '');
    return parts.length > 0 ? parts.join(',') : null;
  }

  /** The newest of the oldest entries read of each province still to page: below it the list may have gaps. */
  private boundary(): string | undefined {
    const oldest = [...this.regions.values()].flatMap((state) => {
      const last = state.entries.at(-1);
      return state.more && last ? [this.timeOf(last)] : [];
    });
    return oldest.length > 0 ? oldest.sort().at(-1) : undefined;
  }
}
