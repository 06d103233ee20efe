import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../time/localDate.ts';
import { BUILT_IN_ARRANGEMENTS } from '../time/workingCalendar.ts';
import type { TimeLimitUnit } from '../standard/codeTables.ts';
import { compareTimeLimits, excessOver, timeLimitText, workingDaySpans } from './timeLimitComparison.ts';
import { dateAfter } from './workingDays.ts';

const working = (amount: number) => ({ amount, unit: 'WORKING_DAYS' }) as const;
const natural = (amount: number) => ({ amount, unit: 'NATURAL_DAYS' }) as const;

describe('comparing time limits', () => {
  it('compares amounts when the units agree', () => {
    expect(compareTimeLimits(working(5), working(5))).toEqual({ neverLonger: true });
    expect(compareTimeLimits(working(6), working(5))).toEqual({ neverLonger: false });
    expect(compareTimeLimits(natural(11), natural(10))).toEqual({ neverLonger: false });
  });

  it('finds that 5 working days can outlast 10 natural days: accepted before 中秋 and 国庆 2026 they take 15', () => {
    expect(compareTimeLimits(working(5), natural(10))).toEqual({
      neverLonger: false,
      decisiveCase: { acceptedOn: '2026-09-23', limitNaturalDays: 15, boundNaturalDays: 10 },
    });
    expect(dateAfter('2026-09-23', 5, 'WORKING_DAYS')).toBe('2026-10-08');
  });

  it('measures the longest run of working days across the Spring Festival', () => {
    // Accepted on Saturday 14 February (worked in exchange): the next working day is 24 February.
    expect(workingDaySpans(1).longest).toEqual({ naturalDays: 10, acceptedOn: '2026-02-14' });
    expect(compareTimeLimits(working(1), natural(10)).neverLonger).toBe(true);
    expect(compareTimeLimits(working(2), natural(10))).toMatchObject({ neverLonger: false, decisiveCase: { acceptedOn: '2026-02-13', limitNaturalDays: 11 } });
  });

  it('holds natural days against the shortest run of working days', () => {
    // From Saturday 3 January 2026, Sunday 4 January is worked in exchange: 3 working days end on the 6th.
    expect(workingDaySpans(3).shortest).toEqual({ naturalDays: 3, acceptedOn: '2026-01-03' });
    expect(compareTimeLimits(natural(3), working(3)).neverLonger).toBe(true);
    expect(compareTimeLimits(natural(4), working(3))).toEqual({
      neverLonger: false,
      decisiveCase: { acceptedOn: '2026-01-03', limitNaturalDays: 4, boundNaturalDays: 3 },
    });
    // Seven working days always span a weekend: 8 natural days never outlast them.
    expect(compareTimeLimits(natural(8), working(7)).neverLonger).toBe(true);
  });

  it('treats 0 days alike in both units (decided on the day of acceptance)', () => {
    expect(compareTimeLimits(working(0), natural(0)).neverLonger).toBe(true);
    expect(compareTimeLimits(natural(0), working(0)).neverLonger).toBe(true);
    expect(compareTimeLimits(natural(1), working(0)).neverLonger).toBe(false);
  });

  it('refuses amounts that are not whole days', () => {
    expect(() => compareTimeLimits(working(1.5), natural(10))).toThrow(RangeError);
    expect(() => compareTimeLimits(working(-1), natural(10))).toThrow(RangeError);
  });

  it('words the excess for a validator message', () => {
    expect(excessOver(working(5), natural(10), 'the statutory')).toBe(
      '5 working days, which can take up to 15 natural days (accepted on 2026-09-23), more than the statutory 10 natural days',
    );
    expect(excessOver(natural(4), working(3), "the standard's")).toBe(
      "4 natural days, more than the standard's 3 working days, which can take as few as 3 natural days (accepted on 2026-01-03)",
    );
    expect(excessOver(working(3), working(2), "the standard's")).toBe("3 working days, more than the standard's 2 working days");
    expect(excessOver(natural(7), natural(10), 'the statutory')).toBeUndefined();
    expect(timeLimitText(natural(1))).toBe('1 natural day');
  });

  const years = Object.keys(BUILT_IN_ARRANGEMENTS).map(Number);
  const startDate = fc
    .constantFrom(...years)
    .chain((year) => fc.integer({ min: 0, max: 364 }).map((offset) => addDays(`${year}-01-01`, offset)))
    .filter((date) => years.includes(Number(date.slice(0, 4))));
  const limit = fc.record({
    amount: fc.integer({ min: 0, max: 40 }),
    unit: fc.constantFrom<TimeLimitUnit>('WORKING_DAYS', 'NATURAL_DAYS'),
  });

  it('is sound: a limit never longer than another ends no later, whatever day the case starts', () => {
    fc.assert(
      fc.property(startDate, limit, limit, (start, a, b) => {
        if (compareTimeLimits(a, b).neverLonger) {
          expect(dateAfter(start, a.amount, a.unit) <= dateAfter(start, b.amount, b.unit)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact: when a limit can be longer, its decisive case shows it', () => {
    fc.assert(
      fc.property(limit, limit, (a, b) => {
        const { neverLonger, decisiveCase } = compareTimeLimits(a, b);
        if (neverLonger || !decisiveCase) return;
        const { acceptedOn } = decisiveCase;
        expect(dateAfter(acceptedOn, a.amount, a.unit) > dateAfter(acceptedOn, b.amount, b.unit)).toBe(true);
        expect(addDays(acceptedOn, decisiveCase.limitNaturalDays)).toBe(dateAfter(acceptedOn, a.amount, a.unit));
        expect(addDays(acceptedOn, decisiveCase.boundNaturalDays)).toBe(dateAfter(acceptedOn, b.amount, b.unit));
      }),
      { numRuns: 500 },
    );
  });
});
