import type { EvidenceKind } from './evidenceKinds.ts';
import type { RecordContents } from './recordContents.ts';

/**
 * The type of every field of each normalised content shape, so that rules written as data
 * can be checked when an item is loaded, not when a case trips over a typo.
 */
export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'month' | 'fen' | 'string[]';

type FieldCatalog = { [K in EvidenceKind]: { [F in keyof RecordContents[K]]-?: FieldType } };

export const RECORD_FIELDS: FieldCatalog = {
  SOCIAL_INSURANCE: {
    personName: 'string',
    schemes: 'string[]',
    employerName: 'string',
    employerCreditCode: 'string',
    insuranceStatus: 'string',
    insuredSince: 'date',
    contributionMonths: 'number',
    lastContributionMonth: 'month',
    cardStatus: 'string',
  },
  PROVIDENT_FUND: {
    personName: 'string',
    accountNumber: 'string',
    accountStatus: 'string',
    openedOn: 'date',
    employerName: 'string',
    monthlyDeposit: 'fen',
    balance: 'fen',
    continuousMonths: 'number',
    lastDepositMonth: 'month',
    outstandingLoan: 'fen',
  },
  HOUSEHOLD_REGISTRATION: {
    personName: 'string',
    sex: 'string',
    birthDate: 'date',
    ethnicity: 'string',
    divisionCode: 'string',
    address: 'string',
    relationToHead: 'string',
    registeredOn: 'date',
    movedFromDivision: 'string',
    handledCrossRegion: 'boolean',
  },
  MARRIAGE: {
    personName: 'string',
    event: 'string',
    spouseName: 'string',
    spouseIdNumber: 'string',
    registeredOn: 'date',
    registryOffice: 'string',
    certificateNumber: 'string',
  },
  BUSINESS_REGISTRATION: {
    enterpriseName: 'string',
    entityType: 'string',
    legalRepresentative: 'string',
    legalRepresentativeId: 'string',
    registeredCapital: 'fen',
    establishedOn: 'date',
    businessStatus: 'string',
    divisionCode: 'string',
    address: 'string',
    businessScope: 'string',
    registrationAuthority: 'string',
  },
  TAX: {
    taxpayerKind: 'string',
    taxpayerName: 'string',
    taxYear: 'number',
    creditRating: 'string',
    taxPaid: 'fen',
    arrears: 'fen',
  },
  CREDIT_RECORD: {
    subjectKind: 'string',
    subjectName: 'string',
    category: 'string',
    decisionNumber: 'string',
    decidedOn: 'date',
    authority: 'string',
    reason: 'string',
    penaltyAmount: 'fen',
    settled: 'boolean',
    settledOn: 'date',
    publicUntil: 'date',
  },
  E_LICENCE: {
    licenceId: 'string',
    licenceName: 'string',
    licenceTypeCode: 'string',
    issuerName: 'string',
    issuerCode: 'string',
    holderKind: 'string',
    holderName: 'string',
    issuedOn: 'date',
    validUntil: 'date',
    licenceStatus: 'string',
    caseId: 'string',
    itemCode: 'string',
  },
};

export function fieldTypeOf(kind: EvidenceKind, field: string): FieldType | undefined {
  return (RECORD_FIELDS[kind] as Record<string, FieldType>)[field];
}
