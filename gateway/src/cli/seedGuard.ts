import { existsSync } from 'node:fs';
import { dataDirectoryUsers } from '@yrd/shared/process/dataDirectoryLock';
import { openDatabase } from '@yrd/shared/store/openDatabase';

/**
 * What `npm run seed` checks before it deletes the province databases: that no process has
 * them open (deleting a database under a running service loses every write acknowledged
 * since, and its case numbers are given out again after a restart), and that nothing but
 * generated records would be lost without the operator saying so (`--force`).
 */

/** The records of a province's database that seeding cannot bring back: people's and clerks' work. */
const WORK_TABLES = [
  { table: 'case_file', one: 'case', many: 'cases' },
  { table: 'licence', one: 'licence', many: 'licences' },
  { table: 'audit_entry', one: 'audit entry', many: 'audit entries' },
  { table: 'queue_ticket', one: 'queue ticket', many: 'queue tickets' },
] as const;

export interface DatabaseToSeed {
  readonly service: string;
  readonly file: string;
}

/** Why the data directory may not be seeded now (one message), or undefined. */
export function seedRefusal(dataDir: string, databases: readonly DatabaseToSeed[], force: boolean): string | undefined {
  const users = dataDirectoryUsers(dataDir);
  if (users.length > 0) {
    const who = users.map((user) => `${user.service} (pid ${user.pid})`).join(', ');
    return (
      `${dataDir} is in use by ${who}: seeding would delete their databases under them. ` +
      `Stop npm start (or those services) first; if no such process runs, delete ${users.map((user) => user.file).join(', ')}.`
    );
  }
  if (force) return undefined;
  const losses = databases.flatMap((database) => {
    const counts = workIn(database.file);
    return counts.length > 0 ? [`${database.service}: ${counts.join(', ')}`] : [];
  });
  if (losses.length === 0) return undefined;
  return `seeding erases every province's database, not only its generated records; this would lose ${losses.join('; ')}. Run again with --force to erase them.`;
}

/** "1 case", "120 audit entries", … for each kind of work the database holds (none: empty). */
export function workIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const db = openDatabase(file);
  try {
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name));
    return WORK_TABLES.flatMap(({ table, one, many }) => {
      if (!tables.has(table)) return [];
      const { count } = db.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number };
      return count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
    });
  } finally {
    db.close();
  }
}
