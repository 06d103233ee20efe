import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import { REGIONS, regionOfDivision, type Region } from './regionRegistry.ts';

/**
 * Which provinces may hold records of a kind about a subject — where to ask, and nowhere
 * else. A person's records follow where they lived, worked and married: any province. An
 * enterprise's registration and taxes are held where it is registered (characters 3–8 of its
 * credit code); penalties and listings by any authority that decided them.
 */
const REGISTRATION_BOUND: ReadonlySet<EvidenceKind> = new Set(['BUSINESS_REGISTRATION', 'TAX']);

export function registeringRegion(creditCode: string): Region | undefined {
  return regionOfDivision(creditCode.slice(2, 8));
}

/**
 * Where a subject's own records are held (the hub's `Subject.regions`): every province for a
 * person, the registering province for an enterprise — none for one registered outside the delta.
 */
export function regionsHoldingSubject(subjectKind: SubjectKind, subjectId: string): readonly Region[] {
  if (subjectKind === 'PERSON') return REGIONS;
  const region = registeringRegion(subjectId);
  return region ? [region] : [];
}

export function regionsHolding(subjectKind: SubjectKind, subjectId: string, kind: EvidenceKind): readonly Region[] {
  return REGISTRATION_BOUND.has(kind) ? regionsHoldingSubject(subjectKind, subjectId) : REGIONS;
}

/** For each province, the kinds to ask it for. Provinces with nothing to ask are left out. */
export function evidencePlan(subjectKind: SubjectKind, subjectId: string, kinds: readonly EvidenceKind[]): Map<Region, EvidenceKind[]> {
  const plan = new Map<Region, EvidenceKind[]>();
  for (const kind of kinds) {
    for (const region of regionsHolding(subjectKind, subjectId, kind)) plan.set(region, [...(plan.get(region) ?? []), kind]);
  }
  return new Map(REGIONS.filter((region) => plan.has(region)).map((region) => [region, plan.get(region) as EvidenceKind[]]));
}
