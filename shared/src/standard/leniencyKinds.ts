import { NOT_SERIOUSLY_DISHONEST } from '../decision/eligibility.ts';
import type { MaterialNecessity } from './codeTables.ts';
import type { EvidenceKind } from './evidenceKinds.ts';

/**
 * 容缺 and 告知承诺 are open only to an applicant not on a serious-dishonesty list
 * (NOT_SERIOUSLY_DISHONEST): her credit records are read to decide whether she MAY use them,
 * and for nothing else — unless the item's own decision reads them too (分公司设立登记's 秒批
 * checks penalties and listings). Gathering a person's penalties and listings from every
 * province for a case that uses neither would gather more than the case needs (PIPL Art. 6),
 * so a case gathers by default only the kinds its decision reads, and the kinds read only for
 * leniency once 容缺 or 告知承诺 is asked for.
 *
 * What of an item is read here: the catalog's StandardItem and a province's ItemStandard both
 * have it.
 */
export interface LeniencySource {
  readonly materials: readonly {
    readonly necessity: MaterialNecessity;
    readonly commitmentAllowed: boolean;
    readonly replacedBy?: EvidenceKind | null;
  }[];
  readonly approvalRules: readonly { readonly evidenceKind: EvidenceKind }[];
}

/** The kinds whether 容缺 or 告知承诺 may be used is decided on (the credit records). */
export const LENIENCY_EVIDENCE_KINDS: readonly EvidenceKind[] = [NOT_SERIOUSLY_DISHONEST.evidenceKind];

/** The item allows 容缺 (a material may come later) or 告知承诺 (a commitment may replace a proof). */
export function offersLeniency(item: LeniencySource): boolean {
  return item.materials.some((material) => material.necessity === 'SUPPLY_LATER' || material.commitmentAllowed);
}

/** The kinds the item's decision reads: those replacing its materials, and those its approval rules read. */
export function decisionKinds(item: LeniencySource): EvidenceKind[] {
  const kinds = new Set<EvidenceKind>();
  for (const material of item.materials) if (material.replacedBy) kinds.add(material.replacedBy);
  for (const rule of item.approvalRules) kinds.add(rule.evidenceKind);
  return [...kinds];
}

/**
 * The kinds a case for the item gathers only to decide whether 容缺 or 告知承诺 may be used:
 * none where the item allows neither, or where its decision reads them anyway.
 */
export function leniencyOnlyKinds(item: LeniencySource): EvidenceKind[] {
  if (!offersLeniency(item)) return [];
  const decided = new Set(decisionKinds(item));
  return LENIENCY_EVIDENCE_KINDS.filter((kind) => !decided.has(kind));
}

/**
 * The same over a one-thing bundle's items, whose evidence is gathered once: a kind is
 * gathered for leniency only if some item reads it for that and no item's decision reads it.
 */
export function bundleLeniencyOnlyKinds(items: readonly LeniencySource[]): EvidenceKind[] {
  const decided = new Set(items.flatMap(decisionKinds));
  return [...new Set(items.flatMap(leniencyOnlyKinds))].filter((kind) => !decided.has(kind));
}
