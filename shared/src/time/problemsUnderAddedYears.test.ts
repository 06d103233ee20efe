import { describe, expect, it } from 'vitest';
import { workingDaySpans } from '../decision/timeLimitComparison.ts';
import { problemsUnderAddedYears } from './problemsUnderAddedYears.ts';
import { addPublishedArrangements, hasPublishedArrangement } from './workingCalendar.ts';

/** A made-up year with a two-week 春节 (from Friday 1 February 2030), nothing worked in exchange. */
const LONG_2030 = {
  source: 'test arrangement (made up for the tests)',
  daysOff: [
    ['2030-01-01', '2030-01-01'],
    ['2030-02-01', '2030-02-14'],
    ['2030-05-01', '2030-05-02'],
    ['2030-10-01', '2030-10-03'],
  ] as [string, string][],
  weekendWorkingDays: [],
};

/** A promise of 5 working days against a statutory 15 natural days, as 单位参保登记's: a problem when some run of 5 working days is longer. */
const fiveWithinFifteen = () => (workingDaySpans(5).longest.naturalDays > 15 ? [`5 working days can take ${workingDaySpans(5).longest.naturalDays} natural days`] : []);

describe('a time-limit check parted by the years the operators added', () => {
  it('finds nothing to part with the built-in calendar alone', () => {
    expect(problemsUnderAddedYears(fiveWithinFifteen)).toEqual({ refused: [], underAddedYears: [] });
  });

  it('parts what only an added year breaks from what the built-in years already break, and leaves the calendar as it found it', () => {
    const restore = addPublishedArrangements({ 2030: LONG_2030 });
    try {
      expect(problemsUnderAddedYears(fiveWithinFifteen)).toEqual({ refused: [], underAddedYears: ['5 working days can take 21 natural days'] });
      // Broken by the built-in years already (the 2026 National Day week makes 5 working days 15 natural days): refused, and not said twice.
      const fiveWithinFourteen = () => (workingDaySpans(5).longest.naturalDays > 14 ? ['does not fit'] : []);
      expect(problemsUnderAddedYears(fiveWithinFourteen)).toEqual({ refused: ['does not fit'], underAddedYears: [] });
      // …and one an added year words differently (a longer run): the same problem, where it is, not said again.
      const worded = () => (workingDaySpans(5).longest.naturalDays > 14 ? [`item 1 (某事项) promisedTimeLimit: can take ${workingDaySpans(5).longest.naturalDays} natural days`] : []);
      expect(problemsUnderAddedYears(worded)).toEqual({ refused: ['item 1 (某事项) promisedTimeLimit: can take 15 natural days'], underAddedYears: [] });
      expect(hasPublishedArrangement(2030)).toBe(true);
      expect(workingDaySpans(5).longest.naturalDays).toBe(21);
    } finally {
      restore();
    }
  });
});
