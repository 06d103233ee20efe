import { describe, expect, it } from 'vitest';
import { licenceStatusOn } from './licenceStatus.ts';

describe('a licence status as of a day', () => {
  it('is valid through its last valid day and expired after it; a licence without an end never expires', () => {
    expect(licenceStatusOn('VALID', '2026-04-04', '2026-04-04')).toBe('VALID');
    expect(licenceStatusOn('VALID', '2026-04-04', '2026-04-05')).toBe('EXPIRED');
    expect(licenceStatusOn('VALID', null, '2099-01-01')).toBe('VALID');
  });
  it('keeps a revocation, whatever the date', () => {
    expect(licenceStatusOn('REVOKED', '2026-04-04', '2026-11-26')).toBe('REVOKED');
    expect(licenceStatusOn('REVOKED', '2026-12-31', '2026-11-26')).toBe('REVOKED');
  });
});
