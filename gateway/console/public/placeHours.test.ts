import { describe, expect, it } from 'vitest';
import { placeHours, weekdaysLabel } from './placeHours.ts';

describe('placeHours', () => {
  it('names the days as a hall posts them, not as numbers', () => {
    expect(weekdaysLabel([1, 2, 3, 4, 5])).toBe('周一至周五');
    expect(weekdaysLabel([6])).toBe('周六');
    expect(weekdaysLabel([1, 3])).toBe('周一、周三');
    expect(weekdaysLabel([6, 7])).toBe('周六、周日');
    expect(weekdaysLabel([1, 2, 3, 4, 5, 6, 7])).toBe('每天');
  });

  it('shows the periods of the same days together, a lunch break as the gap between them', () => {
    // A hall without lunch-time service publishes its weekday in two periods.
    const split = [
      { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
      { weekdays: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
      { weekdays: [6], opens: '09:00', closes: '12:00' },
    ];
    expect(placeHours({ open24h: false, hours: split })).toBe('周一至周五 09:00–12:00、13:30–17:00；周六 09:00–12:00');
    const whole = [
      { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' },
      { weekdays: [6], opens: '09:00', closes: '12:00' },
    ];
    expect(placeHours({ open24h: false, hours: whole })).toBe('周一至周五 09:00–17:00；周六 09:00–12:00');
    expect(placeHours({ open24h: true, hours: [] })).toBe('24 小时开放');
  });
});
