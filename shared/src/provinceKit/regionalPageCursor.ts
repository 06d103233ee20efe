import type { GraphQLError } from 'graphql';
import type { RegionCode } from '../regions/regionRegistry.ts';

/**
 * A `before` cursor of a list that every province keeps of its own and a client reads as one,
 * newest first (a person's access history, her cases): one entry's id, or the oldest id shown of
 * each province still being paged, comma-separated — one request pages all four lists at once.
 * Each province reads the part that names it. Refused, as every list refuses a cursor it did not
 * give: empty (the first page is asked without `before`), a part that is no id of the list, or
 * one province named twice — which of two starting points was meant cannot be told, and no page
 * ever ends with two.
 */

/** What a part of the cursor says: the province it names (undefined: every province) and where its page starts. */
export interface CursorPart<Start> {
  readonly region: RegionCode | undefined;
  readonly start: Start;
}

/** How one list reads its cursor's parts and words its refusals. */
export interface RegionalCursorReading<Start> {
  /** The part read, or why it is no id of this list (in the clerk's words). */
  readonly part: (text: string) => CursorPart<Start> | { readonly problem: string };
  /** The list's INVALID_CURSOR refusal, saying `why`. */
  readonly refuse: (why: string) => GraphQLError;
  /** Why a cursor naming `region` twice is refused, in the list's words (by default, the region's code). */
  readonly namedTwice?: (region: RegionCode) => string;
}

/** The first page: from the province's newest entry. */
export const FROM_NEWEST = Symbol('from the newest entry');

/**
 * Where `region`'s page starts: FROM_NEWEST without a cursor; the start its part of the cursor
 * names (or the part naming no province); `null` when the cursor names only other provinces —
 * this one is not being paged, its entries were all shown: it answers with none.
 */
export function regionalPageStart<Start>(
  before: string | null | undefined,
  region: RegionCode,
  reading: RegionalCursorReading<Start>,
): Start | typeof FROM_NEWEST | null {
  if (before == null) return FROM_NEWEST;
  if (before.trim() === '') throw reading.refuse('为空');
  const named = new Map<RegionCode | undefined, Start>();
  for (const text of before.split(',').map((part) => part.trim())) {
    const part = reading.part(text);
    if ('problem' in part) throw reading.refuse(part.problem);
    if (named.has(part.region)) {
      throw reading.refuse(part.region === undefined ? '写了两个不带省份的编号' : (reading.namedTwice?.(part.region) ?? `${part.region} 写了两次`));
    }
    named.set(part.region, part.start);
  }
  if (named.has(region)) return named.get(region) as Start;
  if (named.has(undefined)) return named.get(undefined) as Start;
  return null;
}
