import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type {
  BusinessStatus,
  CreditCategory,
  EntityType,
  FundAccountStatus,
  InsuranceStatus,
  MarriageEvent,
  SocialSecurityCardStatus,
  TaxCreditRating,
} from '@yrd/shared/standard/recordContents';
import type { ZhejiangCodeTable } from './codeTable.ts';

/**
 * The warehouse's own status dictionaries (数据字典). Statuses are stored as integers; a code
 * not listed here is an error on decode, never a guess.
 */

/** 社会保险参保状态 insure_status. */
export const INSURANCE_STATUS_CODES = [
  { value: 'ACTIVE', code: 1, label: '参保缴费' },
  { value: 'SUSPENDED', code: 2, label: '暂停缴费' },
  { value: 'TERMINATED', code: 3, label: '终止参保' },
] as const satisfies ZhejiangCodeTable<InsuranceStatus, number>;

/** 社会保障卡状态 card_status. */
export const CARD_STATUS_CODES = [
  { value: 'NORMAL', code: 1, label: '正常' },
  { value: 'LOSS_REPORTED', code: 2, label: '挂失' },
  { value: 'SUSPENDED', code: 3, label: '暂停使用' },
  { value: 'CANCELLED', code: 4, label: '注销' },
] as const satisfies ZhejiangCodeTable<SocialSecurityCardStatus, number>;

/** 住房公积金账户状态 acct_status. */
export const FUND_ACCOUNT_STATUS_CODES = [
  { value: 'ACTIVE', code: 1, label: '正常' },
  { value: 'SEALED', code: 2, label: '封存' },
  { value: 'CLOSED', code: 3, label: '销户' },
] as const satisfies ZhejiangCodeTable<FundAccountStatus, number>;

/** 婚姻登记业务类型 marriage_type. */
export const MARRIAGE_EVENT_CODES = [
  { value: 'MARRIAGE', code: 1, label: '结婚登记' },
  { value: 'DIVORCE', code: 2, label: '离婚登记' },
] as const satisfies ZhejiangCodeTable<MarriageEvent, number>;

/** 市场主体登记状态 ent_status. */
export const BUSINESS_STATUS_CODES = [
  { value: 'ACTIVE', code: 1, label: '存续' },
  { value: 'REVOKED', code: 2, label: '吊销' },
  { value: 'CANCELLED', code: 3, label: '注销' },
  { value: 'MOVED_OUT', code: 4, label: '迁出' },
] as const satisfies ZhejiangCodeTable<BusinessStatus, number>;

/**
 * 市场主体类型 ent_type: the warehouse's own coarse dictionary (not the SAMR four-digit
 * 企业类型代码, whose finer classes such as 1110/1120 would each need a rule here).
 */
export const ENTITY_TYPE_CODES = [
  { value: 'LIMITED_COMPANY', code: 1, label: '有限责任公司' },
  { value: 'JOINT_STOCK_COMPANY', code: 2, label: '股份有限公司' },
  { value: 'SOLE_PROPRIETORSHIP', code: 3, label: '个人独资企业' },
  { value: 'PARTNERSHIP', code: 4, label: '合伙企业' },
  { value: 'INDIVIDUAL_BUSINESS', code: 5, label: '个体工商户' },
  { value: 'BRANCH', code: 6, label: '分支机构' },
] as const satisfies ZhejiangCodeTable<EntityType, number>;

/** 信用记录类别 credit_category. */
export const CREDIT_CATEGORY_CODES = [
  { value: 'ADMINISTRATIVE_PENALTY', code: 1, label: '行政处罚' },
  { value: 'ABNORMAL_OPERATION', code: 2, label: '经营异常名录' },
  { value: 'SERIOUS_DISHONESTY', code: 3, label: '严重失信主体名单' },
  { value: 'INSPECTION_RESULT', code: 4, label: '抽查检查结果' },
] as const satisfies ZhejiangCodeTable<CreditCategory, number>;

/** 纳税信用级别 credit_level: the tax bureau's own letters, kept as letters. */
export const TAX_CREDIT_LEVEL_CODES = [
  { value: 'A', code: 'A', label: 'A级' },
  { value: 'B', code: 'B', label: 'B级' },
  { value: 'M', code: 'M', label: 'M级' },
  { value: 'C', code: 'C', label: 'C级' },
  { value: 'D', code: 'D', label: 'D级' },
] as const satisfies ZhejiangCodeTable<TaxCreditRating, string>;

/**
 * 纳税人类型 taxpayer_type (TAX) and 主体类型 subject_type (CREDIT_RECORD): whether the record
 * is an enterprise's (单位) or a person's (个人). The subject's number cannot say: a resident
 * identity number can also be a valid unified social credit code.
 */
export const SUBJECT_TYPE_CODES = [
  { value: 'ENTERPRISE', code: 1, label: '单位' },
  { value: 'PERSON', code: 2, label: '个人' },
] as const satisfies ZhejiangCodeTable<SubjectKind, number>;
