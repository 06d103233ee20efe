/**
 * Chinese national identifiers: resident identity number (GB 11643), the 2023 foreign permanent
 * resident card's number (GB 11643 check, GB/T 2659 nationality), unified social credit code
 * (GB 32100) with its organisation code (GB 11714), division codes (GB/T 2260) and electronic
 * licence identifiers (GB/T 36904, ISO 7064 MOD 37,36).
 */
export type {
  CheckResult,
  IdentifierKind,
  IdentifierProblem,
  ProblemReason,
} from './checkResult.ts';

export type {
  DivisionRecord,
  DivisionStatus,
  ProvinceLevelDivision,
} from './divisionCodes.ts';
export {
  ALL_DIVISIONS,
  CURRENT_DIVISIONS,
  HISTORICAL_DIVISIONS,
  PROVINCE_LEVEL_DIVISIONS,
  PROVINCE_PREFIXES,
  isPlausibleDivisionCode,
  lookupDivision,
  provinceNameOf,
} from './divisionCodes.ts';
export type { ValidateDivisionCodeOptions } from './validateDivisionCode.ts';
export { validateDivisionCode } from './validateDivisionCode.ts';

export type {
  AddressCodeStatus,
  ResidentIdentityNumberInfo,
  ValidateResidentIdentityNumberOptions,
} from './residentIdentityNumber.ts';
export {
  completeResidentIdentityNumber,
  residentIdentityCheckCharacter,
  validateResidentIdentityNumber,
} from './residentIdentityNumber.ts';
export { maskResidentIdentityNumber } from './maskResidentIdentityNumber.ts';

export type { Country } from './countryCodes.ts';
export { COUNTRIES, countryOf } from './countryCodes.ts';
export type {
  ForeignPermanentResidentNumberInfo,
  ValidateForeignPermanentResidentNumberOptions,
} from './foreignPermanentResidentNumber.ts';
export {
  FOREIGN_PERMANENT_RESIDENT_MARK,
  completeForeignPermanentResidentNumber,
  validateForeignPermanentResidentNumber,
} from './foreignPermanentResidentNumber.ts';

export type { OrganizationCodeInfo } from './organizationCode.ts';
export {
  makeOrganizationCode,
  organizationCodeCheckCharacter,
  validateOrganizationCode,
} from './organizationCode.ts';

export type {
  OrganizationTypeEntry,
  RegistrationAuthority,
} from './creditCodeAuthorities.ts';
export { REGISTRATION_AUTHORITIES, registrationAuthorityOf } from './creditCodeAuthorities.ts';
export { KNOWN_NONCONFORMING_CREDIT_CODES } from './knownNonconformingCreditCodes.ts';
export type {
  UnifiedSocialCreditCodeInfo,
  ValidateUnifiedSocialCreditCodeOptions,
} from './unifiedSocialCreditCode.ts';
export {
  CREDIT_CODE_ALPHABET,
  NATIONAL_REGISTRATION_DIVISION_CODE,
  completeUnifiedSocialCreditCode,
  creditCodeCheckCharacter,
  validateUnifiedSocialCreditCode,
} from './unifiedSocialCreditCode.ts';

export {
  iso7064HybridCheckValue,
  iso7064Mod37_36CheckCharacter,
  isValidIso7064Mod37_36,
} from './iso7064Mod37_36.ts';

export type {
  ElectronicLicenceIdInfo,
  ElectronicLicenceIdParts,
  ValidateElectronicLicenceIdOptions,
} from './electronicLicenceId.ts';
export {
  ELECTRONIC_LICENCE_ID_PREFIX,
  buildElectronicLicenceId,
  validateElectronicLicenceId,
} from './electronicLicenceId.ts';
