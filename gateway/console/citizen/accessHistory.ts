import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { AccessLogEntry } from '../graphql/resultTypes.ts';

/** An entry with the province whose log it is in. */
export type HeldEntry = AccessLogEntry & { readonly holder: RegionCode };

/** One answer of MyAccessLog: each province's page, null where the province did not answer. */
export type RegionalPages = readonly ({ readonly region: RegionCode; readonly accessLog: readonly AccessLogEntry[] } | null)[];

interface RegionState {
  readonly entries: HeldEntry[];
  /** The province's last page was full: it may hold older entries not yet read. */
  more: boolean;
}

/**
 * The person's access history as four provinces' logs read page by page and shown as one list,
 * newest first. Each province pages its own log; what is shown stops at the oldest entry read of
 * any province that may still hold older ones — below it an unread entry of that province could
 * belong — so that the list never skips an entry that the next page will put above others.
 */
export class AccessHistory {
  private readonly regions = new Map<RegionCode, RegionState>();

  constructor(readonly pageSize: number) {}

  /**
   * Takes in one answer. `paged`: the provinces the request asked to page on (undefined for the
   * first page, all of them); the others answer with nothing, which says nothing about them. A
   * province that did not answer keeps what it had (and, on the first page, is left out).
   */
  add(pages: RegionalPages, paged?: ReadonlySet<RegionCode>): void {
    for (const page of pages) {
      if (!page || (paged && !paged.has(page.region))) continue;
      const state = this.regions.get(page.region) ?? { entries: [], more: false };
      state.entries.push(...page.accessLog.map((entry) => ({ ...entry, holder: page.region })));
      state.more = page.accessLog.length >= this.pageSize;
      this.regions.set(page.region, state);
    }
  }

  /** The entries that can be shown in order now, newest first. */
  shown(): HeldEntry[] {
    const all = [...this.regions.values()].flatMap((state) => state.entries).sort(newestFirst);
    const boundary = this.boundary();
    return boundary === undefined ? all : all.filter((entry) => entry.at >= boundary);
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
    const oldest = [...this.regions.values()].flatMap((state) => (state.more ? [state.entries.at(-1)?.at ?? ''] : []));
    return oldest.length > 0 ? oldest.sort().at(-1) : undefined;
  }
}

function newestFirst(a: HeldEntry, b: HeldEntry): number {
  return b.at.localeCompare(a.at) || a.id.localeCompare(b.id);
}
