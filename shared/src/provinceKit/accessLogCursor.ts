import { badUserInput } from '../graphql/errorCodes.ts';
import { isRegionCode, type RegionCode } from '../regions/regionRegistry.ts';

/**
 * accessLog's `before` cursor: one entry id (JIANGSU-3), or the oldest entry id shown of each
 * province still being paged, comma-separated (SHANGHAI-120,JIANGSU-33) — the whole history is
 * four logs, read together. Refused as INVALID_CURSOR, as every other list refuses a cursor it
 * did not give: empty (the first page is asked without `before`), a part that is no entry id,
 * a province of no federation, or one province (or the bare number of old) named twice — which
 * of two starting points was meant cannot be told, and no page ever ends with two.
 */

/** An entry's id in a cursor: a province's own (JIANGSU-3), or a bare number as ids were before they named their province. */
const CURSOR_PART = /^(?:([A-Z]+)-)?(\d+)$/;

/** Whence the first page of a province's log is read: from its newest entry. */
export const NEWEST = Number.MAX_SAFE_INTEGER;

function invalidCursor(why: string) {
  return badUserInput('before', `分页游标（before）无效：${why}。请使用上一页最早一条记录的编号（如 JIANGSU-3），多个省份用逗号分隔（如 SHANGHAI-120,JIANGSU-33）；第一页不传 before`, {
    reason: 'INVALID_CURSOR',
  });
}

/**
 * Where this province's page starts, from `before`: entries older than the number returned
 * (`NEWEST` for the first page). A cursor that names only other provinces says this one is not
 * being paged (its entries were all shown): `null`, no entries. A bare number (the ids of old)
 * applies to every province, as it did.
 */
export function accessLogPageStart(before: string | null | undefined, region: RegionCode): number | null {
  if (before == null) return NEWEST;
  if (before.trim() === '') throw invalidCursor('为空');
  const named = new Map<string, number>();
  for (const part of before.split(',')) {
    const match = CURSOR_PART.exec(part.trim());
    const id = Number(match?.[2]);
    if (!match || !Number.isSafeInteger(id)) throw invalidCursor(`“${part.trim()}”不是访问记录编号`);
    const province = match[1] ?? '';
    if (province !== '' && !isRegionCode(province)) throw invalidCursor(`“${province}”不是长三角的省份`);
    if (named.has(province)) throw invalidCursor(province === '' ? '写了两个不带省份的编号' : `${province} 写了两次`);
    named.set(province, id);
  }
  const own = named.get(region) ?? named.get('');
  if (own !== undefined) return own;
  return named.size > 0 ? null : NEWEST;
}
