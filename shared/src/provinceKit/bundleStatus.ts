import type { CaseStatus } from './caseModel.ts';
import { caseStatusLabel } from './enumLabels.ts';

/**
 * A bundle's own states: before its submission it moves by itself, after it follows its items.
 * A bundle withdrawn before its submission (with all its items) is WITHDRAWN by itself: it was never submitted.
 */
export const BUNDLE_OWN_STATES: readonly CaseStatus[] = ['OPEN', 'AWAITING_EVIDENCE', 'WITHDRAWN'];

/** The states of an item still being handled, least advanced first. */
const IN_PROGRESS: readonly CaseStatus[] = ['OPEN', 'AWAITING_EVIDENCE', 'DEFERRED_MATERIALS', 'IN_REVIEW'];

/**
 * How an item that was not granted ended, in the order a bundle none of whose items was granted
 * reports them. Items are withdrawn only with their bundle, before it is submitted; should a
 * submitted bundle's items ever all be withdrawn, it is WITHDRAWN, not APPROVED.
 */
const NOT_GRANTED: readonly CaseStatus[] = ['REJECTED', 'TERMINATED', 'REVOKED', 'WITHDRAWN'];

/**
 * One status for a submitted one-thing bundle (一件事), from its items' (each item is decided on
 * its own): the least advanced of those still being handled; once all are done, APPROVED if
 * every item was granted, PARTLY_APPROVED if some were and others were refused, ended or
 * revoked, and otherwise how the items ended (REJECTED before TERMINATED before REVOKED). An
 * applicant with three licences out of four has not been refused.
 */
export function bundleStatusOf(items: readonly { readonly status: CaseStatus }[]): CaseStatus {
  const statuses = new Set(items.map((item) => item.status));
  const inProgress = IN_PROGRESS.find((status) => statuses.has(status));
  if (inProgress) return inProgress;
  const notGranted = NOT_GRANTED.find((status) => statuses.has(status));
  if (!notGranted) return 'APPROVED';
  return statuses.has('APPROVED') ? 'PARTLY_APPROVED' : notGranted;
}

/**
 * Where a bundle's items stand, in words for its status history: 各事项：已办结（准予）3 项、不予批准 1 项.
 * Statuses in the order of a case's life, each with its count.
 */
export function bundleItemsSummary(items: readonly { readonly status: CaseStatus }[]): string {
  const counts = new Map<CaseStatus, number>();
  for (const { status } of items) counts.set(status, (counts.get(status) ?? 0) + 1);
  const order: readonly CaseStatus[] = [...IN_PROGRESS, 'APPROVED', ...NOT_GRANTED];
  const parts = order.filter((status) => counts.has(status)).map((status) => `${caseStatusLabel(status)} ${counts.get(status)} 项`);
  return `各事项：${parts.join('、')}`;
}
