import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST } from '@yrd/shared/publicServices/nationalNegativeList';
import { CatalogStore } from '../catalogStore.ts';
import { knowledgeDocuments } from '../knowledge/knowledgeDocument.ts';
import { FAQS, SYNONYMS } from '../seed/knowledgeBase.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { marketAccess } from './marketAccess.ts';

const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
store.knowledge.load(knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST));
afterAll(() => store.close());

const answer = (activity: string) => marketAccess(store.knowledge, SYNONYMS, activity);

/** Every C0 and C1 control character, NUL first. */
const CONTROLS = [...Array.from({ length: 0x20 }, (_, code) => code), ...Array.from({ length: 0x21 }, (_, at) => 0x7f + at)].map((code) =>
  String.fromCharCode(code),
);
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

describe('marketAccess answers with the activity as read', () => {
  it('repeats neither a control character nor a format character, in the activity or the explanation', () => {
    for (const activity of ['买卖人体器官', '开一家咖啡馆']) {
      const plain = answer(activity);
      for (const control of [...CONTROLS, '\u200b', '\u202e', '\ufeff', '\ud800']) {
        const asked = answer(`${control}${activity}${control}`);
        expect(asked.activity, JSON.stringify(control)).toBe(activity);
        expect(asked.explanation, JSON.stringify(control)).toBe(plain.explanation);
        expect(asked.verdict).toBe(plain.verdict);
      }
    }
  });

  it('reads a control character between words as a space, as the search does', () => {
    const asked = answer('买卖\u0000人体器官');
    expect(asked.activity).toBe('买卖 人体器官');
    expect(asked.explanation).toContain('“买卖 人体器官”');
    expect(asked.explanation).not.toMatch(UNREADABLE);
    expect(answer('  开\t\u0007 咖啡馆\r\n').activity).toBe('开 咖啡馆');
    // Otherwise the asker's own words: width, case and punctuation are kept.
    expect(answer('开ＡＢＣ咖啡馆（连锁）\u0000').activity).toBe('开ＡＢＣ咖啡馆（连锁）');
  });
});

/**
 * Everyday activities asked in other words than the list's (its aliases, traditional
 * characters): the verdict and the entry. Before, every row answered FREE with the entry at
 * most related (开烟花厂, 开采稀土, 開奶茶店 with nothing related at all).
 */
const EVERYDAY: readonly (readonly [activity: string, verdict: string, entry: string])[] = [
  ['开烟花厂', 'LICENSED', '211'],
  ['我想开一家烟花厂', 'LICENSED', '211'],
  ['开鞭炮厂', 'LICENSED', '211'],
  ['开烟花店', 'LICENSED', '211'],
  ['开采稀土', 'LICENSED', '205'],
  ['开稀土矿', 'LICENSED', '205'],
  ['开采石场', 'LICENSED', '205'],
  ['开学校', 'LICENSED', '236'],
  ['办私立学校', 'LICENSED', '236'],
  ['开医院', 'LICENSED', '237'],
  ['开一家民营医院', 'LICENSED', '237'],
  ['開奶茶店', 'LICENSED', '218'],
  ['開一家咖啡館', 'LICENSED', '218'],
  ['開網吧', 'LICENSED', '238'],
  ['賣香煙', 'LICENSED', '210'],
  ['开卤味店', 'LICENSED', '218'],
  ['开矿泉水厂', 'LICENSED', '206'],
  ['开大药房', 'LICENSED', '219'],
  ['开客栈', 'LICENSED', '234'],
  ['开宠物诊所', 'LICENSED', '202'],
  // Related but not decided: the entry is named to be checked, never FREE.
  ['开诊所', 'CHECK_ENTRIES', '237'],
  ['开口腔诊所', 'CHECK_ENTRIES', '237'],
  ['开培训班', 'CHECK_ENTRIES', '236'],
  ['卖稀土', 'CHECK_ENTRIES', '205'],
  ['放烟花', 'CHECK_ENTRIES', '211'],
];

describe('marketAccess reads an activity asked in everyday words', () => {
  for (const [activity, verdict, entry] of EVERYDAY) {
    it(`${activity} → ${verdict} ${entry}`, () => {
      const answered = answer(activity);
      expect(answered.verdict).toBe(verdict);
      const listed = verdict === 'CHECK_ENTRIES' ? answered.relatedEntries : answered.entries;
      expect(listed.map((candidate) => candidate.code)).toContain(entry);
      if (verdict === 'CHECK_ENTRIES') expect(answered.entries).toEqual([]);
    });
  }

  it('an activity the list is not near stays FREE (烟 in 烟雾报警器 is no tobacco, 鞋厂 no 电厂)', () => {
    for (const activity of ['卖烟雾报警器', '开家具店', '开鞋厂', '开花店', '开服装店', '平面设计工作室']) {
      const answered = answer(activity);
      expect(answered.verdict, activity).toBe('FREE');
      expect(answered.relatedEntries, activity).toEqual([]);
    }
  });

  it('never answers FREE while it lists related entries', () => {
    for (const activity of [...EVERYDAY.map(([asked]) => asked), '开私人诊所', '开驾校', '开宠物店', '卖水果', '开一家KTV', '开汽修店']) {
      const answered = answer(activity);
      if (answered.verdict === 'FREE') expect(answered.relatedEntries, activity).toEqual([]);
    }
  });

  it('CHECK_ENTRIES says what the words were read as and what still applies', () => {
    const { explanation } = answer('开诊所');
    expect(explanation).toContain('可能需要取得市场准入许可');
    expect(explanation).toContain('“诊所”属于237“医疗机构（诊所实行备案管理）”');
    expect(explanation).toContain('经营主体登记等其他依法应办的手续仍须办理');
    expect(explanation).not.toContain('无需取得市场准入许可');
  });
});

describe('marketAccess: what each entry licenses, and the words that name it (tester findings)', () => {
  const industrialProductLicence = '010101001000';

  it('licenses fertiliser production only: selling fertiliser is not LICENSED under 203', () => {
    for (const activity of ['卖化肥', '销售化肥', '卖肥料']) {
      const asked = answer(activity);
      expect(asked.verdict, activity).toBe('CHECK_ENTRIES');
      expect(asked.entries, activity).toEqual([]);
      expect(asked.relatedEntries.map((entry) => entry.code), activity).toContain('203');
      expect(asked.explanation, activity).toContain('销售肥料不在本项之列');
    }
    for (const activity of ['生产化肥', '开化肥厂']) {
      const asked = answer(activity);
      expect(asked.verdict, activity).toBe('LICENSED');
      expect(asked.entries.map((entry) => [entry.code, entry.licensingItemCodes]), activity).toEqual([['203', [industrialProductLicence]]]);
      expect(asked.explanation, activity).toContain('肥料登记');
    }
  });

  it.each([
    ['卖农药', '203', '农药经营许可', ['农药生产许可', '工业产品生产许可证']],
    ['开农药店', '203', '农药经营许可', ['农药生产许可', '工业产品生产许可证']],
    ['生产农药', '203', '农药生产许可', ['农药经营许可', '工业产品生产许可证']],
    ['销售危险化学品', '208', '危险化学品经营许可', ['安全生产许可', '工业产品生产许可证']],
    ['卖危险化学品', '208', '危险化学品经营许可', ['安全生产许可', '工业产品生产许可证']],
  ])('%s names the licence of that activity (%s: %s), no production licence of the catalog', (activity, code, licence, notNamed) => {
    const asked = answer(activity);
    expect(asked.verdict).toBe('LICENSED');
    expect(asked.entries.map((entry) => entry.code)).toEqual([code]);
    // The catalog has no item for it: none named, and the answer says so.
    expect(asked.entries[0]?.licensingItemCodes).toEqual([]);
    expect(asked.explanation).toContain(`${licence}（`);
    expect(asked.explanation).toContain('本平台暂无其办事指南');
    for (const other of notNamed) expect(asked.explanation).not.toContain(other);
  });

  it('a chemical plant needs the production approvals, with the catalog’s item for the listed products', () => {
    const asked = answer('开化工厂');
    expect(asked.verdict).toBe('LICENSED');
    expect(asked.entries.map((entry) => [entry.code, entry.licensingItemCodes])).toEqual([['208', [industrialProductLicence]]]);
    expect(asked.explanation).toContain('危险化学品生产企业安全生产许可');
    expect(asked.explanation).not.toContain('危险化学品经营许可');
  });

  it('a farm-supply shop is to be checked (only one selling pesticide needs 农药经营许可)', () => {
    const asked = answer('开农资店');
    expect(asked.verdict).toBe('CHECK_ENTRIES');
    expect(asked.relatedEntries.map((entry) => entry.code)).toContain('203');
  });

  it.each(['服装制造', '电子产品制造', '智能装备制造', '合成材料制造'])('%s: the generic verb 制造 relates no entry (no 212)', (activity) => {
    expect(answer(activity).relatedEntries.map((entry) => entry.code)).not.toContain('212');
  });

  it.each(['锅炉制造', '电梯安装', '压力容器制造'])('%s: a verb with what 212 covers still relates 212', (activity) => {
    const asked = answer(activity);
    expect(asked.verdict).not.toBe('FREE');
    expect([...asked.entries, ...asked.relatedEntries].map((entry) => entry.code)).toContain('212');
  });

  it.each([
    ['开网吧', '238'],
    ['开个网吧', '238'],
    ['开设网吧', '238'],
    ['开办网吧', '238'],
    ['经营网吧', '238'],
    ['开建筑公司', '215'],
    ['开设建筑公司', '215'],
    ['开超市', '218'],
    ['开办超市', '218'],
    ['设立旅行社', '231'],
    ['开设赌场', '101'],
    ['建筑施工', '215'],
    ['从事建筑施工', '215'],
    ['从事劳务派遣', '230'],
  ])('%s: 开/开设/开办/设立/经营/从事 are one verb family, and 施工 is 215’s (%s decides)', (activity, code) => {
    const asked = answer(activity);
    expect(asked.verdict).not.toBe('CHECK_ENTRIES');
    expect(asked.entries.map((entry) => entry.code)).toEqual([code]);
  });
});
