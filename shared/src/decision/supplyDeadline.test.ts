import { describe, expect, it } from 'vitest';
import { supplyDeadline } from './supplyDeadline.ts';

const THREE_WORKING_DAYS = { amount: 3, unit: 'WORKING_DAYS' } as const;
const ON_THE_SPOT = { amount: 0, unit: 'WORKING_DAYS' } as const;
const FIVE_WORKING_DAYS = { supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } } as const;
const endOf = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 24 * 3600 * 1000).toISOString();

describe('容缺 deadline', () => {
  it('is the promised time limit where the standard states no period of its own', () => {
    // Thursday 26 November 2026 + 3 working days = Tuesday 1 December.
    expect(supplyDeadline('2026-11-26', [{}], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-12-01'));
  });
  it("is the material's own period where the standard states one, even for an item promised on the spot", () => {
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS], ON_THE_SPOT).toISOString()).toBe(endOf('2026-12-03'));
  });
  it('is the earliest of the deferred materials', () => {
    expect(supplyDeadline('2026-11-26', [FIVE_WORKING_DAYS, { supplyWithin: null }], THREE_WORKING_DAYS).toISOString()).toBe(endOf('2026-12-01'));
  });
  it('leaves at least the next working day: not the same night for an item promised on the spot, nor a weekend', () => {
    expect(supplyDeadline('2026-11-26', [{}], ON_THE_SPOT).toISOString()).toBe(endOf('2026-11-27'));
    // Accepted online on Saturday 28 November: due Monday 30 November, not Saturday night.
    expect(supplyDeadline('2026-11-28', [{}], ON_THE_SPOT).toISOString()).toBe(endOf('2026-11-30'));
    expect(supplyDeadline('2026-11-28', [{}], { amount: 1, unit: 'NATURAL_DAYS' }).toISOString()).toBe(endOf('2026-11-30'));
    // Before 国庆 2026: accepted on 30 September, due on 8 October, the first working day after it.
    expect(supplyDeadline('2026-09-30', [{}], ON_THE_SPOT).toISOString()).toBe(endOf('2026-10-08'));
  });
});
