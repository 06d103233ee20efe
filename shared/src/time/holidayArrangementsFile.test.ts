import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateAfter } from '../decision/workingDays.ts';
import { workingDaySpans } from '../decision/timeLimitComparison.ts';
import { ConfigurationError } from '../process/configurationError.ts';
import { holidayArrangementsFromEnvironment, loadHolidayArrangements } from './holidayArrangementsFile.ts';
import { calendarDay, hasPublishedArrangement, isWorkingDay } from './workingCalendar.ts';

const dir = mkdtempSync(join(tmpdir(), 'yrd-holidays-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A made-up arrangement for 2027, shaped as the State Council's notices are — NOT the published
 * one: the tests need a year the product does not build in. 元旦 from Thursday 31 December 2026
 * (a Sunday before worked), a nine-day 春节, and the other holidays.
 */
const TEST_2027 = {
  source: 'test arrangement (made up for the tests; not the State Council notice)',
  daysOff: [
    ['2026-12-31', '2027-01-03'],
    ['2027-02-06', '2027-02-14'],
    ['2027-04-03', '2027-04-05'],
    ['2027-05-01', '2027-05-05'],
    ['2027-06-09', '2027-06-11'],
    ['2027-09-15', '2027-09-17'],
    ['2027-10-01', '2027-10-07'],
  ],
  weekendWorkingDays: ['2026-12-27', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
};

/** A second made-up year, beside 2027 in one file. */
const TEST_2028 = {
  source: 'test arrangement (made up for the tests)',
  daysOff: [
    ['2028-01-01', '2028-01-01'],
    ['2028-05-01', '2028-05-02'],
    ['2028-10-01', '2028-10-03'],
  ],
  weekendWorkingDays: [],
};

/** The file with this content, as the variable names it. */
function fileWith(name: string, content: unknown): Record<string, string> {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return { YRD_HOLIDAY_ARRANGEMENTS_FILE: file };
}

const refusal = (env: Record<string, string>) => {
  try {
    holidayArrangementsFromEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('the operators’ holiday arrangements (YRD_HOLIDAY_ARRANGEMENTS_FILE)', () => {
  it('adds nothing without the variable', () => {
    expect(holidayArrangementsFromEnvironment({})).toEqual({});
    expect(holidayArrangementsFromEnvironment({ YRD_HOLIDAY_ARRANGEMENTS_FILE: '' })).toEqual({});
  });

  it('refuses, naming the file, the year, the field and what is wrong — before anything counts a day with it', () => {
    const cases: [unknown, RegExp][] = [
      ['{ "2027": ', /is not JSON/],
      [[TEST_2027], /an object keyed by year is expected/],
      [{ '27': TEST_2027 }, /"27" is not a year/],
      [{ 2026: TEST_2027 }, /2026's arrangement is built in/],
      [{ 2027: { ...TEST_2027, source: ' ' } }, /^.*2027: source: the notice it is copied from is expected/],
      [{ 2027: { ...TEST_2027, daysOff: [] } }, /2027: daysOff: a list of \[first, last\] day ranges is expected/],
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-02-30', '2027-03-01']] } }, /2027: daysOff\[7\]\[0\]: "2027-02-30" is not a date/],
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2028-01-01', '2028-01-01']] } }, /daysOff\[7\]\[0\]: 2028-01-01 is outside 2027/],
      [{ 2027: { ...TEST_2027, weekendWorkingDays: ['2026-12-19'] } }, /weekendWorkingDays\[0\]: 2026-12-19 is outside 2027 \(and the last days of the December before it, from 2026-12-20\)/],
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-02-12', '2027-02-16']] } }, /daysOff\[7\]: 2027-02-12 to 2027-02-16 overlaps another range \(2027-02-06 to 2027-02-14\)/],
      // Two ranges that meet are one holiday: together longer than any.
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-02-15', '2027-02-22']] } }, /daysOff\[7\]: 2027-02-06 to 2027-02-22 is longer than any holiday/],
      // A December day the year before already names (its own arrangement counts for it): at a range's end, or inside it.
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-12-31', '2027-12-31']] }, 2028: { ...TEST_2028, daysOff: [['2027-12-30', '2028-01-01'], ...TEST_2028.daysOff.slice(1)] } }, /^.*2028: daysOff\[0\]: 2027-12-31 is named by 2027's arrangement already/],
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-12-31', '2027-12-31']] }, 2028: { ...TEST_2028, daysOff: [['2027-12-31', '2028-01-01'], ...TEST_2028.daysOff.slice(1)] } }, /^.*2028: daysOff\[0\]\[0\]: 2027-12-31 is named by 2027's arrangement already/],
      [{ 2027: { ...TEST_2027, daysOff: [...TEST_2027.daysOff, ['2027-06-11', '2027-06-09']] } }, /daysOff\[7\]: 2027-06-11 is after 2027-06-09/],
      // A month mistyped: 2 March for 2 February.
      [{ 2027: { ...TEST_2027, daysOff: [['2027-02-06', '2027-03-02'], ...TEST_2027.daysOff] } }, /daysOff\[0\]: 2027-02-06 to 2027-03-02 is longer than any holiday/],
      [{ 2027: { ...TEST_2027, daysOff: TEST_2027.daysOff.filter(([first]) => first !== '2027-05-01') } }, /2027: daysOff leave out 2027-05-01, 2027-05-02, statutory holidays/],
      [{ 2027: { ...TEST_2027, weekendWorkingDays: ['2027-02-19'] } }, /weekendWorkingDays\[0\]: 2027-02-19 is a weekday/],
      [{ 2027: { ...TEST_2027, weekendWorkingDays: ['2027-02-13'] } }, /weekendWorkingDays\[0\]: 2027-02-13 is also a day off/],
      [{ 2027: { ...TEST_2027, weekendWorkingDays: undefined } }, /weekendWorkingDays: a list of dates is expected/],
    ];
    for (const [index, [content, expected]] of cases.entries()) {
      const env = fileWith(`bad-${index}.json`, content);
      const message = refusal(env);
      expect(message, JSON.stringify(content).slice(0, 80)).toMatch(expected);
      expect(message.startsWith(`YRD_HOLIDAY_ARRANGEMENTS_FILE (${env.YRD_HOLIDAY_ARRANGEMENTS_FILE}): `)).toBe(true);
    }
    expect(refusal({ YRD_HOLIDAY_ARRANGEMENTS_FILE: join(dir, 'missing.json') })).toMatch(/cannot be read \(ENOENT\)/);
    // Nothing refused was added.
    expect(hasPublishedArrangement(2027)).toBe(false);
  });

  it('once loaded, counts the year exactly: its holidays off, its exchanged days worked, its 元旦 from the December before — until taken back', () => {
    expect(isWorkingDay('2027-02-08')).toBe(true); // a Monday, counted as a weekday while 2027 is not known
    const restore = loadHolidayArrangements(fileWith('2027.json', { 2027: TEST_2027, 2028: TEST_2028 }));
    try {
      expect(hasPublishedArrangement(2027)).toBe(true);
      expect(hasPublishedArrangement(2028)).toBe(true);
      expect(calendarDay('2027-02-08')).toBe('PUBLIC_HOLIDAY');
      expect(calendarDay('2027-02-20')).toBe('EXCHANGED_WORKING_DAY');
      expect(calendarDay('2027-05-03')).toBe('PUBLIC_HOLIDAY'); // beyond the statutory 1–2 May, as the arrangement says
      // The built-in 2026 answers for its own days; 2027's arrangement for the December days it names.
      expect(calendarDay('2026-12-31')).toBe('PUBLIC_HOLIDAY');
      expect(calendarDay('2026-12-27')).toBe('EXCHANGED_WORKING_DAY');
      expect(calendarDay('2026-12-30')).toBe('WORKING_DAY');
      // A 容缺 deadline of 5 working days from Thursday 4 February 2027 ends after 春节: Friday, then Monday 15 to Thursday 18.
      expect(dateAfter('2027-02-04', 5, 'WORKING_DAYS')).toBe('2027-02-18');
    } finally {
      restore();
    }
    expect(hasPublishedArrangement(2027)).toBe(false);
    expect(isWorkingDay('2027-02-08')).toBe(true);
    expect(calendarDay('2026-12-31')).toBe('WORKING_DAY');
    expect(dateAfter('2027-02-04', 5, 'WORKING_DAYS')).toBe('2027-02-11');
  });

  it('measures promised time limits over the years it adds too (a new year may flag a promise that passed)', () => {
    const before = workingDaySpans(5).longest;
    expect(before.naturalDays).toBe(15); // the National Day week of 2026
    // A made-up year with a two-week 春节 (from Friday 1 February 2030), nothing worked in exchange.
    const restore = loadHolidayArrangements(
      fileWith('2030.json', {
        2030: {
          source: 'test arrangement (made up for the tests)',
          daysOff: [['2030-01-01', '2030-01-01'], ['2030-02-01', '2030-02-14'], ['2030-05-01', '2030-05-02'], ['2030-10-01', '2030-10-03']],
          weekendWorkingDays: [],
        },
      }),
    );
    try {
      // Accepted Friday 25 January: Monday 28 to Thursday 31, then Friday 15 February — 21 days.
      expect(workingDaySpans(5).longest).toEqual({ naturalDays: 21, acceptedOn: '2030-01-25' });
    } finally {
      restore();
    }
    expect(workingDaySpans(5).longest).toEqual(before);
  });
});

