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
  it('refuses a day the month does not have (not rolled over into the next month), and hours, minutes or offsets out of range', () => {
    for (const raw of ['2026-02-30T10:00+08:00', '2026-02-29T10:00+08:00', '2026-04-31T10:00Z', '2026-13-01T10:00Z', '2026-00-10T10:00Z', '2026-11-25T24:00+08:00', '2026-11-25T10:60Z', '2026-11-25T10:00:60Z', '2026-11-25T10:00+08:60']) {
      expect(() => hallClockFromEnvironment({ YRD_HALL_CLOCK_START: raw }), raw).toThrow(
        `YRD_HALL_CLOCK_START must be an ISO 8601 instant on a real calendar day, with its offset, such as 2026-11-25T10:00+08:00; got "${raw}"`,
      );
    }
    // A leap day that exists is a day like any other.
    const read = hallClockFromEnvironment({ YRD_HALL_CLOCK_START: '2028-02-29T10:00+08:00' })().getTime();
    expect(read).toBeGreaterThanOrEqual(Date.parse('2028-02-29T02:00:00Z'));
    expect(read).toBeLessThan(Date.parse('2028-02-29T02:01:00Z'));
  });
});
