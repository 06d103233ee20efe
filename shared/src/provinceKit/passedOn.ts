import type { ProvinceConfig } from './provinceConfig.ts';

/**
 * 联动过户: a standard item a province does not implement (it is on no line of its 实施清单:
 * an enterprise carries it out, not an organ or public institution) but whose application it
 * passes on, as part of a one-thing bundle, to the enterprise that does — once the bundle item
 * it follows is approved here. The water, power, gas and cable transfers of a property transfer
 * (不动产转移登记及水电气网联动过户“一件事”) are the case: the 不动产登记 window pushes the
 * registration result to the utilities, and the applicant does not apply to them again.
 *
 * Such an item gets no case of its own in the bundle: no evidence, no decision, no licence here.
 * It is recorded on the bundle as a pass-on (CasePassOn), which waits for the item it follows
 * (AWAITING), is passed on when that item is approved (PASSED_ON), and is cancelled when that
 * item is refused or ended, or the bundle is withdrawn (CANCELLED). Checked at start against the
 * standard and the implementation list (validateImplementationList.ts).
 */
export interface PassedOnItem {
  /** The standard item passed on (12-digit basic code); not on the province's implementation list. */
  readonly itemCode: string;
  /** The enterprise that carries it out, by its name (吴江华衍水务有限公司). */
  readonly receiver: string;
  /** The bundle item whose approval it is passed on after (不动产转移登记 070101001000); one the province implements. */
  readonly afterApprovalOf: string;
  /** What the applicant is told (不动产登记办结后，登记结果推送至…办理用水过户，无需另行申请). */
  readonly notice: string;
}

/** Where a pass-on stands: waiting for the item it follows, passed on, cancelled before it was, or recalled after (the item it followed revoked). */
export type PassOnStatus = 'AWAITING' | 'PASSED_ON' | 'CANCELLED' | 'RECALLED';

/** A pass-on as a bundle records it (case_pass_on). */
export interface CasePassOn {
  readonly bundleId: string;
  readonly itemCode: string;
  readonly receiver: string;
  readonly afterItemCode: string;
  /** The bundle's case for the item it follows (its approval passes it on). */
  readonly afterCaseId: string;
  readonly notice: string;
  readonly status: PassOnStatus;
  /** When it was passed on (the item it follows was approved); null until then. */
  readonly passedOnAt: string | null;
  /** When it was cancelled; null unless it was. */
  readonly cancelledAt: string | null;
  /** When it was recalled from its receiver (the item it followed was revoked after it was passed on); null unless it was. */
  readonly recalledAt: string | null;
}

const indexes = new WeakMap<ProvinceConfig, ReadonlyMap<string, PassedOnItem>>();

/** The province's pass-on of a standard item, or undefined where it passes the item on to no one. */
export function passedOnOf(config: ProvinceConfig, itemCode: string): PassedOnItem | undefined {
  let index = indexes.get(config);
  if (!index) indexes.set(config, (index = new Map((config.passedOn ?? []).map((entry) => [entry.itemCode, entry]))));
  return index.get(itemCode);
}
