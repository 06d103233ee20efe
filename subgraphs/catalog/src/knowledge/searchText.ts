import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { queryWords, type Vocabulary } from './queryWords.ts';
import { toSimplified } from './simplifiedChinese.ts';

export const MAX_SEARCH_LENGTH = 50;
/** How many ways of reading a query (the text itself and its synonym rewrites) are searched at most. */
const MAX_READINGS = 12;

/** Only readSearchText makes a SearchText (see there): this module alone holds the key. */
const readFromNormalizedText = Symbol('readSearchText');

/**
 * A search as the index understands it: one or more readings, each a list of terms that must
 * all occur. "开公司" reads as itself and as "公司设立" and "内资有限公司设立".
 *
 * The terms go into FTS5 query strings, which SQLite parses as C strings: a NUL ends the
 * string early ("unterminated string"). The brand makes readSearchText, and so the
 * normalisation below, the only way to build one, for every search that reaches the index.
 */
export interface SearchText {
  /** The normalised text, also what a page cursor is bound to. */
  readonly normalized: string;
  readonly readings: readonly (readonly string[])[];
  /**
   * The text read as words (queryWords: 身份证补办 → 身份证 补办, 补领身份证要钱吗 → 补领 身份证 收费),
   * searched only when no reading above is found as written; none when that reads the same.
   */
  readonly wordReadings: readonly (readonly string[])[];
  readonly [readFromNormalizedText]: true;
}

/**
 * Invisible format characters (zero-width space and joiners, soft hyphen, BOM, direction
 * marks): pasted text carries them inside words, and they can be slipped in to dodge a match.
 * They are removed, not made separators, so that "社\u200b保" is still the word 社保.
 */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;

/**
 * Separators: white space and punctuation, control characters (NUL, other C0 and C1 codes,
 * which nobody means to search for and a NUL breaks FTS5) and lone surrogates (half of a
 * character that was cut, which reaches SQLite as a replacement character).
 */
const SEPARATORS = /[\s\p{Cc}\p{Cs},，。、;；:：!！?？"“”'‘’()（）《》【】[\]<>]+/gu;

/**
 * Full-width to half-width, format characters removed, traditional characters and variant words
 * to the simplified standard ones (社會保險 → 社会保险, 身分证 → 身份证), lower case, separators to
 * single spaces.
 */
export function normalizeSearchText(text: string): string {
  return toSimplified(text.normalize('NFKC').replace(FORMAT_CHARACTERS, '')).toLowerCase().replace(SEPARATORS, ' ').trim();
}

/** A synonym with its phrase and terms normalised as the search text is. */
interface NormalizedSynonym {
  readonly phrase: string;
  readonly terms: readonly string[];
}

const normalizedSynonyms = new WeakMap<readonly Synonym[], readonly NormalizedSynonym[]>();

/** The synonyms normalised once per list (the hub has one list, read on every search), longest phrase first. */
function normalizedSynonymsOf(synonyms: readonly Synonym[]): readonly NormalizedSynonym[] {
  let normalized = normalizedSynonyms.get(synonyms);
  if (!normalized) {
    normalized = synonyms
      .map((synonym) => ({ phrase: normalizeSearchText(synonym.phrase), terms: synonym.terms.map(normalizeSearchText) }))
      .filter((synonym) => synonym.phrase !== '')
      // Longer phrases first, so that "公司不开了" is read before "公司".
      .sort((a, b) => b.phrase.length - a.phrase.length);
    normalizedSynonyms.set(synonyms, normalized);
  }
  return normalized;
}

/** Every piece of the synonyms' phrases and terms, as words a query may be cut into. */
const synonymPieces = new WeakMap<readonly Synonym[], ReadonlySet<string>>();
function synonymPiecesOf(synonyms: readonly Synonym[]): ReadonlySet<string> {
  let pieces = synonymPieces.get(synonyms);
  if (!pieces) {
    pieces = new Set(normalizedSynonymsOf(synonyms).flatMap((synonym) => [synonym.phrase, ...synonym.terms].flatMap((words) => piecesOf(words))));
    synonymPieces.set(synonyms, pieces);
  }
  return pieces;
}

/** The longest piece of indexed text a query is cut into words by (longer ones are rare and slow to look up). */
export const LONGEST_WORD = 10;

/** Every run of two to LONGEST_WORD characters of a text without crossing its separators. */
export function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const part of text.split(' ')) {
    const chars = [...part];
    for (let start = 0; start < chars.length; start += 1) {
      for (let end = start + 2; end <= Math.min(chars.length, start + LONGEST_WORD); end += 1) pieces.push(chars.slice(start, end).join(''));
    }
  }
  return pieces;
}

/**
 * Checks a search string and reads it with the synonyms: each synonym phrase found in the text
 * gives further readings with the phrase replaced by each of the standard's terms. Given the
 * index's words (`indexWords`: pieces of its titles and keywords), it also reads the text as
 * words (wordReadings), cut by those and the synonyms' words.
 */
export function readSearchText(text: string, synonyms: readonly Synonym[], field = 'text', indexWords?: ReadonlySet<string>): SearchText {
  const normalized = normalizeSearchText(text);
  if (normalized === '') throw badUserInput(field, '请输入要搜索的内容', { reason: 'EMPTY' });
  if ([...normalized].length > MAX_SEARCH_LENGTH) {
    throw badUserInput(field, `搜索内容不能超过 ${MAX_SEARCH_LENGTH} 个字，请精简关键词`, { reason: 'TOO_LONG', max: MAX_SEARCH_LENGTH });
  }
  const readings = new Map<string, readonly string[]>();
  const add = (phrase: string) => {
    const terms = phrase.split(' ').filter((term) => term !== '');
    if (terms.length > 0 && readings.size < MAX_READINGS) readings.set(terms.join(' '), terms);
  };
  add(normalized);
  for (const synonym of normalizedSynonymsOf(synonyms)) {
    if (!normalized.includes(synonym.phrase)) continue;
    for (const term of synonym.terms) add(normalized.replace(synonym.phrase, ` ${term} `));
  }
  const wordReadings: (readonly string[])[] = [];
  if (indexWords) {
    const fromSynonyms = synonymPiecesOf(synonyms);
    const vocabulary: Vocabulary = { has: (word) => indexWords.has(word) || fromSynonyms.has(word), longestWord: LONGEST_WORD };
    const words = queryWords(normalized, vocabulary);
    const add = (terms: readonly string[]) => {
      const key = terms.join(' ');
      if (terms.length > 0 && !readings.has(key) && wordReadings.length < MAX_READINGS && !wordReadings.some((known) => known.join(' ') === key)) {
        wordReadings.push(terms);
      }
    };
    add(words);
    // A synonym whose words are all among the query's, in any order (过户水电 holds 水电过户's
    // 水电 and 过户), reads those words as each of its terms.
    const arrangements = wordArrangements(words);
    for (const synonym of normalizedSynonymsOf(synonyms)) {
      const phraseWords = arrangements.get(synonym.phrase);
      if (!phraseWords) continue;
      const rest = words.filter((word) => !phraseWords.includes(word));
      for (const term of synonym.terms) add([...rest, term]);
    }
  }
  return { normalized, readings: [...readings.values()], wordReadings, [readFromNormalizedText]: true };
}

/** Two or three of the words in every order, joined (水电过户, 过户水电 from 过户 and 水电), with the words that make each. */
function wordArrangements(words: readonly string[]): Map<string, readonly string[]> {
  const arrangements = new Map<string, readonly string[]>();
  const few = words.slice(0, 6);
  for (const first of few) {
    for (const second of few) {
      if (second === first) continue;
      arrangements.set(first + second, [first, second]);
      for (const third of few) if (third !== first && third !== second) arrangements.set(first + second + third, [first, second, third]);
    }
  }
  return arrangements;
}

/** Every distinct term of the readings, longest first (the order highlighting wants). */
export function searchTerms(readings: readonly (readonly string[])[]): string[] {
  return [...new Set(readings.flat())].sort((a, b) => [...b].length - [...a].length);
}
