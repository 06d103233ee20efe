import { describe, expect, it } from 'vitest';
import { CatalogStore } from './catalogStore.ts';
import { STANDARD_ITEMS } from './seed/standardItems.ts';

function store(): CatalogStore {
  const catalog = new CatalogStore(':memory:');
  catalog.load(STANDARD_ITEMS);
  return catalog;
}

describe('CatalogStore', () => {
  it('loads the standard once and reloads only when it changes', () => {
    const catalog = store();
    expect(catalog.load(STANDARD_ITEMS)).toBe(false);
    expect(catalog.load(STANDARD_ITEMS.slice(1))).toBe(true);
    expect(catalog.findItems({ limit: 100 }).total).toBe(STANDARD_ITEMS.length - 1);
  });

  it('finds items by a Chinese substring of their name or keywords', () => {
    const catalog = store();
    const byName = catalog.findItems({ text: '档案查询', limit: 100 }).items.map((item) => item.name);
    expect(byName).toEqual(expect.arrayContaining(['婚姻登记档案查询', '知青档案查询', '独生子女档案查询']));
    for (const name of byName) expect(name).toContain('档案查询');
    const byKeyword = catalog.findItems({ text: '开公司', limit: 100 }).items.map((item) => item.name);
    expect(byKeyword).toContain('内资有限公司设立');
  });

  it('treats LIKE wildcards in the search text literally', () => {
    const catalog = store();
    expect(catalog.findItems({ text: '%', limit: 100 }).total).toBe(0);
    expect(catalog.findItems({ text: '_', limit: 100 }).total).toBe(0);
  });

  it('filters by audience, type and flags, and pages after a code', () => {
    const catalog = store();
    const all = catalog.findItems({ audience: 'ENTERPRISE', limit: 100 });
    const expected = STANDARD_ITEMS.filter((item) => item.audiences.includes('ENTERPRISE')).map((item) => item.code).sort();
    expect(all.items.map((item) => item.code)).toEqual(expected);
    const firstPage = catalog.findItems({ audience: 'ENTERPRISE', limit: 3 });
    const secondPage = catalog.findItems({ audience: 'ENTERPRISE', limit: 3, afterCode: firstPage.items.at(-1)?.code ?? '' });
    expect([...firstPage.items, ...secondPage.items].map((item) => item.code)).toEqual(expected.slice(0, 6));
    expect(secondPage.total).toBe(expected.length);
    const instant = catalog.findItems({ instantApproval: true, crossRegion: true, limit: 100 }).items;
    expect(instant.length).toBeGreaterThan(0);
    for (const item of instant) expect(item.instantApproval && item.crossRegion).toBe(true);
    for (const item of catalog.findItems({ type: 'LICENSING', limit: 100 }).items) expect(item.type).toBe('LICENSING');
  });

  it('looks several items up at once', () => {
    const catalog = store();
    const codes = STANDARD_ITEMS.slice(0, 5).map((item) => item.code);
    const found = catalog.itemsByCodes([...codes, '209999999000']);
    expect([...found.keys()].sort()).toEqual([...codes].sort());
  });
});
