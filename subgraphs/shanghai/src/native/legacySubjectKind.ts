import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { onlyKindNamedBy, UNPLACED_LEGACY_RECORD } from '@yrd/shared/subjects/subjectIdentity';
import { FieldProblem } from './fieldCodecs.ts';

/**
 * Whose record a TAX or CREDIT_RECORD payload is when it has no taxpayerType / partyType: it was
 * written before Shanghai's format said so. The only thing left to go by is the subject's number,
 * and that tells only when it is valid as one kind of identifier alone. A number valid as both a
 * person's and an enterprise's (about 1 in 340 people born in 镇江, 丽水, 滁州, …) — or as neither —
 * must not be guessed at: a citizen and an enterprise sharing it would see each other's records.
 * This is the one place the Shanghai adapter reads a subject's kind from its number.
 */
export function subjectKindOfLegacyPayload(subjectId: string): SubjectKind {
  const kind = onlyKindNamedBy(subjectId);
  if (kind === undefined) throw new FieldProblem(UNPLACED_LEGACY_RECORD);
  return kind;
}
