import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  epochMillisToLocalDate,
  isLocalDate,
  localDateToEpochMillis,
  monthsBetween,
  todayInChina,
} from './localDate.ts';

describe('local dates in China Standard Time', () => {
  it('rejects impossible dates and accepts leap days', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('1990-02-31')).toBe(false);
    expect(isLocalDate('2019-3-1')).toBe(false);
  });

  it('maps midnight in Shanghai to the same day, not the previous UTC day', () => {
    // 2019-03-01T00:00+08:00 is 2019-02-28T16:00Z: a UTC reading would give the wrong day.
    const millis = localDateToEpochMillis('2019-03-01');
    expect(new Date(millis).toISOString()).toBe('2019-02-28T16:00:00.000Z');
    expect(epochMillisToLocalDate(millis)).toBe('2019-03-01');
    expect(epochMillisToLocalDate(millis + 23 * 3600 * 1000)).toBe('2019-03-01');
    expect(epochMillisToLocalDate(millis - 1)).toBe('2019-02-28');
  });

  it('round-trips every date through epoch milliseconds', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        expect(epochMillisToLocalDate(localDateToEpochMillis(date))).toBe(date);
      }),
    );
  });

  it('does calendar arithmetic on days and months', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    // A term of years ends on the same day (three years of publicity from 2026-11-27 run to 2029-11-27, not 11-26).
    expect(addYears('2026-11-27', 3)).toBe('2029-11-27');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(todayInChina(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });
});
