import type {
  BusinessStatus,
  CreditCategory,
  EntityType,
  FundAccountStatus,
  HouseholdRelation,
  InsuranceStatus,
  MarriageEvent,
  Sex,
  SocialInsuranceScheme,
  SocialSecurityCardStatus,
  TaxCreditRating,
} from '@yrd/shared/standard/recordContents';

/**
 * Jiangsu's extracts write statuses and categories as Chinese labels, not codes. Each table maps
 * a standard enum value to the one label Jiangsu writes; `satisfies` keeps every table complete.
 * Labels are unique within a table (checked by the tests), so reading back is a reverse lookup;
 * a label that is not in the table is an error, never a guess.
 */
export type JiangsuLabelTable<V extends string> = Readonly<Record<V, string>>;

/** 住房公积金账户状态 */
export const FUND_ACCOUNT_STATUS_LABELS = {
  ACTIVE: '正常',
  SEALED: '封存',
  CLOSED: '销户',
} as const satisfies JiangsuLabelTable<FundAccountStatus>;

/** 社会保险参保状态 */
export const INSURANCE_STATUS_LABELS = {
  ACTIVE: '参保缴费',
  SUSPENDED: '暂停缴费',
  TERMINATED: '终止参保',
} as const satisfies JiangsuLabelTable<InsuranceStatus>;

/** 社会保障卡状态 */
export const CARD_STATUS_LABELS = {
  NORMAL: '正常',
  LOSS_REPORTED: '挂失',
  SUSPENDED: '暂停',
  CANCELLED: '注销',
} as const satisfies JiangsuLabelTable<SocialSecurityCardStatus>;

/** 参保险种 (cbxz is a '|'-separated list of these) */
export const INSURANCE_SCHEME_LABELS = {
  PENSION: '养老',
  MEDICAL: '医疗',
  UNEMPLOYMENT: '失业',
  WORK_INJURY: '工伤',
  MATERNITY: '生育',
} as const satisfies JiangsuLabelTable<SocialInsuranceScheme>;

/** 市场主体登记状态 */
export const BUSINESS_STATUS_LABELS = {
  ACTIVE: '存续',
  REVOKED: '吊销',
  CANCELLED: '注销',
  MOVED_OUT: '迁出',
} as const satisfies JiangsuLabelTable<BusinessStatus>;

/** 企业类型 */
export const ENTITY_TYPE_LABELS = {
  LIMITED_COMPANY: '有限责任公司',
  JOINT_STOCK_COMPANY: '股份有限公司',
  SOLE_PROPRIETORSHIP: '个人独资企业',
  PARTNERSHIP: '合伙企业',
  INDIVIDUAL_BUSINESS: '个体工商户',
  BRANCH: '分支机构',
} as const satisfies JiangsuLabelTable<EntityType>;

/** 性别 */
export const SEX_LABELS = {
  MALE: '男',
  FEMALE: '女',
} as const satisfies JiangsuLabelTable<Sex>;

/** 与户主关系 */
export const HOUSEHOLD_RELATION_LABELS = {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  OTHER: '其他',
} as const satisfies JiangsuLabelTable<HouseholdRelation>;

/** 婚姻登记类型 */
export const MARRIAGE_EVENT_LABELS = {
  MARRIAGE: '结婚登记',
  DIVORCE: '离婚登记',
} as const satisfies JiangsuLabelTable<MarriageEvent>;

/** 信用类别 */
export const CREDIT_CATEGORY_LABELS = {
  ADMINISTRATIVE_PENALTY: '行政处罚',
  ABNORMAL_OPERATION: '经营异常名录',
  SERIOUS_DISHONESTY: '严重失信主体名单',
  INSPECTION_RESULT: '抽查检查结果',
} as const satisfies JiangsuLabelTable<CreditCategory>;

/** 纳税信用等级: the tax bureau's letters, written as they are. */
export const TAX_CREDIT_RATING_LABELS = {
  A: 'A',
  B: 'B',
  M: 'M',
  C: 'C',
  D: 'D',
} as const satisfies JiangsuLabelTable<TaxCreditRating>;

/** The standard value Jiangsu writes as `label`, or undefined for a label not in the table. */
export function valueOfLabel<V extends string>(table: JiangsuLabelTable<V>, label: string): V | undefined {
  for (const [value, entryLabel] of Object.entries<string>(table)) {
    // Object.entries widens keys to string; the keys of a JiangsuLabelTable<V> are exactly V.
    if (entryLabel === label) return value as V;
  }
  return undefined;
}

/** The labels of a table, for error messages ("expected one of …"). */
export function labelsOf<V extends string>(table: JiangsuLabelTable<V>): string[] {
  return Object.values<string>(table);
}
