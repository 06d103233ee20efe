import type { EvidenceKind } from '../standard/evidenceKinds.ts';

/**
 * The coded fields of each record kind and the schema enum each is of (recordTypeDefs.ts), so
 * that a reason says 账户状态 封存 and 类别 行政处罚, not SEALED and ADMINISTRATIVE_PENALTY. Only
 * which enum a field is of is written here; the labels are the schema's own (enumLabels.ts).
 */
export const RECORD_FIELD_ENUMS: Readonly<Partial<Record<EvidenceKind, Readonly<Record<string, string>>>>> = {
  SOCIAL_INSURANCE: { schemes: 'SocialInsuranceScheme', insuranceStatus: 'InsuranceStatus', cardStatus: 'SocialSecurityCardStatus' },
  PROVIDENT_FUND: { accountStatus: 'FundAccountStatus' },
  HOUSEHOLD_REGISTRATION: { sex: 'Sex', relationToHead: 'HouseholdRelation' },
  MARRIAGE: { event: 'MarriageEvent' },
  BUSINESS_REGISTRATION: { entityType: 'EntityType', businessStatus: 'BusinessStatus' },
  TAX: { creditRating: 'TaxCreditRating', taxpayerKind: 'SubjectKind' },
  CREDIT_RECORD: { category: 'CreditCategory', subjectKind: 'SubjectKind' },
  E_LICENCE: { licenceStatus: 'LicenceStatus', holderKind: 'SubjectKind' },
};

/** The enum a record field is of; undefined for a field that is not coded. */
export function recordFieldEnum(kind: EvidenceKind, field: string): string | undefined {
  return RECORD_FIELD_ENUMS[kind]?.[field];
}
