/**
 * A query read as words. People run words together in any order (身份证补办, 补领身份证要钱吗,
 * 过户水电), while the index finds a term only where it occurs as written. Read as words, the
 * query becomes terms that must each occur somewhere in a document, in any order:
 *  - the text is cut by longest match against a vocabulary (the words of the index's titles and
 *    keywords and of the synonyms: whatever occurs there is a word people may search by);
 *  - colloquial words are read as the standard's (要钱, 多少钱, 费用 → 收费);
 *  - filler words (吗, 呢, 怎么, 如何, 要, 需要, 办理 …) are dropped: they ask, they do not say what;
 *  - characters no vocabulary word starts with stay together as one term (老人 in 老人认证).
 */

/** What the vocabulary answers: whether a piece of text occurs among the indexed words. */
export interface Vocabulary {
  has(word: string): boolean;
  /** The longest piece it may hold, in characters. */
  readonly longestWord: number;
}

/** Colloquial words and the standard's word for each (the standard's items say 收费). */
export const COLLOQUIAL_WORDS: ReadonlyMap<string, string> = new Map([
  ['要不要钱', '收费'],
  ['收不收费', '收费'],
  ['多少钱', '收费'],
  ['要钱', '收费'],
  ['花钱', '收费'],
  ['交钱', '收费'],
  ['费用', '收费'],
  ['收钱', '收费'],
]);

/** Words that ask rather than say what is searched for: dropped from a query read as words. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  '请问', '我想', '我要', '想要', '我', '想', '要', '需要', '怎么办', '怎么', '怎样', '如何', '咋', '办理', '办', '去', '哪里', '在哪',
  '在哪里', '可以', '能不能', '能', '是否', '什么', '啥', '一下', '吗', '呢', '吧', '啊', '呀', '嘛', '了', '的', '得',
]);

/**
 * Words that ask about something rather than name it (多久 of 注销要多久, 材料 of 注销公司要什么材料):
 * when a query's words together find nothing, these are set aside before the words that say
 * what it is about.
 */
export const ASKING_WORDS: ReadonlySet<string> = new Set([
  '要多久', '多久', '多长时间', '几天', '时间', '时限', '要什么材料', '什么材料', '哪些材料', '材料', '条件', '流程', '手续', '收费', '在哪办',
  '地址', '电话', '网上办', '能不能办', '能办',
]);

/** Particles that end a question (身份证补办吗, 怎么办呢): set aside from the end of each piece. */
const TRAILING_PARTICLES = /[吗呢吧啊呀嘛了的]+$/u;

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => [...b].length - [...a].length);
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Colloquial words and fillers of two or more characters, found anywhere: they are unambiguous,
 * and cut first so that no vocabulary piece swallows them (身份证要 is in the index, 要钱 is not).
 */
const FIXED_WORDS = new RegExp(byLength([...COLLOQUIAL_WORDS.keys(), ...[...FILLER_WORDS].filter((word) => [...word].length >= 2)]).map(escaped).join('|'), 'gu');

/** The longest vocabulary word (two characters or more) or one-character filler starting at `at`. */
function wordAt(chars: readonly string[], at: number, vocabulary: Vocabulary): string | null {
  for (let length = Math.min(chars.length - at, vocabulary.longestWord); length >= 1; length -= 1) {
    const word = chars.slice(at, at + length).join('');
    if (length >= 2 ? vocabulary.has(word) : FILLER_WORDS.has(word)) return word;
  }
  return null;
}

/**
 * One piece of the query (no colloquial word or long filler in it) cut into words by longest
 * match. Characters no word starts with stay together; one such character alone is too little to
 * search by, and joins the word before it (公积全 stays 公积全: a misspelling, not two words) or,
 * at the start, the word after it.
 */
function cut(piece: string, vocabulary: Vocabulary): string[] {
  const chars = [...piece];
  const words: { text: string; known: boolean }[] = [];
  let unknown = '';
  const flush = () => {
    if (unknown !== '') words.push({ text: unknown, known: false });
    unknown = '';
  };
  for (let at = 0; at < chars.length; ) {
    const word = wordAt(chars, at, vocabulary);
    if (word === null) {
      unknown += chars[at];
      at += 1;
      continue;
    }
    flush();
    if (!FILLER_WORDS.has(word)) words.push({ text: word, known: true });
    at += [...word].length;
  }
  flush();
  const joined: string[] = [];
  for (const [index, word] of words.entries()) {
    const alone = !word.known && [...word.text].length === 1;
    if (alone && joined.length > 0) joined[joined.length - 1] += word.text;
    else if (alone && index + 1 < words.length) words[index + 1] = { text: word.text + (words[index + 1]?.text ?? ''), known: false };
    else joined.push(word.text);
  }
  return joined;
}

/**
 * The terms of a normalised query read as words (see above), in the order found, each once;
 * empty when the query holds nothing but filler.
 */
export function queryWords(normalized: string, vocabulary: Vocabulary): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    if (term !== '' && !FILLER_WORDS.has(term) && !terms.includes(term)) terms.push(term);
  };
  const marked = normalized.replace(FIXED_WORDS, (word) => ` ${COLLOQUIAL_WORDS.get(word) ?? ''} `);
  for (const piece of marked.split(' ')) {
    const standard = [...COLLOQUIAL_WORDS.values()].includes(piece);
    for (const word of standard ? [piece] : cut(piece.replace(TRAILING_PARTICLES, ''), vocabulary)) add(word);
  }
  return terms;
}
