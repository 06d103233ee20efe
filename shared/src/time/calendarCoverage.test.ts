import { describe, expect, it } from 'vitest';
import { missingArrangementNotice } from './calendarCoverage.ts';

describe('the notice of a holiday arrangement the calendar lacks', () => {
  const knowing = (...years: number[]) => (year: number) => years.includes(year);

  it('says nothing while this year is known and next year’s is not yet due (before November)', () => {
    expect(missingArrangementNotice('2026-10-31', knowing(2026))).toBeUndefined();
    expect(missingArrangementNotice('2026-11-28', knowing(2026, 2027))).toBeUndefined();
  });

  it('names next year from November on, when the State Council publishes it, with what to do', () => {
    const notice = missingArrangementNotice('2026-11-01', knowing(2026));
    expect(notice).toMatch(/^the holiday arrangement of 2027 is not loaded: /);
    expect(notice).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(notice).toContain('YRD_HOLIDAY_ARRANGEMENTS_FILE');
  });

  it('names this year whenever it is missing, and next year too in its last two months', () => {
    expect(missingArrangementNotice('2027-03-01', knowing(2026))).toMatch(/^the holiday arrangement of 2027 is not loaded/);
    expect(missingArrangementNotice('2027-12-01', knowing(2026))).toMatch(/^the holiday arrangements of 2027 and 2028 are not loaded/);
  });

  it('reads the calendar as it stands by default: 2026 is built in', () => {
    expect(missingArrangementNotice('2026-06-01')).toBeUndefined();
  });
});
