import { createHash } from 'node:crypto';
import type { CommitmentType } from './caseModel.ts';

/**
 * What a submission of a case sent — materials, documents, commitments — as a digest kept with
 * its idempotency key: the same key sent again with the same content is a retry; with other
 * content (the clerk changed a material after an answer was lost) it is refused instead of
 * being answered with what the first submission did. Order does not matter.
 */
export function submissionDigest(input: {
  readonly providedMaterials?: readonly string[] | null;
  readonly providedDocuments?: readonly string[] | null;
  readonly commitments?: readonly { readonly materialCode: string; readonly type: CommitmentType }[] | null;
}): string {
  const sorted = (values: readonly string[] | null | undefined) => [...new Set(values ?? [])].sort();
  const commitments = sorted((input.commitments ?? []).map((commitment) => `${commitment.materialCode}:${commitment.type}`));
  return createHash('sha256')
    .update(JSON.stringify([sorted(input.providedMaterials), sorted(input.providedDocuments), commitments]))
    .digest('hex');
}
