import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { onlyKindNamedBy, UNPLACED_LEGACY_RECORD } from '@yrd/shared/subjects/subjectIdentity';
import { SUBJECT_TYPE_CODES } from './statusCodes.ts';
import type { WarehouseRow } from './warehouseRow.ts';

/**
 * Whose record a TAX or CREDIT_RECORD row is: its 纳税人类型 taxpayer_type / 主体类型
 * subject_type column (SUBJECT_TYPE_CODES), read like every other status column (null or an
 * unknown code is an error).
 *
 * The one place with a fallback. Rows exported before the warehouse added the column do not
 * have it; for them the subject's number is the only witness, and it is enough only when it can
 * name one kind of subject. A number valid both as a resident identity number and as a unified
 * social credit code (about 1 in 340 people born in 镇江 3211, 丽水 3311, …) or valid as neither
 * cannot say whether the record is a citizen's or an enterprise's, and guessing would show one
 * the other's tax or credit records, so such a row is refused. The error does not repeat the
 * number: it is a person's identity number as often as not.
 */
export function subjectTypeColumn(row: WarehouseRow, field: string, subjectId: string): SubjectKind {
  if (row.has(field)) return row.status(field, SUBJECT_TYPE_CODES);
  const kind = onlyKindNamedBy(subjectId);
  if (kind === undefined) {
    return row.fail(field, UNPLACED_LEGACY_RECORD);
  }
  return kind;
}
