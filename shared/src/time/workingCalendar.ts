import { addDays, type LocalDate } from './localDate.ts';

/**
 * Which days are working days for a government service window (工作日): Monday to Friday,
 * except the public holidays, plus the weekend days worked in exchange (调休上班).
 *
 * The State Council publishes each year's arrangement in November of the year before
 * (国务院办公厅关于 YYYY 年部分节假日安排的通知). A year whose arrangement is built in here, or
 * added at start from the operators' file (holidayArrangementsFile.ts,
 * YRD_HOLIDAY_ARRANGEMENTS_FILE — no release needed when a notice is published), is counted
 * exactly. For a year with neither, only the holidays on fixed Gregorian dates are known in
 * advance (全国年节及纪念日放假办法, as revised in 2024: 元旦 1 January, 劳动节 1–2 May, 国庆节
 * 1–3 October); the lunar holidays and the exchanged days are not.
 *
 * An arrangement may reach into the December before its year (元旦 from 30 December, a Sunday
 * before it worked): a December day is looked up in the next year's arrangement too.
 */
export interface YearArrangement {
  /** Where the arrangement was published. */
  readonly source: string;
  /** Every day off, including the weekend days inside a holiday. */
  readonly daysOff: readonly (readonly [LocalDate, LocalDate])[];
  /** Weekend days that are working days (调休上班). */
  readonly weekendWorkingDays: readonly LocalDate[];
}

/** The arrangements released with the product. */
export const BUILT_IN_ARRANGEMENTS: Readonly<Record<number, YearArrangement>> = {
  2026: {
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社）',
    daysOff: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    weekendWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

/** Statutory holidays on fixed Gregorian dates (month-day), which hold whatever the year's arrangement. */
export const FIXED_DATE_HOLIDAYS: ReadonlySet<string> = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

let arrangements: Readonly<Record<number, YearArrangement>> = BUILT_IN_ARRANGEMENTS;
/** Counts the changes to the arrangements, for what is worked out from them and kept (timeLimitComparison.ts). */
let revision = 0;
const daysOffByYear = new Map<number, ReadonlySet<LocalDate>>();

/** Every arrangement the calendar counts by: built in, and added from the operators' file. */
export function publishedArrangements(): Readonly<Record<number, YearArrangement>> {
  return arrangements;
}

/** Changes each time arrangements are added: what was worked out from the calendar before is stale. */
export function calendarRevision(): number {
  return revision;
}

/**
 * Adds the arrangements of years not built in (checked by holidayArrangementsFile.ts), at a
 * process's start. A built-in year is not replaced: its arrangement is the product's. Returns
 * the way back to the calendar as it was (a test's, after itself).
 */
export function addPublishedArrangements(added: Readonly<Record<number, YearArrangement>>): () => void {
  const builtIn = Object.keys(added).filter((year) => BUILT_IN_ARRANGEMENTS[Number(year)] !== undefined);
  if (builtIn.length > 0) throw new RangeError(`the holiday arrangement of ${builtIn.join(', ')} is built in and is not replaced`);
  const before = arrangements;
  if (Object.keys(added).length > 0) useArrangements({ ...arrangements, ...added });
  return () => useArrangements(before);
}

/** The arrangements the calendar counts by from now on: what was worked out from the others is dropped. */
function useArrangements(next: Readonly<Record<number, YearArrangement>>): void {
  arrangements = next;
  daysOffByYear.clear();
  revision++;
}

function daysOffIn(year: number, arrangement: YearArrangement): ReadonlySet<LocalDate> {
  let days = daysOffByYear.get(year);
  if (!days) daysOffByYear.set(year, (days = daysInRanges(arrangement.daysOff)));
  return days;
}

/** Every day of the ranges ([first, last], both included). */
export function daysInRanges(ranges: readonly (readonly [LocalDate, LocalDate])[]): Set<LocalDate> {
  const days = new Set<LocalDate>();
  for (const [first, last] of ranges) for (let date = first; date <= last; date = addDays(date, 1)) days.add(date);
  return days;
}

/**
 * `check` run as if only the built-in arrangements were known (then the calendar as it stands
 * again): what holds without the years the operators added.
 */
export function withBuiltInArrangementsOnly<T>(check: () => T): T {
  const added = arrangements;
  if (added === BUILT_IN_ARRANGEMENTS) return check();
  useArrangements(BUILT_IN_ARRANGEMENTS);
  try {
    return check();
  } finally {
    useArrangements(added);
  }
}

/** Whether the year's official arrangement is known (else only fixed-date holidays are counted). */
export function hasPublishedArrangement(year: number): boolean {
  return arrangements[year] !== undefined;
}

/**
 * How a date is kept: an ordinary working day or weekend day, a day off of a public holiday
 * (weekend days inside the holiday included), or a weekend day worked in exchange (调休上班).
 */
export type CalendarDay = 'WORKING_DAY' | 'WEEKEND' | 'PUBLIC_HOLIDAY' | 'EXCHANGED_WORKING_DAY';

export function calendarDay(date: LocalDate): CalendarDay {
  const year = Number(date.slice(0, 4));
  const own = arrangements[year];
  // The next year's 元旦 may begin, or be worked for, in this December.
  const next = date.slice(5, 7) === '12' ? arrangements[year + 1] : undefined;
  for (const [arrangementYear, arrangement] of [[year, own], [year + 1, next]] as const) {
    if (!arrangement) continue;
    if (arrangement.weekendWorkingDays.includes(date)) return 'EXCHANGED_WORKING_DAY';
    if (daysOffIn(arrangementYear, arrangement).has(date)) return 'PUBLIC_HOLIDAY';
  }
  if (!own && FIXED_DATE_HOLIDAYS.has(date.slice(5))) return 'PUBLIC_HOLIDAY';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'WEEKEND' : 'WORKING_DAY';
}

export function isWorkingDay(date: LocalDate): boolean {
  const day = calendarDay(date);
  return day === 'WORKING_DAY' || day === 'EXCHANGED_WORKING_DAY';
}
