import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_NEGATIVE_LIST } from '@yrd/shared/publicServices/nationalNegativeList';
import { CatalogStore } from '../catalogStore.ts';
import { knowledgeDocuments } from '../knowledge/knowledgeDocument.ts';
import { FAQS, SYNONYMS } from '../seed/knowledgeBase.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { marketAccess } from './marketAccess.ts';
import { activityPhrases, titleActivity } from './marketAccessMatching.ts';

const store = new CatalogStore(':memory:');
store.load(STANDARD_ITEMS);
store.knowledge.load(knowledgeDocuments(STANDARD_ITEMS, FAQS, NATIONAL_NEGATIVE_LIST));
afterAll(() => store.close());

const answer = (activity: string) => marketAccess(store.knowledge, SYNONYMS, activity);
const access = (activity: string) => {
  const { verdict, entries, relatedEntries } = answer(activity);
  return { verdict, entries: entries.map((entry) => entry.code), related: relatedEntries.map((entry) => entry.code) };
};
const refusal = (activity: string): { message: string; extensions: Record<string, unknown> } => {
  try {
    answer(activity);
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: Record<string, unknown> }).extensions };
  }
  throw new Error(`expected “${activity}” to be refused`);
};

/**
 * Activity → verdict, the entries that decide it, and entries that must be among the related
 * ones. The old matching let an entry decide whenever its words CONTAINED the question, so
 * every row below answered otherwise (卖烟 → LICENSED under 211 烟花爆竹, 卖保险 → PROHIBITED
 * under 105, 开餐馆 … 开酒吧 → FREE with nothing related, 开赌场 → FREE).
 */
const VERDICTS: readonly (readonly [activity: string, verdict: string, entries: readonly string[], related?: readonly string[]])[] = [
  // 卖烟 is tobacco (210); the fireworks entry only contains the characters (卖烟花爆竹).
  ['卖烟', 'LICENSED', ['210'], ['211']],
  ['我想卖烟', 'LICENSED', ['210']],
  ['卖烟吧', 'LICENSED', ['210']],
  ['卖烟酒', 'LICENSED', ['210']],
  ['烟草零售', 'LICENSED', ['210']],
  ['卖香烟', 'LICENSED', ['210']],
  // …and a longer phrase covers a shorter one where both are found: 卖烟花 is fireworks.
  ['卖烟花', 'LICENSED', ['211']],
  ['卖烟花爆竹', 'LICENSED', ['211']],
  ['生产食品包装袋', 'LICENSED', ['207'], ['206']],
  ['在居民楼开歌舞厅', 'PROHIBITED', ['101'], ['238']],
  ['开歌舞厅', 'LICENSED', ['238'], ['101']],
  // 烟 in another word is not tobacco.
  ['卖烟雾报警器', 'FREE', []],
  // Selling insurance is licensed (227); only the platforms' 违规卖保险 is prohibited (105).
  ['卖保险', 'LICENSED', ['227'], ['105']],
  ['网络平台违规卖保险', 'PROHIBITED', ['105'], ['227']],
  // 食品经营 (218): restaurants, cafés, bakeries, shops, bars, however the question is framed.
  ['开奶茶店', 'LICENSED', ['218']],
  ['我想开奶茶店', 'LICENSED', ['218']],
  ['开奶茶店吧', 'LICENSED', ['218']],
  ['开一家奶茶店', 'LICENSED', ['218']],
  ['开了一家奶茶店', 'LICENSED', ['218']],
  ['奶茶店', 'LICENSED', ['218']],
  ['卖奶茶', 'LICENSED', ['218']],
  ['开餐馆', 'LICENSED', ['218']],
  ['开餐厅', 'LICENSED', ['218']],
  ['开咖啡店', 'LICENSED', ['218']],
  ['开一家咖啡馆', 'LICENSED', ['218']],
  ['开面包店', 'LICENSED', ['218']],
  ['开便利店', 'LICENSED', ['218']],
  ['开火锅店', 'LICENSED', ['218']],
  ['食品经营', 'LICENSED', ['218']],
  // A bar serves drinks (218); 235 says bars no longer need a public-place hygiene licence.
  ['开酒吧', 'LICENSED', ['218'], ['235']],
  ['酒吧', 'LICENSED', ['218'], ['235']],
  // A 民宿 is a 旅馆 (234).
  ['开民宿', 'LICENSED', ['234']],
  // A 诊所 is 备案, not licensed (237 says so), while other 医疗机构 are: never FREE, 237 to check.
  ['开诊所', 'CHECK_ENTRIES', [], ['237']],
  ['开私人诊所', 'CHECK_ENTRIES', [], ['237']],
  // Gambling is prohibited by law: 101 (法律……明确设立的禁止性规定).
  ['开赌场', 'PROHIBITED', ['101']],
  ['赌场', 'PROHIBITED', ['101']],
  // Naming the business, or the line of work, is asking to run it.
  ['网吧', 'LICENSED', ['238']],
  ['KTV', 'LICENSED', ['238']],
  ['劳务派遣', 'LICENSED', ['230']],
  // 家 in 家具 is no measure word.
  ['开家具店', 'FREE', []],
  // Each part of a question is read: 卖烟 is a whole part here.
  ['开奶茶店，卖烟', 'LICENSED', ['210', '218']],
  ['开公司卖奶茶', 'LICENSED', ['218']],
  ['买卖人体器官', 'PROHIBITED', ['101']],
  ['平面设计工作室', 'FREE', []],
];

describe('marketAccess: an entry decides only when the activity asked is that entry’s activity', () => {
  for (const [activity, verdict, entries, related = []] of VERDICTS) {
    it(`${activity} → ${verdict} ${entries.join('、')}`, () => {
      const answered = access(activity);
      expect(answered.verdict).toBe(verdict);
      expect(answered.entries).toEqual(entries);
      expect(answered.related).toEqual(expect.arrayContaining([...related]));
      for (const code of entries) expect(answered.related).not.toContain(code);
    });
  }

  it('every everyday activity of the list, asked as written, decides its own entry', () => {
    for (const entry of NATIONAL_NEGATIVE_LIST) {
      for (const activity of [...entry.activities, titleActivity(entry)]) {
        const answered = access(activity);
        expect(answered.entries, `${activity} (${entry.code})`).toContain(entry.code);
        expect(answered.verdict, `${activity} (${entry.code})`).toBe(entry.category);
      }
    }
  });

  it('no business is the object of two entries (网吧 opens one entry, not two)', () => {
    const owners = new Map<string, Set<string>>();
    for (const phrase of activityPhrases(NATIONAL_NEGATIVE_LIST)) {
      if (!phrase.namedByObject) continue;
      owners.set(phrase.object, (owners.get(phrase.object) ?? new Set()).add(phrase.entry.code));
    }
    for (const [object, codes] of owners) expect([...codes], object).toHaveLength(1);
  });
});

describe('marketAccess refuses a question that names no activity (TOO_VAGUE), rather than guess a verdict', () => {
  // Old: 开 → PROHIBITED (101, 103–106); 卖, 公司, 理财, 开发 → PROHIBITED; 开公司 → LICENSED by
  // 227 and 228 while 开个公司, 开家公司, 注册公司 → FREE. None of these says what the business does.
  const VAGUE = ['开', '卖', '做', '烟', '公司', '开公司', '开个公司', '开家公司', '注册公司', '我想开', '开店', '做生意', '开发', '理财', '香烟'];

  for (const activity of VAGUE) {
    it(activity, () => {
      const { message, extensions } = refusal(activity);
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activity', reason: 'TOO_VAGUE' });
      expect(message).toContain(`“${activity}”没有说明要从事的具体经营活动`);
      expect(message).toMatch(/请写明行业或业务，例如“.+”/);
      expect((extensions.examples as string[]).length).toBeGreaterThan(0);
    });
  }

  it('offers the entries’ own activities as examples when the question is part of them', () => {
    expect(refusal('理财').extensions.examples).toEqual(['注册理财公司']);
    expect(refusal('香烟').extensions.examples).toEqual(['卖香烟']);
    // Every example, asked, is answered.
    for (const activity of VAGUE) {
      for (const example of refusal(activity).extensions.examples as string[]) expect(() => answer(example), example).not.toThrow();
    }
  });
});

describe('marketAccess explains FREE as no more than the list says', () => {
  it('FREE says the list has no such activity (非禁即入), and that registration and other rules still apply', () => {
    const { explanation, relatedEntries } = answer('平面设计工作室');
    expect(relatedEntries).toEqual([]);
    expect(explanation).toContain('市场准入负面清单没有“平面设计工作室”这项活动');
    expect(explanation).toContain('非禁即入');
    expect(explanation).toContain('经营主体登记等其他依法应办的手续仍须办理');
  });

  it('related entries and no deciding one is CHECK_ENTRIES, never FREE: the reader is asked to check them', () => {
    const { verdict, explanation } = answer('开诊所');
    expect(verdict).toBe('CHECK_ENTRIES');
    expect(explanation).toContain('（237、202）');
    expect(explanation).toContain('属于其中某项的，按该事项取得许可后方可进入');
    expect(explanation).toContain('非禁即入');
  });
});
