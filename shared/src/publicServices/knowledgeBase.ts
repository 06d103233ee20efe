/**
 * The knowledge base people search with: frequently asked questions tied to standard items,
 * and the colloquial phrases people type mapped to the terms the standard uses.
 */
export interface FaqEntry {
  readonly id: string;
  /** The standard item the answer is about. */
  readonly itemCode: string;
  readonly question: string;
  readonly answer: string;
}

/** 口语 → 规范: "开公司" searches as "公司设立". */
export interface Synonym {
  readonly phrase: string;
  readonly terms: readonly string[];
}
