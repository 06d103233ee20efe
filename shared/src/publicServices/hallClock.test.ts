import { describe, expect, it } from 'vitest';
import { hallClockFromEnvironment } from './hallClock.ts';

describe('the service halls clock', () => {
  it('is the system clock unless YRD_HALL_CLOCK_START is set', () => {
    const before = Date.now();
    const now = hallClockFromEnvironment({})().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
  it('reads the instant set at start and runs on from there', () => {
    const clock = hallClockFromEnvironment({ YRD_HALL_CLOCK_START: '2026-11-25T12:40+08:00' });
    const read = clock().getTime();
    expect(read).toBeGreaterThanOrEqual(Date.parse('2026-11-25T04:40:00Z'));
    expect(read).toBeLessThan(Date.parse('2026-11-25T04:41:00Z'));
  });
  it('refuses an instant without its offset, a non-date, and any use in production', () => {
    expect(() => hallClockFromEnvironment({ YRD_HALL_CLOCK_START: '2026-11-25T12:40' })).toThrow(/YRD_HALL_CLOCK_START must be an ISO 8601 instant/);
    expect(() => hallClockFromEnvironment({ YRD_HALL_CLOCK_START: 'tomorrow' })).toThrow(/got "tomorrow"/);
    expect(() => hallClockFromEnvironment({ YRD_HALL_CLOCK_START: '2026-11-25T12:40Z', NODE_ENV: 'production' })).toThrow(/unset it in production/);
  });
});
