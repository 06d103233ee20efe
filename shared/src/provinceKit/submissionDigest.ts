import { createHash } from 'node:crypto';
import type { CommitmentType } from './caseModel.ts';

/**
 * What a submission of a case sent — materials, documents, commitments, the applicant's name
 * if one was declared with it — as a digest kept with its idempotency key: the same key sent
 * again with the same content is a retry; with other content (the clerk changed a material, or
 * corrected the name, after an answer was lost) it is refused instead of being answered with
 * what the first submission did. Order does not matter.
 */
export function submissionDigest(input: {
  readonly providedMaterials?: readonly string[] | null;
  readonly providedDocuments?: readonly string[] | null;
  readonly commitments?: readonly { readonly materialCode: string; readonly type: CommitmentType }[] | null;
  /** The declared name as validated (trimmed), or null when none was sent. */
  readonly applicantName?: string | null;
}): string {
  const sorted = (values: readonly string[] | null | undefined) => [...new Set(values ?? [])].sort();
  const commitments = sorted((input.commitments ?? []).map((commitment) => `${commitment.materialCode}:${commitment.type}`));
  // Without a name the digest is what it was before names could be sent, so older keys' retries still match.
  const named = input.applicantName ? [input.applicantName] : [];
  return createHash('sha256')
    .update(JSON.stringify([sorted(input.providedMaterials), sorted(input.providedDocuments), commitments, ...named]))
    .digest('hex');
}
