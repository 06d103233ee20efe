import { createHash } from 'node:crypto';
import { ExpiringCache } from '@yrd/shared/cache/expiringCache';
import type { SqliteDatabase } from '@yrd/shared/store/openDatabase';
import type { KnowledgeDocument, KnowledgeKind } from './knowledgeDocument.ts';
import { normalizeSearchText, piecesOf, LONGEST_WORD, type SearchText } from './searchText.ts';
import { ASKING_WORDS } from './queryWords.ts';
import { StatementCache } from '@yrd/shared/store/statementCache';

/** The tables of the knowledge index (a migration of the hub's store). */
export const KNOWLEDGE_INDEX_MIGRATION = `
  CREATE TABLE knowledge_document (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    item_code  TEXT,
    entry_code TEXT
  ) STRICT;
  -- Trigram full text over the title, the keywords people type and the body: any substring of
  -- three or more characters is found, which suits Chinese (no word boundaries).
  CREATE VIRTUAL TABLE knowledge_text USING fts5(title, keywords, body, tokenize = 'trigram');
  CREATE VIRTUAL TABLE knowledge_vocabulary USING fts5vocab(knowledge_text, 'row');`;

/** bm25 weights of title, keywords and body: a match in the name counts most. */
const RANK = 'bm25(knowledge_text, 10.0, 6.0, 1.0)';
/** A term shorter than a trigram is searched through the trigrams containing it, at most this many. */
const MAX_TRIGRAMS_PER_SHORT_TERM = 400;
/** Short terms whose expansion is remembered (two characters of CJK: a bounded, small set in practice). */
const MAX_REMEMBERED_SHORT_TERMS = 2_000;
/** How long a search's ranking is kept for paging, and how many searches are kept. */
const RANKING_TTL_MS = 5 * 60_000;
const RANKINGS_KEPT = 500;
/** A long term matches loosely when at least this share of its trigrams occur in the document. */
const LOOSE_MATCH_SHARE = 0.6;

/** An item's code as the standard writes it (12 digits): searched, it finds that item. */
const ITEM_CODE = /^\d{12}$/;
/** A character a misspelling may be corrected to: a Chinese one, never punctuation (执照（). */
const HAN = /^\p{Script=Han}$/u;
/** A misspelt term is corrected only when it is this long or longer, and all in Chinese characters. */
const CORRECTABLE_TERM = /^\p{Script=Han}{3,12}$/u;

/** The overlapping three-character pieces of a term of four or more characters (none for shorter ones). */
export function trigramsOf(term: string): string[] {
  const chars = [...term];
  if (chars.length < 4) return [];
  return [...new Set(chars.slice(0, -2).map((_, at) => chars.slice(at, at + 3).join('')))];
}

export interface KnowledgeSearch {
  readonly text: SearchText;
  readonly kinds?: readonly KnowledgeKind[];
  readonly offset: number;
  readonly limit: number;
  /**
   * Whether a text that finds nothing is searched again with its misspellings corrected (公积全 →
   * 公积金): for people searching, never for a check that must answer what was asked (the
   * negative list would read 开鞋厂 as 开电厂).
   */
  readonly correctTypos?: boolean;
}

export interface KnowledgeMatch {
  readonly document: KnowledgeDocument;
  /** bm25 relevance, larger is better. */
  readonly score: number;
  /** Every term of a reading occurs as written (else most of each long term's trigrams do). */
  readonly exact: boolean;
}

type Readings = readonly (readonly string[])[];

/** A search's whole ranking, and the readings that found it. */
interface Ranking {
  readonly rows: RankedRow[];
  readonly readings: Readings;
}

interface RankedRow {
  rowid: number;
  rank: number;
  tier: number;
}

interface DocumentRow {
  rowid: number;
  id: string;
  kind: KnowledgeKind;
  title: string;
  body: string;
  keywords: string;
  item_code: string | null;
  entry_code: string | null;
}

/**
 * An FTS5 string literal. SQLite parses the query as a C string, so no escaping can carry a NUL:
 * it would end the query inside the literal ("unterminated string"). Search terms never hold
 * one (readSearchText turns control characters into separators), nor does the vocabulary of
 * the documents we index; should one ever get here, say so rather than let FTS5 misreport it.
 */
function quoted(text: string): string {
  if (text.includes('\0')) throw new RangeError(`an FTS5 query term cannot contain NUL: ${JSON.stringify(text)}`);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The knowledge base's full-text index (SQLite FTS5, trigram tokenizer), ranked by bm25.
 * Terms of three or more characters are phrase queries; shorter ones ("社保", "证") are
 * expanded to the indexed trigrams that contain them, so that they still rank by bm25; longer
 * ones also match loosely, by most of their trigrams, ranked after the exact matches.
 */
export class KnowledgeIndex {
  /** Short terms' trigram expansions; the vocabulary changes only when the documents are reloaded. */
  private readonly shortTermExpressions = new Map<string, string | null>();
  /** Recent searches' whole rankings (row ids), for paging without searching again. */
  private readonly rankings = new ExpiringCache<Ranking>(RANKINGS_KEPT);
  /** Pieces of the indexed titles and keywords, the words a query is cut into (read when first needed). */
  private indexedWords: ReadonlySet<string> | null = null;
  /** Words that end a title's or a keyword's part (执照 of 营业执照, 注销 of 怎么简易注销): whole words, never misspellings. */
  private wholeWords: ReadonlySet<string> | null = null;

  private readonly statements: StatementCache;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = new StatementCache(db);
  }

  /** Replaces the documents if they differ from what is indexed; returns whether it did. */
  load(documents: readonly KnowledgeDocument[]): boolean {
    const digest = createHash('sha256').update(JSON.stringify(documents)).digest('hex');
    const current = this.statements.prepare<[], { value: string }>("SELECT value FROM catalog_meta WHERE key = 'knowledge_digest'").get();
    if (current?.value === digest) return false;
    const insertDocument = this.statements.prepare(
      'INSERT INTO knowledge_document (id, kind, title, body, item_code, entry_code) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertText = this.statements.prepare('INSERT INTO knowledge_text (rowid, title, keywords, body) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM knowledge_document; DELETE FROM knowledge_text;');
      for (const document of documents) {
        const { lastInsertRowid } = insertDocument.run(
          document.id,
          document.kind,
          document.title,
          document.body,
          document.itemCode,
          document.entryCode,
        );
        insertText.run(lastInsertRowid, document.title, document.keywords, document.body);
      }
      this.statements.prepare("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('knowledge_digest', ?)").run(digest);
    })();
    this.shortTermExpressions.clear();
    this.rankings.clear();
    this.indexedWords = null;
    this.wholeWords = null;
    return true;
  }

  /**
   * The words of the index a query may be cut into (queryWords): every run of two to ten
   * characters of a title or a keyword, normalised as a search is. Built from the table, so
   * that an index loaded by an earlier start (load found nothing to change) has them too.
   */
  words(): ReadonlySet<string> {
    if (this.indexedWords === null) {
      const words = new Set<string>();
      for (const row of this.statements.prepare<[], { title: string; keywords: string }>('SELECT title, keywords FROM knowledge_text').iterate()) {
        for (const piece of piecesOf(normalizeSearchText(`${row.title} ${row.keywords}`))) words.add(piece);
      }
      this.indexedWords = words;
    }
    return this.indexedWords;
  }

  /**
   * Words the index holds whole: every ending, of two to ten characters, of a part of a title or
   * a keyword (营业执照 ends in 执照, 怎么简易注销 in 注销). Chinese puts a word's head last, so an
   * ending is a word people write (公积 is no ending: it only begins 公积金).
   */
  private knownWholeWords(): ReadonlySet<string> {
    if (this.wholeWords === null) {
      const words = new Set<string>();
      for (const row of this.statements.prepare<[], { title: string; keywords: string }>('SELECT title, keywords FROM knowledge_text').iterate()) {
        for (const part of normalizeSearchText(`${row.title} ${row.keywords}`).split(' ')) {
          const chars = [...part];
          for (let length = 2; length <= Math.min(chars.length, LONGEST_WORD); length += 1) words.add(chars.slice(-length).join(''));
        }
      }
      this.wholeWords = words;
    }
    return this.wholeWords;
  }

  /** Which characters of a term lie inside a whole word of the index (longest first from each place). */
  private insideWholeWords(term: string): boolean[] {
    const chars = [...term];
    const whole = this.knownWholeWords();
    const inside = chars.map(() => false);
    for (let start = 0; start < chars.length; start += 1) {
      for (let end = Math.min(chars.length, start + LONGEST_WORD); end >= start + 2; end -= 1) {
        if (whole.has(chars.slice(start, end).join(''))) {
          for (let at = start; at < end; at += 1) inside[at] = true;
          break;
        }
      }
    }
    return inside;
  }

  /**
   * A term found nowhere, read as the whole words it holds (注销公司 → 注销 公司, 执照丢 → 执照):
   * cut by longest match over the index's whole words; a character left alone between them is
   * set aside, a longer stretch kept as a term (it may be misspelt: 公积全 stays whole).
   */
  private wholeWordsOf(term: string): string[] {
    if (this.termMatches(term).exact.size > 0) return [term];
    const chars = [...term];
    const whole = this.knownWholeWords();
    const words: string[] = [];
    let rest = '';
    const flush = () => {
      if ([...rest].length >= 2) words.push(rest);
      rest = '';
    };
    for (let at = 0; at < chars.length; ) {
      let found: string | null = null;
      for (let end = Math.min(chars.length, at + LONGEST_WORD); end >= at + 2 && found === null; end -= 1) {
        const word = chars.slice(at, end).join('');
        if (whole.has(word) && this.termMatches(word).exact.size > 0) found = word;
      }
      if (found === null) {
        rest += chars[at];
        at += 1;
        continue;
      }
      flush();
      words.push(found);
      at += [...found].length;
    }
    flush();
    return words.length > 0 ? words : [term];
  }

  /** The FTS5 expression for one term; null when no indexed text can contain it. */
  private termExpression(term: string): string | null {
    if ([...term].length >= 3) return quoted(term);
    const known = this.shortTermExpressions.get(term);
    if (known !== undefined) return known;
    const trigrams = this.statements
      .prepare<[string, number], { term: string }>('SELECT term FROM knowledge_vocabulary WHERE instr(term, ?) > 0 ORDER BY cnt DESC LIMIT ?')
      .all(term, MAX_TRIGRAMS_PER_SHORT_TERM)
      .map((row) => quoted(row.term));
    const expression = trigrams.length === 0 ? null : `(${trigrams.join(' OR ')})`;
    if (this.shortTermExpressions.size >= MAX_REMEMBERED_SHORT_TERMS) this.shortTermExpressions.clear();
    this.shortTermExpressions.set(term, expression);
    return expression;
  }

  private rowsMatching(expression: string): Set<number> {
    return new Set(
      this.statements.prepare<[string], { rowid: number }>('SELECT rowid FROM knowledge_text WHERE knowledge_text MATCH ?').all(expression).map((row) => row.rowid),
    );
  }

  /**
   * Documents containing a term: exactly, or — for a term of four or more characters, which
   * Chinese writes without spaces ("公积金贷款证明" against "公积金异地贷款证明") — loosely, when
   * most of its trigrams occur.
   */
  private termMatches(term: string): { exact: Set<number>; loose: Set<number> } {
    if (ITEM_CODE.test(term)) {
      // An item's code finds the item (never loosely: digits share their trigrams with every number).
      const items = this.statements
        .prepare<[string], { rowid: number }>("SELECT rowid FROM knowledge_document WHERE kind = 'ITEM' AND item_code = ?")
        .all(term)
        .map((row) => row.rowid);
      return { exact: new Set([...items, ...this.rowsMatching(quoted(term))]), loose: new Set() };
    }
    const expression = this.termExpression(term);
    const exact = expression === null ? new Set<number>() : this.rowsMatching(expression);
    const trigrams = trigramsOf(term);
    const loose = new Set<number>();
    if (trigrams.length >= 2) {
      const counts = new Map<number, number>();
      for (const trigram of trigrams) for (const row of this.rowsMatching(quoted(trigram))) counts.set(row, (counts.get(row) ?? 0) + 1);
      const needed = Math.max(2, Math.ceil(trigrams.length * LOOSE_MATCH_SHARE));
      for (const [row, count] of counts) if (count >= needed && !exact.has(row)) loose.add(row);
    }
    return { exact, loose };
  }

  /** Documents matching some reading exactly (every term exact) and loosely (every term at least loosely). */
  private candidates(readings: Readings): { exact: Set<number>; loose: Set<number> } {
    const exact = new Set<number>();
    const loose = new Set<number>();
    const cache = new Map<string, { exact: Set<number>; loose: Set<number> }>();
    for (const terms of readings) {
      const matches = terms.map((term) => cache.get(term) ?? cache.set(term, this.termMatches(term)).get(term)!);
      const [first, ...rest] = matches;
      if (!first) continue;
      for (const row of first.exact) if (rest.every((match) => match.exact.has(row))) exact.add(row);
      for (const row of [...first.exact, ...first.loose]) {
        if (rest.every((match) => match.exact.has(row) || match.loose.has(row))) loose.add(row);
      }
    }
    for (const row of exact) loose.delete(row);
    return { exact, loose };
  }

  /** The FTS5 expression bm25 ranks by: any term of any reading, or any trigram of a long term. */
  private rankingExpression(readings: Readings): string | null {
    const parts = new Set<string>();
    for (const term of readings.flat()) {
      const expression = this.termExpression(term);
      if (expression !== null) parts.add(expression);
      for (const trigram of trigramsOf(term)) parts.add(quoted(trigram));
    }
    return parts.size === 0 ? null : [...parts].join(' OR ');
  }

  /** The documents some reading finds, of the kinds asked: exact matches first, then loose ones; each by bm25, then by id. */
  private rankedRows(readings: Readings, kinds: readonly KnowledgeKind[] | null): RankedRow[] {
    const { exact, loose } = this.candidates(readings);
    if (exact.size + loose.size === 0) return [];
    // A document found by an item's code alone holds none of the terms bm25 ranks by: it ranks 0.
    const ranking = this.rankingExpression(readings) ?? '""';
    return this.statements
      .prepare<[string, string, string, string, string], RankedRow>(
        `SELECT d.rowid AS rowid, COALESCE(m.rank, 0) AS rank,
                CASE WHEN d.rowid IN (SELECT value FROM json_each(?)) THEN 0 ELSE 1 END AS tier
         FROM knowledge_document AS d
         LEFT JOIN (SELECT rowid, ${RANK} AS rank FROM knowledge_text WHERE knowledge_text MATCH ?) AS m ON m.rowid = d.rowid
         WHERE d.rowid IN (SELECT value FROM json_each(?))
           AND (json(?) = 'null' OR d.kind IN (SELECT value FROM json_each(?)))
         ORDER BY tier, rank, d.id`,
      )
      .all(JSON.stringify([...exact]), ranking, JSON.stringify([...exact, ...loose]), JSON.stringify(kinds), JSON.stringify(kinds));
  }

  /**
   * A term as it was probably meant, when it occurs nowhere: one character replaced so that the
   * term occurs (公积全 → 公积金), the replacement found among the indexed trigrams that hold the
   * term's other characters around it; of several, the one most documents hold. Only terms of
   * three or more Chinese characters: a shorter one has too many neighbours to guess from.
   */
  private correctedTerm(term: string): string | null {
    if (!CORRECTABLE_TERM.test(term) || this.termMatches(term).exact.size > 0) return null;
    const chars = [...term];
    // A word the index holds whole is never corrected into another (注销 is not a misspelt 注册).
    const inside = this.insideWholeWords(term);
    let best: { term: string; documents: number } | null = null;
    for (let at = 0; at < chars.length; at += 1) {
      if (inside[at]) continue;
      const start = Math.min(Math.max(0, at - 1), chars.length - 3);
      const window = chars.slice(start, start + 3);
      const pattern = window.map((char, offset) => (start + offset === at ? '_' : char)).join('');
      const replacements = this.statements
        .prepare<[string], { term: string }>('SELECT term FROM knowledge_vocabulary WHERE term LIKE ?')
        .all(pattern)
        .map((row) => [...row.term][at - start] ?? '');
      for (const replacement of new Set(replacements)) {
        if (!HAN.test(replacement) || replacement === chars[at]) continue;
        const candidate = chars.map((char, offset) => (offset === at ? replacement : char)).join('');
        const documents = this.rowsMatching(quoted(candidate)).size;
        if (documents > 0 && (best === null || documents > best.documents)) best = { term: candidate, documents };
      }
    }
    return best?.term ?? null;
  }

  /**
   * The whole ranking of a search. The readings as typed come first; when none of them is found
   * as written, the text read as words is searched too (its exact matches ranked before the
   * loose ones of the others); when nothing at all is found, the typed readings with each
   * misspelt term corrected. The readings that found the ranking come with it.
   */
  private ranking(search: KnowledgeSearch): Ranking {
    const kinds = search.kinds && search.kinds.length > 0 ? [...search.kinds].sort() : null;
    const key = JSON.stringify([search.text.readings, search.text.wordReadings, kinds, search.correctTypos === true]);
    const known = this.rankings.get(key);
    if (known) return known;
    let readings: Readings = search.text.readings;
    let rows = this.rankedRows(readings, kinds);
    if (!rows.some((row) => row.tier === 0) && search.text.wordReadings.length > 0) {
      const withWords = [...readings, ...search.text.wordReadings];
      const found = this.rankedRows(withWords, kinds);
      if (found.some((row) => row.tier === 0)) {
        readings = withWords;
        rows = found;
      }
    }
    if (rows.length === 0 && search.correctTypos === true) {
      const relaxed = this.relaxedRanking(search.text, kinds);
      if (relaxed) ({ readings, rows } = relaxed);
    }
    const ranking = { rows, readings };
    this.rankings.set(key, ranking, this.now() + RANKING_TTL_MS);
    return ranking;
  }

  /**
   * A search that found nothing, read more loosely, each step only when the one before found
   * nothing: (1) its words cut into the whole words the index holds (注销公司 → 注销 公司; a lone
   * character between them set aside: 执照丢 → 执照); (2) a misspelt character corrected in a term
   * found nowhere (公积全 → 公积金), never inside a whole word; (3) words set aside one at a time —
   * those found nowhere, then those that ask rather than name (多久, 材料), then the commonest —
   * until the rest find something (注销要多久 → 注销). The readings say what was searched.
   */
  private relaxedRanking(text: SearchText, kinds: readonly KnowledgeKind[] | null): Ranking | null {
    const typed = text.wordReadings[0] ?? text.readings[0] ?? [];
    const words = [...new Set(typed.flatMap((term) => this.wholeWordsOf(term)))];
    const attempt = (readings: Readings): Ranking | null => {
      const distinct = readings.filter((terms, at, all) => terms.length > 0 && all.findIndex((other) => other.join(' ') === terms.join(' ')) === at);
      const rows = distinct.length === 0 ? [] : this.rankedRows(distinct, kinds);
      return rows.length > 0 ? { rows, readings: distinct } : null;
    };
    if (words.join(' ') !== typed.join(' ')) {
      const found = attempt([words]);
      if (found) return found;
    }
    const corrected = attempt(
      [...text.readings, ...text.wordReadings, words].flatMap((terms) => {
        const fixed = terms.map((term) => this.correctedTerm(term) ?? term);
        return fixed.some((term, at) => term !== terms[at]) ? [fixed] : [];
      }),
    );
    if (corrected) return corrected;
    const documents = (term: string) => this.termMatches(term).exact.size;
    let rest = [...words];
    while (rest.length > 1) {
      const order = (term: string) => (documents(term) === 0 ? 0 : ASKING_WORDS.has(term) ? 1 : 2);
      const dropped = [...rest].sort((a, b) => order(a) - order(b) || documents(b) - documents(a))[0]!;
      rest = rest.filter((term) => term !== dropped);
      const found = attempt([rest]);
      if (found) return found;
    }
    return null;
  }

  /**
   * One page of a search. The ranking is computed once and kept for a few minutes, so paging
   * through it costs one lookup per page and sees the same order throughout.
   */
  search(search: KnowledgeSearch): { matches: KnowledgeMatch[]; total: number; readings: Readings } {
    const { rows: ranking, readings } = this.ranking(search);
    const page = ranking.slice(search.offset, search.offset + search.limit);
    if (page.length === 0) return { matches: [], total: ranking.length, readings };
    const documents = new Map(
      this.statements
        .prepare<[string], DocumentRow>(
          `SELECT d.rowid AS rowid, d.id, d.kind, d.title, d.body, knowledge_text.keywords, d.item_code, d.entry_code
           FROM knowledge_document AS d JOIN knowledge_text ON knowledge_text.rowid = d.rowid
           WHERE d.rowid IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(page.map((row) => row.rowid)))
        .map((row) => [row.rowid, row]),
    );
    return {
      total: ranking.length,
      readings,
      matches: page.flatMap(({ rowid, rank, tier }) => {
        const row = documents.get(rowid);
        if (!row) return [];
        return [
          {
            score: -rank,
            exact: tier === 0,
            document: {
              id: row.id,
              kind: row.kind,
              title: row.title,
              body: row.body,
              keywords: row.keywords,
              itemCode: row.item_code,
              entryCode: row.entry_code,
            },
          },
        ];
      }),
    };
  }
}
