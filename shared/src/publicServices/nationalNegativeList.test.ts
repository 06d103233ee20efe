import { describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST, negativeListEntry } from './nationalNegativeList.ts';

// Whether each licensing item exists in the catalog's STANDARD_ITEMS is checked in the test
// workspace (test/src/negativeList.test.ts); shared may not depend on the catalog.

describe('national market access negative list (市场准入负面清单)', () => {
  it('has at least 36 entries, both categories present', () => {
    expect(NATIONAL_NEGATIVE_LIST.length).toBeGreaterThanOrEqual(36);
    const prohibited = NATIONAL_NEGATIVE_LIST.filter((e) => e.category === 'PROHIBITED');
    expect(prohibited.length).toBeGreaterThanOrEqual(5);
    expect(NATIONAL_NEGATIVE_LIST.length - prohibited.length).toBeGreaterThanOrEqual(30);
  });

  it('numbers entries uniquely: 1xx 禁止准入类, 2xx 许可准入类', () => {
    const codes = NATIONAL_NEGATIVE_LIST.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      expect(entry.code, entry.title).toMatch(/^[12]\d{2}$/);
      expect(entry.category, entry.code).toBe(entry.code.startsWith('1') ? 'PROHIBITED' : 'LICENSED');
    }
  });

  it('keeps code order: 禁止准入类 first, then 许可准入类', () => {
    const codes = NATIONAL_NEGATIVE_LIST.map((e) => Number(e.code));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('words every entry in full: title, description and authority', () => {
    const titles = NATIONAL_NEGATIVE_LIST.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      expect(entry.title.trim().length, entry.code).toBeGreaterThan(5);
      expect(entry.description.trim().length, entry.code).toBeGreaterThan(20);
      expect(entry.authority.trim().length, entry.code).toBeGreaterThan(0);
    }
  });

  it('words 许可准入类 entries the national way (未获得许可……不得……)', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST.filter((e) => e.category === 'LICENSED')) {
      expect(entry.title, entry.code).toMatch(/^未获得.+，不得/);
    }
  });

  it('gives prohibited entries no licensing items: no approval lets anyone in', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST.filter((e) => e.category === 'PROHIBITED')) {
      expect(entry.licensingItemCodes, entry.code).toEqual([]);
    }
  });

  it('names licensing items by 12-digit standard item codes, each at most once per entry', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const itemCode of entry.licensingItemCodes) expect(itemCode, entry.code).toMatch(/^\d{12}$/);
      expect(new Set(entry.licensingItemCodes).size, entry.code).toBe(entry.licensingItemCodes.length);
    }
    const referencing = NATIONAL_NEGATIVE_LIST.filter((e) => e.licensingItemCodes.length > 0);
    expect(referencing.length).toBeGreaterThanOrEqual(5);
  });

  it('lists 3–8 everyday activities per entry, each activity under one entry only', () => {
    const seen = new Map<string, string>();
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      expect(entry.activities.length, entry.code).toBeGreaterThanOrEqual(3);
      expect(entry.activities.length, entry.code).toBeLessThanOrEqual(8);
      for (const activity of entry.activities) {
        expect(activity.trim(), entry.code).toBe(activity);
        expect(activity.length, entry.code).toBeGreaterThan(1);
        expect(seen.get(activity), `${activity} is under ${seen.get(activity) ?? ''} and ${entry.code}`).toBeUndefined();
        seen.set(activity, entry.code);
      }
    }
  });

  it('finds an entry by its code, and nothing outside the list (单外无单)', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST) expect(negativeListEntry(entry.code)).toBe(entry);
    expect(negativeListEntry('104')?.title).toBe('禁止违规开展金融相关经营活动');
    expect(negativeListEntry('999')).toBeUndefined();
    expect(negativeListEntry('')).toBeUndefined();
  });
});
