import type {
  BusinessStatus,
  CreditCategory,
  EntityType,
  FundAccountStatus,
  HouseholdRelation,
  InsuranceStatus,
  MarriageEvent,
  SocialInsuranceScheme,
  SocialSecurityCardStatus,
  TaxCreditRating,
} from '@yrd/shared/standard/recordContents';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * The code tables of the 皖事通办 exchange. A coded element carries the code in its DM
 * attribute and the table's label as text, e.g. `<ZHZT DM="1">正常</ZHZT>`. The code decides
 * the value; the label must be the one the table gives for that code.
 */
export interface AnhuiCode<V extends string> {
  readonly code: string;
  readonly label: string;
  readonly value: V;
}

export type AnhuiCodeTable<V extends string> = readonly AnhuiCode<V>[];

/** 险种类型 (社会保险险种代码). */
export const INSURANCE_SCHEME_CODES: AnhuiCodeTable<SocialInsuranceScheme> = [
  { code: '110', label: '企业职工基本养老保险', value: 'PENSION' },
  { code: '310', label: '职工基本医疗保险', value: 'MEDICAL' },
  { code: '210', label: '失业保险', value: 'UNEMPLOYMENT' },
  { code: '410', label: '工伤保险', value: 'WORK_INJURY' },
  { code: '510', label: '生育保险', value: 'MATERNITY' },
];

/** 参保状态. */
export const INSURANCE_STATUS_CODES: AnhuiCodeTable<InsuranceStatus> = [
  { code: '1', label: '正常参保', value: 'ACTIVE' },
  { code: '2', label: '暂停参保', value: 'SUSPENDED' },
  { code: '3', label: '终止参保', value: 'TERMINATED' },
];

/** 社会保障卡状态. */
export const CARD_STATUS_CODES: AnhuiCodeTable<SocialSecurityCardStatus> = [
  { code: '1', label: '正常', value: 'NORMAL' },
  { code: '2', label: '挂失', value: 'LOSS_REPORTED' },
  { code: '3', label: '暂停使用', value: 'SUSPENDED' },
  { code: '4', label: '注销', value: 'CANCELLED' },
];

/** 公积金个人账户状态. */
export const FUND_ACCOUNT_STATUS_CODES: AnhuiCodeTable<FundAccountStatus> = [
  { code: '1', label: '正常', value: 'ACTIVE' },
  { code: '2', label: '封存', value: 'SEALED' },
  { code: '3', label: '销户', value: 'CLOSED' },
];

/** 与户主关系 (after GB/T 4761 家庭关系代码, top-level classes). */
export const HOUSEHOLD_RELATION_CODES: AnhuiCodeTable<HouseholdRelation> = [
  { code: '02', label: '户主', value: 'HEAD' },
  { code: '10', label: '配偶', value: 'SPOUSE' },
  { code: '20', label: '子女', value: 'CHILD' },
  { code: '50', label: '父母', value: 'PARENT' },
  { code: '99', label: '其他', value: 'OTHER' },
];

/** 婚姻登记类别. */
export const MARRIAGE_EVENT_CODES: AnhuiCodeTable<MarriageEvent> = [
  { code: '1', label: '结婚登记', value: 'MARRIAGE' },
  { code: '2', label: '离婚登记', value: 'DIVORCE' },
];

/** 市场主体类型. */
export const ENTITY_TYPE_CODES: AnhuiCodeTable<EntityType> = [
  { code: '1100', label: '有限责任公司', value: 'LIMITED_COMPANY' },
  { code: '1200', label: '股份有限公司', value: 'JOINT_STOCK_COMPANY' },
  { code: '4000', label: '个人独资企业', value: 'SOLE_PROPRIETORSHIP' },
  { code: '4500', label: '合伙企业', value: 'PARTNERSHIP' },
  { code: '9500', label: '个体工商户', value: 'INDIVIDUAL_BUSINESS' },
  { code: '9100', label: '分支机构', value: 'BRANCH' },
];

/** 登记状态. */
export const BUSINESS_STATUS_CODES: AnhuiCodeTable<BusinessStatus> = [
  { code: '1', label: '存续', value: 'ACTIVE' },
  { code: '2', label: '吊销', value: 'REVOKED' },
  { code: '3', label: '注销', value: 'CANCELLED' },
  { code: '4', label: '迁出', value: 'MOVED_OUT' },
];

/** 纳税信用等级. */
export const TAX_CREDIT_RATING_CODES: AnhuiCodeTable<TaxCreditRating> = [
  { code: 'A', label: 'A级', value: 'A' },
  { code: 'B', label: 'B级', value: 'B' },
  { code: 'M', label: 'M级', value: 'M' },
  { code: 'C', label: 'C级', value: 'C' },
  { code: 'D', label: 'D级', value: 'D' },
];

/** 信用信息类别. */
export const CREDIT_CATEGORY_CODES: AnhuiCodeTable<CreditCategory> = [
  { code: '1', label: '行政处罚', value: 'ADMINISTRATIVE_PENALTY' },
  { code: '2', label: '经营异常名录', value: 'ABNORMAL_OPERATION' },
  { code: '3', label: '严重失信主体名单', value: 'SERIOUS_DISHONESTY' },
  { code: '4', label: '抽查检查结果', value: 'INSPECTION_RESULT' },
];

/**
 * 纳税人类型: whose taxes a NS record is. Written because the number alone cannot tell: a
 * resident identity number can also be a valid credit code (see legacySubjectKind.ts).
 */
export const TAXPAYER_KIND_CODES: AnhuiCodeTable<SubjectKind> = [
  { code: '1', label: '单位纳税人', value: 'ENTERPRISE' },
  { code: '2', label: '个人纳税人', value: 'PERSON' },
];

/** 主体类型: whose credit record a XY record is, for the same reason. */
export const SUBJECT_KIND_CODES: AnhuiCodeTable<SubjectKind> = [
  { code: '1', label: '法人及其他组织', value: 'ENTERPRISE' },
  { code: '2', label: '自然人', value: 'PERSON' },
];
