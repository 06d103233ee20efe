import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { CaseLedger } from './caseLedger.ts';

/**
 * The soak's ledger checked against the provinces' own stores, read-only, straight from each
 * SQLite file (`<dataDir>/<province>.sqlite`, tables case_file and case_submission of
 * provinceDatabase.ts): every acknowledged case is there exactly once, in its province,
 * under the key it was opened with; no key the soak used was stored twice; and every
 * acknowledged submission was recorded and left its case out of OPEN, in the status the
 * API acknowledged.
 */
export interface StoreFinding {
  readonly what: string;
  readonly detail: string;
}

export interface StoreAudit {
  readonly acknowledgedCases: number;
  readonly storedExactlyOnce: number;
  readonly keysUsed: number;
  /** Opens whose answer never came back, yet the province stored the case (a retry would have found it). */
  readonly storedWithoutAcknowledgement: number;
  readonly acknowledgedSubmissions: number;
  readonly submissionsStored: number;
  readonly soakCasesInStores: number;
  /** Anything that is not as acknowledged: a lost or duplicated case, a wrong key, a submission not kept. */
  readonly findings: readonly StoreFinding[];
}

interface CaseRow {
  province: string;
  id: string;
  idempotency_key: string;
  status: string;
}

interface SubmissionRow {
  province: string;
  case_id: string;
  idempotency_key: string;
}

const clientKeyOf = (storedKey: string) => storedKey.slice(storedKey.lastIndexOf(':') + 1);

function group<T, K>(values: readonly T[], keyOf: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return groups;
}

function readStores(dataDir: string, keyPrefix: string): { cases: CaseRow[]; submissions: SubmissionRow[]; missingFiles: string[] } {
  const cases: CaseRow[] = [];
  const submissions: SubmissionRow[] = [];
  const missingFiles: string[] = [];
  for (const region of REGIONS) {
    const file = join(dataDir, `${region.subgraphName}.sqlite`);
    if (!existsSync(file)) {
      missingFiles.push(file);
      continue;
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      // Soak keys are letters, digits and hyphens only, so LIKE's wildcards cannot misfire.
      const caseRows = db
        .prepare<[string], Omit<CaseRow, 'province'>>('SELECT id, idempotency_key, status FROM case_file WHERE idempotency_key LIKE ?')
        .all(`%:${keyPrefix}%`);
      cases.push(...caseRows.map((row) => ({ province: region.subgraphName, ...row })));
      const submissionRows = db
        .prepare<[string], Omit<SubmissionRow, 'province'>>('SELECT case_id, idempotency_key FROM case_submission WHERE idempotency_key LIKE ?')
        .all(`${keyPrefix}%`);
      submissions.push(...submissionRows.map((row) => ({ province: region.subgraphName, ...row })));
    } finally {
      db.close();
    }
  }
  return { cases, submissions, missingFiles };
}

export function auditStores(dataDir: string, ledger: CaseLedger): StoreAudit {
  const findings: StoreFinding[] = [];
  const found = (what: string, detail: string) => findings.push({ what, detail });
  const { cases, submissions, missingFiles } = readStores(dataDir, ledger.keyPrefix);
  for (const file of missingFiles) found('STORE_MISSING', `no database at ${file}`);

  const byClientKey = group(cases, (row) => clientKeyOf(row.idempotency_key));
  const byCaseId = group(cases, (row) => row.id);

  // No key the soak used is stored twice, and nothing is stored under a key it never used.
  for (const [key, rows] of byClientKey) {
    if (rows.length > 1) found('KEY_STORED_TWICE', `${key}: ${rows.map((row) => `${row.province}/${row.id}`).join(', ')}`);
    if (!ledger.opens.has(key)) found('UNKNOWN_KEY', `${key} stored as ${rows.map((row) => `${row.province}/${row.id}`).join(', ')} but never sent by the soak`);
  }
  for (const [id, rows] of byCaseId) {
    if (rows.length > 1) found('CASE_ID_TWICE', `${id} in ${rows.map((row) => row.province).join(', ')}`);
  }

  // Every acknowledged case: stored, once, in its province, under the key it was opened with.
  const acknowledged = ledger.acknowledgedOpens();
  let storedExactlyOnce = 0;
  for (const opened of acknowledged) {
    const rows = byClientKey.get(opened.key) ?? [];
    const row = rows[0];
    if (!row) {
      found('LOST_CASE', `${opened.story}: case ${opened.caseId} (key ${opened.key}) was acknowledged but is not in any store`);
    } else if (rows.length === 1 && row.id === opened.caseId && row.province === opened.province && row.idempotency_key === opened.storedKey) {
      storedExactlyOnce++;
    } else if (rows.length === 1) {
      found('CASE_MISMATCH', `${opened.story}: key ${opened.key} acknowledged as ${opened.province}/${opened.caseId} (${opened.storedKey}) but stored as ${row.province}/${row.id} (${row.idempotency_key})`);
    }
  }
  const storedWithoutAcknowledgement = [...ledger.opens.values()].filter((opened) => opened.caseId === undefined && byClientKey.has(opened.key)).length;

  // Every acknowledged submission: recorded once under its key, and its case no longer OPEN.
  const submissionsByKey = group(submissions, (row) => row.idempotency_key);
  let submissionsStored = 0;
  for (const submission of ledger.submissions) {
    const rows = submissionsByKey.get(submission.key) ?? [];
    const caseRow = (byCaseId.get(submission.caseId) ?? []).find((row) => row.province === submission.province);
    const where = `${submission.story}: case ${submission.caseId} (submission ${submission.key}, acknowledged ${submission.status})`;
    if (rows.length === 0) found('LOST_SUBMISSION', `${where} has no case_submission row`);
    else if (rows.length > 1 || rows[0]?.case_id !== submission.caseId || rows[0]?.province !== submission.province) {
      found('SUBMISSION_MISMATCH', `${where} recorded as ${rows.map((row) => `${row.province}/${row.case_id}`).join(', ')}`);
    }
    if (!caseRow) found('LOST_CASE', `${where}: the case is not in ${submission.province}'s store`);
    else if (caseRow.status === 'OPEN') found('SUBMISSION_NOT_APPLIED', `${where} is still OPEN in the store`);
    else if (caseRow.status !== submission.status) found('STATUS_CHANGED', `${where} is ${caseRow.status} in the store`);
    if (rows.length === 1 && caseRow && caseRow.status !== 'OPEN') submissionsStored++;
  }
  const acknowledgedSubmissionKeys = new Set(ledger.submissions.map((submission) => submission.key));
  for (const [key, rows] of submissionsByKey) {
    // A submission whose answer was lost may be stored; one stored twice may not.
    if (rows.length > 1 && !acknowledgedSubmissionKeys.has(key)) found('SUBMISSION_KEY_TWICE', `${key}: ${rows.map((row) => `${row.province}/${row.case_id}`).join(', ')}`);
  }

  return {
    acknowledgedCases: acknowledged.length,
    storedExactlyOnce,
    keysUsed: ledger.opens.size,
    storedWithoutAcknowledgement,
    acknowledgedSubmissions: ledger.submissions.length,
    submissionsStored,
    soakCasesInStores: cases.length,
    findings,
  };
}
