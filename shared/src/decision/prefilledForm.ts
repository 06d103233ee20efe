import { fenToYuan } from '../standard/money.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';

/**
 * 秒填: the application form filled in from records the provinces already hold — the
 * applicant checks it instead of typing it. Each field names the record it came from.
 */
export interface PrefilledField {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly sourceRegion: string;
  readonly sourceRecordId: string;
}

type FieldSpec = readonly [field: string, name: string, label: string, format?: 'fen'];

const FORM_FIELDS: Partial<Record<EvidenceKind, readonly FieldSpec[]>> = {
  HOUSEHOLD_REGISTRATION: [
    ['personName', 'applicantName', '申请人姓名'],
    ['sex', 'sex', '性别'],
    ['birthDate', 'birthDate', '出生日期'],
    ['address', 'householdAddress', '户籍地址'],
  ],
  SOCIAL_INSURANCE: [
    ['personName', 'applicantName', '申请人姓名'],
    ['employerName', 'employerName', '工作单位'],
  ],
  PROVIDENT_FUND: [
    ['personName', 'applicantName', '申请人姓名'],
    ['accountNumber', 'fundAccountNumber', '住房公积金个人账号'],
    ['employerName', 'fundEmployerName', '缴存单位'],
    ['monthlyDeposit', 'monthlyDeposit', '月缴存额（元）', 'fen'],
  ],
  MARRIAGE: [
    ['personName', 'applicantName', '申请人姓名'],
    ['spouseName', 'spouseName', '配偶姓名'],
  ],
  BUSINESS_REGISTRATION: [
    ['enterpriseName', 'applicantName', '申请单位名称'],
    ['legalRepresentative', 'legalRepresentative', '法定代表人'],
    ['address', 'registeredAddress', '住所'],
    ['registeredCapital', 'registeredCapital', '注册资本（元）', 'fen'],
  ],
};

/** The form from usable records; the first record (in the order given) to name a field wins. */
export function prefillForm(records: readonly HeldRecord[]): PrefilledField[] {
  const fields = new Map<string, PrefilledField>();
  for (const record of records) {
    for (const [field, name, label, format] of FORM_FIELDS[record.kind] ?? []) {
      if (fields.has(name)) continue;
      const raw = (record.content as unknown as Record<string, unknown>)[field];
      if (raw === null || raw === undefined || raw === '') continue;
      const value = format === 'fen' && typeof raw === 'number' ? fenToYuan(raw) : String(raw);
      fields.set(name, { name, label, value, sourceRegion: record.region, sourceRecordId: record.recordId });
    }
  }
  return [...fields.values()];
}
