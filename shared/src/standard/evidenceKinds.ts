import type { CodeTable, ValueOf } from './codeTable.ts';

/**
 * Kinds of evidence a province holds and can release instead of a paper certificate (无证明).
 * Each kind has one normalised content shape (see records/).
 */
export const EVIDENCE_KINDS = [
  { value: 'SOCIAL_INSURANCE', code: 'SI', label: '社会保险参保缴费记录' },
  { value: 'PROVIDENT_FUND', code: 'PF', label: '住房公积金缴存记录' },
  { value: 'HOUSEHOLD_REGISTRATION', code: 'HR', label: '户籍登记信息' },
  { value: 'MARRIAGE', code: 'MR', label: '婚姻登记信息' },
  { value: 'BUSINESS_REGISTRATION', code: 'BR', label: '市场主体登记信息' },
  { value: 'TAX', code: 'TX', label: '纳税信息' },
  { value: 'CREDIT_RECORD', code: 'CR', label: '信用记录（处罚、经营异常、失信）' },
  { value: 'E_LICENCE', code: 'EL', label: '电子证照（本联盟办结事项签发）' },
] as const satisfies CodeTable;

export type EvidenceKind = ValueOf<typeof EVIDENCE_KINDS>;

export const EVIDENCE_KIND_VALUES: readonly EvidenceKind[] = EVIDENCE_KINDS.map((entry) => entry.value);

/**
 * The kinds provinces keep in their own systems, in their native formats. Electronic
 * licences are not among them: the federation issues them itself, in the standard.
 */
export type NativeEvidenceKind = Exclude<EvidenceKind, 'E_LICENCE'>;
export const NATIVE_EVIDENCE_KIND_VALUES: readonly NativeEvidenceKind[] = EVIDENCE_KIND_VALUES.filter(
  (kind): kind is NativeEvidenceKind => kind !== 'E_LICENCE',
);

export type SubjectKind = 'PERSON' | 'ENTERPRISE';

/** Which kind of subject each evidence kind is about. CREDIT_RECORD and TAX concern both. */
export const EVIDENCE_SUBJECTS: Readonly<Record<EvidenceKind, readonly SubjectKind[]>> = {
  SOCIAL_INSURANCE: ['PERSON'],
  PROVIDENT_FUND: ['PERSON'],
  HOUSEHOLD_REGISTRATION: ['PERSON'],
  MARRIAGE: ['PERSON'],
  BUSINESS_REGISTRATION: ['ENTERPRISE'],
  TAX: ['PERSON', 'ENTERPRISE'],
  CREDIT_RECORD: ['PERSON', 'ENTERPRISE'],
  E_LICENCE: ['PERSON', 'ENTERPRISE'],
};

export function isEvidenceKind(value: string): value is EvidenceKind {
  return EVIDENCE_KIND_VALUES.includes(value as EvidenceKind);
}

/**
 * Kinds where the holders' signed answer "no such record" is itself the evidence: a clean
 * credit record proves absence (无违法违规证明); so does the answer of every province that no
 * licence of an item was issued — the licences the federation issues are held by the provinces
 * that issued them, and nowhere else (a policy not yet claimed). For the others, no record proves nothing.
 */
export const ABSENCE_IS_EVIDENCE: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['CREDIT_RECORD', 'E_LICENCE']);
