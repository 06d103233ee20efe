import type { SubjectKind } from './evidenceKinds.ts';
import type { Fen } from './money.ts';
import type { LocalDate, YearMonth } from '../time/localDate.ts';

/**
 * The normalised content of each evidence kind. Every province's native record normalises
 * to exactly one of these shapes; nothing province-specific survives the adapter.
 * Amounts are non-negative fen, dates are CST calendar dates, statuses are the enum values
 * below, absent facts are null (never empty strings).
 */

export type Sex = 'MALE' | 'FEMALE';

export type SocialInsuranceScheme = 'PENSION' | 'MEDICAL' | 'UNEMPLOYMENT' | 'WORK_INJURY' | 'MATERNITY';
export const SOCIAL_INSURANCE_SCHEMES: readonly SocialInsuranceScheme[] = [
  'PENSION',
  'MEDICAL',
  'UNEMPLOYMENT',
  'WORK_INJURY',
  'MATERNITY',
];
export type InsuranceStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
export type SocialSecurityCardStatus = 'NORMAL' | 'LOSS_REPORTED' | 'SUSPENDED' | 'CANCELLED';

export interface SocialInsuranceContent {
  personName: string;
  /** Schemes the person is insured under, in SOCIAL_INSURANCE_SCHEMES order. */
  schemes: SocialInsuranceScheme[];
  employerName: string | null;
  employerCreditCode: string | null;
  insuranceStatus: InsuranceStatus;
  insuredSince: LocalDate;
  contributionMonths: number;
  lastContributionMonth: YearMonth;
  cardStatus: SocialSecurityCardStatus;
}

export type FundAccountStatus = 'ACTIVE' | 'SEALED' | 'CLOSED';

export interface ProvidentFundContent {
  personName: string;
  accountNumber: string;
  accountStatus: FundAccountStatus;
  openedOn: LocalDate;
  employerName: string;
  monthlyDeposit: Fen;
  balance: Fen;
  /** Months deposited without a gap up to lastDepositMonth. */
  continuousMonths: number;
  lastDepositMonth: YearMonth;
  /** Principal still owed on provident-fund loans; 0 when none. */
  outstandingLoan: Fen;
}

export type HouseholdRelation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER';

export interface HouseholdRegistrationContent {
  personName: string;
  sex: Sex;
  birthDate: LocalDate;
  ethnicity: string;
  divisionCode: string;
  address: string;
  relationToHead: HouseholdRelation;
  registeredOn: LocalDate;
  /** Division the registration moved in from, when it was a migration. */
  movedFromDivision: string | null;
  /** Whether the migration was handled through the YRD cross-region service (sfcsjtb). */
  handledCrossRegion: boolean;
}

export type MarriageEvent = 'MARRIAGE' | 'DIVORCE';

export interface MarriageContent {
  personName: string;
  event: MarriageEvent;
  spouseName: string;
  spouseIdNumber: string;
  registeredOn: LocalDate;
  registryOffice: string;
  certificateNumber: string;
}

export type EntityType =
  | 'LIMITED_COMPANY'
  | 'JOINT_STOCK_COMPANY'
  | 'SOLE_PROPRIETORSHIP'
  | 'PARTNERSHIP'
  | 'INDIVIDUAL_BUSINESS'
  | 'BRANCH';
export type BusinessStatus = 'ACTIVE' | 'REVOKED' | 'CANCELLED' | 'MOVED_OUT';

export interface BusinessRegistrationContent {
  enterpriseName: string;
  entityType: EntityType;
  legalRepresentative: string;
  legalRepresentativeId: string;
  registeredCapital: Fen;
  establishedOn: LocalDate;
  businessStatus: BusinessStatus;
  divisionCode: string;
  address: string;
  businessScope: string;
  registrationAuthority: string;
}

export type TaxCreditRating = 'A' | 'B' | 'M' | 'C' | 'D';

export interface TaxContent {
  /** 纳税人类型: an enterprise's (单位) or a person's (个人) taxes — a number can be valid as both. */
  taxpayerKind: SubjectKind;
  taxpayerName: string;
  taxYear: number;
  creditRating: TaxCreditRating;
  taxPaid: Fen;
  arrears: Fen;
}

/** INSPECTION_RESULT: a spot-check (双随机、一公开) result, disclosed with the credit records. */
export type CreditCategory = 'ADMINISTRATIVE_PENALTY' | 'ABNORMAL_OPERATION' | 'SERIOUS_DISHONESTY' | 'INSPECTION_RESULT';

export interface CreditRecordContent {
  /** 主体类型: whether the record is about an enterprise or a person — a number can be valid as both. */
  subjectKind: SubjectKind;
  subjectName: string;
  category: CreditCategory;
  decisionNumber: string;
  decidedOn: LocalDate;
  authority: string;
  reason: string;
  penaltyAmount: Fen;
  /** Paid, corrected or delisted (for list entries: removed from the list). */
  settled: boolean;
  /** When it was settled; null exactly when not settled. */
  settledOn: LocalDate | null;
  /** Last day the record is publicly disclosed; null while it is not disclosed. */
  publicUntil: LocalDate | null;
}

export type LicenceStatus = 'VALID' | 'REVOKED' | 'EXPIRED';

/** An electronic licence (电子证照) the federation issued on approving a case (GB/T 36904 identifier). */
export interface ElectronicLicenceContent {
  licenceId: string;
  licenceName: string;
  /** Licence type code: defining authority's credit code + 3-digit sequence. */
  licenceTypeCode: string;
  issuerName: string;
  issuerCode: string;
  /** Whether the holder is a person or an enterprise: the kind of subject the case was opened for. */
  holderKind: SubjectKind;
  holderName: string;
  issuedOn: LocalDate;
  validUntil: LocalDate | null;
  licenceStatus: LicenceStatus;
  caseId: string;
  itemCode: string;
}

export interface RecordContents {
  SOCIAL_INSURANCE: SocialInsuranceContent;
  PROVIDENT_FUND: ProvidentFundContent;
  HOUSEHOLD_REGISTRATION: HouseholdRegistrationContent;
  MARRIAGE: MarriageContent;
  BUSINESS_REGISTRATION: BusinessRegistrationContent;
  TAX: TaxContent;
  CREDIT_RECORD: CreditRecordContent;
  E_LICENCE: ElectronicLicenceContent;
}
