import { badUserInput } from '../graphql/errorCodes.ts';
import { CASE_NUMBER } from '../identifiers/caseNumber.ts';
import { numberProblemInWords } from '../identifiers/provinceDayNumber.ts';
import { regionOfDivision, requireRegion, type RegionCode } from '../regions/regionRegistry.ts';
import { FROM_NEWEST, regionalPageStart, type RegionalCursorReading } from './regionalPageCursor.ts';

/**
 * 我的办件's `before` cursor (regionalPageCursor.ts): the number of the oldest case shown
 * (3220261127000001), or the oldest number shown of each province still being paged,
 * comma-separated (3120261127000003,3220261126000017). A case number names its province by its
 * first two digits, so a part is any number a member could have given.
 */
const CASE_LIST_CURSOR: RegionalCursorReading<string> = {
  // The number's shape and province only: the date is the filing province's to judge (a province
  // whose clock runs ahead has numbered today's cases before another's midnight).
  part: (text) => {
    const problem = numberProblemInWords(text, CASE_NUMBER);
    const region = problem ? undefined : regionOfDivision(text);
    return region ? { region: region.code, start: text } : { problem: problem?.message ?? `“${text}”不是办件编号` };
  },
  refuse: (why) =>
    badUserInput(
      'before',
      `分页游标（before）无效：${why}。请使用上一页最早一个办件的编号（如 3220261127000001），多个省份用逗号分隔（如 3120261127000003,3220261126000017）；第一页不传 before`,
      { reason: 'INVALID_CURSOR' },
    ),
  namedTwice: (region) => `${requireRegion(region).name}的办件编号写了两个`,
};

/**
 * Where this province's page of the subject's cases starts, from `before`: cases filed before
 * the number returned, `undefined` for the first page (from the newest); `null` when the cursor
 * names only other provinces (no cases).
 */
export function caseListPageStart(before: string | null | undefined, region: RegionCode): string | undefined | null {
  const start = regionalPageStart(before, region, CASE_LIST_CURSOR);
  return start === FROM_NEWEST ? undefined : start;
}
