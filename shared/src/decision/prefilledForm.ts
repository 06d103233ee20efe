import { enumLabel } from '../provinceKit/enumLabels.ts';
import { fenToYuan } from '../standard/money.ts';
import { EVIDENCE_SUBJECTS, type EvidenceKind, type SubjectKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';

/**
 * 秒填: the application form filled in from records the provinces already hold — the
 * applicant checks it instead of typing it. Each field names the record it came from; the
 * applicant's name, where no record names them, is the one they declared (申请人填报).
 */
export interface PrefilledField {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  /** The province whose record filled it; null for a declared field. */
  readonly sourceRegion: string | null;
  readonly sourceRecordId: string | null;
  /** Declared by the applicant when the case was opened, not read from a record. */
  readonly declared: boolean;
}

/** The form field naming the applicant: the licence's holder. */
export const APPLICANT_NAME_FIELD = 'applicantName';

/**
 * How a record's value is written on the form: an amount in fen as yuan; a coded value (an enum
 * of the record's schema type, such as Sex) as the label the schema gives it — the form shows
 * 女, not FEMALE. Every field copied from a coded record field names its enum here.
 */
type FieldFormat = 'fen' | { readonly enum: 'Sex' };

type FieldSpec = readonly [field: string, name: string, label: string, format?: FieldFormat];

const FORM_FIELDS: Partial<Record<EvidenceKind, readonly FieldSpec[]>> = {
  HOUSEHOLD_REGISTRATION: [
    ['personName', APPLICANT_NAME_FIELD, '申请人姓名'],
    ['sex', 'sex', '性别', { enum: 'Sex' }],
    ['birthDate', 'birthDate', '出生日期'],
    ['address', 'householdAddress', '户籍地址'],
  ],
  SOCIAL_INSURANCE: [
    ['personName', APPLICANT_NAME_FIELD, '申请人姓名'],
    ['employerName', 'employerName', '工作单位'],
  ],
  PROVIDENT_FUND: [
    ['personName', APPLICANT_NAME_FIELD, '申请人姓名'],
    ['accountNumber', 'fundAccountNumber', '住房公积金个人账号'],
    ['employerName', 'fundEmployerName', '缴存单位'],
    ['monthlyDeposit', 'monthlyDeposit', '月缴存额（元）', 'fen'],
  ],
  MARRIAGE: [
    ['personName', APPLICANT_NAME_FIELD, '申请人姓名'],
    ['spouseName', 'spouseName', '配偶姓名'],
  ],
  BUSINESS_REGISTRATION: [
    ['enterpriseName', APPLICANT_NAME_FIELD, '申请单位名称'],
    ['legalRepresentative', 'legalRepresentative', '法定代表人'],
    ['address', 'registeredAddress', '住所'],
    ['registeredCapital', 'registeredCapital', '注册资本（元）', 'fen'],
  ],
};

/** The kinds whose records fill in the applicant's name, with the label each gives it — read off the table above. */
export const APPLICANT_NAME_SOURCES: readonly { readonly kind: EvidenceKind; readonly label: string }[] = Object.entries(FORM_FIELDS).flatMap(([kind, specs]) =>
  specs.filter(([, name]) => name === APPLICANT_NAME_FIELD).map(([, , label]) => ({ kind: kind as EvidenceKind, label })),
);

/** How the form labels the name of an applicant of this kind (申请人姓名, 申请单位名称). */
export function applicantNameLabel(subjectKind: SubjectKind): string {
  return APPLICANT_NAME_SOURCES.find((source) => EVIDENCE_SUBJECTS[source.kind].includes(subjectKind))?.label ?? '申请人姓名';
}

/** A record's value as the form shows it. */
function formValue(raw: unknown, format: FieldFormat | undefined): string {
  if (format === 'fen' && typeof raw === 'number') return fenToYuan(raw);
  if (typeof format === 'object' && typeof raw === 'string') return enumLabel(format.enum, raw) ?? raw;
  return String(raw);
}

/** What the applicant declared when the case was opened. */
export interface DeclaredApplicant {
  readonly name: string | null;
  readonly subjectKind: SubjectKind;
}

/**
 * The form from usable records; the first record (in the order given) to name a field wins.
 * Records win over the applicant's word: the declared name fills the name only where no
 * record gives one.
 */
export function prefillForm(records: readonly HeldRecord[], declared?: DeclaredApplicant): PrefilledField[] {
  const fields = new Map<string, PrefilledField>();
  for (const record of records) {
    for (const [field, name, label, format] of FORM_FIELDS[record.kind] ?? []) {
      if (fields.has(name)) continue;
      const raw = (record.content as unknown as Record<string, unknown>)[field];
      if (raw === null || raw === undefined || raw === '') continue;
      const value = formValue(raw, format);
      fields.set(name, { name, label, value, sourceRegion: record.region, sourceRecordId: record.recordId, declared: false });
    }
  }
  if (declared?.name && !fields.has(APPLICANT_NAME_FIELD)) {
    const field = { name: APPLICANT_NAME_FIELD, label: applicantNameLabel(declared.subjectKind), value: declared.name, sourceRegion: null, sourceRecordId: null, declared: true };
    return [field, ...fields.values()];
  }
  return [...fields.values()];
}
