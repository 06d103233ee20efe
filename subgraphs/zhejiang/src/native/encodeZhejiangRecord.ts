import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { Fen } from '@yrd/shared/standard/money';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import type { LocalDate } from '@yrd/shared/time/localDate';
import { codeForValue } from './codeTable.ts';
import { ETHNICITY_CODES } from './ethnicityCodes.ts';
import { familyRelationCodeFor } from './familyRelationCodes.ts';
import { ZHEJIANG_FIELDS } from './fieldNames.ts';
import { schemesToMask } from './insuranceSchemeMask.ts';
import { SEX_CODES } from './sexCodes.ts';
import {
  BUSINESS_STATUS_CODES,
  CARD_STATUS_CODES,
  CREDIT_CATEGORY_CODES,
  ENTITY_TYPE_CODES,
  FUND_ACCOUNT_STATUS_CODES,
  INSURANCE_STATUS_CODES,
  MARRIAGE_EVENT_CODES,
  SUBJECT_TYPE_CODES,
  TAX_CREDIT_LEVEL_CODES,
} from './statusCodes.ts';
import { dateToWarehouseMillis, yearMonthToWarehouse } from './warehouseTime.ts';

/**
 * standardToNative for the Zhejiang warehouse: how its export writes one row, as compact JSON
 * with the columns in ZHEJIANG_FIELDS order. `gmt_modified` is written as CST midnight of
 * updatedOn (the standard keeps only the day).
 */

type Row = Record<string, string | number | null>;

function fen(amount: Fen): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not a non-negative whole number of fen: ${amount}`);
  return amount;
}

const date = (value: LocalDate): number => dateToWarehouseMillis(value);
const nullableDate = (value: LocalDate | null): number | null => (value === null ? null : date(value));
/** gmt_modified: the standard keeps only the day, so the row says CST midnight of it. */
const modifiedAt = (updatedOn: LocalDate): number => dateToWarehouseMillis(updatedOn);
const flag = (value: boolean): number => (value ? 1 : 0);

function ethnicityCode(name: string): string {
  const entry = ETHNICITY_CODES.find((candidate) => candidate.value === name);
  if (!entry) throw new RangeError(`no GB 3304 code for ethnicity ${name}`);
  return entry.code;
}

function rowOf(record: NativeRecord): Row {
  switch (record.kind) {
    case 'SOCIAL_INSURANCE': {
      const f = ZHEJIANG_FIELDS.SOCIAL_INSURANCE;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.personName]: c.personName,
        [f.schemes]: schemesToMask(c.schemes),
        [f.employerName]: c.employerName,
        [f.employerCreditCode]: c.employerCreditCode,
        [f.insuranceStatus]: codeForValue(INSURANCE_STATUS_CODES, c.insuranceStatus),
        [f.insuredSince]: date(c.insuredSince),
        [f.contributionMonths]: c.contributionMonths,
        [f.lastContributionMonth]: yearMonthToWarehouse(c.lastContributionMonth),
        [f.cardStatus]: codeForValue(CARD_STATUS_CODES, c.cardStatus),
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'PROVIDENT_FUND': {
      const f = ZHEJIANG_FIELDS.PROVIDENT_FUND;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.personName]: c.personName,
        [f.accountNumber]: c.accountNumber,
        [f.accountStatus]: codeForValue(FUND_ACCOUNT_STATUS_CODES, c.accountStatus),
        [f.openedOn]: date(c.openedOn),
        [f.employerName]: c.employerName,
        [f.monthlyDeposit]: fen(c.monthlyDeposit),
        [f.balance]: fen(c.balance),
        [f.continuousMonths]: c.continuousMonths,
        [f.lastDepositMonth]: yearMonthToWarehouse(c.lastDepositMonth),
        [f.outstandingLoan]: fen(c.outstandingLoan),
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'HOUSEHOLD_REGISTRATION': {
      const f = ZHEJIANG_FIELDS.HOUSEHOLD_REGISTRATION;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.personName]: c.personName,
        [f.sex]: codeForValue(SEX_CODES, c.sex),
        [f.birthDate]: date(c.birthDate),
        [f.ethnicity]: ethnicityCode(c.ethnicity),
        [f.divisionCode]: c.divisionCode,
        [f.address]: c.address,
        [f.relationToHead]: familyRelationCodeFor(c.relationToHead, c.sex),
        [f.registeredOn]: date(c.registeredOn),
        [f.movedFromDivision]: c.movedFromDivision,
        [f.handledCrossRegion]: flag(c.handledCrossRegion),
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'MARRIAGE': {
      const f = ZHEJIANG_FIELDS.MARRIAGE;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.personName]: c.personName,
        [f.event]: codeForValue(MARRIAGE_EVENT_CODES, c.event),
        [f.spouseName]: c.spouseName,
        [f.spouseIdNumber]: c.spouseIdNumber,
        [f.registeredOn]: date(c.registeredOn),
        [f.registryOffice]: c.registryOffice,
        [f.certificateNumber]: c.certificateNumber,
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'BUSINESS_REGISTRATION': {
      const f = ZHEJIANG_FIELDS.BUSINESS_REGISTRATION;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.enterpriseName]: c.enterpriseName,
        [f.entityType]: codeForValue(ENTITY_TYPE_CODES, c.entityType),
        [f.legalRepresentative]: c.legalRepresentative,
        [f.legalRepresentativeId]: c.legalRepresentativeId,
        [f.registeredCapital]: fen(c.registeredCapital),
        [f.establishedOn]: date(c.establishedOn),
        [f.businessStatus]: codeForValue(BUSINESS_STATUS_CODES, c.businessStatus),
        [f.divisionCode]: c.divisionCode,
        [f.address]: c.address,
        [f.businessScope]: c.businessScope,
        [f.registrationAuthority]: c.registrationAuthority,
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'TAX': {
      const f = ZHEJIANG_FIELDS.TAX;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.taxpayerKind]: codeForValue(SUBJECT_TYPE_CODES, c.taxpayerKind),
        [f.taxpayerName]: c.taxpayerName,
        [f.taxYear]: c.taxYear,
        [f.creditRating]: codeForValue(TAX_CREDIT_LEVEL_CODES, c.creditRating),
        [f.taxPaid]: fen(c.taxPaid),
        [f.arrears]: fen(c.arrears),
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    case 'CREDIT_RECORD': {
      const f = ZHEJIANG_FIELDS.CREDIT_RECORD;
      const c = record.content;
      return {
        [f.recordId]: record.recordId,
        [f.subjectId]: record.subjectId,
        [f.subjectKind]: codeForValue(SUBJECT_TYPE_CODES, c.subjectKind),
        [f.subjectName]: c.subjectName,
        [f.category]: codeForValue(CREDIT_CATEGORY_CODES, c.category),
        [f.decisionNumber]: c.decisionNumber,
        [f.decidedOn]: date(c.decidedOn),
        [f.authority]: c.authority,
        [f.reason]: c.reason,
        [f.penaltyAmount]: fen(c.penaltyAmount),
        [f.settled]: flag(c.settled),
        [f.settledOn]: nullableDate(c.settledOn),
        [f.publicUntil]: nullableDate(c.publicUntil),
        [f.updatedOn]: modifiedAt(record.updatedOn),
      };
    }
    default:
      return unknownKind(record);
  }
}

function unknownKind(record: never): never {
  throw new RangeError(`not an evidence kind: ${String((record as { kind?: NativeEvidenceKind }).kind)}`);
}

export function encodeZhejiangRecord(record: NativeRecord): string {
  return JSON.stringify(rowOf(record));
}
