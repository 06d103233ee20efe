import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodePageCursor, encodePageCursor } from './pageCursor.ts';

function reason(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions.reason;
  }
  return 'no error';
}

describe('page cursors', () => {
  it('give back the position they were made from, for their own kind', () => {
    const cursor = encodePageCursor('item', '010100100000');
    expect(cursor).not.toContain('010100100000'); // opaque
    expect(decodePageCursor(cursor, 'item', /\d{12}/)).toBe('010100100000');
  });

  it('refuse another kind, a position that does not match whole, and anything not made here', () => {
    expect(reason(() => decodePageCursor(encodePageCursor('entry', '101'), 'item', /\d{12}/))).toBe('INVALID_CURSOR');
    expect(reason(() => decodePageCursor(encodePageCursor('entry', '1011'), 'entry', /\d{3}/))).toBe('INVALID_CURSOR');
    expect(reason(() => decodePageCursor(encodePageCursor('entry', 'x101'), 'entry', /\d{3}/))).toBe('INVALID_CURSOR');
    expect(reason(() => decodePageCursor('not a cursor', 'entry', /\d{3}/))).toBe('INVALID_CURSOR');
  });
});
