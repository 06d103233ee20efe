import { disclosedRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { CreditCategory } from '@yrd/shared/standard/recordContents';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { federatedRecords } from './federatedRecords.ts';

/** A disclosure as the hub receives it: the enterprise and what each province disclosed (@requires). */
export type DisclosureRepresentation = { readonly enterpriseId: string } & Readonly<Record<string, unknown>>;

/** Which records each list of a disclosure holds: a kind (and, for credit records, some categories). */
export const DISCLOSURE_LISTS = {
  registrations: { kind: 'BUSINESS_REGISTRATION', label: '登记信息' },
  licences: { kind: 'E_LICENCE', label: '行政许可信息' },
  penalties: { kind: 'CREDIT_RECORD', categories: ['ADMINISTRATIVE_PENALTY'], label: '行政处罚信息' },
  listings: { kind: 'CREDIT_RECORD', categories: ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'], label: '列入经营异常名录和严重失信主体名单信息' },
  inspections: { kind: 'CREDIT_RECORD', categories: ['INSPECTION_RESULT'], label: '抽查检查结果信息' },
} as const satisfies Record<string, { kind: EvidenceKind; categories?: readonly CreditCategory[]; label: string }>;

export type DisclosureListName = keyof typeof DISCLOSURE_LISTS;
export type WholeDisclosureLists = Readonly<Record<DisclosureListName, readonly HeldRecord[]>>;

/** When the record was decided or issued: what a list is ordered by, newest first. */
export function disclosureDateOf(record: HeldRecord): string {
  const content = record.content as unknown as Record<string, unknown>;
  return String(content.decidedOn ?? content.issuedOn ?? content.establishedOn ?? record.updatedOn);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A list's order: newest first; among records of the same day by record id, and by province for
 * the same id (each province numbers its own records: two may share one) — all by code units,
 * as a page's cursor compares them (a locale's order would set "SH-10" and "SH-1" apart
 * differently from `<`).
 */
export function disclosureOrder(a: HeldRecord, b: HeldRecord): number {
  return byCodeUnits(disclosureDateOf(b), disclosureDateOf(a)) || byCodeUnits(a.recordId, b.recordId) || byCodeUnits(a.region, b.region);
}

const sorted = new WeakMap<object, WholeDisclosureLists>();

/**
 * Every list of a disclosure, whole and in order — sorted once per representation, however many
 * of the lists, pages and totals the client selects (each field resolver asks).
 */
export function wholeDisclosureLists(disclosure: DisclosureRepresentation): WholeDisclosureLists {
  const known = sorted.get(disclosure);
  if (known) return known;
  const inOrder = [...federatedRecords(disclosure, disclosedRecordsField).records].sort(disclosureOrder);
  const lists = Object.fromEntries(
    Object.entries(DISCLOSURE_LISTS).map(([name, list]) => {
      const categories: readonly CreditCategory[] | undefined = 'categories' in list ? list.categories : undefined;
      return [name, inOrder.filter((record) => record.kind === list.kind && (!categories || categories.includes((record.content as { category: CreditCategory }).category)))];
    }),
  ) as Record<DisclosureListName, HeldRecord[]>;
  sorted.set(disclosure, lists);
  return lists;
}
