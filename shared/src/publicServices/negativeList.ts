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
  /**
   * Other words people use for what the entry covers (烟花厂, 稀土, 诊所): read as the entry's
   * own terms, so that an activity asked in them is not taken for one the list does not have.
   */
  readonly aliases?: readonly EntryAlias[];
  /**
   * Standard items that grant the approval a LICENSED entry requires, or part of it: every
   * `itemCode` of `licences`, when the entry lists them.
   */
  readonly licensingItemCodes: readonly string[];
  /**
   * The approvals the entry names, each with what it covers (production, trade, use): an
   * activity needs only those of what it does (selling pesticide: 农药经营许可, not a production
   * licence). Absent when the entry does not tell them apart.
   */
  readonly licences?: readonly EntryLicence[];
  readonly authority: string;
}

/** What an approval covers: making the goods, trading them, using them, or running the business or service. */
export type LicensedConduct = 'PRODUCE' | 'TRADE' | 'USE' | 'OPERATE';

/** One approval an entry names. */
export interface EntryLicence {
  /** As the law names it: 农药经营许可. */
  readonly name: string;
  /** Who grants it: 县级以上农业农村部门. */
  readonly authority: string;
  readonly conduct: readonly LicensedConduct[];
  /** The goods it is about, when the entry covers several (农药, 化肥): absent when it is about all of them. */
  readonly subjects?: readonly string[];
  /** The catalog hub's standard item that grants it, when the hub has one (else the answer says it has none). */
  readonly itemCode?: string;
  /** When it applies only in some cases (化肥属于工业产品生产许可证管理目录产品的). */
  readonly condition?: string;
}

/** A province's notes on the national entries it applies: local guidance, never new entries. */
export interface ProvinceNegativeListNote {
  readonly entryCode: string;
  readonly localGuidance: string;
}

/**
 * Words for what an entry covers, other than its own: a business (烟花厂, 诊所), or the thing the
 * business is about (稀土, 烟花). An activity is asked in them when it is a verb (开, 卖, 开采 …)
 * and an object that is, or ends in, one of the words (开一家烟花厂, 开采稀土, 开私人诊所).
 */
export interface EntryAlias {
  /** What people say: 烟花厂, 稀土, 诊所. */
  readonly words: readonly string[];
  /** The entry's own term the words stand for, named in the answer: 烟花爆竹生产, 矿产资源开采, 医疗机构. */
  readonly means: string;
  /**
   * COVERED: the activity asked with one of `verbs` is the entry's, and the entry decides.
   * DEPENDS: the entry covers some of what the words name and not the rest (诊所 are filed, not
   * licensed, while other 医疗机构 are): the entry is listed to be checked, never decides.
   */
  readonly extent: 'COVERED' | 'DEPENDS';
  /**
   * The verbs with which asking is the entry's activity (开采稀土, not 卖稀土); by default those of
   * running a business or trading its goods (开, 办, 经营, 生产, 卖 …). With any other verb, or
   * none (the words alone name no activity), the entry is only listed to be checked.
   */
  readonly verbs?: readonly string[];
}
