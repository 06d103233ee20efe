import { notFound } from '../graphql/errorCodes.ts';
import { evidencePlan } from '../regions/holdingRegions.ts';
import type { Region } from '../regions/regionRegistry.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { CaseFile } from './caseModel.ts';
import { evidencePurposeOf } from './evidencePurpose.ts';
import { implementationOf } from './implementationOf.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { refusedKinds, requestedKinds } from './requestedKinds.ts';

/** What a request for a whole case's evidence asks, and of which province. */
export interface EvidenceRequestPlan {
  /** The kinds asked of some province, in the order the purpose lists them. */
  readonly kinds: readonly EvidenceKind[];
  /** For each province asked, its kinds (evidencePlan); provinces asked nothing are left out. */
  readonly byRegion: ReadonlyMap<Region, EvidenceKind[]>;
}

/**
 * The one reckoning of what a request for a whole case's evidence (a bundle, not one of its items)
 * asks: its purpose read from the hub (NOT_FOUND when the hub knows no such item or bundle), the
 * kinds requestedKinds allows — `asked`, or by default what the purpose's decision reads, less the
 * kinds the applicant refused unless she asks herself (`byApplicant`) — and the provinces that may
 * hold each (an enterprise registered outside the delta has its registration asked of nobody).
 * requestEvidence signs a request per province of it; Case.evidenceToRequest lists its kinds (her
 * authorisation card), so the two cannot drift apart.
 */
export async function evidenceRequestPlan(
  whole: CaseFile,
  asked: readonly EvidenceKind[] | null | undefined,
  byApplicant: boolean,
  services: Pick<ProvinceServices, 'hub' | 'cases' | 'config'>,
): Promise<EvidenceRequestPlan> {
  const purpose = await evidencePurposeOf(whole, services.hub);
  if (!purpose) throw notFound('标准事项', whole.itemCode);
  const kinds = requestedKinds(asked, purpose, refusedKinds(services.cases.evidenceOf(whole.id)), byApplicant, leniencyOfferedHere(whole, services));
  const byRegion = evidencePlan(whole.subjectKind, whole.subjectId, kinds);
  const askedOfSome = new Set([...byRegion.values()].flat());
  return { kinds: kinds.filter((kind) => askedOfSome.has(kind)), byRegion };
}

/** Whether this province offers 容缺 or 告知承诺 for the case's item — for a bundle, for any of its items. */
function leniencyOfferedHere(caseFile: CaseFile, services: Pick<ProvinceServices, 'cases' | 'config'>): boolean {
  const { config, cases } = services;
  const itemCodes = caseFile.isBundle ? cases.childrenOf(caseFile.id).map((child) => child.itemCode) : [caseFile.itemCode];
  return itemCodes.some((itemCode) => {
    const local = implementationOf(config, itemCode);
    return local !== undefined && (local.tolerantAcceptance || local.commitmentSystem);
  });
}
