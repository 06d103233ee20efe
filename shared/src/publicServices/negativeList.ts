/**
 * 市场准入负面清单: one national list (一单尽列，单外无单). An activity is prohibited, permitted
 * only with approval (by named items), or — when no entry covers it — free to all.
 */
export type AccessCategory = 'PROHIBITED' | 'LICENSED';

export interface NegativeListEntry {
  /** The national list's own numbering, e.g. 101 (禁止准入类) or 201 (许可准入类). */
  readonly code: string;
  readonly category: AccessCategory;
  /** The entry as the national list words it. */
  readonly title: string;
  readonly description: string;
  /** Activities people ask about, in everyday words, matched by search. */
  readonly activities: readonly string[];
  /** Standard items that grant the approval a LICENSED entry requires. */
  readonly licensingItemCodes: readonly string[];
  readonly authority: string;
}

/** A province's notes on the national entries it applies: local guidance, never new entries. */
export interface ProvinceNegativeListNote {
  readonly entryCode: string;
  readonly localGuidance: string;
}
