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
