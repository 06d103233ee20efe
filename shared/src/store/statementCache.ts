import type Database from 'better-sqlite3';
import type { SqliteDatabase } from './openDatabase.ts';

/** SQL texts kept compiled per store; a store's texts are few (a query's shape, never its values). */
const MAX_COMPILED = 500;

/**
 * The compiled statements of one store: each SQL text is compiled on first use and reused after,
 * so a store writes its SQL where it runs it and better-sqlite3 does not compile it again on
 * every call. Past MAX_COMPILED texts (a store building SQL from values, which none should) a
 * statement is compiled for the call and not kept.
 *
 * A statement is shared by every caller of its text: use it with get, all and run only.
 * `pluck`, `raw` and `expand` would change it for everyone, and `iterate` holds it busy.
 */
export class StatementCache {
  private readonly compiled = new Map<string, Database.Statement<unknown[], unknown>>();

  constructor(private readonly db: SqliteDatabase) {}

  prepare<BindParameters extends unknown[] = unknown[], Result = unknown>(source: string): Database.Statement<BindParameters, Result> {
    let statement = this.compiled.get(source);
    if (!statement) {
      statement = this.db.prepare<unknown[], unknown>(source);
      if (this.compiled.size < MAX_COMPILED) this.compiled.set(source, statement);
    }
    return statement as Database.Statement<BindParameters, Result>;
  }
}
