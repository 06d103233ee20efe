import type { CommitmentType } from './caseModel.ts';
import type { ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';

/** What a submission hands in and commits to (casePlanning's SubmissionRequest, as far as read here). */
interface HandedInAndPromised {
  readonly providedMaterials: readonly string[];
  readonly providedDocuments: readonly string[];
  readonly commitments: readonly { readonly materialCode: string; readonly type: CommitmentType }[];
}

/**
 * Whether a submission asks for 容缺 or 告知承诺 that the item and the province could grant: a
 * commitment on a material of the item that was not handed in, of a type the material allows
 * where the province offers it (容缺 on a SUPPLY_LATER material under tolerantAcceptance;
 * 告知承诺 on a material that allows it under commitmentSystem). Only then is it decided whether
 * the applicant MAY use it — on her credit records, which must have been gathered for the case.
 * A commitment refused for what it is (not allowed for the material, not offered here, on a
 * material handed in or the item does not have) is refused as such: sending the clerk to gather
 * a person's credit records first would gather them for nothing.
 */
export function usesLeniency(
  item: Pick<ItemStandard, 'materials'>,
  local: Pick<LocalImplementation, 'tolerantAcceptance' | 'commitmentSystem'>,
  submission: HandedInAndPromised,
): boolean {
  const provided = new Set(submission.providedMaterials);
  const documents = new Set(submission.providedDocuments);
  return submission.commitments.some(({ materialCode, type }) => {
    const material = item.materials.find((candidate) => candidate.code === materialCode);
    if (!material || provided.has(material.code) || (material.documentType !== null && documents.has(material.documentType))) return false;
    return type === 'SUPPLY_LATER' ? material.necessity === 'SUPPLY_LATER' && local.tolerantAcceptance : material.commitmentAllowed && local.commitmentSystem;
  });
}
