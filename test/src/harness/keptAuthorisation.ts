import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuthorisationProof } from '@yrd/shared/evidence/authorisationProof';

/**
 * What a province keeps of an applicant's authorisation of a case — her request that gave it, as
 * the gateway signed it — read from its database as a member gone rogue could read it.
 */
export function keptAuthorisation(dataDir: string, subgraphName: string, caseId: string): AuthorisationProof | undefined {
  const db = new Database(join(dataDir, `${subgraphName}.sqlite`), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], AuthorisationProof>('SELECT assertion, body FROM case_authorisation_proof WHERE case_id = ?').get(caseId);
  } finally {
    db.close();
  }
}

/**
 * A province writing an authorisation into its own database that she did not give for the case:
 * as recorded, with `proof` (her request for another case, or none at all) kept beside it.
 */
export function writeAuthorisation(dataDir: string, subgraphName: string, caseId: string, subjectId: string, proof: AuthorisationProof | undefined): void {
  const db = new Database(join(dataDir, `${subgraphName}.sqlite`), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      db.prepare('UPDATE case_file SET authorised_by = ?, authorised_at = ? WHERE id = ?').run(JSON.stringify({ kind: 'APPLICANT', subjectId }), new Date().toISOString(), caseId);
      if (proof) db.prepare('INSERT OR REPLACE INTO case_authorisation_proof (case_id, assertion, body) VALUES (?, ?, ?)').run(caseId, proof.assertion, proof.body);
    })();
  } finally {
    db.close();
  }
}
