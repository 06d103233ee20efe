import { enumLabel } from '../provinceKit/enumLabels.ts';
import { fenToYuan } from '../standard/money.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import { subjectKindOf } from '../standard/recordSubjectKind.ts';
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

/** How the form labels the applicant's name, by kind of applicant: a person's name, an enterprise's name. */
const APPLICANT_NAME_LABELS: Readonly<Record<SubjectKind, string>> = { PERSON: '申请人姓名', ENTERPRISE: '申请单位名称' };

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
  // A licence names its holder: a person by her name, an enterprise by its name (the label follows the holder's kind).
  E_LICENCE: [['holderName', APPLICANT_NAME_FIELD, '申请人姓名']],
};

/**
 * Kinds whose name for the applicant is second-hand: a licence repeats the name a record (or the
 * applicant) gave when it was issued. A register naming the applicant wins over it, whatever the
 * order of the records.
 */
const SECOND_HAND_NAMES: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['E_LICENCE']);

/** Shaped like an identifier (letters A–Z and digits, at least one digit): not a name. */
const IDENTIFIER_SHAPED = /^(?=.*\d)[0-9A-Za-z]+$/;

/**
 * Whether a record's value for the applicant's name is a name. Licences issued before holders
 * were named by name (6ef97ba) carry the holder's identity number there: such a licence names no one.
 */
function isName(record: HeldRecord, value: string): boolean {
  const compact = value.replace(/\s/gu, '');
  return compact !== record.subjectId && !IDENTIFIER_SHAPED.test(compact);
}

/** The kinds whose records fill in the applicant's name — read off the table above. */
export const APPLICANT_NAME_SOURCES: readonly EvidenceKind[] = Object.entries(FORM_FIELDS).flatMap(([kind, specs]) =>
  specs.some(([, name]) => name === APPLICANT_NAME_FIELD) ? [kind as EvidenceKind] : [],
);

/** How the form labels the name of an applicant of this kind (申请人姓名, 申请单位名称). */
export function applicantNameLabel(subjectKind: SubjectKind): string {
  return APPLICANT_NAME_LABELS[subjectKind];
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
 * The form from usable records; the first record (in the order given) to name a field wins, a
 * register over a licence for the applicant's name. Records win over the applicant's word: the
 * declared name fills the name only where no record gives one. Only a record about the kind of
 * applicant declared names the applicant (a person and an enterprise may share a number), and
 * labels the name as that kind's (申请人姓名, 申请单位名称).
 */
export function prefillForm(records: readonly HeldRecord[], declared?: DeclaredApplicant): PrefilledField[] {
  const fields = new Map<string, PrefilledField>();
  const ordered = [...records.filter((record) => !SECOND_HAND_NAMES.has(record.kind)), ...records.filter((record) => SECOND_HAND_NAMES.has(record.kind))];
  for (const record of ordered) {
    for (const [field, name, label, format] of FORM_FIELDS[record.kind] ?? []) {
      if (fields.has(name)) continue;
      const raw = (record.content as unknown as Record<string, unknown>)[field];
      if (raw === null || raw === undefined || raw === '') continue;
      const value = formValue(raw, format);
      if (name === APPLICANT_NAME_FIELD) {
        const about = subjectKindOf(record);
        if ((declared && about !== declared.subjectKind) || (SECOND_HAND_NAMES.has(record.kind) && !isName(record, value))) continue;
        fields.set(name, { name, label: applicantNameLabel(about), value, sourceRegion: record.region, sourceRecordId: record.recordId, declared: false });
        continue;
      }
      fields.set(name, { name, label, value, sourceRegion: record.region, sourceRecordId: record.recordId, declared: false });
    }
  }
  if (declared?.name && !fields.has(APPLICANT_NAME_FIELD)) {
    const field = { name: APPLICANT_NAME_FIELD, label: applicantNameLabel(declared.subjectKind), value: declared.name, sourceRegion: null, sourceRecordId: null, declared: true };
    return [field, ...fields.values()];
  }
  return [...fields.values()];
}
