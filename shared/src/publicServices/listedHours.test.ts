import { describe, expect, it } from 'vitest';
import { listedSchedule, weeklyHours } from './listedHours.ts';
import { HALL_HOURS, HALL_HOURS_WITH_SATURDAY, servedPeriods } from './openingHours.ts';

describe('listed hours (办理时间) read as the periods a hall serves in', () => {
  it('reads the window hours, through lunch or around the break, as the map publishes them', () => {
    expect(listedSchedule('“一网通办”7×24小时在线办理；窗口 周一至周五 9:00-17:00（中午不间断），周六 9:00-12:00')).toEqual({
      lunchService: true,
      hours: HALL_HOURS_WITH_SATURDAY,
    });
    // No lunch-time service said: the break is cut out, as the map cuts it.
    const keepingBreak = listedSchedule('周一至周五 9:00-17:00；法定节假日除外');
    expect(keepingBreak).toEqual({ lunchService: false, hours: servedPeriods({ open24h: false, lunchService: false, hours: HALL_HOURS }) });
    expect(weeklyHours(listedSchedule('周一至周五 9:00-12:00、13:30-17:00').hours)).toEqual(weeklyHours(keepingBreak.hours));
  });

  it('keeps minutes and days as written, and reads no hours out of brackets', () => {
    expect(weeklyHours(listedSchedule('周一至周五 8:30-17:30（中午不间断）；周六、周日 9:00-12:00（窗口轮值）').hours)).toEqual([
      '08:30-17:30',
      '08:30-17:30',
      '08:30-17:30',
      '08:30-17:30',
      '08:30-17:30',
      '09:00-12:00',
      '09:00-12:00',
    ]);
    expect(weeklyHours(listedSchedule('周一至周五 8:30-12:00，14:30-17:30（夏令时 15:00-18:00）').hours)[0]).toBe('08:30-12:00 14:30-17:30');
    expect(listedSchedule('皖事通办 7×24小时网上预约').hours).toEqual([]);
  });
});
