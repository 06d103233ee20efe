import { APPLICANT_NAME_SOURCES } from '../decision/prefilledForm.ts';
import { EVIDENCE_SUBJECTS, type EvidenceKind, type SubjectKind } from './evidenceKinds.ts';

/**
 * Which evidence kinds name their subject — the ones the application form takes the
 * applicant's name from (read off its field table, so the two cannot drift). A case whose
 * evidence includes none of them about this kind of applicant has no record to name them: the
 * applicant must declare the name (the clerk reads it off the identity document).
 * An electronic licence is one: it names its holder — a person by her name, an enterprise by
 * its name. (A licence issued before holders were named by name carries a number instead and
 * names no one; a case resting on one is asked for the name at submission, APPLICANT_NAME_MISSING.)
 */
export function nameBearingKinds(subjectKind: SubjectKind): EvidenceKind[] {
  return APPLICANT_NAME_SOURCES.filter((kind) => EVIDENCE_SUBJECTS[kind].includes(subjectKind));
}

/** Whether a case gathering these kinds for an applicant of this kind can find the applicant's name in a record. */
export function evidenceCanNameApplicant(kinds: readonly EvidenceKind[], subjectKind: SubjectKind): boolean {
  const naming = nameBearingKinds(subjectKind);
  return kinds.some((kind) => naming.includes(kind));
}
