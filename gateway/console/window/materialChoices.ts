/**
 * How a material is satisfied at submission, and how the window names each way: the same for
 * a single item's case (submissionForm) and for a bundle's papers (bundleSubmissionForm).
 */
export type MaterialChoice = 'EVIDENCE' | 'NONE' | 'PROVIDED' | 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF';

export const MATERIAL_CHOICE_LABELS: Readonly<Record<MaterialChoice, string>> = {
  EVIDENCE: '由数据共享替代（无证明）',
  NONE: '未提交',
  PROVIDED: '已提交（纸质/电子）',
  SUPPLY_LATER: '容缺后补（申请人承诺）',
  IN_LIEU_OF_PROOF: '告知承诺（以承诺代替证明）',
};

/**
 * Where the evidence that could stand for a material is: 已取得; 待申请人确认 when a record of the
 * kind has arrived and waits for her preview (as the evidence board says it: it can stand for the
 * paper once she accepts it); 申请人拒绝使用 when every record of the kind the case holds was refused
 * by her (she may change her mind: 重新调取); 已取得的记录不能代替此材料 when she accepted a record of
 * the kind that still does not stand for it (expired since, or a licence other than the one the
 * material names — the server's evidenceAvailable says so); else 未取得.
 */
export function evidenceStanding(evidence: readonly { readonly kind: string; readonly status: string }[], kind: string, available: boolean): string {
  if (available) return '（已取得）';
  const ofKind = evidence.filter((piece) => piece.kind === kind);
  if (ofKind.some((piece) => piece.status === 'PENDING_PREVIEW')) return '（待申请人确认）';
  if (ofKind.length > 0 && ofKind.every((piece) => piece.status === 'REJECTED')) return '（申请人拒绝使用）';
  if (ofKind.some((piece) => piece.status === 'ACCEPTED')) return '（已取得的记录不能代替此材料：已过期，或不是此材料要的证照）';
  return '（未取得）';
}
