import { withBuiltInArrangementsOnly } from './workingCalendar.ts';

/** A check's findings, parted by whether the built-in calendar already shows them. */
export interface CalendarCheckedProblems {
  /** Found with the built-in years alone: the product's to mend, and refused as ever. */
  readonly refused: readonly string[];
  /**
   * Found only once the years the operators added are counted (YRD_HOLIDAY_ARRANGEMENTS_FILE): a
   * promise that no longer fits a new year's holidays. Said loudly, not refused — a new year's
   * calendar must not take the hub, and with it the federation, down — for the standard's owners
   * to revise the promise.
   */
  readonly underAddedYears: readonly string[];
}

/** How a problem only an added year shows is said in a log, after what was checked (the item standard, an implementation list). */
export function underAddedYearWarning(checked: string, problem: string): string {
  return `${checked}: a promise does not fit a year added from YRD_HOLIDAY_ARRANGEMENTS_FILE (served as promised; revise it): ${problem}`;
}

/**
 * Where a problem is, as the checks write it first ("item 200104001000 (单位参保登记)
 * promisedTimeLimit: …", "JIANGSU JS-… (…) promisedTimeLimit: …"): a problem an added year only
 * words differently (a longer run, another day) is the same problem.
 */
const whereOf = (problem: string) => problem.split(': ')[0] ?? problem;

/** Runs a check of promised time limits with the built-in years alone and with every year known, and parts its findings. */
export function problemsUnderAddedYears(check: () => readonly string[]): CalendarCheckedProblems {
  const refused = withBuiltInArrangementsOnly(check);
  const known = new Set(refused.map(whereOf));
  return { refused, underAddedYears: check().filter((problem) => !known.has(whereOf(problem))) };
}
