import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import { badUserInput } from '@yrd/shared/graphql/errorCodes';

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

/** Full-width to half-width, lower case, format characters removed, separators to single spaces. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').replace(FORMAT_CHARACTERS, '').toLowerCase().replace(SEPARATORS, ' ').trim();
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

/**
 * Checks a search string and reads it with the synonyms: each synonym phrase found in the text
 * gives further readings with the phrase replaced by each of the standard's terms.
 */
export function readSearchText(text: string, synonyms: readonly Synonym[], field = 'text'): SearchText {
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
  return { normalized, readings: [...readings.values()], [readFromNormalizedText]: true };
}

/** Every distinct term of every reading, longest first (the order highlighting wants). */
export function searchTerms(search: SearchText): string[] {
  return [...new Set(search.readings.flat())].sort((a, b) => [...b].length - [...a].length);
}
