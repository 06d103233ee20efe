import { REGIONS, type RegionCode } from '@yrd/shared/regions/regionRegistry';

/** An entry with the province whose list it is in. */
export type Held<E> = E & { readonly holder: RegionCode };

/** One answer: each province's page in the federation's order of provinces (REGIONS), null where the province did not answer. */
export type RegionalAnswer<E> = readonly ({ readonly region: RegionCode; readonly entries: readonly E[] } | null)[];

/** An answer's provinces (allRegions, null where one did not answer) as RegionalList takes them, each with its list (`entriesOf`). */
export function regionalAnswer<R extends { readonly region: RegionCode }, E>(regions: readonly (R | null)[] | undefined, entriesOf: (regional: R) => readonly E[]): RegionalAnswer<E> {
  return (regions ?? []).map((regional) => regional && { region: regional.region, entries: entriesOf(regional) });
}

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
  /** Provinces that have not answered a page yet: nothing of theirs is read, so the list is not whole. */
  private readonly notYetAnswered = new Set<RegionCode>();

  constructor(
    readonly pageSize: number,
    private readonly timeOf: (entry: E) => string,
  ) {}

  /**
   * Takes in one answer. `paged`: the provinces the request asked to page on (undefined for the
   * first page, all of them); the others answer with nothing, which says nothing about them. A
   * province that did not answer keeps what it had; one that has never answered is unanswered,
   * its first page still to be asked for (readOn).
   */
  add(pages: RegionalAnswer<E>, paged?: ReadonlySet<RegionCode>): void {
    pages.forEach((page, index) => {
      const region = page?.region ?? REGIONS[index]?.code;
      if (region === undefined || (paged && !paged.has(region))) return;
      if (!page) {
        // A province that has answered before keeps what it had, and is asked again from there.
        if (!this.regions.has(region)) this.notYetAnswered.add(region);
        return;
      }
      this.notYetAnswered.delete(region);
      const state = this.regions.get(page.region) ?? { entries: [], more: false };
      state.entries.push(...page.entries.map((entry) => ({ ...entry, holder: page.region })));
      state.more = page.entries.length >= this.pageSize;
      this.regions.set(page.region, state);
    });
  }

  /** The provinces that have not answered yet: their first page is still to be asked for. */
  unanswered(): ReadonlySet<RegionCode> {
    return new Set(this.notYetAnswered);
  }

  /** Whether every province has answered and been read to its end. */
  complete(): boolean {
    return this.notYetAnswered.size === 0 && this.nextCursor() === null;
  }

  /** The entries that can be shown in order now, newest first. */
  shown(): Held<E>[] {
    const all = [...this.regions.values()].flatMap((state) => state.entries).sort((a, b) => this.timeOf(b).localeCompare(this.timeOf(a)) || b.id.localeCompare(a.id));
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

/** One request's answer: each province's page, and the request's errors. */
export interface RegionalRead<E, Problem> {
  readonly pages: RegionalAnswer<E>;
  readonly errors: readonly Problem[];
}

/**
 * Reads on: the older entries of each province that may hold more (from the list's cursor) and
 * the first page of each that has not answered yet — at once, when both are wanted — and takes
 * the answers in. The errors of both requests, for the page to show.
 */
export async function readOn<E extends { readonly id: string }, Problem>(
  list: RegionalList<E>,
  read: (before: string | undefined) => Promise<RegionalRead<E, Problem>>,
): Promise<Problem[]> {
  const before = list.nextCursor();
  const paged = list.pagedRegions();
  const unanswered = list.unanswered();
  const [older, first] = await Promise.all([before ? read(before) : undefined, unanswered.size > 0 ? read(undefined) : undefined]);
  if (older) list.add(older.pages, paged);
  if (first) list.add(first.pages, unanswered);
  return [...(older?.errors ?? []), ...(first?.errors ?? [])];
}
