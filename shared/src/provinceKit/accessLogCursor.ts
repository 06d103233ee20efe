import { badUserInput } from '../graphql/errorCodes.ts';
import { isRegionCode, type RegionCode } from '../regions/regionRegistry.ts';
import { FROM_NEWEST, regionalPageStart, type RegionalCursorReading } from './regionalPageCursor.ts';

/**
 * accessLog's `before` cursor (regionalPageCursor.ts): one entry id (JIANGSU-3), or the oldest
 * entry id shown of each province still being paged, comma-separated (SHANGHAI-120,JIANGSU-33)
 * — the whole history is four logs, read together. A part must be an entry id of a province of
 * the federation; the bare number of old (ids before they named their province) applies to
 * every province, as it did.
 */

/** An entry's id in a cursor: a province's own (JIANGSU-3), or a bare number as ids were before they named their province. */
const CURSOR_PART = /^(?:([A-Z]+)-)?(\d+)$/;

/** Whence the first page of a province's log is read: from its newest entry. */
export const NEWEST = Number.MAX_SAFE_INTEGER;

const ACCESS_LOG_CURSOR: RegionalCursorReading<number> = {
  part: (text) => {
    const match = CURSOR_PART.exec(text);
    const id = Number(match?.[2]);
    if (!match || !Number.isSafeInteger(id)) return { problem: `“${text}”不是访问记录编号` };
    const province = match[1];
    if (province !== undefined && !isRegionCode(province)) return { problem: `“${province}”不是长三角的省份` };
    return { region: province, start: id };
  },
  refuse: (why) =>
    badUserInput('before', `分页游标（before）无效：${why}。请使用上一页最早一条记录的编号（如 JIANGSU-3），多个省份用逗号分隔（如 SHANGHAI-120,JIANGSU-33）；第一页不传 before`, {
      reason: 'INVALID_CURSOR',
    }),
};

/**
 * Where this province's page starts, from `before`: entries older than the number returned
 * (`NEWEST` for the first page); `null` when the cursor names only other provinces (no entries).
 */
export function accessLogPageStart(before: string | null | undefined, region: RegionCode): number | null {
  const start = regionalPageStart(before, region, ACCESS_LOG_CURSOR);
  return start === FROM_NEWEST ? NEWEST : start;
}
