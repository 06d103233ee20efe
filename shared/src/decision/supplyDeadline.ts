import type { TimeLimitUnit } from '../standard/codeTables.ts';
import { epochMillisToLocalDate, localDateToEpochMillis, parseLocalDate, type LocalDate } from '../time/localDate.ts';
import { endOfDayAfter } from './workingDays.ts';

interface Period {
  readonly amount: number;
  readonly unit: TimeLimitUnit;
}

/**
 * 容缺: when the materials a case was accepted without are due — the end of the day. Each
 * material's own period where the item standard states one (可于受理后5个工作日内补交), else the
 * province's promised time limit; the earliest of them, since one notice names one date. Never
 * later than the end of the promised time limit: the deadline to supply the rest may not exceed
 * it (validation lets no province defer a material under a promise of 0 days, or one shorter
 * than the material's period). Within that, never before the end of the next working day, so
 * that a case accepted on a weekend still leaves a window open to hand the material in at —
 * only a window clerk confirms it.
 */
export function supplyDeadline(acceptedOn: LocalDate, deferred: readonly { readonly supplyWithin?: Period | null }[], promised: Period): Date {
  const promisedEnd = endOfDayAfter(acceptedOn, promised.amount, promised.unit).getTime();
  const nextWorkingDay = endOfDayAfter(acceptedOn, 1, 'WORKING_DAYS').getTime();
  const dues = (deferred.length > 0 ? deferred : [{}]).map(({ supplyWithin }) => {
    const period = supplyWithin ?? promised;
    return endOfDayAfter(acceptedOn, period.amount, period.unit).getTime();
  });
  const earliest = Math.min(...dues);
  return new Date(Math.min(Math.max(earliest, nextWorkingDay), promisedEnd));
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 2026-12-02 → 2026年12月2日（周三）. */
function dateInWords(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${year}年${month}月${day}日（${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}）`;
}

/**
 * A deadline as a clerk says it, and as the applicant's notice reads, in China Standard Time
 * whatever the server's zone: the end of a day is that day's 24时 — 2026-12-02T16:00:00.000Z is
 * "2026年12月2日（周三）24时", never the next day's 0时 (a clerk reading "3日0时" sends the
 * applicant away a day early or lets them come a day late) — and any other instant is named to
 * the minute ("2026年12月2日（周三）15时30分"). Written into Chinese text with 前: "须于 … 24时前补齐".
 * The machine-readable deadline stays an ISO instant; this is only how it is said.
 */
export function deadlineInWords(deadline: Date | string): string {
  const at = typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime();
  if (!Number.isFinite(at)) throw new RangeError(`not an instant: ${String(deadline)}`);
  const day = epochMillisToLocalDate(at);
  const sinceMidnight = at - localDateToEpochMillis(day);
  if (sinceMidnight === 0) return `${dateInWords(epochMillisToLocalDate(at - DAY_MS))}24时`;
  const minutes = Math.floor(sinceMidnight / 60_000);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return `${dateInWords(day)}${hour}时${minute === 0 ? '' : `${String(minute).padStart(2, '0')}分`}`;
}
