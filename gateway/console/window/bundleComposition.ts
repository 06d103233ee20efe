import type { PassedOnItemInfo } from '../graphql/resultTypes.ts';
import { caseStatusLabel } from '../ui/labels.ts';

/**
 * 一件事 as a province offers it: of a bundle's items, those it handles (each a case of its own,
 * with its fee in the province's catalog) and those it passes on (联动过户) to the enterprises that
 * carry them out — in Jiangsu the property transfer's water, power, gas and cable transfers. A
 * window says which before the bundle is opened; the applicant and the clerk read, once it is,
 * where each pass-on stands.
 */
export interface BundleItemHere {
  readonly code: string;
  readonly name: string;
  /** The province's pass-on of the item; null where the province handles it itself. */
  readonly passedOn: PassedOnItemInfo | null;
}

/** The bundle's items in its order, each with the province's pass-on of it, if any. */
export function bundleItemsHere(items: readonly { readonly code: string; readonly name: string }[], passedOn: readonly PassedOnItemInfo[]): BundleItemHere[] {
  return items.map((item) => ({ code: item.code, name: item.name, passedOn: passedOn.find((entry) => entry.itemCode === item.code) ?? null }));
}

/** 含 5 个事项 where the province handles them all; 含 1 个办理事项、4 项联动过户 where it passes some on. */
export function bundleCountWords(items: readonly BundleItemHere[]): string {
  const passed = items.filter((item) => item.passedOn !== null).length;
  if (passed === 0) return `含 ${items.length} 个事项`;
  return `含 ${items.length - passed} 个办理事项、${passed} 项联动过户`;
}

/**
 * Why a pass-on was cancelled (CANCELLED), in the applicant's words: the bundle withdrawn, or
 * the item it follows not approved (its case's status as the province gives it: 不予批准, 已终止…).
 * Its notice (…推送至…，无需另行申请) no longer holds, and the page says so first.
 */
export function cancelledPassOnWords(bundleStatus: string, after: { readonly name: string; readonly status: string } | undefined): string {
  if (bundleStatus === 'WITHDRAWN') return '“一件事”已撤回，本项未推送，承办企业不会办理';
  if (after) return `“${after.name}”${caseStatusLabel(after.status)}，本项未推送，承办企业不会办理`;
  return '本项已取消，未推送，承办企业不会办理';
}

/**
 * Why a pass-on was recalled (RECALLED), in the applicant's words: the item it followed was
 * revoked after it had been passed on, and the receiver was told to undo what it did on it.
 */
export function recalledPassOnWords(after: { readonly name: string } | undefined): string {
  return `${after ? `“${after.name}”` : '所依据的事项'}的准予决定已撤销，已通知承办企业撤回据此办理的过户`;
}
