import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../process/configurationError.ts';
import { addDays, isLocalDate, type LocalDate } from './localDate.ts';
import { addPublishedArrangements, BUILT_IN_ARRANGEMENTS, daysInRanges, FIXED_DATE_HOLIDAYS, type YearArrangement } from './workingCalendar.ts';

/**
 * The operators' holiday arrangements (YRD_HOLIDAY_ARRANGEMENTS_FILE): the State Council
 * publishes next year's arrangement each November, and working-day deadlines (容缺 补齐期限,
 * promised time limits) and the halls' opening days must count it from then on — not from the
 * next release of the product. The file adds the years not built in:
 *
 *   { "2027": { "source": "国务院办公厅关于2027年部分节假日安排的通知（…）",
 *               "daysOff": [["2027-01-01", "2027-01-03"], …],
 *               "weekendWorkingDays": ["2027-…", …] } }
 *
 * Each process that counts working days (the hub, the provinces) reads it at its start, and the
 * launcher reads it before starting anything: a mistyped date stops the start with a line
 * naming the year, the field and what is wrong, rather than shifting deadlines silently.
 */
export const HOLIDAY_ARRANGEMENTS_VARIABLE = 'YRD_HOLIDAY_ARRANGEMENTS_FILE';

/** The longest holiday an arrangement gives (春节 has been 9 days at most; 15 leaves room, and catches a mistyped month). */
const LONGEST_HOLIDAY_DAYS = 15;

/** The arrangements the file names, checked; none without the variable. Throws ConfigurationError naming what is wrong. */
export function holidayArrangementsFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): Record<number, YearArrangement> {
  const file = env[HOLIDAY_ARRANGEMENTS_VARIABLE];
  if (file === undefined || file === '') return {};
  const refuse = (problem: string) => new ConfigurationError(`${HOLIDAY_ARRANGEMENTS_VARIABLE} (${file}): ${problem}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not JSON (${error instanceof SyntaxError ? error.message : String(error)})`);
  }
  const problem = arrangementsProblem(value);
  if (problem) throw refuse(problem);
  return Object.fromEntries(Object.entries(value as Record<string, YearArrangement>).map(([year, arrangement]) => [Number(year), arrangement]));
}

/**
 * Reads the operators' file and adds its years to the working calendar: at a process's start,
 * before anything counts days. Returns the way back (for a test).
 */
export function loadHolidayArrangements(env: Readonly<Record<string, string | undefined>> = process.env): () => void {
  return addPublishedArrangements(holidayArrangementsFromEnvironment(env));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with the file's content, or undefined. */
export function arrangementsProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'an object keyed by year is expected, such as {"2027": {"source": …, "daysOff": […], "weekendWorkingDays": […]}}';
  for (const [key, arrangement] of Object.entries(value)) {
    if (!/^20\d\d$/.test(key)) return `"${key}" is not a year (2000–2099)`;
    const year = Number(key);
    if (BUILT_IN_ARRANGEMENTS[year]) return `${year}'s arrangement is built in (shared/src/time/workingCalendar.ts); the file adds years that are not`;
    const previous = BUILT_IN_ARRANGEMENTS[year - 1] ?? (value[String(year - 1)] as YearArrangement | undefined);
    const problem = yearProblem(year, arrangement, previous);
    if (problem) return `${year}: ${problem}`;
  }
  return undefined;
}

/** The days a year's arrangement names, off or worked: another year's must not name them again. */
function namedDays(arrangement: YearArrangement): Set<LocalDate> {
  return new Set([...daysInRanges(arrangement.daysOff), ...arrangement.weekendWorkingDays]);
}

function yearProblem(year: number, arrangement: unknown, previous: YearArrangement | undefined): string | undefined {
  if (!isObject(arrangement)) return 'an object with source, daysOff and weekendWorkingDays is expected';
  const { source, daysOff, weekendWorkingDays } = arrangement;
  if (typeof source !== 'string' || source.trim() === '') return 'source: the notice it is copied from is expected (国务院办公厅关于…年部分节假日安排的通知, its date)';
  // From the last days of the December before (元旦 may begin then, a weekend day before it be worked) to the year's end.
  const earliest = `${year - 1}-12-20`;
  const latest = `${year}-12-31`;
  // …but not a day the previous year's own arrangement already names (it is the one that counts).
  const previousDays = previous && isObject(previous) && Array.isArray(previous.daysOff) ? namedDays(previous) : new Set<LocalDate>();
  const dateProblem = (field: string, date: unknown): string | undefined => {
    if (typeof date !== 'string' || !isLocalDate(date)) return `${field}: ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`;
    if (date < earliest || date > latest) return `${field}: ${date} is outside ${year} (and the last days of the December before it, from ${earliest})`;
    if (previousDays.has(date)) return `${field}: ${date} is named by ${year - 1}'s arrangement already`;
    return undefined;
  };
  if (!Array.isArray(daysOff) || daysOff.length === 0) return 'daysOff: a list of [first, last] day ranges is expected';
  const ranges: [LocalDate, LocalDate, string][] = [];
  for (const [index, range] of daysOff.entries()) {
    const field = `daysOff[${index}]`;
    if (!Array.isArray(range) || range.length !== 2) return `${field}: a [first, last] pair of dates is expected`;
    const [first, last] = range as unknown[];
    const problem = dateProblem(`${field}[0]`, first) ?? dateProblem(`${field}[1]`, last);
    if (problem) return problem;
    const [from, to] = [first as LocalDate, last as LocalDate];
    if (from > to) return `${field}: ${from} is after ${to}`;
    ranges.push([from, to, field]);
  }
  // In date order: no two ranges share a day, and no holiday — ranges that meet counted as one — is longer than any is.
  ranges.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let run: [LocalDate, LocalDate] | undefined;
  for (const [from, to, field] of ranges) {
    if (run && from <= run[1]) return `${field}: ${from} to ${to} overlaps another range (${run[0]} to ${run[1]})`;
    run = run && from === addDays(run[1], 1) ? [run[0], to] : [from, to];
    if (addDays(run[0], LONGEST_HOLIDAY_DAYS - 1) < run[1]) return `${field}: ${run[0]} to ${run[1]} is longer than any holiday (${LONGEST_HOLIDAY_DAYS} days at most)`;
  }
  for (const [from, to, field] of ranges) {
    const named = [...daysInRanges([[from, to]])].find((date) => previousDays.has(date));
    if (named) return `${field}: ${named} is named by ${year - 1}'s arrangement already`;
  }
  const off = daysInRanges(ranges.map(([from, to]) => [from, to] as const));
  // Every arrangement gives the statutory fixed-date holidays: one missing is a mistyped range.
  const missing = [...FIXED_DATE_HOLIDAYS].map((monthDay) => `${year}-${monthDay}`).filter((date) => !off.has(date));
  if (missing.length > 0) return `daysOff leave out ${missing.join(', ')}, statutory holidays (全国年节及纪念日放假办法)`;
  if (!Array.isArray(weekendWorkingDays)) return 'weekendWorkingDays: a list of dates is expected ([] when none)';
  for (const [index, date] of weekendWorkingDays.entries()) {
    const field = `weekendWorkingDays[${index}]`;
    const problem = dateProblem(field, date);
    if (problem) return problem;
    const weekday = new Date(`${date as string}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return `${field}: ${date as string} is a weekday, not a weekend day worked in exchange (调休上班)`;
    if (off.has(date as LocalDate)) return `${field}: ${date as string} is also a day off`;
  }
  return undefined;
}
