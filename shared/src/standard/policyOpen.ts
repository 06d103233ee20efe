import { ITEM_STATUSES, type ItemStatus } from './codeTables.ts';
import type { LocalDate } from '../time/localDate.ts';

/**
 * Whether a policy (政策兑现) takes applications on a day. One rule for the hub, which lists
 * open policies to an enterprise, and for the provinces, which open and decide its cases: a
 * 免申即享 policy past its last day must not be approved by a province because only the hub's
 * list knew it had closed.
 *
 * Both the hub's StandardItem and a province's view of it read from the hub carry these
 * fields (absent or null where the standard states none).
 */
export interface PolicyTerms {
  readonly name: string;
  readonly status: ItemStatus;
  readonly effectiveFrom: LocalDate;
  readonly cancelOn?: LocalDate | null;
  readonly policy?: { readonly applyBy?: LocalDate | null } | null;
}

/** Stable reasons a client can act on (`extensions.reason`). */
export type PolicyClosedReason = 'POLICY_NOT_IN_FORCE' | 'POLICY_NOT_YET_OPEN' | 'POLICY_CLOSED';

export interface PolicyClosure {
  readonly reason: PolicyClosedReason;
  /** For the clerk or the enterprise, naming the day that decides it. */
  readonly message: string;
  /** The status or date that decides it, for `extensions`. */
  readonly details: Readonly<Record<string, string>>;
}

const statusLabel = (status: ItemStatus) => ITEM_STATUSES.find((entry) => entry.value === status)?.label ?? status;

/**
 * Why the item takes no applications on `today` (a China date), or undefined when it does.
 * The item's status and dates hold for any item; the last day to apply only for a policy.
 * Every bound is inclusive of the day it names: open from effectiveFrom, through applyBy, and
 * cancelled on cancelOn.
 */
export function policyClosedOn(item: PolicyTerms, today: LocalDate): PolicyClosure | undefined {
  if (item.status !== 'IN_FORCE') {
    return { reason: 'POLICY_NOT_IN_FORCE', message: `“${item.name}”已${statusLabel(item.status)}，不受理申请`, details: { status: item.status } };
  }
  if (item.effectiveFrom > today) {
    return {
      reason: 'POLICY_NOT_YET_OPEN',
      message: `“${item.name}”自 ${item.effectiveFrom} 起施行，尚未开始受理申请`,
      details: { effectiveFrom: item.effectiveFrom },
    };
  }
  const cancelOn = item.cancelOn ?? undefined;
  if (cancelOn !== undefined && cancelOn <= today) {
    return { reason: 'POLICY_NOT_IN_FORCE', message: `“${item.name}”已于 ${cancelOn} 取消，不再受理申请`, details: { cancelOn } };
  }
  const applyBy = item.policy?.applyBy ?? undefined;
  if (applyBy !== undefined && applyBy < today) {
    return { reason: 'POLICY_CLOSED', message: `“${item.name}”的申请截止日为 ${applyBy}，已截止，不再受理申请`, details: { applyBy } };
  }
  return undefined;
}

/** Open for applications on the day: a policy, in force, not cancelled, up to and including its last day. */
export function policyOpenOn(item: PolicyTerms, today: LocalDate): boolean {
  return Boolean(item.policy) && policyClosedOn(item, today) === undefined;
}
