import { describe, expect, it } from 'vitest';
import { requestIdOf } from './requestId.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it('keeps a plain id the caller sent: letters, digits, dot, underscore and hyphen', () => {
    for (const sent of ['win-0042.7', 'a', 'A_b.c-d', 'fault-suite-1795766400000', '3f2b8c1e-9d4a-4f6b-8a2e-1c5d7e9f0a1b', 'x'.repeat(64)]) {
      expect(requestIdOf({ 'x-request-id': sent })).toBe(sent);
    }
    // Of a header sent twice, the first.
    expect(requestIdOf({ 'x-request-id': ['first-id', 'second-id'] })).toBe('first-id');
  });

  it('replaces anything else with a new id, keeping nothing of what was sent', () => {
    const refused = [
      '',
      'a'.repeat(65),
      'bad id',
      '<script>',
      'win-0042:7',
      'id"}\n{"level":60,"msg":"forged',
      'id\r\nx-admin: 1',
      'user=341602199203052464',
      'é',
      '请求-1',
      // A person's number: a resident identity number (18, and the old 15), a bank card's.
      '341602199203052464',
      '34160219920305246X',
      'req-341602920305246',
      '6222021234567890123',
    ];
    for (const sent of refused) {
      const id = requestIdOf({ 'x-request-id': sent });
      expect(id, sent).toMatch(UUID);
      if (sent !== '') expect(id, sent).not.toContain(sent);
    }
    expect(requestIdOf({})).toMatch(UUID);
    expect(requestIdOf({ 'x-request-id': ['bad id', 'good-id'] })).toMatch(UUID);
  });

  it('makes a different id for every request without a sensible one', () => {
    const ids = new Set(Array.from({ length: 100 }, () => requestIdOf({ 'x-request-id': 'bad id' })));
    expect(ids.size).toBe(100);
  });
});
