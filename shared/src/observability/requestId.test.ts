import { describe, expect, it } from 'vitest';
import { requestIdOf } from './requestId.ts';

describe('requestIdOf', () => {
  it('keeps a sensible id the caller sent and replaces anything else', () => {
    expect(requestIdOf({ 'x-request-id': 'win-0042:7' })).toBe('win-0042:7');
    for (const sent of [undefined, '', 'a'.repeat(65), 'bad id', '<script>']) {
      const id = requestIdOf(sent === undefined ? {} : { 'x-request-id': sent });
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
