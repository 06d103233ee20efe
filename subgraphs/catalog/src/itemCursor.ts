import { badUserInput } from '@yrd/shared/graphql/errorCodes';

/** Opaque page cursors over item codes: base64url of "item:<code>". */
export function encodeItemCursor(code: string): string {
  return Buffer.from(`item:${code}`, 'utf8').toString('base64url');
}

export function decodeItemCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^item:(\d{12})$/.exec(decoded);
  if (!match?.[1]) throw badUserInput(field, '分页游标无效：请使用上一页返回的 endCursor', { reason: 'INVALID_CURSOR' });
  return match[1];
}
