import type { NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import { normalizeSearchText } from '../knowledge/searchText.ts';

/**
 * Which entries of the negative list an asked activity IS (they decide the verdict), as opposed
 * to entries whose words merely contain what was asked (卖烟 is inside 卖烟花爆竹, 开 inside
 * nearly every entry): those are at most related.
 *
 * An entry's phrases are its everyday activities and the activity its title names (“未获得许可，
 * 不得从事食品经营” → 食品经营). A phrase led by a verb (开, 卖, 做 …) is read as verb + object.
 * The question is normalised as the search normalises it (width, case; punctuation and control
 * characters separate its parts), the spaces then dropped (Chinese writes none). It — or a
 * synonym's reading of it — is an entry's activity when:
 *  1. it contains one of the entry's phrases (我想开奶茶店 ⊇ 开奶茶店, 开奶茶店吧), a measure word
 *     allowed between verb and object (开一家奶茶店, 开了家奶茶店); but a phrase whose object is a
 *     single character (卖烟, 挖矿: 烟 begins 烟花, 烟雾) only when it is the whole question, or a
 *     whole part of it, its framing (我想…, …吗, …吧) set aside;
 *  2. or the whole question, or a whole part, its framing set aside, is the object of a phrase led
 *     by 开/开设/开办/创办/办/做/搞: naming the business (网吧, 奶茶店) or the line of work (劳务派遣)
 *     is asking to run it;
 * and no longer phrase found in the same reading spans the place where it was found (生产食品包装袋
 * is 207's, not 206's 生产食品; 在居民楼开歌舞厅 is 101's, not 238's 开歌舞厅): the covered entry is
 * only related.
 *
 * When no entry decides, the question names no activity the list could judge — and is VAGUE —
 * if, its framing set aside, it is a single character, or made only of generic words (bare
 * verbs, measure words, generic nouns: 开, 卖, 公司, 开个公司, 注册公司, 做生意), or it is only part
 * of an entry's phrase (理财 ⊂ 注册理财公司, 香烟 ⊂ 卖香烟). Otherwise the list has no such activity.
 */

/** Verbs an activity phrase may start with, longest first (开发 before 开). */
const LEADING_VERBS = [
  '买卖', '开设', '开办', '创办', '举办', '投资', '新建', '生产', '注册', '承包', '承接', '承装', '繁育', '代工', '批发', '零售',
  '安装', '维修', '制造', '充装', '经营', '运输', '加盟', '发行', '开发', '预售', '出具', '处置', '回收', '处理', '收集', '组建',
  '组织', '上线', '开', '办', '做', '搞', '卖', '建', '送', '跑', '挖', '探',
].sort((a, b) => b.length - a.length);

/** Verbs by which the object alone names the activity: a 网吧 is to be opened, 劳务派遣 to be done. */
const RUNNING_VERBS = new Set(['开', '开设', '开办', '创办', '办', '做', '搞']);

/**
 * Verbs of setting up or running a business, one family: a phrase led by one of them is found
 * led by any (开网吧 in 开设网吧, 开办网吧, 经营网吧; 开超市 in 开办超市), longest first.
 */
const OPENING_VERBS = ['开设', '开办', '创办', '设立', '经营', '从事', '举办', '开'];
const OPENING_FAMILY = `(?:${OPENING_VERBS.map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

/** What may stand between a verb and its object: 开了一家, 开个, 开间. */
const MEASURE = '(?:了)?(?:[一两几]?[家个间所座])?';

/**
 * Words around the activity that do not change it: wanting, asking, particles. Leading ones
 * first; trailing ones are tried only when the question does not match as written (开酒吧 ends in 吧).
 */
const LEADING_FRAMING = [
  '请问', '我们想', '我想要', '我打算', '我准备', '我想', '我要', '想要', '打算', '准备', '计划', '如何', '怎么', '怎样', '能不能',
  '能否', '可不可以', '是否可以', '可以', '本人', '我们', '我', '想', '要',
];
const TRAILING_FRAMING = [
  '需要什么许可', '需要什么手续', '要办什么证', '需要许可吗', '要什么证', '可以吗', '行不行', '行吗', '怎么办', '吗', '吧', '呢', '啊', '呀', '嘛', '了',
];

/**
 * Words that name no activity by themselves: bare verbs, measure words and generic nouns. A
 * question made of nothing else (开, 卖, 公司, 开公司, 开个公司, 注册公司, 做生意) says nothing the
 * list could decide on.
 */
const GENERIC_WORDS = new Set([
  // verbs
  '开', '办', '卖', '买', '做', '搞', '干', '弄', '建', '设', '开办', '开设', '创办', '举办', '设立', '成立', '注册', '经营', '从事',
  '开展', '创业', '投资', '生产', '销售', '买卖', '开发', '办理', '申请', '开张', '营业', '搞个', '弄个',
  // measure words and fillers
  '一', '一家', '一个', '一间', '个', '家', '间', '所', '座', '点', '些', '一些', '一下', '的', '了', '新',
  // generic nouns
  '公司', '有限公司', '分公司', '企业', '店', '店铺', '门店', '小店', '商店', '铺子', '网店', '生意', '工厂', '厂', '个体户',
  '个体工商户', '工作室', '东西', '项目', '业务', '产品', '商品', '货', '服务', '行业', '事', '事情', '什么', '啥', '执照',
  '营业执照', '许可', '许可证', '手续', '经营主体', '市场主体',
]);

/** Ends of a question's object too general to relate it to an entry (…公司, …平台). */
const GENERIC_HEADS = new Set([...GENERIC_WORDS, '中心', '机构', '平台', '经营', '有限', '作室']);

export interface ActivityPhrase {
  readonly entry: NegativeListEntry;
  /** The phrase as the list writes it. */
  readonly text: string;
  /** The phrase as matched: normalised, no spaces. */
  readonly phrase: string;
  readonly verb: string | null;
  readonly object: string;
  /** Whether the object alone names the activity (the phrase is led by 开, 办, 做 …): 网吧 is 开网吧. */
  readonly namedByObject: boolean;
  /** Whether the phrase decides only as a whole question (or a whole part of one): its object is one character. */
  readonly wholeOnly: boolean;
  /** Finds the phrase in a question, a measure word allowed after its verb. */
  readonly pattern: RegExp;
}

/** Normalised as the search normalises, without the spaces (which Chinese does not write). */
export function compactActivity(text: string): string {
  return normalizeSearchText(text).replace(/ /g, '');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The activity an entry's title names: “未获得许可，不得从事食品经营” → 食品经营. */
export function titleActivity(entry: NegativeListEntry): string {
  return entry.title.replace(/^未获得[^，]*，/, '').replace(/^不得(?:从事)?/, '').replace(/^禁止/, '');
}

function phraseOf(entry: NegativeListEntry, text: string): ActivityPhrase {
  const phrase = compactActivity(text);
  const verb = LEADING_VERBS.find((candidate) => phrase.startsWith(candidate) && phrase.length > candidate.length) ?? null;
  const object = verb === null ? phrase : phrase.slice(verb.length);
  const verbPattern =
    verb !== null && OPENING_VERBS.includes(verb) ? OPENING_FAMILY : verb === '做' || verb === '搞' ? `(?:从事|${verb})` : escaped(verb ?? '');
  const pattern = new RegExp(verb === null ? escaped(phrase) : `${verbPattern}${MEASURE}${escaped(object)}`, 'y');
  const namedByObject = verb !== null && RUNNING_VERBS.has(verb) && [...object].length >= 2;
  const wholeOnly = verb !== null && [...object].length < 2;
  return { entry, text, phrase, verb, object, namedByObject, wholeOnly, pattern };
}

/** Every phrase of every entry: its everyday activities, then the activity its title names. */
export function activityPhrases(entries: readonly NegativeListEntry[]): ActivityPhrase[] {
  return entries.flatMap((entry) => [...entry.activities, titleActivity(entry)].map((text) => phraseOf(entry, text)));
}

/** The question with its framing set aside: 我想开奶茶店吧 → 开奶茶店 (and, when it ends so, 开酒吧 → 开酒). */
function framedCores(question: string): string[] {
  let core = question;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of LEADING_FRAMING) {
      if (core.startsWith(word) && core.length > word.length) {
        core = core.slice(word.length);
        changed = true;
      }
    }
  }
  const cores = [core];
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of TRAILING_FRAMING) {
      if (core.endsWith(word) && core.length > word.length) {
        core = core.slice(0, -word.length);
        cores.push(core);
        changed = true;
      }
    }
  }
  return cores;
}

/** Whether the text is made of generic words only (a word break over GENERIC_WORDS). */
function onlyGenericWords(text: string): boolean {
  const chars = [...text];
  const reachable = [true, ...chars.map(() => false)];
  for (let end = 1; end <= chars.length; end += 1) {
    for (let start = 0; start < end && !reachable[end]; start += 1) {
      if (reachable[start] && GENERIC_WORDS.has(chars.slice(start, end).join(''))) reachable[end] = true;
    }
  }
  return reachable[chars.length] === true;
}

interface Found {
  readonly phrase: ActivityPhrase;
  readonly reading: number;
  readonly start: number;
  readonly end: number;
}

/** One part of a question (the text between its separators: 开奶茶店，卖烟), where it stands in the reading. */
interface Part {
  readonly start: number;
  readonly end: number;
  /** The part with its framing set aside, most framing last. */
  readonly cores: readonly string[];
}

function partsOf(terms: readonly string[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const term of terms) {
    parts.push({ start: at, end: at + term.length, cores: framedCores(term) });
    at += term.length;
  }
  return parts;
}

/**
 * Where each phrase occurs in one reading of the question: inside it (a measure word allowed
 * after the verb), or — for a phrase that decides only whole, or is named by its object — as
 * the whole of a part of the question, its framing set aside.
 */
function occurrences(reading: number, terms: readonly string[], phrases: readonly ActivityPhrase[]): Found[] {
  const text = terms.join('');
  const parts = [{ start: 0, end: text.length, cores: framedCores(text) }, ...(terms.length > 1 ? partsOf(terms) : [])];
  const found: Found[] = [];
  for (const phrase of phrases) {
    for (const part of parts) {
      if ((phrase.wholeOnly && part.cores.includes(phrase.phrase)) || (phrase.namedByObject && part.cores.includes(phrase.object))) {
        found.push({ phrase, reading, start: part.start, end: part.end });
      }
    }
    if (phrase.wholeOnly) continue;
    for (let at = 0; at < text.length; at += 1) {
      phrase.pattern.lastIndex = at;
      if (phrase.pattern.test(text)) found.push({ phrase, reading, start: at, end: phrase.pattern.lastIndex });
    }
  }
  return found;
}

export type ActivityReading =
  /** The question names no activity: too short, or only generic words, or only part of an entry's phrases. */
  | { readonly kind: 'VAGUE'; readonly examples: readonly string[] }
  | {
      readonly kind: 'READ';
      /** Entries the question is the activity of, in list order. */
      readonly deciding: readonly NegativeListEntry[];
      /** Entries with a phrase in the question that a longer phrase covers, in list order. */
      readonly covered: readonly NegativeListEntry[];
      /** Entries that mention the head word of what was asked (开私人诊所 → 诊所), in list order. */
      readonly mentioning: readonly NegativeListEntry[];
    };

/** Examples offered when the question is too vague: everyday activities of entries of both kinds. */
const EVERYDAY_EXAMPLES = ['开奶茶店', '卖香烟', '开网吧', '开旅馆'];

/**
 * Reads a question against the list's phrases. `readings` are the question's normalised terms
 * as written (the first) and as synonyms read it (readSearchText's readings).
 */
export function readActivity(
  readings: readonly (readonly string[])[],
  phrases: readonly ActivityPhrase[],
  entries: readonly NegativeListEntry[],
): ActivityReading {
  const question = (readings[0] ?? []).join('');
  const cores = framedCores(question);
  const found = readings.flatMap((terms, reading) => occurrences(reading, terms, phrases));
  const coveredBy = (hit: Found) =>
    found.some(
      (other) =>
        other.reading === hit.reading && other.start <= hit.start && hit.end <= other.end && other.end - other.start > hit.end - hit.start,
    );
  const deciding = new Set(found.filter((hit) => !coveredBy(hit)).map((hit) => hit.phrase.entry));
  const covered = new Set(found.map((hit) => hit.phrase.entry).filter((entry) => !deciding.has(entry)));
  if (deciding.size === 0) {
    const core = cores.at(-1) ?? question;
    if ([...core].length < 2 || cores.some(onlyGenericWords)) return { kind: 'VAGUE', examples: EVERYDAY_EXAMPLES };
    const containing = phrases.filter((phrase) => cores.some((candidate) => phrase.phrase.includes(candidate)));
    if (containing.length > 0) {
      const everyday = containing.filter((phrase) => phrase.entry.activities.includes(phrase.text));
      const examples = [...new Set((everyday.length > 0 ? everyday : containing).map((phrase) => phrase.text))];
      return { kind: 'VAGUE', examples: examples.slice(0, 5) };
    }
  }
  const inListOrder = (chosen: Set<NegativeListEntry>) => entries.filter((entry) => chosen.has(entry));
  return {
    kind: 'READ',
    deciding: inListOrder(deciding),
    covered: inListOrder(covered),
    mentioning: inListOrder(new Set(cores.flatMap((core) => mentioningHead(core, entries)))),
  };
}

/**
 * Words that end many entries' sentences without saying what business they are about: the
 * administrative acts (备案, 登记, 证明 …). As the head of a question they relate nothing.
 */
const ADMINISTRATIVE_HEADS = new Set(['备案', '登记', '证明', '认证', '预约', '转移', '设立', '注销', '变更', '申请', '审批', '资质', '报告', '管理', '办法']);
/** Heads that are verbs (制造, 安装, 加工): they relate an entry only with what they are done to. */
const VERB_HEADS = new Set([...LEADING_VERBS, '加工', '制作', '施工', '修理', '改造', '设计', '研发', '服务', '销售', '贸易'].filter((verb) => [...verb].length >= 2));

/** A head more entries than this mention says little about any of them. */
const MAX_MENTIONING = 3;

/** Each entry's words, normalised with their separators kept (a word of the text ends at one). */
const wordsOf = new WeakMap<NegativeListEntry, string>();
function entryWords(entry: NegativeListEntry): string {
  let words = wordsOf.get(entry);
  if (words === undefined) {
    words = normalizeSearchText([entry.title, entry.description, ...entry.activities].join(' '));
    wordsOf.set(entry, words);
  }
  return words;
}

/**
 * Entries in whose words the head of what was asked ends a word: its object (the question
 * without a leading verb and measure word), then the object's shorter endings, down to two
 * characters — Chinese puts the head of a noun last (开私人诊所 → 诊所, which 237 names in
 * “诊所、中医诊所实行备案管理”). A word ends at a separator, the end, or 等/和/及/或/与, so that
 * 失业金 does not find 业金 inside 银行业金融机构. Generic and administrative heads (公司, 平台,
 * 备案, 登记) relate nothing, nor does a head that more than three entries mention.
 */
function mentioningHead(core: string, entries: readonly NegativeListEntry[]): NegativeListEntry[] {
  const verb = LEADING_VERBS.find((candidate) => core.startsWith(candidate) && core.length > candidate.length);
  const object = (verb ? core.slice(verb.length) : core).replace(/^了?[一两几][家个间所座]|^了?[个间]/, '');
  const chars = [...object];
  for (let start = 0; start <= chars.length - 2; start += 1) {
    const head = chars.slice(start).join('');
    if (GENERIC_HEADS.has(head) || ADMINISTRATIVE_HEADS.has(head)) continue;
    const endsWord = new RegExp(`${escaped(head)}(?= |$|等|和|及|或|与)`);
    // A verb as the head (服装制造, 电梯安装) says only what is done: the entry must also name what
    // it is done to (212's 电梯, not 服装), or 制造 alone would relate every maker to 212.
    const thing = VERB_HEADS.has(head) ? chars.slice(Math.max(0, start - 2), start).join('') : '';
    if (VERB_HEADS.has(head) && [...thing].length < 2) continue;
    const mentioning = entries.filter((entry) => endsWord.test(entryWords(entry)) && (thing === '' || entryWords(entry).includes(thing)));
    if (mentioning.length > MAX_MENTIONING) return [];
    if (mentioning.length > 0) return mentioning;
  }
  return [];
}
