import { badUserInput } from './errorCodes.ts';

/**
 * Opaque page cursors: base64url of "<kind>:<position>", so a client passes back what it was
 * given and never builds one. A cursor is read back only as its own kind (an item cursor is no
 * use to the negative list), and a position that does not match is INVALID_CURSOR. Every paged
 * public list uses them: the hub's items, search and negative list, the provinces' fee catalogs.
 */
export function encodePageCursor(kind: string, position: string): string {
  return Buffer.from(`${kind}:${position}`, 'utf8').toString('base64url');
}

/** The position a cursor of `kind` holds, if it matches `position` whole; else BAD_USER_INPUT on `field`. */
export function decodePageCursor(cursor: string, kind: string, position: RegExp, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const value = decoded.startsWith(`${kind}:`) ? decoded.slice(kind.length + 1) : undefined;
  const whole = value === undefined ? null : position.exec(value);
  if (value === undefined || !whole || whole[0] !== value) {
    throw badUserInput(field, '分页游标无效：请使用上一页返回的 endCursor', { reason: 'INVALID_CURSOR' });
  }
  return value;
}
