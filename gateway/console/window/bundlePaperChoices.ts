import type { MaterialChoice } from './materialChoices.ts';
import type { BundlePart, Requirement } from '../graphql/resultTypes.ts';

/** How a paper is satisfied this time: as for a single item's material (submissionForm). */
export type PaperChoice = MaterialChoice;

/** A material of one of the bundle's items. */
export interface PartMaterial {
  /** The item's code (the case's id while the hub cannot name the item). */
  readonly itemCode: string;
  readonly itemName: string;
  readonly requirement: Requirement;
}

/**
 * What is handed in: once for all the items, a document type (IDENTITY_DOCUMENT, …) standing
 * for the materials of that type in every item (providedDocuments); or one item's own material,
 * named with its item (`100101001000:M03`, providedMaterials) — an item's material codes are
 * its own, so M03 is a different paper in each item.
 */
export interface Paper {
  readonly kind: 'DOCUMENT' | 'MATERIAL';
  readonly key: string;
  readonly materials: PartMaterial[];
}

/** What a bundle's submission sends (SubmitCaseInput, its idempotency key aside). */
export interface BundlePaperSubmission {
  readonly providedDocuments: string[];
  readonly providedMaterials: string[];
  readonly commitments: { readonly materialCode: string; readonly type: 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF' }[];
}

/** The papers of a bundle's items, each document type once, in the order the items ask for them. */
export function papersOf(parts: readonly Pick<BundlePart, 'id' | 'item' | 'requirements'>[]): Paper[] {
  const papers = new Map<string, Paper>();
  for (const part of parts) {
    const itemCode = part.item?.code ?? part.id;
    for (const requirement of part.requirements) {
      const kind = requirement.documentType ? 'DOCUMENT' : 'MATERIAL';
      const key = requirement.documentType ?? `${itemCode}:${requirement.code}`;
      const paper = papers.get(`${kind}:${key}`) ?? { kind, key, materials: [] };
      paper.materials.push({ itemCode, itemName: part.item?.name ?? part.id, requirement });
      papers.set(`${kind}:${key}`, paper);
    }
  }
  return [...papers.values()];
}

/**
 * The choices a paper gets: each only where every item asking for it would offer it for its
 * own material in a single case — shared data where it replaces the paper and is in hand,
 * 容缺 where the material may come later in this province, 告知承诺 where a commitment may
 * stand for it here. A paper handed in once stands for all its items, so one item refusing a
 * way refuses it for the paper.
 */
export function choicesFor(paper: Paper): PaperChoice[] {
  const every = (allows: (requirement: Requirement) => boolean) => paper.materials.every(({ requirement }) => allows(requirement));
  return [
    ...(every((requirement) => requirement.replacedBy !== null && requirement.evidenceAvailable) ? (['EVIDENCE'] as const) : []),
    'NONE',
    'PROVIDED',
    ...(every((requirement) => requirement.supplyLaterAllowed) ? (['SUPPLY_LATER'] as const) : []),
    ...(every((requirement) => requirement.commitmentAllowed) ? (['IN_LIEU_OF_PROOF'] as const) : []),
  ];
}

/**
 * The submission the clerk's choices make. A paper handed in goes by its document type or its
 * item-named code; a commitment is the applicant's for each item's material, so a shared
 * document promised later (or committed in lieu of) is one commitment per item that asks for
 * it, each named `itemCode:materialCode` — how the province splits the bundle by item.
 */
export function bundlePaperSubmission(chosen: readonly { readonly paper: Paper; readonly choice: PaperChoice }[]): BundlePaperSubmission {
  const provided = chosen.filter(({ choice }) => choice === 'PROVIDED').map(({ paper }) => paper);
  return {
    providedDocuments: provided.filter((paper) => paper.kind === 'DOCUMENT').map((paper) => paper.key),
    providedMaterials: provided.filter((paper) => paper.kind === 'MATERIAL').map((paper) => paper.key),
    commitments: chosen.flatMap(({ paper, choice }) =>
      choice === 'SUPPLY_LATER' || choice === 'IN_LIEU_OF_PROOF'
        ? paper.materials.map(({ itemCode, requirement }) => ({ materialCode: `${itemCode}:${requirement.code}`, type: choice }))
        : [],
    ),
  };
}
