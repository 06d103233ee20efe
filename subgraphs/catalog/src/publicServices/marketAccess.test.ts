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
