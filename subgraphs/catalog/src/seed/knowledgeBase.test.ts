import { describe, expect, it } from 'vitest';
import { allowsCommitment, allowsTolerantAcceptance, type StandardItem } from '@yrd/shared/standard/standardItem';
import { FAQS, SYNONYMS } from './knowledgeBase.ts';
import { STANDARD_ITEMS } from './standardItems.ts';
import { STORY_ITEMS } from './storyItemCodes.ts';

const byCode = new Map(STANDARD_ITEMS.map((item) => [item.code, item]));

function item(code: string): StandardItem {
  const found = byCode.get(code);
  if (!found) throw new Error(`no standard item ${code}`);
  return found;
}

/** The items people ask about most: 3–4 questions each. */
const POPULAR_ITEMS: readonly string[] = [
  STORY_ITEMS.providentFundLoanCertificate,
  STORY_ITEMS.socialInsuranceCertificate,
  STORY_ITEMS.householdCertificate,
  STORY_ITEMS.crossProvinceMedicalFiling,
  STORY_ITEMS.domesticCompanySetup,
  STORY_ITEMS.branchRegistration,
  STORY_ITEMS.realEstateTransfer,
  STORY_ITEMS.birthRegistration,
  STORY_ITEMS.marriageArchiveQuery,
];

/** Amounts in yuan an answer states ("80元", "10 元"). */
function yuanAmounts(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*元/g)].map((match) => Number(match[1]));
}

/** Whether a number occurs in the text as a whole number (not as part of a longer one). */
function containsNumber(text: string, digits: string): boolean {
  return new RegExp(`(?<![\\d.])${digits}(?![\\d.])`).test(text);
}

/** Everything the standard says about an item, to look stated figures up in. */
function standardText(standardItem: StandardItem): string {
  return JSON.stringify(standardItem);
}

function sentenceCount(text: string): number {
  return text.split(/[。！？]/).filter((part) => part.trim() !== '').length;
}

const FEE_TALK = /收费|工本费|手续费|登记费|多少钱|要钱/;
const FREE_TALK = /免费|不收费|不收取/;
const CROSS_REGION_CLAIM = /一网通办|跨省通办|异地通办|异地可办/;
/** "不属于长三角跨省通办事项": a denial, removed before looking for claims. */
const CROSS_REGION_DENIAL = /(不|未)(属于|纳入|在)[^。，；]{0,12}通办[^。，；]{0,4}/g;
const ONLINE_CLAIM = /在线|线上|网上办|网办|网上申请/;

describe('FAQS', () => {
  it('has at least 80 entries with unique, well-formed ids and unique questions', () => {
    expect(FAQS.length).toBeGreaterThanOrEqual(80);
    const ids = FAQS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^FAQ-\d{4}$/);
    const questions = FAQS.map((entry) => entry.question.trim());
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('ties every entry to an existing standard item', () => {
    const unknown = FAQS.filter((entry) => !byCode.has(entry.itemCode)).map((entry) => entry.id);
    expect(unknown).toEqual([]);
  });

  it('covers every standard item but the policies (their published summary answers), and the popular ones with 3–4 questions', () => {
    const counts = new Map<string, number>();
    for (const entry of FAQS) counts.set(entry.itemCode, (counts.get(entry.itemCode) ?? 0) + 1);
    const uncovered = STANDARD_ITEMS.filter((standardItem) => !standardItem.policy && !counts.has(standardItem.code)).map((s) => s.name);
    expect(uncovered).toEqual([]);
    for (const code of POPULAR_ITEMS) {
      const count = counts.get(code) ?? 0;
      expect(count, item(code).name).toBeGreaterThanOrEqual(3);
      expect(count, item(code).name).toBeLessThanOrEqual(4);
    }
  });

  it('has no empty question or answer, and answers of 2–5 sentences', () => {
    for (const entry of FAQS) {
      expect(entry.question.trim(), entry.id).not.toBe('');
      expect(entry.answer.trim(), entry.id).not.toBe('');
      expect(entry.question, entry.id).toMatch(/[？?]$/);
      const sentences = sentenceCount(entry.answer);
      expect(sentences, `${entry.id}: ${entry.answer}`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${entry.id}: ${entry.answer}`).toBeLessThanOrEqual(5);
    }
  });

  it('includes questions phrased the way people actually ask', () => {
    const questions = FAQS.map((entry) => entry.question);
    for (const colloquial of ['外地社保能转过来吗', '在苏州买房能用上海的公积金吗', '开公司要带什么']) {
      expect(questions.some((question) => question.includes(colloquial)), colloquial).toBe(true);
    }
  });

  it('states no fee for free items, and only the standard fee for charged ones', () => {
    for (const entry of FAQS) {
      const { fee } = item(entry.itemCode);
      const amounts = yuanAmounts(entry.answer);
      if (!fee.charged) {
        expect(
          amounts.filter((amount) => amount > 0),
          `${entry.id} states a fee for a free item`,
        ).toEqual([]);
        if (FEE_TALK.test(entry.answer)) {
          expect(entry.answer, `${entry.id} talks about fees without saying the item is free`).toMatch(FREE_TALK);
        }
      } else {
        const allowed = new Set(yuanAmounts(fee.basis ?? ''));
        if (fee.amount !== undefined) allowed.add(fee.amount / 100);
        for (const amount of amounts) {
          expect(allowed.has(amount), `${entry.id} states ${amount}元, not in the fee basis`).toBe(true);
        }
        expect(entry.answer, `${entry.id} calls a charged item free`).not.toMatch(FREE_TALK);
      }
    }
  });

  it('states the standard fee of every charged item in at least one answer', () => {
    for (const standardItem of STANDARD_ITEMS.filter((s) => s.fee.charged && s.fee.amount !== undefined)) {
      const yuan = (standardItem.fee.amount ?? 0) / 100;
      const stated = FAQS.some(
        (entry) => entry.itemCode === standardItem.code && yuanAmounts(entry.answer).includes(yuan),
      );
      expect(stated, `${standardItem.name}: ${yuan}元`).toBe(true);
    }
  });

  it('states the amount of every circumstance a fee basis sets apart (丢失补领 40元, 非住宅类 550元) in at least one answer', () => {
    for (const standardItem of STANDARD_ITEMS.filter((s) => s.fee.charged)) {
      for (const variant of standardItem.fee.variants ?? []) {
        const yuan = variant.amount / 100;
        // An exemption is stated as one (免收), not as 0元.
        const stated = FAQS.some((entry) => entry.itemCode === standardItem.code && (yuan === 0 ? /免收/.test(entry.answer) : yuanAmounts(entry.answer).includes(yuan)));
        expect(stated, `${standardItem.name}: ${variant.circumstance} ${yuan}元`).toBe(true);
      }
    }
  });

  it('charges a lost identity card at the 丢失补领 amount, not the ordinary one', () => {
    const lost = FAQS.filter((entry) => entry.itemCode === '070201001000' && /丢|遗失/.test(entry.question));
    expect(lost.length).toBeGreaterThan(0);
    for (const entry of lost) {
      expect(entry.answer, entry.id).toMatch(/补领的?工本费每证40元/);
    }
  });

  it('states only time limits and periods the item standard contains', () => {
    for (const entry of FAQS) {
      const text = standardText(item(entry.itemCode));
      for (const match of entry.answer.matchAll(/(\d+)\s*(个工作日|日|天|个月)/g)) {
        const digits = match[1] ?? '';
        expect(containsNumber(text, digits), `${entry.id} states ${match[0]}, absent from the standard`).toBe(true);
      }
    }
  });

  it('invents no phone numbers or web addresses', () => {
    for (const entry of FAQS) {
      expect(entry.answer, entry.id).not.toMatch(/https?:|www\.|\.(com|cn|gov|net|org)\b/i);
      const text = standardText(item(entry.itemCode));
      for (const match of entry.answer.matchAll(/\d{5,}/g)) {
        // Only numbers the standard itself names (the 交管12123 app) may appear.
        expect(text.includes(match[0]), `${entry.id} states ${match[0]}`).toBe(true);
      }
      expect(entry.answer, entry.id).not.toMatch(/\d{3,4}-\d{7,8}/);
    }
  });

  it('promises 秒批, 容缺 and 告知承诺 only where the item allows them', () => {
    for (const entry of FAQS) {
      const standardItem = item(entry.itemCode);
      if (entry.answer.includes('秒批')) expect(standardItem.instantApproval, `${entry.id} 秒批`).toBe(true);
      if (entry.answer.includes('容缺')) expect(allowsTolerantAcceptance(standardItem), `${entry.id} 容缺`).toBe(true);
      if (/告知承诺|书面承诺|个人承诺书/.test(entry.answer)) {
        expect(allowsCommitment(standardItem), `${entry.id} 告知承诺`).toBe(true);
      }
    }
  });

  it('claims cross-region or online handling only where the item offers it', () => {
    for (const entry of FAQS) {
      const standardItem = item(entry.itemCode);
      if (!standardItem.crossRegion) {
        const claims = entry.answer.replace(CROSS_REGION_DENIAL, '');
        expect(claims, `${entry.id} claims cross-region handling`).not.toMatch(CROSS_REGION_CLAIM);
      }
      if (!standardItem.channels.includes('ONLINE')) {
        expect(entry.answer, `${entry.id} claims online handling`).not.toMatch(ONLINE_CLAIM);
      }
    }
  });
});

describe('SYNONYMS', () => {
  /** Where a term may be found: item names, keywords and material names. */
  const vocabulary = STANDARD_ITEMS.flatMap((standardItem) => [
    standardItem.name,
    ...standardItem.keywords,
    ...standardItem.materials.map((material) => material.name),
  ]);

  it('has at least 60 entries with unique phrases', () => {
    expect(SYNONYMS.length).toBeGreaterThanOrEqual(60);
    const phrases = SYNONYMS.map((synonym) => synonym.phrase.trim());
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const phrase of phrases) expect(phrase).not.toBe('');
  });

  it('maps every phrase to distinct terms other than itself', () => {
    for (const synonym of SYNONYMS) {
      expect(synonym.terms.length, synonym.phrase).toBeGreaterThan(0);
      expect(new Set(synonym.terms).size, synonym.phrase).toBe(synonym.terms.length);
      expect(synonym.terms, synonym.phrase).not.toContain(synonym.phrase);
      for (const term of synonym.terms) expect(term.trim(), synonym.phrase).not.toBe('');
    }
  });

  it('uses only terms found in some item name, keyword or material name', () => {
    const missing = SYNONYMS.flatMap((synonym) =>
      synonym.terms
        .filter((term) => !vocabulary.some((entry) => entry.includes(term)))
        .map((term) => `${synonym.phrase} → ${term}`),
    );
    expect(missing).toEqual([]);
  });

  it('includes the phrases people type most', () => {
    const phrases = new Set(SYNONYMS.map((synonym) => synonym.phrase));
    for (const phrase of [
      '开公司',
      '公积金贷款证明',
      '房产过户',
      '社保转移',
      '医保转移',
      '异地看病',
      '查婚姻记录',
      '户口证明',
      '开证明',
      '营业执照',
      '个体户',
      '刻章',
      '领发票',
      '准生证',
      '结婚预约',
      '出入境记录',
      '退休',
      '失业金',
      '补身份证',
      '驾照',
      '水电过户',
    ]) {
      expect(phrases.has(phrase), phrase).toBe(true);
    }
  });
});
