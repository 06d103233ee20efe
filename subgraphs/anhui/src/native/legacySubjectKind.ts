import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { onlyKindNamedBy, UNPLACED_LEGACY_RECORD } from '@yrd/shared/subjects/subjectIdentity';
import type { FailAt } from './fieldCodecs.ts';

/**
 * Whose record a TAX (NS) or CREDIT_RECORD (XY) record is, when it was written before the
 * exchange carried NSRLX (纳税人类型) / ZTLX (主体类型), i.e. the element is absent.
 *
 * Why a fallback at all: records already stored stay readable. Why by the number, and not by
 * the subject element: old records put every number shaped like a resident identity number in
 * SFZHM, an enterprise's all-digit credit code included, so the element proves nothing. The
 * number's checks decide when only one kind of subject can hold it. When it is valid as both
 * (a 镇江 resident's number can be a valid credit code too) or as neither, guessing would show a
 * citizen an enterprise's tax and credit records or the reverse, so the record is refused.
 */
export function legacySubjectKind(element: string, subjectId: string, fail: FailAt): SubjectKind {
  const kind = onlyKindNamedBy(subjectId);
  if (kind !== undefined) return kind;
  return fail(element, UNPLACED_LEGACY_RECORD);
}
