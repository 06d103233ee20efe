import { describe, expect, it } from 'vitest';
import { deadlineInWords, supplyDeadline } from './supplyDeadline.ts';

const THREE_WORKING_DAYS = { amount: 3, unit: 'WORKING_DAYS' } as const;
const ON_THE_SPOT = { amount: 0, unit: 'WORKING_DAYS' } as const;
const FIVE_WORKING_DAYS = { supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } } as const;
const endOf = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 24 * 3600 * 1000).toISOString();

describe('容缺 deadline', () => {
  it('is the promised time limit where the standard states no period of its own', () => {
    // Thursday 26 November 2026 + 3 working days = Tuesday 1 December.
    expect(supplyDeadline('2026-11-26', [{}], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-12-01'));
  });
  it("is the material's own period where the standard states one, within the promised time limit", () => {
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS], { amount: 10, unit: 'WORKING_DAYS' }).toISOString()).toBe(endOf('2026-12-03'));
  });
  it('is never later than the promised time limit: not a material\'s longer period, nor the next working day', () => {
    // 5 working days to supply, promised 3: due with the promise, Tuesday 1 December.
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-12-01'));
    // Promised on the spot: no later than that day (validation lets no such item defer a material).
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS], ON_THE_SPOT).toISOString()).toBe(endOf('2026-11-26'));
    expect(supplyDeadline('2026-11-26', [{}], ON_THE_SPOT).toISOString()).toBe(endOf('2026-11-26'));
    // 1 natural day from Saturday 28 November ends on Sunday, before the next working day.
    expect(supplyDeadline('2026-11-28', [{}], { amount: 1, unit: 'NATURAL_DAYS' }).toISOString()).toBe(endOf('2026-11-29'));
  });
  it('is the earliest of the deferred materials', () => {
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS, { supplyWithin: null }], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-12-01'));
  });
  it('within the promise, leaves at least the next working day: not a weekend', () => {
    // Accepted online on Saturday 28 November with 1 day to supply, promised 3 working days: due Monday 30 November, not Saturday night.
    const oneDay = { supplyWithin: { amount: 1, unit: 'NATURAL_DAYS' } } as const;
    expect(supplyDeadline('2026-11-28', [oneDay], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-11-30'));
    // Before 国庆 2026: accepted on 30 September, due on 8 October, the first working day after it.
    expect(supplyDeadline('2026-09-30', [oneDay], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-10-08'));
  });
  it('never exceeds the promise, for any day of 2026 and any period', () => {
    const promises = [ON_THE_SPOT, THREE_WORKING_DAYS, { amount: 2, unit: 'NATURAL_DAYS' }, { amount: 7, unit: 'NATURAL_DAYS' }] as const;
    const periods = [{}, FIVE_WORKING_DAYS, { supplyWithin: { amount: 1, unit: 'NATURAL_DAYS' } }] as const;
    for (let day = 0; day < 365; day += 3) {
      const acceptedOn = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      for (const promised of promises) {
        const limit = supplyDeadline(acceptedOn, [], { amount: 0, unit: 'NATURAL_DAYS' }).getTime();
        for (const period of periods) {
          const due = supplyDeadline(acceptedOn, [period], promised).getTime();
          expect(due, `${acceptedOn} ${JSON.stringify(period)} ${JSON.stringify(promised)}`).toBeLessThanOrEqual(supplyDeadline(acceptedOn, [{}], promised).getTime());
          expect(due).toBeGreaterThanOrEqual(limit);
        }
      }
    }
  });
});

describe('a deadline as a clerk says it', () => {
  it('is the end of the day in China, as that day’s 24时 with its weekday — not a UTC instant, nor the next day’s 0时', () => {
    // The end of Wednesday 2 December, Beijing time.
    expect(deadlineInWords('2026-12-02T16:00:00.000Z')).toBe('2026年12月2日（周三）24时');
    expect(deadlineInWords(new Date(endOf('2026-12-02')))).toBe('2026年12月2日（周三）24时');
    // The end of a year, and of the last day of 国庆.
    expect(deadlineInWords(endOf('2026-12-31'))).toBe('2026年12月31日（周四）24时');
    expect(deadlineInWords(endOf('2026-10-07'))).toBe('2026年10月7日（周三）24时');
  });
  it('says every deadline the rules set the same way', () => {
    expect(deadlineInWords(supplyDeadline('2026-11-26', [{}], THREE_WORKING_DAYS))).toBe('2026年12月1日（周二）24时');
    expect(deadlineInWords(supplyDeadline('2026-11-28', [{}], THREE_WORKING_DAYS))).toBe('2026年12月2日（周三）24时');
  });
  it('names any other instant to the minute, on its own China date', () => {
    expect(deadlineInWords('2026-12-02T07:30:00.000Z')).toBe('2026年12月2日（周三）15时30分');
    expect(deadlineInWords('2026-12-02T07:00:00.000Z')).toBe('2026年12月2日（周三）15时');
    // 00:05 on 3 December in Beijing is still 2 December in UTC.
    expect(deadlineInWords('2026-12-02T16:05:00.000Z')).toBe('2026年12月3日（周四）0时05分');
  });
  it('refuses what is not an instant', () => {
    expect(() => deadlineInWords('2026-12-02 whenever')).toThrow(RangeError);
  });
});
