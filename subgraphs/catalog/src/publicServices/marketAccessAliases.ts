import type { EntryAlias, NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import { compactActivity } from './marketAccessMatching.ts';

/**
 * An activity asked in other words than the list's own (开烟花厂, 开采稀土, 开诊所, 开学校): read
 * through the entries' aliases (EntryAlias). The question, its framing set aside (我想…, …吗), is
 * a verb, a measure word perhaps, and an object; the object — or the object without a generic
 * ending (店, 铺, 公司: 烟花店 is 烟花) — is an alias word, or ends in one (私人诊所 ends in 诊所:
 * Chinese puts the head of a noun last). Of the words found, the longest is meant (宠物诊所 is
 * 202's, not 237's 诊所). The entry decides when the alias covers the activity and the verb is
 * one it is asked with; otherwise (卖稀土, 放烟花, the word alone, 诊所 which is filed and not
 * licensed) the entry is listed to be checked — never left out, so that no FREE is said of it.
 */

/** Verbs an activity is asked with, longest first (开采 before 开). */
const VERBS = [
  '开采', '勘查', '勘探', '开设', '开办', '创办', '举办', '从事', '经营', '生产', '销售', '批发', '零售', '制造', '加工', '投资', '设立',
  '开', '办', '做', '搞', '卖', '建', '挖', '采', '探', '放', '买', '玩', '送',
].sort((a, b) => b.length - a.length);

/** Verbs of running a business or trading its goods: an alias without its own verbs covers these. */
const BUSINESS_VERBS = new Set([
  '开', '开设', '开办', '创办', '办', '做', '搞', '经营', '从事', '生产', '销售', '批发', '零售', '制造', '加工', '卖', '投资', '设立', '举办',
]);

const LEADING_FRAMING = /^(?:请问|我们|我|想要|想|要|打算|准备|计划|如何|怎么|怎样|能不能|能否|可以)+/u;
const TRAILING_FRAMING = /(?:需要什么许可|需要什么手续|要办什么证|需要许可吗|要什么证|可以吗|行不行|行吗|怎么办|吗|吧|呢|啊|呀|嘛)+$/u;
const MEASURE = /^了?(?:[一两几]?[家个间所座])?/u;
/** Endings that do not change what the business is: 烟花店 is 烟花's, 稀土公司 稀土's. (厂 does: 奶茶厂 makes food.) */
const GENERIC_ENDING = /(?:有限公司|公司|门店|店铺|店|铺|生意|业务|行业)$/u;

export interface AliasMatch {
  readonly entry: NegativeListEntry;
  readonly alias: EntryAlias;
  /** The alias word found, as written in the list. */
  readonly word: string;
  /** Whether the entry decides the verdict (else it is only to be checked). */
  readonly decides: boolean;
}

interface AliasWord {
  readonly entry: NegativeListEntry;
  readonly alias: EntryAlias;
  readonly word: string;
  readonly compact: string;
}

const aliasWordsOf = new WeakMap<readonly NegativeListEntry[], readonly AliasWord[]>();
function aliasWords(entries: readonly NegativeListEntry[]): readonly AliasWord[] {
  let words = aliasWordsOf.get(entries);
  if (!words) {
    words = entries.flatMap((entry) =>
      (entry.aliases ?? []).flatMap((alias) => alias.words.map((word) => ({ entry, alias, word, compact: compactActivity(word) }))),
    );
    aliasWordsOf.set(entries, words);
  }
  return words;
}

/** The question as verb and object, its framing set aside: 我想开一家烟花厂 → 开, 烟花厂. */
function verbAndObject(question: string): { verb: string | null; object: string } {
  const core = question.replace(LEADING_FRAMING, '').replace(TRAILING_FRAMING, '') || question;
  const verb = VERBS.find((candidate) => core.startsWith(candidate) && core.length > candidate.length) ?? null;
  const object = verb === null ? core : core.slice(verb.length).replace(MEASURE, '');
  return { verb, object: object === '' ? core : object };
}

/**
 * The entries an activity names through their aliases, in list order, one match per entry (the
 * deciding one if any). `question` is normalised (compactActivity).
 */
export function aliasMatches(question: string, entries: readonly NegativeListEntry[]): AliasMatch[] {
  const { verb, object } = verbAndObject(question);
  const objects = [...new Set([object, object.replace(GENERIC_ENDING, '')])].filter((candidate) => candidate !== '');
  const found = aliasWords(entries).filter(({ compact }) => objects.some((candidate) => candidate.endsWith(compact)));
  // The longest word found is what was meant: 宠物诊所 (202) over 诊所 (237), 医疗美容 (237) over 美容 (235).
  const meant = found.filter((hit) => !found.some((other) => other.compact.length > hit.compact.length && other.compact.endsWith(hit.compact)));
  const byEntry = new Map<NegativeListEntry, AliasMatch>();
  for (const { entry, alias, word } of meant) {
    const verbs = alias.verbs ?? [...BUSINESS_VERBS];
    const decides = alias.extent === 'COVERED' && verb !== null && verbs.includes(verb);
    const known = byEntry.get(entry);
    if (!known || (decides && !known.decides)) byEntry.set(entry, { entry, alias, word, decides });
  }
  return entries.flatMap((entry) => byEntry.get(entry) ?? []);
}
