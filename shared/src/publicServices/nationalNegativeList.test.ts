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

  // The everyday activities are what decides market access (marketAccess: an entry decides only
  // when the question holds one of its phrases), so an entry lists every common way of naming
  // its activity — 218 食品经营 covers restaurants, cafés, bakeries, bars, shops of many names.
  // The bound was 8 when activities were only search keywords; it is 24 now, still a bound.
  it('lists 3–24 everyday activities per entry, each activity under one entry only', () => {
    const seen = new Map<string, string>();
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      expect(entry.activities.length, entry.code).toBeGreaterThanOrEqual(3);
      expect(entry.activities.length, entry.code).toBeLessThanOrEqual(24);
      for (const activity of entry.activities) {
        expect(activity.trim(), entry.code).toBe(activity);
        expect(activity.length, entry.code).toBeGreaterThan(1);
        expect(seen.get(activity), `${activity} is under ${seen.get(activity) ?? ''} and ${entry.code}`).toBeUndefined();
        seen.set(activity, entry.code);
      }
    }
  });

  it('names the everyday activities people ask about under the entry that covers them', () => {
    const entryOf = (activity: string) => NATIONAL_NEGATIVE_LIST.find((entry) => entry.activities.includes(activity))?.code;
    // 烟草专卖品零售 (卖烟 is the whole question only: 烟 begins 烟花, 烟雾), not 烟花爆竹.
    for (const activity of ['卖烟', '卖香烟', '卖烟草', '卖烟酒', '烟草零售']) expect(entryOf(activity), activity).toBe('210');
    for (const activity of ['卖烟花', '卖鞭炮', '卖烟花爆竹']) expect(entryOf(activity), activity).toBe('211');
    // 食品销售和餐饮服务 (218): the shops and restaurants of everyday speech.
    for (const activity of ['开餐馆', '开餐厅', '开咖啡店', '开面包店', '开便利店', '卖奶茶', '开奶茶店', '开酒吧']) {
      expect(entryOf(activity), activity).toBe('218');
    }
    // Selling insurance is licensed (保险代理), not the platforms' prohibited 违规卖保险 (105).
    expect(entryOf('卖保险')).toBe('227');
    // A 民宿 receives guests for the night: a 旅馆 under the 旅馆业特种行业许可, as 234 now says.
    expect(entryOf('开民宿')).toBe('234');
    expect(negativeListEntry('234')?.description).toContain('民宿');
    // Gambling is prohibited by law (刑法): 101 covers prohibitions set by laws.
    expect(entryOf('开赌场')).toBe('101');
    expect(negativeListEntry('101')?.title).toMatch(/^法律/);
  });

  it('lists no activity that the list has moved to filing: a 诊所 is 备案 (237), not licensed', () => {
    expect(negativeListEntry('237')?.description).toContain('诊所、中医诊所实行备案管理');
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const activity of entry.activities) expect(/(?<!兽医)诊所/.test(activity), `${entry.code} ${activity}`).toBe(false);
    }
  });

  it('reads no alias as deciding where the list files rather than licenses: a 诊所 is only to be checked', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const alias of entry.aliases ?? []) {
        for (const word of alias.words) {
          if (/(?<!宠物|动物)诊所/.test(word)) expect(alias.extent, `${entry.code} ${word}`).toBe('DEPENDS');
        }
      }
    }
    expect(negativeListEntry('237')?.aliases?.find((alias) => alias.words.includes('诊所'))?.extent).toBe('DEPENDS');
  });

  it('gives each alias word to one entry only, and never a generic word that names no business', () => {
    const owners = new Map<string, string>();
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const alias of entry.aliases ?? []) {
        for (const word of alias.words) {
          expect(owners.get(word), `${word}: ${owners.get(word)} and ${entry.code}`).toBeUndefined();
          owners.set(word, entry.code);
          expect(['店', '公司', '厂', '企业', '生意', '工作室'], word).not.toContain(word);
        }
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
