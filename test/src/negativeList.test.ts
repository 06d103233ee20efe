import { describe, expect, it } from 'vitest';
import { STANDARD_ITEMS } from '@yrd/catalog';
import { anhuiNegativeListNotes } from '@yrd/anhui/negativeListNotes';
import { jiangsuNegativeListNotes } from '@yrd/jiangsu/negativeListNotes';
import { shanghaiNegativeListNotes } from '@yrd/shanghai/negativeListNotes';
import { zhejiangNegativeListNotes } from '@yrd/zhejiang/negativeListNotes';
import { NATIONAL_NEGATIVE_LIST, negativeListEntry } from '@yrd/shared/publicServices/nationalNegativeList';
import type { ProvinceNegativeListNote } from '@yrd/shared/publicServices/negativeList';

const PROVINCE_NOTES: Readonly<Record<string, readonly ProvinceNegativeListNote[]>> = {
  shanghai: shanghaiNegativeListNotes,
  jiangsu: jiangsuNegativeListNotes,
  zhejiang: zhejiangNegativeListNotes,
  anhui: anhuiNegativeListNotes,
};

describe('market access negative list against the item standard and the provinces', () => {
  it('names only licensing items that exist in the item standard', () => {
    const itemCodes = new Set(STANDARD_ITEMS.map((item) => item.code));
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const code of entry.licensingItemCodes) expect(itemCodes.has(code), `${entry.code} → ${code}`).toBe(true);
    }
  });

  it('an entry that names its approvals links each to an item of that approval, or to none (never a wrong one)', () => {
    const byCode = new Map(STANDARD_ITEMS.map((item) => [item.code, item]));
    for (const entry of NATIONAL_NEGATIVE_LIST.filter((candidate) => candidate.licences)) {
      const codes = entry.licences!.flatMap((licence) => (licence.itemCode ? [licence.itemCode] : []));
      expect([...entry.licensingItemCodes].sort(), entry.code).toEqual([...new Set(codes)].sort());
      for (const licence of entry.licences!) {
        expect(entry.description, `${entry.code} ${licence.name}`).toContain(licence.name);
        if (licence.itemCode) expect(byCode.get(licence.itemCode)?.name, `${entry.code} ${licence.name}`).toContain(licence.name);
      }
    }
    // 卖农药 and 销售危险化学品 are licensed by approvals the catalog has no item for.
    const trading = (code: string) => negativeListEntry(code)!.licences!.filter((licence) => licence.conduct.includes('TRADE'));
    expect(trading('203').map((licence) => [licence.name, licence.itemCode])).toEqual([['农药经营许可', undefined]]);
    expect(trading('208').map((licence) => [licence.name, licence.itemCode])).toEqual([['危险化学品经营许可', undefined]]);
  });

  it('points at least five entries to the standard items that grant them', () => {
    expect(NATIONAL_NEGATIVE_LIST.filter((entry) => entry.licensingItemCodes.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('never names a registration as a licence (设立登记 is not an access approval)', () => {
    const registrations = new Set(STANDARD_ITEMS.filter((item) => item.name.includes('设立')).map((item) => item.code));
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const code of entry.licensingItemCodes) expect(registrations.has(code), `${entry.code} → ${code}`).toBe(false);
    }
  });

  for (const [province, notes] of Object.entries(PROVINCE_NOTES)) {
    describe(province, () => {
      it('gives local guidance on 8–12 national entries, one note per entry', () => {
        expect(notes.length).toBeGreaterThanOrEqual(8);
        expect(notes.length).toBeLessThanOrEqual(12);
        const codes = notes.map((note) => note.entryCode);
        expect(new Set(codes).size).toBe(codes.length);
        for (const note of notes) expect(note.localGuidance.trim().length, note.entryCode).toBeGreaterThan(20);
      });

      it('adds no entries: every note refers to a national entry (一单尽列，单外无单)', () => {
        for (const note of notes) expect(negativeListEntry(note.entryCode), note.entryCode).toBeDefined();
      });
    });
  }
});
