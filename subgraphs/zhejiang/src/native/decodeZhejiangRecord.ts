import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { NativeRecord, StandardRecord } from '@yrd/shared/standard/standardRecord';
import { ETHNICITY_CODES } from './ethnicityCodes.ts';
import { FAMILY_RELATION_CODES } from './familyRelationCodes.ts';
import { ZHEJIANG_FIELDS } from './fieldNames.ts';
import { SEX_CODES } from './sexCodes.ts';
import {
  BUSINESS_STATUS_CODES,
  CARD_STATUS_CODES,
  CREDIT_CATEGORY_CODES,
  ENTITY_TYPE_CODES,
  FUND_ACCOUNT_STATUS_CODES,
  INSURANCE_STATUS_CODES,
  MARRIAGE_EVENT_CODES,
  TAX_CREDIT_LEVEL_CODES,
} from './statusCodes.ts';
import { subjectTypeColumn } from './subjectType.ts';
import { WarehouseRow } from './warehouseRow.ts';

/** nativeToStandard for the Zhejiang warehouse: one JSON row of a known kind → the standard record. */

type Envelope = { recordId: string; subjectId: string; updatedOn: string };

function envelope(row: WarehouseRow, fields: { recordId: string; subjectId: string; updatedOn: string }): Envelope {
  return {
    recordId: row.text(fields.recordId),
    subjectId: row.text(fields.subjectId),
    updatedOn: row.instantDate(fields.updatedOn),
  };
}

export function decodeSocialInsurance(row: WarehouseRow): StandardRecord<'SOCIAL_INSURANCE'> {
  const f = ZHEJIANG_FIELDS.SOCIAL_INSURANCE;
  return {
    kind: 'SOCIAL_INSURANCE',
    ...envelope(row, f),
    content: {
      personName: row.text(f.personName),
      schemes: row.schemes(f.schemes),
      employerName: row.nullableText(f.employerName),
      employerCreditCode: row.nullableText(f.employerCreditCode),
      insuranceStatus: row.status(f.insuranceStatus, INSURANCE_STATUS_CODES),
      insuredSince: row.date(f.insuredSince),
      contributionMonths: row.count(f.contributionMonths),
      lastContributionMonth: row.month(f.lastContributionMonth),
      cardStatus: row.status(f.cardStatus, CARD_STATUS_CODES),
    },
  };
}

export function decodeProvidentFund(row: WarehouseRow): StandardRecord<'PROVIDENT_FUND'> {
  const f = ZHEJIANG_FIELDS.PROVIDENT_FUND;
  return {
    kind: 'PROVIDENT_FUND',
    ...envelope(row, f),
    content: {
      personName: row.text(f.personName),
      accountNumber: row.text(f.accountNumber),
      accountStatus: row.status(f.accountStatus, FUND_ACCOUNT_STATUS_CODES),
      openedOn: row.date(f.openedOn),
      employerName: row.text(f.employerName),
      monthlyDeposit: row.fen(f.monthlyDeposit),
      balance: row.fen(f.balance),
      continuousMonths: row.count(f.continuousMonths),
      lastDepositMonth: row.month(f.lastDepositMonth),
      outstandingLoan: row.fen(f.outstandingLoan),
    },
  };
}

export function decodeHouseholdRegistration(row: WarehouseRow): StandardRecord<'HOUSEHOLD_REGISTRATION'> {
  const f = ZHEJIANG_FIELDS.HOUSEHOLD_REGISTRATION;
  return {
    kind: 'HOUSEHOLD_REGISTRATION',
    ...envelope(row, f),
    content: {
      personName: row.text(f.personName),
      sex: row.standardCode(f.sex, SEX_CODES, 'GB/T 2261.1 sex'),
      birthDate: row.date(f.birthDate),
      ethnicity: row.standardCode(f.ethnicity, ETHNICITY_CODES, 'GB 3304 ethnicity'),
      divisionCode: row.divisionCode(f.divisionCode, 'REGISTRATION'),
      address: row.text(f.address),
      relationToHead: row.standardCode(f.relationToHead, FAMILY_RELATION_CODES, 'GB/T 4761 family relation'),
      registeredOn: row.date(f.registeredOn),
      movedFromDivision: row.nullableDivisionCode(f.movedFromDivision, 'ORIGIN'),
      handledCrossRegion: row.flag(f.handledCrossRegion),
    },
  };
}

export function decodeMarriage(row: WarehouseRow): StandardRecord<'MARRIAGE'> {
  const f = ZHEJIANG_FIELDS.MARRIAGE;
  return {
    kind: 'MARRIAGE',
    ...envelope(row, f),
    content: {
      personName: row.text(f.personName),
      event: row.status(f.event, MARRIAGE_EVENT_CODES),
      spouseName: row.text(f.spouseName),
      spouseIdNumber: row.text(f.spouseIdNumber),
      registeredOn: row.date(f.registeredOn),
      registryOffice: row.text(f.registryOffice),
      certificateNumber: row.text(f.certificateNumber),
    },
  };
}

export function decodeBusinessRegistration(row: WarehouseRow): StandardRecord<'BUSINESS_REGISTRATION'> {
  const f = ZHEJIANG_FIELDS.BUSINESS_REGISTRATION;
  return {
    kind: 'BUSINESS_REGISTRATION',
    ...envelope(row, f),
    content: {
      enterpriseName: row.text(f.enterpriseName),
      entityType: row.status(f.entityType, ENTITY_TYPE_CODES),
      legalRepresentative: row.text(f.legalRepresentative),
      legalRepresentativeId: row.text(f.legalRepresentativeId),
      registeredCapital: row.fen(f.registeredCapital),
      establishedOn: row.date(f.establishedOn),
      businessStatus: row.status(f.businessStatus, BUSINESS_STATUS_CODES),
      divisionCode: row.divisionCode(f.divisionCode, 'REGISTRATION'),
      address: row.text(f.address),
      businessScope: row.text(f.businessScope),
      registrationAuthority: row.text(f.registrationAuthority),
    },
  };
}

export function decodeTax(row: WarehouseRow): StandardRecord<'TAX'> {
  const f = ZHEJIANG_FIELDS.TAX;
  const head = envelope(row, f);
  return {
    kind: 'TAX',
    ...head,
    content: {
      taxpayerKind: subjectTypeColumn(row, f.taxpayerKind, head.subjectId),
      taxpayerName: row.text(f.taxpayerName),
      taxYear: row.year(f.taxYear),
      creditRating: row.standardCode(f.creditRating, TAX_CREDIT_LEVEL_CODES, '纳税信用级别'),
      taxPaid: row.fen(f.taxPaid),
      arrears: row.fen(f.arrears),
    },
  };
}

export function decodeCreditRecord(row: WarehouseRow): StandardRecord<'CREDIT_RECORD'> {
  const f = ZHEJIANG_FIELDS.CREDIT_RECORD;
  const head = envelope(row, f);
  return {
    kind: 'CREDIT_RECORD',
    ...head,
    content: {
      subjectKind: subjectTypeColumn(row, f.subjectKind, head.subjectId),
      subjectName: row.text(f.subjectName),
      category: row.status(f.category, CREDIT_CATEGORY_CODES),
      decisionNumber: row.text(f.decisionNumber),
      decidedOn: row.date(f.decidedOn),
      authority: row.text(f.authority),
      reason: row.text(f.reason),
      penaltyAmount: row.fen(f.penaltyAmount),
      settled: row.flag(f.settled),
      settledOn: row.nullableDate(f.settledOn),
      publicUntil: row.nullableDate(f.publicUntil),
    },
  };
}

const DECODERS: { [K in NativeEvidenceKind]: (row: WarehouseRow) => StandardRecord<K> } = {
  SOCIAL_INSURANCE: decodeSocialInsurance,
  PROVIDENT_FUND: decodeProvidentFund,
  HOUSEHOLD_REGISTRATION: decodeHouseholdRegistration,
  MARRIAGE: decodeMarriage,
  BUSINESS_REGISTRATION: decodeBusinessRegistration,
  TAX: decodeTax,
  CREDIT_RECORD: decodeCreditRecord,
};

/** Each kind's columns, listed once rather than for every row read. */
const COLUMNS_OF = new Map(Object.entries(ZHEJIANG_FIELDS).map(([kind, columns]) => [kind, new Set<string>(Object.values(columns))]));

export function decodeZhejiangRecord(kind: NativeEvidenceKind, payload: string): NativeRecord {
  const decoder = Object.hasOwn(DECODERS, kind) ? (DECODERS[kind] as (row: WarehouseRow) => NativeRecord) : undefined;
  const columns = COLUMNS_OF.get(kind);
  if (!decoder || !columns) throw new RangeError(`not an evidence kind: ${String(kind)}`);
  // Every column of the kind is known, and only those: a row with another is refused (warehouseRow.ts).
  return decoder(WarehouseRow.parse(kind, payload, columns));
}
