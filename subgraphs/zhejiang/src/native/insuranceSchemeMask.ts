import { SOCIAL_INSURANCE_SCHEMES, type SocialInsuranceScheme } from '@yrd/shared/standard/recordContents';

/**
 * 参保险种 insure_type_mask: one bit per scheme — 1 养老 (pension), 2 医疗 (medical),
 * 4 失业 (unemployment), 8 工伤 (work injury), 16 生育 (maternity). 31 = all five.
 */
export const SCHEME_BITS: Readonly<Record<SocialInsuranceScheme, number>> = {
  PENSION: 1,
  MEDICAL: 2,
  UNEMPLOYMENT: 4,
  WORK_INJURY: 8,
  MATERNITY: 16,
};

const ALL_BITS = SOCIAL_INSURANCE_SCHEMES.reduce((mask, scheme) => mask | SCHEME_BITS[scheme], 0);

export function schemesToMask(schemes: readonly SocialInsuranceScheme[]): number {
  return schemes.reduce((mask, scheme) => mask | SCHEME_BITS[scheme], 0);
}

/** The schemes of a mask, in SOCIAL_INSURANCE_SCHEMES order; null when a bit has no scheme. */
export function maskToSchemes(mask: number): SocialInsuranceScheme[] | null {
  // Every integer 0–31 is a valid set of schemes; anything above sets a bit no scheme has.
  if (!Number.isSafeInteger(mask) || mask < 0 || mask > ALL_BITS) return null;
  return SOCIAL_INSURANCE_SCHEMES.filter((scheme) => (mask & SCHEME_BITS[scheme]) !== 0);
}
