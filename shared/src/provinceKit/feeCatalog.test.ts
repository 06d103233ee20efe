import { describe, expect, it } from 'vitest';
import type { LocalImplementation } from './localImplementation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { FEE_HISTORY_FROM, feeCatalogDateRefusal, feeCatalogLatestDate, feeOn } from './feeCatalog.ts';

describe('fee catalog dates: from 2000-01-01 to a year ahead, both included', () => {
  it('ends a year ahead on the same day next year, not 366 days on (2026-11-27 → 2027-11-27)', () => {
    expect(feeCatalogLatestDate('2026-11-27')).toBe('2027-11-27');
    expect(feeCatalogDateRefusal('2027-11-27', '2026-11-27')).toBeUndefined();
    expect(feeCatalogDateRefusal('2027-11-28', '2026-11-27')).toBe('收费目录可查询 2000-01-01 至 2027-11-27（含）的日期，收到 2027-11-28');
    // 29 February: a year ahead is 28 February.
    expect(feeCatalogLatestDate('2028-02-29')).toBe('2029-02-28');
  });

  it('accepts the first day and refuses the day before it, and anything not a date', () => {
    expect(feeCatalogDateRefusal(FEE_HISTORY_FROM, '2026-11-27')).toBeUndefined();
    expect(feeCatalogDateRefusal('1999-12-31', '2026-11-27')).toMatch(/^收费目录可查询 2000-01-01 至 2027-11-27（含）的日期/);
    expect(feeCatalogDateRefusal('2026-2-3', '2026-11-27')).toBeDefined();
  });

  it('names in its message the last date it accepts', () => {
    for (const today of ['2026-11-27', '2027-03-01', '2028-02-29']) {
      const latest = feeCatalogLatestDate(today);
      expect(feeCatalogDateRefusal(latest, today)).toBeUndefined();
      expect(feeCatalogDateRefusal(`${latest.slice(0, 8)}${String(Number(latest.slice(8)) + 1).padStart(2, '0')}`, today)).toContain(`至 ${latest}（含）`);
    }
  });
});

describe('fee versions by circumstance', () => {
  const local = {
    standardCode: '070201001000',
    fee: { charged: true, amount: 2000, basis: '申领、换领每证20元，丢失补领或损坏换领每证40元', variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] },
  } as unknown as LocalImplementation;
  const config = { implementations: [local] } as unknown as ProvinceConfig;

  it('lists the amounts by circumstance with the ordinary one', () => {
    expect(feeOn(config, '070201001000', '2026-11-27')).toMatchObject({ amount: 2000, variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] });
  });
});
