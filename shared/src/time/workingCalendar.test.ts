import { describe, expect, it } from 'vitest';
import { dateAfter } from '../decision/workingDays.ts';
import { calendarDay, hasPublishedArrangement, isWorkingDay, BUILT_IN_ARRANGEMENTS } from './workingCalendar.ts';

describe('the working calendar', () => {
  it('follows the published 2026 arrangement: holidays off, exchanged weekend days worked', () => {
    expect(hasPublishedArrangement(2026)).toBe(true);
    // 春节: 15–23 February off; Saturday 14 and Saturday 28 February worked.
    expect(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-28'].map(isWorkingDay)).toEqual([true, true, true, true]);
    expect(['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23'].map(isWorkingDay)).toEqual([false, false, false, false]);
    // 国庆节: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-05')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    // An ordinary weekend stays off.
    expect(isWorkingDay('2026-11-28')).toBe(false);
  });

  it('says how each day is kept', () => {
    expect(calendarDay('2026-11-26')).toBe('WORKING_DAY'); // Thursday
    expect(calendarDay('2026-11-28')).toBe('WEEKEND');
    expect(calendarDay('2026-10-01')).toBe('PUBLIC_HOLIDAY'); // Thursday, 国庆
    expect(calendarDay('2026-10-03')).toBe('PUBLIC_HOLIDAY'); // Saturday inside the holiday
    expect(calendarDay('2026-10-10')).toBe('EXCHANGED_WORKING_DAY'); // Saturday, 调休上班
    expect(calendarDay('2027-05-01')).toBe('PUBLIC_HOLIDAY'); // fixed date, arrangement not yet published
  });

  it('lists only weekend days as exchanged working days, and only real dates', () => {
    for (const arrangement of Object.values(BUILT_IN_ARRANGEMENTS)) {
      for (const date of arrangement.weekendWorkingDays) expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      for (const [first, last] of arrangement.daysOff) expect(first <= last).toBe(true);
    }
  });

  it('counts promised working days across a holiday', () => {
    expect(dateAfter('2026-09-30', 1, 'WORKING_DAYS')).toBe('2026-10-08'); // the National Day week
    expect(dateAfter('2026-09-18', 1, 'WORKING_DAYS')).toBe('2026-09-20'); // a Sunday worked
    expect(dateAfter('2026-02-13', 2, 'WORKING_DAYS')).toBe('2026-02-24'); // Saturday 14th, then after 春节
    expect(dateAfter('2026-11-27', 1, 'WORKING_DAYS')).toBe('2026-11-30'); // Friday → Monday
  });

  it('in a year whose arrangement is not yet published, still keeps the fixed-date holidays off', () => {
    expect(hasPublishedArrangement(2027)).toBe(false);
    expect(isWorkingDay('2027-01-01')).toBe(false); // 元旦, a Friday
    expect(dateAfter('2026-12-31', 1, 'WORKING_DAYS')).toBe('2027-01-04');
    expect(isWorkingDay('2027-10-01')).toBe(false);
    expect(isWorkingDay('2027-05-03')).toBe(true); // beyond the statutory 1–2 May, until the arrangement says otherwise
  });
});
