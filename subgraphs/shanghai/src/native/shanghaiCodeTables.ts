import type { NativeEvidenceKind, SubjectKind } from '@yrd/shared/standard/evidenceKinds';
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
 * Shanghai's own code values, each table keyed by the standard value it stands for. Typed as
 * Record<StandardValue, string>, so a standard value without a Shanghai code does not compile;
 * a Shanghai code not listed here is rejected on read.
 */

/** recordType: the discriminator every Shanghai payload carries. */
export const RECORD_TYPES = {
  SOCIAL_INSURANCE: 'SOCIAL_SECURITY', // 社会保险参保缴费
  PROVIDENT_FUND: 'HOUSING_FUND', // 住房公积金缴存
  HOUSEHOLD_REGISTRATION: 'HOUSEHOLD', // 户籍
  MARRIAGE: 'MARRIAGE_REGISTRATION', // 婚姻登记
  BUSINESS_REGISTRATION: 'MARKET_ENTITY', // 市场主体登记
  TAX: 'TAX_PAYMENT', // 纳税
  CREDIT_RECORD: 'CREDIT_INFO', // 公共信用信息
} as const satisfies Record<NativeEvidenceKind, string>;

/** insuranceTypes: 险种 (pinyin initials, as 上海社保 writes them). */
export const INSURANCE_TYPES = {
  PENSION: 'YL', // 养老保险
  MEDICAL: 'YB', // 医疗保险（医保）
  UNEMPLOYMENT: 'SY', // 失业保险
  WORK_INJURY: 'GS', // 工伤保险
  MATERNITY: 'SYU', // 生育保险
} as const satisfies Record<SocialInsuranceScheme, string>;

/** insuredState: 参保状态. */
export const INSURED_STATES = {
  ACTIVE: 'PAYING', // 正常缴费
  SUSPENDED: 'PAUSED', // 暂停缴费
  TERMINATED: 'STOPPED', // 终止缴费
} as const satisfies Record<InsuranceStatus, string>;

/** cardState: 社会保障卡状态. */
export const CARD_STATES = {
  NORMAL: 'IN_USE', // 正常使用
  LOSS_REPORTED: 'REPORTED_LOST', // 挂失
  SUSPENDED: 'PAUSED', // 暂停使用
  CANCELLED: 'CANCELLED', // 注销
} as const satisfies Record<SocialSecurityCardStatus, string>;

/** accountState: 公积金账户状态. */
export const FUND_ACCOUNT_STATES = {
  ACTIVE: 'NORMAL', // 正常
  SEALED: 'FROZEN', // 封存
  CLOSED: 'CANCELLED', // 销户
} as const satisfies Record<FundAccountStatus, string>;

/** sex: 性别. */
export const SEXES = {
  MALE: 'M', // 男
  FEMALE: 'F', // 女
} as const satisfies Record<Sex, string>;

/** relationWithHead: 与户主关系. */
export const RELATIONS_WITH_HEAD = {
  HEAD: 'HOUSEHOLDER', // 户主
  SPOUSE: 'SPOUSE', // 配偶
  CHILD: 'CHILD', // 子女
  PARENT: 'PARENT', // 父母
  OTHER: 'OTHER_RELATION', // 其他
} as const satisfies Record<HouseholdRelation, string>;

/** registrationType: 婚姻登记业务类型. */
export const MARRIAGE_REGISTRATION_TYPES = {
  MARRIAGE: 'MARRY', // 结婚登记
  DIVORCE: 'DIVORCE', // 离婚登记
} as const satisfies Record<MarriageEvent, string>;

/** entType: 市场主体类型. */
export const ENTITY_TYPES = {
  LIMITED_COMPANY: 'LTD', // 有限责任公司
  JOINT_STOCK_COMPANY: 'CO_LTD_BY_SHARES', // 股份有限公司
  SOLE_PROPRIETORSHIP: 'SOLE_INVESTMENT', // 个人独资企业
  PARTNERSHIP: 'PARTNERSHIP', // 合伙企业
  INDIVIDUAL_BUSINESS: 'INDIVIDUAL_HOUSEHOLD', // 个体工商户
  BRANCH: 'BRANCH', // 分支机构
} as const satisfies Record<EntityType, string>;

/** entState: 登记状态. */
export const ENTITY_STATES = {
  ACTIVE: 'EXISTING', // 存续（在营）
  REVOKED: 'REVOKED', // 吊销
  CANCELLED: 'DEREGISTERED', // 注销
  MOVED_OUT: 'MOVED_OUT', // 迁出
} as const satisfies Record<BusinessStatus, string>;

/** creditLevel: 纳税信用级别 (the national letters, which Shanghai uses as they are). */
export const TAX_CREDIT_LEVELS = {
  A: 'A',
  B: 'B',
  M: 'M',
  C: 'C',
  D: 'D',
} as const satisfies Record<TaxCreditRating, string>;

/** creditCategory: 信用信息类别. */
export const CREDIT_CATEGORIES = {
  ADMINISTRATIVE_PENALTY: 'ADMIN_PENALTY', // 行政处罚
  ABNORMAL_OPERATION: 'ABNORMAL_LIST', // 列入经营异常名录
  SERIOUS_DISHONESTY: 'DISHONEST_LIST', // 严重失信主体名单
  INSPECTION_RESULT: 'SPOT_CHECK_RESULT', // 双随机抽查检查结果
} as const satisfies Record<CreditCategory, string>;

/** taxpayerType: 纳税人类型 — 单位纳税人 or 个人 (自然人) taxpayer. */
export const TAXPAYER_TYPES = {
  ENTERPRISE: 'UNIT', // 单位纳税人（企业、非企业单位）
  PERSON: 'INDIVIDUAL', // 个人（自然人）纳税人
} as const satisfies Record<SubjectKind, string>;

/** partyType: 信用主体类型 of the public credit platform — 法人和非法人组织 or 自然人. */
export const PARTY_TYPES = {
  ENTERPRISE: 'ORGANIZATION', // 法人和非法人组织
  PERSON: 'NATURAL_PERSON', // 自然人
} as const satisfies Record<SubjectKind, string>;
