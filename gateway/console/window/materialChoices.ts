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
