import { createHash } from 'node:crypto';
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

  it('reads a control character in the search text as a separator, not the end of the text', () => {
    // 社会保险个人权益记录单查询, its keywords ending in 社保: SQLite cut the raw pattern "%社保\0证明%"
    // at the NUL, "%社保", and so matched it although it has nothing of 证明.
    const items = STANDARD_ITEMS.map((item) => (item.code === '200101001000' ? { ...item, keywords: [...item.keywords, '查个人社保'] } : item));
    const catalog = new CatalogStore(':memory:');
    catalog.load(items);
    expect(catalog.findItems({ text: '个人社保', limit: 100 }).items.map((item) => item.code)).toEqual(['200101001000']);
    expect(catalog.findItems({ text: '社保\u0000证明', limit: 100 }).total).toBe(0);
    expect(catalog.findItems({ text: '个人社保\u0000\u0007', limit: 100 }).items.map((item) => item.code)).toEqual(['200101001000']);
    // A text of nothing but control characters names nothing, rather than everything.
    expect(catalog.findItems({ text: '\u0000', limit: 100 }).total).toBe(0);
    expect(catalog.findItems({ text: '', limit: 100 }).total).toBe(items.length);
  });

  it('compares the name and keywords as the search reads them', () => {
    const catalog = store();
    const namesOf = (text: string) => catalog.findItems({ text, limit: 100 }).items.map((item) => item.name);
    expect(namesOf('户口迁移（夫妻投靠）')).toEqual(['户口迁移（夫妻投靠）']);
    expect(namesOf('户口迁移(夫妻投靠)')).toEqual(['户口迁移（夫妻投靠）']);
    expect(namesOf('异地换领、补领')).toEqual(['居民身份证异地换领、补领']);
    expect(namesOf('ｗｆｏｅ')).toEqual(namesOf('WFOE'));
    expect(namesOf('WFOE').length).toBeGreaterThan(0);
    // Still no wildcards: "社_证明" would match 社保证明.
    expect(namesOf('社_证明')).toEqual([]);
    expect(namesOf('社保%明')).toEqual([]);
  });

  it('rewrites a catalog whose search text was stored raw, even when the items did not change', () => {
    const catalog = store();
    // As the previous version left it: the raw name and keywords, and a digest of the items alone.
    catalog.db.prepare("UPDATE standard_item SET search_text = json_extract(payload, '$.name') || char(10) || 'raw'").run();
    catalog.db
      .prepare("UPDATE catalog_meta SET value = ? WHERE key = 'items_digest'")
      .run(createHash('sha256').update(JSON.stringify(STANDARD_ITEMS)).digest('hex'));
    expect(catalog.findItems({ text: '户口迁移 夫妻投靠', limit: 100 }).total).toBe(0);
    expect(catalog.load(STANDARD_ITEMS)).toBe(true);
    expect(catalog.findItems({ text: '户口迁移 夫妻投靠', limit: 100 }).total).toBe(1);
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
