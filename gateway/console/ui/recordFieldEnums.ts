/**
 * The coded fields of the normalised records (fragment EvidenceRecordFields) and the schema enum
 * each is of, by record type, so that the preview shows 账户状态 正常缴存, not ACTIVE. Only which
 * enum a field is of is written here (gateway/src/console/recordFieldEnums.test.ts checks it
 * against the schema); the labels are the schema's own, served by EnumLabels (enumLabels.ts).
 */
export const RECORD_FIELD_ENUMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ProvidentFundRecord: { accountStatus: 'FundAccountStatus' },
  SocialInsuranceRecord: { schemes: 'SocialInsuranceScheme', insuranceStatus: 'InsuranceStatus', cardStatus: 'SocialSecurityCardStatus' },
  HouseholdRegistrationRecord: { sex: 'Sex', relationToHead: 'HouseholdRelation' },
  MarriageRecord: { event: 'MarriageEvent' },
  BusinessRegistrationRecord: { entityType: 'EntityType', businessStatus: 'BusinessStatus' },
  CreditRecord: { category: 'CreditCategory' },
  TaxRecord: { creditRating: 'TaxCreditRating' },
  ElectronicLicenceRecord: { licenceStatus: 'LicenceStatus' },
};

