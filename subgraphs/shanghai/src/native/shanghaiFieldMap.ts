import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import { SOCIAL_INSURANCE_SCHEMES, type RecordContents } from '@yrd/shared/standard/recordContents';
import type { LocalDate } from '@yrd/shared/time/localDate';
import {
  code,
  codeSet,
  count,
  divisionCode,
  flag,
  isoDate,
  isoMonth,
  nullable,
  originDivisionCode,
  text,
  wanYuan,
  year,
  yuan,
  type FieldCodec,
} from './fieldCodecs.ts';
import { lastModified } from './lastModified.ts';
import { subjectKindOfLegacyPayload } from './legacySubjectKind.ts';
import {
  CARD_STATES,
  CREDIT_CATEGORIES,
  ENTITY_STATES,
  ENTITY_TYPES,
  FUND_ACCOUNT_STATES,
  INSURANCE_TYPES,
  INSURED_STATES,
  MARRIAGE_REGISTRATION_TYPES,
  PARTY_TYPES,
  RECORD_TYPES,
  RELATIONS_WITH_HEAD,
  SEXES,
  TAX_CREDIT_LEVELS,
  TAXPAYER_TYPES,
} from './shanghaiCodeTables.ts';

/**
 * The one place that says which Shanghai field holds which standard field, per evidence kind,
 * and how its value is written. The mapped types make it complete: a standard field without a
 * Shanghai field, or a codec of the wrong value type, does not compile.
 */

export interface NativeField<T> {
  /** The Shanghai (camelCase) field name. */
  readonly name: string;
  readonly codec: FieldCodec<T>;
  /**
   * Only for a field added to Shanghai's format after payloads were already written: its value
   * when a payload lacks the key, from the record's subject number; throws FieldProblem when it
   * cannot tell. Every other field is required (absent values are written as null).
   */
  readonly whenAbsent?: (subjectId: string) => T;
}

const field = <T>(name: string, codec: FieldCodec<T>): NativeField<T> => ({ name, codec });
const addedField = <T>(name: string, codec: FieldCodec<T>, whenAbsent: (subjectId: string) => T): NativeField<T> => ({
  name,
  codec,
  whenAbsent,
});

export type ContentFields<K extends NativeEvidenceKind> = {
  readonly [F in keyof RecordContents[K]]-?: NativeField<RecordContents[K][F]>;
};

export interface ShanghaiLayout<K extends NativeEvidenceKind> {
  /** Value of the `recordType` discriminator. */
  readonly recordType: string;
  readonly recordId: NativeField<string>;
  readonly subjectId: NativeField<string>;
  readonly updatedOn: NativeField<LocalDate>;
  readonly content: ContentFields<K>;
}

/** Name of the discriminator field every payload carries. */
export const RECORD_TYPE_FIELD = 'recordType';

/**
 * Fields the 一网通办 data-sharing platform adds to a payload of any kind about the exchange
 * itself, not about the subject: the agency that shared the record (dataSource) and the exchange
 * batch it came in (shareBatchNo). The adapter knows them and reads neither: they say where a
 * record came from, never what it says. A field that is neither one of these nor a field of the
 * kind's layout is unknown, and the record is unreadable (shanghaiNativeFormat.ts).
 */
export const PLATFORM_METADATA_FIELDS: readonly string[] = ['dataSource', 'shareBatchNo'];

const recordNo = field('recordNo', text);
const modified = field('lastModified', lastModified);

export const SHANGHAI_LAYOUTS: { readonly [K in NativeEvidenceKind]: ShanghaiLayout<K> } = {
  SOCIAL_INSURANCE: {
    recordType: RECORD_TYPES.SOCIAL_INSURANCE,
    recordId: recordNo,
    subjectId: field('idCardNo', text),
    updatedOn: modified,
    content: {
      personName: field('fullName', text),
      schemes: field('insuranceTypes', codeSet(INSURANCE_TYPES, SOCIAL_INSURANCE_SCHEMES, 'insurance type')),
      employerName: field('unitName', nullable(text)),
      employerCreditCode: field('unitUscc', nullable(text)),
      insuranceStatus: field('insuredState', code(INSURED_STATES, 'insured state')),
      insuredSince: field('firstInsuredDate', isoDate),
      contributionMonths: field('paidMonths', count),
      lastContributionMonth: field('lastPaidMonth', isoMonth),
      cardStatus: field('cardState', code(CARD_STATES, 'social security card state')),
    },
  },
  PROVIDENT_FUND: {
    recordType: RECORD_TYPES.PROVIDENT_FUND,
    recordId: recordNo,
    subjectId: field('idCardNo', text),
    updatedOn: modified,
    content: {
      personName: field('fullName', text),
      accountNumber: field('housingFundAccountNo', text),
      accountStatus: field('accountState', code(FUND_ACCOUNT_STATES, 'account state')),
      openedOn: field('openDate', isoDate),
      employerName: field('unitName', text),
      monthlyDeposit: field('monthlyPayAmount', yuan),
      balance: field('accountBalance', yuan),
      continuousMonths: field('continuousPayMonths', count),
      lastDepositMonth: field('lastPayMonth', isoMonth),
      outstandingLoan: field('loanBalance', yuan),
    },
  },
  HOUSEHOLD_REGISTRATION: {
    recordType: RECORD_TYPES.HOUSEHOLD_REGISTRATION,
    recordId: recordNo,
    subjectId: field('idCardNo', text),
    updatedOn: modified,
    content: {
      personName: field('fullName', text),
      sex: field('sex', code(SEXES, 'sex')),
      birthDate: field('birthday', isoDate),
      ethnicity: field('nation', text),
      divisionCode: field('censusDivisionCode', divisionCode),
      address: field('censusAddress', text),
      relationToHead: field('relationWithHead', code(RELATIONS_WITH_HEAD, 'relation')),
      registeredOn: field('settleDate', isoDate),
      movedFromDivision: field('moveInFromDivisionCode', nullable(originDivisionCode)),
      handledCrossRegion: field('crossRegionHandled', flag),
    },
  },
  MARRIAGE: {
    recordType: RECORD_TYPES.MARRIAGE,
    recordId: recordNo,
    subjectId: field('idCardNo', text),
    updatedOn: modified,
    content: {
      personName: field('fullName', text),
      event: field('registrationType', code(MARRIAGE_REGISTRATION_TYPES, 'marriage registration type')),
      spouseName: field('spouseFullName', text),
      spouseIdNumber: field('spouseIdCardNo', text),
      registeredOn: field('registerDate', isoDate),
      registryOffice: field('registerOrgan', text),
      certificateNumber: field('certNo', text),
    },
  },
  BUSINESS_REGISTRATION: {
    recordType: RECORD_TYPES.BUSINESS_REGISTRATION,
    recordId: recordNo,
    subjectId: field('unitUscc', text),
    updatedOn: modified,
    content: {
      enterpriseName: field('entName', text),
      entityType: field('entType', code(ENTITY_TYPES, 'entity type')),
      legalRepresentative: field('legalPersonName', text),
      legalRepresentativeId: field('legalPersonIdCardNo', text),
      registeredCapital: field('regCapital', wanYuan),
      establishedOn: field('establishDate', isoDate),
      businessStatus: field('entState', code(ENTITY_STATES, 'entity state')),
      divisionCode: field('domDivisionCode', divisionCode),
      address: field('domAddress', text),
      businessScope: field('opScope', text),
      registrationAuthority: field('registerOrgan', text),
    },
  },
  TAX: {
    recordType: RECORD_TYPES.TAX,
    recordId: recordNo,
    subjectId: field('taxpayerNo', text),
    updatedOn: modified,
    content: {
      taxpayerKind: addedField('taxpayerType', code(TAXPAYER_TYPES, 'taxpayer type'), subjectKindOfLegacyPayload),
      taxpayerName: field('taxpayerName', text),
      taxYear: field('fiscalYear', year),
      creditRating: field('creditLevel', code(TAX_CREDIT_LEVELS, 'tax credit level')),
      taxPaid: field('taxPaidAmount', yuan),
      arrears: field('arrearsAmount', yuan),
    },
  },
  CREDIT_RECORD: {
    recordType: RECORD_TYPES.CREDIT_RECORD,
    recordId: recordNo,
    subjectId: field('partyCertNo', text),
    updatedOn: modified,
    content: {
      subjectKind: addedField('partyType', code(PARTY_TYPES, 'party type'), subjectKindOfLegacyPayload),
      subjectName: field('partyName', text),
      category: field('creditCategory', code(CREDIT_CATEGORIES, 'credit category')),
      decisionNumber: field('decisionDocNo', text),
      decidedOn: field('decisionDate', isoDate),
      authority: field('decisionOrgan', text),
      reason: field('recordReason', text),
      penaltyAmount: field('fineAmount', yuan),
      settled: field('fulfilled', flag),
      settledOn: field('fulfilledDate', nullable(isoDate)),
      publicUntil: field('publicityEndDate', nullable(isoDate)),
    },
  },
};
