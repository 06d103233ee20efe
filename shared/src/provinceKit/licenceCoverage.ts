import type { HeldRecord } from '../standard/standardRecord.ts';
import type { LocalDate } from '../time/localDate.ts';

/**
 * Whether a record is the electronic licence a material asks for: a licence of the item the
 * material names (`licenceOf`), valid on the given day — not revoked, not past its last valid
 * day. Any other licence the applicant holds (a 生育登记 result for a loan's 缴存使用证明) is not
 * that paper. Read by the submission plan and by the requirements the console shows, alike.
 */
export function isLicenceFor(material: { readonly licenceOf?: string | null }, record: HeldRecord, day: LocalDate): boolean {
  return (
    record.kind === 'E_LICENCE' &&
    material.licenceOf != null &&
    record.content.itemCode === material.licenceOf &&
    record.content.licenceStatus === 'VALID' &&
    (record.content.validUntil === null || record.content.validUntil >= day)
  );
}
