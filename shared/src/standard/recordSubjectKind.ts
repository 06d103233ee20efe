import { EVIDENCE_SUBJECTS, type SubjectKind } from './evidenceKinds.ts';
import type { StandardRecord } from './standardRecord.ts';

/**
 * Whose record this is: a person's or an enterprise's. Most kinds concern one kind of subject
 * only (EVIDENCE_SUBJECTS); taxes, credit records and licences concern both, and say in their
 * content which. The subject's number alone cannot tell: about 1 in 340 people born in 镇江,
 * 丽水, 滁州, … have a number that is also a valid credit code (subjects/subjectIdentity.ts),
 * and a citizen and an enterprise sharing it must each see only their own records.
 */
export function subjectKindOf(record: StandardRecord): SubjectKind {
  switch (record.kind) {
    case 'TAX':
      return record.content.taxpayerKind;
    case 'CREDIT_RECORD':
      return record.content.subjectKind;
    case 'E_LICENCE':
      return record.content.holderKind;
    default: {
      const [only] = EVIDENCE_SUBJECTS[record.kind];
      if (!only) throw new Error(`no subject kind for ${record.kind}`);
      return only;
    }
  }
}

/** The records that are about a subject of the given kind. */
export function recordsOfSubjectKind<R extends StandardRecord>(records: readonly R[], kind: SubjectKind): R[] {
  return records.filter((record) => subjectKindOf(record) === kind);
}
