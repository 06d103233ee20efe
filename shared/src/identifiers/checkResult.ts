/**
 * Common result type of every identifier validator in this folder.
 *
 * `message` is written for a clerk at a service window (Chinese, specific, actionable); the caller
 * prefixes it with the field name. `expected` / `actual` carry the machine-readable detail, e.g. the
 * check character that a credit code's first 17 characters call for and the one that was typed.
 * A person's number is never repeated, in the message or the detail (logs and clients' error
 * reports keep them): its problems say the length, the position and the part that is wrong —
 * not the birth date, not the number as typed or as meant, not the check character it should have.
 */
export type IdentifierKind =
  | 'RESIDENT_IDENTITY_NUMBER'
  | 'FOREIGN_PERMANENT_RESIDENT_NUMBER'
  | 'UNIFIED_SOCIAL_CREDIT_CODE'
  | 'DIVISION_CODE'
  | 'ELECTRONIC_LICENCE_ID'
  | 'ORGANIZATION_CODE';

export type ProblemReason =
  | 'LENGTH'
  | 'FORMAT'
  | 'CHECK_CHARACTER'
  | 'BIRTH_DATE'
  | 'DIVISION'
  | 'NATIONALITY'
  | 'AUTHORITY'
  | 'ISSUER';

export interface IdentifierProblem {
  kind: IdentifierKind;
  reason: ProblemReason;
  message: string;
  expected?: string;
  actual?: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problem: IdentifierProblem };

export interface CheckFailure {
  ok: false;
  problem: IdentifierProblem;
}

export function passed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failed(problem: IdentifierProblem): CheckFailure {
  return { ok: false, problem };
}
