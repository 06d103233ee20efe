import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry } from '@yrd/shared/provinceKit/auditLog';
import { AuditLog } from '@yrd/shared/provinceKit/auditLog';

/**
 * A province's audit log as it stands on disk, read the way an auditor would — straight from
 * the province's database file, read-only, while the province runs.
 */
export function auditEntries(dataDir: string, subgraphName: string): AuditEntry[] {
  const db = new Database(join(dataDir, `${subgraphName}.sqlite`), { readonly: true, fileMustExist: true });
  try {
    return new AuditLog(db).all();
  } finally {
    db.close();
  }
}
