import { createHash } from 'node:crypto';
import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { decodePageCursor, encodePageCursor } from '../pageCursor.ts';

/**
 * Page cursors of a ranked search: the position in the ranking, bound to the search it came
 * from (a digest of the normalised text and filters), so that a cursor is never applied to
 * another search's ranking.
 */
export function searchDigest(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

export function encodeSearchCursor(digest: string, offset: number): string {
  return encodePageCursor('search', `${digest}:${offset}`);
}

export function decodeSearchCursor(cursor: string, digest: string, field = 'after'): number {
  const [from, offset] = decodePageCursor(cursor, 'search', /[\w-]{12}:\d{1,6}/, field).split(':') as [string, string];
  if (from !== digest) {
    throw badUserInput(field, '分页游标属于另一次搜索：改变搜索内容或筛选条件后请从第一页开始', { reason: 'CURSOR_MISMATCH' });
  }
  return Number(offset);
}
