import { createHash } from 'node:crypto';
import type { Audience, ItemType } from '@yrd/shared/standard/codeTables';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import { migrate, openDatabase, type SqliteDatabase } from '@yrd/shared/store/openDatabase';
import { KNOWLEDGE_INDEX_MIGRATION, KnowledgeIndex } from './knowledge/knowledgeIndex.ts';
import { normalizeSearchText } from './knowledge/searchText.ts';
import { StatementCache } from '@yrd/shared/store/statementCache';
import { ENDED_REQUEST_BY_ISSUER_MIGRATION, ENDED_REQUEST_MIGRATION, EndedRequests } from './endedRequests.ts';

/**
 * The hub's store of standard items. The item standard ships with the code (seed/), and is
 * loaded into SQLite on start whenever it changed, so searches and pages run as queries.
 */
export interface ItemQuery {
  /**
   * Chinese substring of the name or of a colloquial keyword, compared as the search reads
   * both (normalizeSearchText): a text that reads as nothing matches nothing.
   */
  readonly text?: string;
  readonly audience?: Audience;
  readonly type?: ItemType;
  readonly crossRegion?: boolean;
  readonly instantApproval?: boolean;
  /** Return items with codes after this one (the cursor). */
  readonly afterCode?: string;
  readonly limit: number;
}

const MIGRATIONS = [
  `CREATE TABLE standard_item (
     code             TEXT PRIMARY KEY,
     name             TEXT NOT NULL,
     search_text      TEXT NOT NULL,
     audiences        TEXT NOT NULL,
     type             TEXT NOT NULL,
     cross_region     INTEGER NOT NULL,
     instant_approval INTEGER NOT NULL,
     payload          TEXT NOT NULL
   ) STRICT;
   CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`,
  KNOWLEDGE_INDEX_MIGRATION,
  // 3: evidence requests their issuing provinces ended (endedRequests.ts).
  ENDED_REQUEST_MIGRATION,
  // 4: ended requests keyed by (issuer, id), not the id alone (endedRequests.ts).
  ENDED_REQUEST_BY_ISSUER_MIGRATION,
];

/** Escapes LIKE wildcards so that a user's "%" or "_" is matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * How the stored search text is written. It is part of the digest, so that a database loaded
 * by a version that wrote it differently (raw, before normalisation) is rewritten on start.
 */
const SEARCH_TEXT_FORM = 'search-text:normalized-lines';

/**
 * The name and keywords as the search reads them, one per line. Normalised like the query, so
 * "户口迁移（夫妻投靠）" is still found by itself, and the pattern never holds a NUL (SQLite
 * ends a LIKE pattern there: "社保\u0000证明" matched every text containing 社保).
 */
function searchTextOf(item: StandardItem): string {
  return [item.name, ...item.keywords].map(normalizeSearchText).join('\n');
}

export class CatalogStore {
  readonly db: SqliteDatabase;
  /** The knowledge base's full-text index, in the same database. */
  readonly knowledge: KnowledgeIndex;
  /** Evidence requests that have ended, as their issuers told the hub. */
  readonly endedRequests: EndedRequests;
  private readonly statements: StatementCache;
  private policies: StandardItem[] | undefined;

  constructor(file: string) {
    this.db = openDatabase(file);
    this.statements = new StatementCache(this.db);
    migrate(this.db, MIGRATIONS);
    this.knowledge = new KnowledgeIndex(this.db);
    this.endedRequests = new EndedRequests(this.db);
  }

  /** Replaces the items with `items` if they differ from what is loaded; returns whether it did. */
  load(items: readonly StandardItem[]): boolean {
    const digest = createHash('sha256').update(SEARCH_TEXT_FORM).update(JSON.stringify(items)).digest('hex');
    const current = this.statements.prepare<[], { value: string }>("SELECT value FROM catalog_meta WHERE key = 'items_digest'").get();
    if (current?.value === digest) return false;
    this.policies = undefined;
    const insert = this.statements.prepare(
      `INSERT INTO standard_item (code, name, search_text, audiences, type, cross_region, instant_approval, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM standard_item');
      for (const item of items) {
        insert.run(
          item.code,
          item.name,
          searchTextOf(item),
          `,${item.audiences.join(',')},`,
          item.type,
          item.crossRegion ? 1 : 0,
          item.instantApproval ? 1 : 0,
          JSON.stringify(item),
        );
      }
      this.statements.prepare("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('items_digest', ?)").run(digest);
    })();
    return true;
  }

  /** The policies (政策兑现) among the items, kept in memory: they are read on every policy match. */
  policyItems(): readonly StandardItem[] {
    this.policies ??= this.statements
      .prepare<[], { payload: string }>("SELECT payload FROM standard_item WHERE json_extract(payload, '$.policy') IS NOT NULL ORDER BY code")
      .all()
      .map((row) => JSON.parse(row.payload) as StandardItem);
    return this.policies;
  }

  itemsByCodes(codes: readonly string[]): Map<string, StandardItem> {
    const rows = this.statements
      .prepare<[string], { code: string; payload: string }>('SELECT code, payload FROM standard_item WHERE code IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(codes));
    return new Map(rows.map((row) => [row.code, JSON.parse(row.payload) as StandardItem]));
  }

  /** One page of items matching the query, ordered by code, plus the total number matching. */
  findItems(query: ItemQuery): { items: StandardItem[]; total: number } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.text !== undefined) {
      const text = normalizeSearchText(query.text);
      // An empty text asks for nothing in particular; one of only separators does not widen to everything.
      if (text === '' && query.text !== '') where.push('0');
      else if (text !== '') {
        where.push("search_text LIKE ? ESCAPE '\\'");
        params.push(likePattern(text));
      }
    }
    if (query.audience) {
      where.push('audiences LIKE ?');
      params.push(`%,${query.audience},%`);
    }
    if (query.type) {
      where.push('type = ?');
      params.push(query.type);
    }
    if (query.crossRegion !== undefined) {
      where.push('cross_region = ?');
      params.push(query.crossRegion ? 1 : 0);
    }
    if (query.instantApproval !== undefined) {
      where.push('instant_approval = ?');
      params.push(query.instantApproval ? 1 : 0);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.statements.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM standard_item ${filter}`).get(...params)?.n ?? 0;
    const page = query.afterCode ? `${filter ? `${filter} AND` : 'WHERE'} code > ?` : filter;
    const rows = this.statements
      .prepare<(string | number)[], { payload: string }>(`SELECT payload FROM standard_item ${page} ORDER BY code LIMIT ?`)
      .all(...params, ...(query.afterCode ? [query.afterCode] : []), query.limit);
    return { items: rows.map((row) => JSON.parse(row.payload) as StandardItem), total };
  }

  close(): void {
    this.db.close();
  }
}
