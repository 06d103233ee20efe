import { badUserInput } from '../graphql/errorCodes.ts';
import { decodePageCursor, encodePageCursor } from '../graphql/pageCursor.ts';
import { pageSize } from '../graphql/pageSize.ts';
import { regionByCode, requireRegion, type RegionCode } from '../regions/regionRegistry.ts';

/**
 * A fee catalog's entries a page at a time (`entryPage`), as the hub pages its public lists
 * (items, search, the negative list): `first` (1–100, 50 when not given), `after` an opaque
 * cursor, `totalCount` and `pageInfo { hasNextPage endCursor }`.
 *
 * A page runs by item code, and its cursor holds the last code it gave (keyset, not an offset):
 * an entry coming into the catalog between two pages — an item added to the list, a policy
 * taking effect — neither shifts the next page nor repeats an entry already given. The cursor
 * names its province too: a cursor of another list (the hub's items, a search) is
 * INVALID_CURSOR, as the hub refuses it; one of another province's catalog is CURSOR_MISMATCH,
 * as a search refuses another search's.
 */
export const MAX_FEE_PAGE = 100;
export const DEFAULT_FEE_PAGE = 50;

const CURSOR_KIND = 'fee';
const CURSOR_POSITION = /[A-Z]+:\d{12}/;

export interface FeePageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface FeePageRequest {
  readonly first: number;
  /** The entries come after this item code; undefined for the first page. */
  readonly afterCode: string | undefined;
}

export interface FeePage<T> {
  readonly entries: readonly T[];
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export function encodeFeeCursor(region: RegionCode, itemCode: string): string {
  return encodePageCursor(CURSOR_KIND, `${region}:${itemCode}`);
}

/** The page `region`'s catalog is asked for, checked before anything is read (BAD_USER_INPUT on `first` or `after`). */
export function feePageRequest(args: FeePageArgs, region: RegionCode): FeePageRequest {
  const first = pageSize(args.first, DEFAULT_FEE_PAGE, MAX_FEE_PAGE);
  if (!args.after) return { first, afterCode: undefined };
  const [cursorRegion = '', afterCode = ''] = decodePageCursor(args.after, CURSOR_KIND, CURSOR_POSITION).split(':');
  const from = regionByCode(cursorRegion);
  // Made here from a region code of no federation: not a cursor this product gave.
  if (!from) throw badUserInput('after', '分页游标无效：请使用上一页返回的 endCursor', { reason: 'INVALID_CURSOR' });
  if (from.code !== region) {
    throw badUserInput('after', `分页游标属于${from.name}的收费目录：查询${requireRegion(region).name}的收费目录请从第一页开始（不传 after）`, {
      reason: 'CURSOR_MISMATCH',
      region: from.code,
    });
  }
  return { first, afterCode };
}

/** One page of `entries` (the whole catalog on its date, in any order) after the request's cursor. */
export function feePage<T extends { readonly itemCode: string }>(entries: readonly T[], request: FeePageRequest, region: RegionCode): FeePage<T> {
  const sorted = [...entries].sort((a, b) => (a.itemCode < b.itemCode ? -1 : a.itemCode > b.itemCode ? 1 : 0));
  const { afterCode } = request;
  const rest = afterCode === undefined ? sorted : sorted.filter((entry) => entry.itemCode > afterCode);
  const page = rest.slice(0, request.first);
  const last = page.at(-1);
  return {
    entries: page,
    totalCount: sorted.length,
    pageInfo: { hasNextPage: rest.length > request.first, endCursor: last ? encodeFeeCursor(region, last.itemCode) : null },
  };
}
