import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { decodePageCursor, encodePageCursor } from '@yrd/shared/graphql/pageCursor';
import { pageSize } from '@yrd/shared/graphql/pageSize';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { DISCLOSURE_LISTS, disclosureDateOf, type DisclosureListName, type WholeDisclosureLists } from './creditDisclosureLists.ts';

/**
 * One list of a disclosure a page at a time (`page(list:, first:, after:)`), as the hub pages its
 * other public lists: `first` (1–100, 50 when not given), `after` an opaque cursor, `totalCount`
 * and `pageInfo { hasNextPage endCursor }` — so an enterprise with hundreds of penalties or
 * inspections is read to its end, not only its newest hundred.
 *
 * The cursor holds where the page ended (keyset: the last entry's date, record id and province), not an
 * offset: a record published between two pages, or one whose disclosure period ended, neither
 * shifts the next page nor repeats an entry. It names its list and enterprise too: a cursor of
 * another list or another enterprise is CURSOR_MISMATCH, one of another kind of list (the
 * negative list, a search) INVALID_CURSOR.
 */
export const MAX_DISCLOSURE_PAGE = 100;
export const DEFAULT_DISCLOSURE_PAGE = 50;

const CURSOR_KIND = 'disclosure';
const LIST_NAMES = Object.keys(DISCLOSURE_LISTS) as DisclosureListName[];
/** list:enterprise:date:region:recordId — the record id last, whatever it holds. */
const CURSOR_POSITION = new RegExp(`(?:${LIST_NAMES.join('|')}):[0-9A-Z]{18}:[^:]*:[A-Z]+:.+`);

/** The list as GraphQL names it (CreditDisclosureList) and as the resolvers do. */
export const disclosureListOfEnum = (value: string): DisclosureListName => value.toLowerCase() as DisclosureListName;
export const DISCLOSURE_LIST_ENUM: Readonly<Record<string, string>> = Object.fromEntries(LIST_NAMES.map((name) => [name.toUpperCase(), DISCLOSURE_LISTS[name].label]));

export interface DisclosurePageArgs {
  readonly list: string;
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface DisclosurePage {
  readonly list: string;
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly entries: readonly HeldRecord[];
}

function cursorOf(list: DisclosureListName, enterpriseId: string, record: HeldRecord): string {
  return encodePageCursor(CURSOR_KIND, `${list}:${enterpriseId}:${disclosureDateOf(record)}:${record.region}:${record.recordId}`);
}

/** Where the page starts: after this date, record id and province; undefined for the first page. BAD_USER_INPUT on `first` or `after`. */
function startOf(args: DisclosurePageArgs, list: DisclosureListName, enterpriseId: string): DisclosureCursorStart | undefined {
  if (args.after == null) return undefined;
  const position = decodePageCursor(args.after, CURSOR_KIND, CURSOR_POSITION);
  const [cursorList = '', cursorEnterprise = '', date = '', region = ''] = position.split(':', 4);
  const recordId = position.slice(cursorList.length + cursorEnterprise.length + date.length + region.length + 4);
  if (cursorList !== list) {
    throw badUserInput('after', `分页游标属于“${DISCLOSURE_LISTS[cursorList as DisclosureListName].label}”：查看“${DISCLOSURE_LISTS[list].label}”请从第一页开始（不传 after）`, {
      reason: 'CURSOR_MISMATCH',
    });
  }
  // The other code is not repeated: one valid as both may be a person's number.
  if (cursorEnterprise !== enterpriseId) {
    throw badUserInput('after', '分页游标属于另一家企业的公示信息：查看这家企业请从第一页开始（不传 after）', { reason: 'CURSOR_MISMATCH' });
  }
  return { date, region, recordId };
}

interface DisclosureCursorStart {
  readonly date: string;
  readonly region: string;
  readonly recordId: string;
}

/** Whether `record` comes after the cursor's entry in the list's order (disclosureOrder). */
function isAfter(record: HeldRecord, start: DisclosureCursorStart): boolean {
  const date = disclosureDateOf(record);
  if (date !== start.date) return date < start.date;
  if (record.recordId !== start.recordId) return record.recordId > start.recordId;
  return record.region > start.region;
}

/** A page of `list` of one enterprise's disclosure (its lists whole, in order). */
export function disclosurePage(lists: WholeDisclosureLists, enterpriseId: string, args: DisclosurePageArgs): DisclosurePage {
  const list = disclosureListOfEnum(args.list);
  const first = pageSize(args.first, DEFAULT_DISCLOSURE_PAGE, MAX_DISCLOSURE_PAGE);
  const start = startOf(args, list, enterpriseId);
  const whole = lists[list];
  const rest = start ? whole.filter((record) => isAfter(record, start)) : whole;
  const entries = rest.slice(0, first);
  const last = entries.at(-1);
  return {
    list: args.list,
    totalCount: whole.length,
    pageInfo: { hasNextPage: rest.length > first, endCursor: last ? cursorOf(list, enterpriseId, last) : null },
    entries,
  };
}
