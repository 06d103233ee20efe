import { LENIENCY_EVIDENCE_KINDS } from '@yrd/shared/standard/leniencyKinds';

/**
 * The kinds 容缺 and 告知承诺 are decided on (the applicant's credit records) that the case has
 * not asked any province for: a plain 向持有省份请求数据 leaves them out unless the item's decision
 * reads them, so a submission using either asks for these first (leniencyEvidence.ts).
 */
export function leniencyKindsNotAsked(view: { readonly evidenceRequests: readonly { readonly kinds: readonly string[] }[] }): string[] {
  return LENIENCY_EVIDENCE_KINDS.filter((kind) => !view.evidenceRequests.some((request) => request.kinds.includes(kind)));
}
