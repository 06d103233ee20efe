import type { LocalDate } from '../time/localDate.ts';

export type LicenceStatus = 'VALID' | 'REVOKED' | 'EXPIRED';

/**
 * A licence's status as of `today` (CST): what is stored (a revocation is written when it
 * happens), except that a valid licence past its last valid day reads EXPIRED — nothing is
 * written when a day passes, so a 90-day 缴存使用证明 would otherwise stand as proof for good.
 */
export function licenceStatusOn(stored: LicenceStatus, validUntil: LocalDate | null, today: LocalDate): LicenceStatus {
  if (stored === 'VALID' && validUntil !== null && validUntil < today) return 'EXPIRED';
  return stored;
}
