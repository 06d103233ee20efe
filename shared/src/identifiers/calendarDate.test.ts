import { describe, expect, it } from 'vitest';
import { chinaCalendarDateOf, daysInMonth, isLeapYear, isoDateOf, isRealCalendarDate } from './calendarDate.ts';

describe('calendar dates', () => {
  it('applies the Gregorian leap-year rule', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('accepts only dates that exist', () => {
    expect(isRealCalendarDate('20000229')).toBe(true);
    expect(isRealCalendarDate('20240229')).toBe(true);
    expect(isRealCalendarDate('19000229')).toBe(false);
    expect(isRealCalendarDate('20230229')).toBe(false);
    expect(isRealCalendarDate('19900231')).toBe(false);
    expect(isRealCalendarDate('19900431')).toBe(false);
    expect(isRealCalendarDate('19901301')).toBe(false);
    expect(isRealCalendarDate('19900001')).toBe(false);
    expect(isRealCalendarDate('19900100')).toBe(false);
    expect(isRealCalendarDate('1990011')).toBe(false);
    expect(isRealCalendarDate('1990O101')).toBe(false);
  });

  it('takes "today" in China (UTC+8) whatever the server time zone', () => {
    expect(chinaCalendarDateOf(new Date('2025-06-14T16:30:00Z'))).toBe('20250615');
    expect(chinaCalendarDateOf(new Date('2025-06-14T15:59:59Z'))).toBe('20250614');
    expect(chinaCalendarDateOf(new Date('2025-06-15T00:00:00+08:00'))).toBe('20250615');
  });

  it('formats YYYYMMDD as an ISO date', () => {
    expect(isoDateOf('19491231')).toBe('1949-12-31');
  });
});
