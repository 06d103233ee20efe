import { describe, expect, it } from 'vitest';
import { distanceMeters } from './geo.ts';
import {
  HALL_HOURS,
  HALL_HOURS_WITH_SATURDAY,
  ROUND_THE_CLOCK,
  closingOn,
  hallClockTime,
  hallTimeLabel,
  isOpenAt,
  nextOpeningAt,
  servedPeriods,
  serviceMinutesLeft,
  serviceReachedAt,
} from './openingHours.ts';

describe('opening hours (CST)', () => {
  const hall = { open24h: false, lunchService: false, hours: HALL_HOURS };
  it('follows the weekday hours in China, whatever the server zone', () => {
    expect(isOpenAt(hall, new Date('2026-11-26T02:00:00Z'))).toBe(true); // Thu 10:00
    expect(isOpenAt(hall, new Date('2026-11-26T10:00:00Z'))).toBe(false); // Thu 18:00
    expect(isOpenAt(hall, new Date('2026-11-28T02:00:00Z'))).toBe(false); // Sat 10:00
    expect(isOpenAt({ ...hall, hours: HALL_HOURS_WITH_SATURDAY }, new Date('2026-11-28T02:00:00Z'))).toBe(true);
  });
  it('keeps the national calendar: closed on a public holiday, open on a weekend day worked in exchange', () => {
    // 国庆节 2026: Thursday 1 October at 10:00 is a day off, Saturday hours included.
    expect(isOpenAt(hall, new Date('2026-10-01T02:00:00Z'))).toBe(false);
    expect(isOpenAt({ ...hall, hours: HALL_HOURS_WITH_SATURDAY }, new Date('2026-10-03T02:00:00Z'))).toBe(false);
    // Saturday 10 October and Sunday 20 September 2026 are worked in exchange (调休上班): weekday hours.
    expect(isOpenAt(hall, new Date('2026-10-10T02:00:00Z'))).toBe(true);
    expect(isOpenAt(hall, new Date('2026-09-20T08:30:00Z'))).toBe(true); // 16:30
    expect(isOpenAt(hall, new Date('2026-09-20T09:30:00Z'))).toBe(false); // 17:30
    // A 24-hour terminal stays open on the holiday.
    expect(isOpenAt({ open24h: true, lunchService: false, hours: [] }, new Date('2026-10-01T02:00:00Z'))).toBe(true);
    // A year whose arrangement is not published yet: its fixed-date holidays still close the halls.
    expect(isOpenAt(hall, new Date('2027-10-01T02:00:00Z'))).toBe(false); // a Friday
  });
  it('closes for lunch unless the hall serves through it; terminals never close', () => {
    const lunch = new Date('2026-11-26T04:30:00Z'); // 12:30
    expect(isOpenAt(hall, lunch)).toBe(false);
    expect(isOpenAt({ ...hall, lunchService: true }, lunch)).toBe(true);
    expect(isOpenAt({ open24h: true, lunchService: false, hours: [] }, new Date('2026-11-29T19:00:00Z'))).toBe(true);
  });
});

describe('served periods (what the map publishes as hours)', () => {
  const hall = { open24h: false, lunchService: false, hours: HALL_HOURS_WITH_SATURDAY };
  it('leave the lunch break out of a hall that keeps one, and nothing else', () => {
    expect(servedPeriods(hall)).toEqual([
      { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
      { weekdays: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
      { weekdays: [6], opens: '09:00', closes: '12:00' },
    ]);
    expect(servedPeriods({ ...hall, lunchService: true })).toEqual(HALL_HOURS_WITH_SATURDAY);
    expect(servedPeriods({ open24h: true, lunchService: true, hours: ROUND_THE_CLOCK })).toEqual(ROUND_THE_CLOCK);
    // Periods within the break vanish; periods reaching into it are cut short.
    const odd = [
      { weekdays: [1], opens: '12:15', closes: '13:00' },
      { weekdays: [2], opens: '10:00', closes: '13:00' },
      { weekdays: [3], opens: '12:30', closes: '15:00' },
    ];
    expect(servedPeriods({ open24h: false, lunchService: false, hours: odd })).toEqual([
      { weekdays: [2], opens: '10:00', closes: '12:00' },
      { weekdays: [3], opens: '13:30', closes: '15:00' },
    ]);
  });

  it('are the same once cut again: hours read back from a map are served periods already', () => {
    expect(servedPeriods({ ...hall, hours: servedPeriods(hall) })).toEqual(servedPeriods(hall));
  });

  it('are exactly when the place is open, on every working day of a week, and its next opening starts one', () => {
    // Monday 23 to Sunday 29 November 2026, every ten minutes: no holiday, no day worked in exchange.
    for (const place of [hall, { ...hall, lunchService: true }, { ...hall, hours: HALL_HOURS }]) {
      const periods = servedPeriods(place);
      for (let at = Date.parse('2026-11-22T16:00:00Z'); at < Date.parse('2026-11-29T16:00:00Z'); at += 10 * 60_000) {
        const local = new Date(at + 8 * 3600_000);
        const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
        const hhmm = local.toISOString().slice(11, 16);
        const inPeriod = periods.some((period) => period.weekdays.includes(weekday) && hhmm >= period.opens && hhmm < period.closes);
        expect(isOpenAt(place, new Date(at)), `${JSON.stringify(place)} ${local.toISOString()}`).toBe(inPeriod);
        if (inPeriod) continue;
        const opens = nextOpeningAt(place, new Date(at));
        const opensLocal = new Date((opens?.getTime() ?? 0) + 8 * 3600_000).toISOString().slice(11, 16);
        expect(periods.map((period) => period.opens)).toContain(opensLocal);
      }
    }
  });
});

describe('next opening (CST)', () => {
  const hall = { open24h: false, lunchService: false, hours: HALL_HOURS };
  const next = (place: typeof hall, at: string) => nextOpeningAt(place, new Date(at))?.toISOString();
  it('is the end of the lunch break at lunch, and the next morning after closing', () => {
    expect(next(hall, '2026-11-26T04:30:00Z')).toBe('2026-11-26T05:30:00.000Z'); // Thu 12:30 → 13:30
    expect(next(hall, '2026-11-26T00:00:00Z')).toBe('2026-11-26T01:00:00.000Z'); // Thu 08:00 → 09:00
    expect(next(hall, '2026-11-26T10:00:00Z')).toBe('2026-11-27T01:00:00.000Z'); // Thu 18:00 → Fri 09:00
  });
  it('skips the weekend unless the hall keeps Saturday hours, and skips public holidays', () => {
    expect(next(hall, '2026-11-27T10:00:00Z')).toBe('2026-11-30T01:00:00.000Z'); // Fri 18:00 → Mon 09:00
    expect(next({ ...hall, hours: HALL_HOURS_WITH_SATURDAY }, '2026-11-27T10:00:00Z')).toBe('2026-11-28T01:00:00.000Z'); // → Sat 09:00
    // 国庆 2026 (1–7 October, Saturday 10 October worked in exchange): from the evening of 30 September to 8 October.
    expect(next(hall, '2026-09-30T10:00:00Z')).toBe('2026-10-08T01:00:00.000Z');
  });
  it('is what the place then is: open, after having been closed', () => {
    for (const at of ['2026-11-26T04:30:00Z', '2026-11-27T10:00:00Z', '2026-09-30T10:00:00Z', '2026-12-31T09:59:00Z']) {
      const opens = nextOpeningAt(hall, new Date(at));
      expect(opens && isOpenAt(hall, opens), at).toBe(true);
      expect(opens && isOpenAt(hall, new Date(opens.getTime() - 60_000)), at).toBe(false);
    }
  });
  it('reads as a hall states it', () => {
    expect(hallTimeLabel(new Date('2026-11-30T01:00:00Z'))).toBe('11月30日（周一）09:00');
    expect(hallTimeLabel(new Date('2026-11-26T05:30:00Z'))).toBe('11月26日（周四）13:30');
  });
});

describe('distances', () => {
  it('measures the demonstration zone: 青浦 to 嘉善 is about 36 km', () => {
    const d = distanceMeters({ latitude: 31.151, longitude: 121.124 }, { latitude: 30.8307, longitude: 120.9262 });
    expect(d).toBeGreaterThan(35_000);
    expect(d).toBeLessThan(42_000);
  });
});

describe('the end of a place’s day, and the service it has left', () => {
  const hall = { open24h: false, lunchService: false, hours: HALL_HOURS_WITH_SATURDAY };
  it('closes at the end of its last served period that day, and not at all on a day off', () => {
    expect(closingOn(hall, '2026-11-26')?.toISOString()).toBe('2026-11-26T09:00:00.000Z'); // Thursday 17:00
    expect(closingOn(hall, '2026-11-28')?.toISOString()).toBe('2026-11-28T04:00:00.000Z'); // Saturday 12:00
    expect(closingOn(hall, '2026-11-29')).toBeUndefined(); // Sunday
    expect(closingOn(hall, '2026-10-01')).toBeUndefined(); // 国庆
    expect(closingOn({ open24h: true, lunchService: false, hours: ROUND_THE_CLOCK }, '2026-11-26')?.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(hallClockTime(new Date('2026-11-26T09:00:00Z'))).toBe('17:00');
  });
  it('has the rest of its served periods left, less the lunch break', () => {
    expect(serviceMinutesLeft(hall, new Date('2026-11-26T08:50:00Z'))).toBe(10); // 16:50
    expect(serviceMinutesLeft(hall, new Date('2026-11-26T03:50:00Z'))).toBe(220); // 11:50: 10 + 210
    expect(serviceMinutesLeft({ ...hall, lunchService: true }, new Date('2026-11-26T03:50:00Z'))).toBe(310);
    expect(serviceMinutesLeft(hall, new Date('2026-11-26T09:30:00Z'))).toBe(0);
    expect(serviceMinutesLeft(hall, new Date('2026-11-29T02:00:00Z'))).toBe(0); // Sunday
  });
  it('says when a stretch of service from now ends, resuming after the lunch break', () => {
    const at = (iso: string, service: number, place = hall) => serviceReachedAt(place, new Date(iso), service)?.toISOString();
    expect(at('2026-11-26T02:00:00Z', 30)).toBe('2026-11-26T02:30:00.000Z'); // 10:00 + 30 → 10:30
    expect(at('2026-11-26T03:50:00Z', 30)).toBe('2026-11-26T05:50:00.000Z'); // 11:50: 10 before lunch, 20 after 13:30 → 13:50
    expect(at('2026-11-26T03:50:00Z', 30, { ...hall, lunchService: true })).toBe('2026-11-26T04:20:00.000Z'); // serves through lunch → 12:20
    expect(at('2026-11-26T04:30:00Z', 6)).toBe('2026-11-26T05:36:00.000Z'); // asked at 12:30, lunch: from 13:30
    expect(at('2026-11-26T08:50:00Z', 10)).toBe('2026-11-26T09:00:00.000Z'); // 16:50 + 10 → 17:00
    expect(at('2026-11-26T08:50:00Z', 11)).toBeUndefined(); // past closing
    expect(at('2026-11-29T02:00:00Z', 6)).toBeUndefined(); // Sunday
    expect(at('2026-11-29T19:00:00Z', 90, { open24h: true, lunchService: false, hours: [] })).toBe('2026-11-29T20:30:00.000Z');
  });
});
