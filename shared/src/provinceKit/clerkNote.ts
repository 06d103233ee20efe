import { badUserInput } from '../graphql/errorCodes.ts';
import { MAX_CLERK_NOTE_LENGTH } from './caseModel.ts';

/**
 * A clerk's free text on a case — a rejection's reason, a post-check's note — trimmed, and
 * refused when required but empty or when longer than a case file keeps. The text is stored
 * with the case and shown to the applicant, so it is checked before anything changes.
 */
export function clerkNoteOf(value: string | null | undefined, field: string, required: { reason: string; message: string } | null): string {
  const text = value?.trim() ?? '';
  if (!text && required) throw badUserInput(field, required.message, { reason: required.reason });
  const length = [...text].length;
  if (length > MAX_CLERK_NOTE_LENGTH) {
    throw badUserInput(field, `不能超过 ${MAX_CLERK_NOTE_LENGTH} 个字（现有 ${length} 个字），请精简`, { reason: 'TOO_LONG', max: MAX_CLERK_NOTE_LENGTH });
  }
  return text;
}
