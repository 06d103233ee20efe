import { validateEnterpriseCreditCode } from '@yrd/shared/subjects/enterpriseCreditCode';
import { identifySubject } from '@yrd/shared/subjects/identifySubject';
import { validatePersonIdentifier } from '@yrd/shared/subjects/personIdentifier';

/**
 * The identifier checks, in the page, with the server's own code: `identifySubject` is what
 * the hub runs for `subject(id:)` and a province for `openCase` (which check applies, which
 * problem is reported when neither passes), over shared/src/identifiers. A bad identifier
 * is caught before any request, with the very message the server would send.
 */
export type IdentifierCheck =
  | { readonly ok: true; readonly id: string; readonly kind: 'PERSON' | 'ENTERPRISE' }
  | { readonly ok: false; readonly message: string; readonly reason: string };

/** The field name the server's messages carry for SubjectLookup (`id: …`), which the page leaves off. */
const FIELD = 'id';

/**
 * A subject identifier, as `kind` if the clerk has said which it is. Without it, a number valid
 * both as a person's and as a credit code is refused with reason AMBIGUOUS_SUBJECT: the page
 * then asks the clerk which the applicant is (see subjectLookupPanel).
 */
export function checkSubjectIdentifier(input: string, kind?: 'PERSON' | 'ENTERPRISE'): IdentifierCheck {
  try {
    const subject = identifySubject(input, FIELD, kind);
    return { ok: true, id: subject.id, kind: subject.kind };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const extensions = (error as { extensions?: { reason?: unknown } }).extensions;
    return { ok: false, message: message.replace(`${FIELD}: `, ''), reason: typeof extensions?.reason === 'string' ? extensions.reason : 'INVALID' };
  }
}

/** A person's number only (a citizen, or a foreign permanent resident, signing in). */
export function checkResidentId(input: string): IdentifierCheck {
  const checked = validatePersonIdentifier(input);
  return checked.ok ? { ok: true, id: input, kind: 'PERSON' } : { ok: false, message: checked.problem.message, reason: checked.problem.reason };
}

/** A unified social credit code only (an enterprise signing in). */
export function checkCreditCode(input: string): IdentifierCheck {
  const checked = validateEnterpriseCreditCode(input);
  return checked.ok ? { ok: true, id: input, kind: 'ENTERPRISE' } : { ok: false, message: checked.problem.message, reason: checked.problem.reason };
}
