import { REGIONS, regionOfDivision, requireRegion, type Region } from '../regions/regionRegistry.ts';
import type { IdentifiedSubject } from '../subjects/identifySubject.ts';

/**
 * Where an applicant refused here should go instead, so that a refusal names a province rather
 * than "the province that handles it".
 */

/**
 * The province an enterprise is registered in: the registration authority's division is
 * characters 3–8 of its unified social credit code (GB 32100). Undefined for a person, or for an
 * enterprise registered outside the delta.
 */
export function registeringProvince(subject: IdentifiedSubject): Region | undefined {
  return subject.kind === 'ENTERPRISE' ? regionOfDivision(subject.id.slice(2, 8)) : undefined;
}

/** The demonstration zone's provinces (青浦, 吴江, 嘉善): each implements the zone's policies. */
const DEMONSTRATION_ZONE: readonly Region[] = ['SHANGHAI', 'JIANGSU', 'ZHEJIANG'].map(requireRegion);

/**
 * The provinces that take applications for a policy (政策兑现), read from its basic code: the
 * main item's first two digits are the publishing area (31 上海, 32 江苏, 33 浙江, 34 安徽; 90 the
 * demonstration zone, whose three provinces each implement it) — the catalog's policy coding
 * (subgraphs/catalog/src/seed/policyItems.ts), checked against the four implementation lists in
 * test/src/implementationLists.test.ts. Empty for a code outside that coding.
 */
export function policyProvinces(itemCode: string): readonly Region[] {
  const area = itemCode.slice(2, 4);
  if (area === '90') return DEMONSTRATION_ZONE;
  return REGIONS.filter((region) => region.divisionPrefix === area);
}

/** 上海市、江苏省 and their mutation fields (shanghai, jiangsu), for a message and its extensions. */
export function provincesInWords(regions: readonly Region[]): string {
  return regions.map((region) => region.name).join('、');
}
