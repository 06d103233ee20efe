import { createHash } from 'node:crypto';
import { badUserInput } from '@yrd/shared/graphql/errorCodes';

/**
 * Page cursors of a ranked search: the position in the ranking, bound to the search it came
 * from (a digest of the normalised text and filters), so that a cursor is never applied to
 * another search's ranking.
 */
export function searchDigest(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

export function encodeSearchCursor(digest: string, offset: number): string {
  return Buffer.from(`search:${digest}:${offset}`, 'utf8').toString('base64url');
}

export function decodeSearchCursor(cursor: string, digest: string, field = 'after'): number {
  const match = /^search:([\w-]{12}):(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) throw badUserInput(field, '分页游标无效：请使用上一页返回的 endCursor', { reason: 'INVALID_CURSOR' });
  if (match[1] !== digest) {
    throw badUserInput(field, '分页游标属于另一次搜索：改变搜索内容或筛选条件后请从第一页开始', { reason: 'CURSOR_MISMATCH' });
  }
  return Number(match[2]);
}
