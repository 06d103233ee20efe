import { labelledEnumSdl } from '../graphql/enumSdl.ts';

/**
 * The normalised evidence records, as every province serves them. The types are value types
 * shared by all provinces (@shareable), so a client reads Shanghai's provident-fund record
 * and Anhui's with one fragment.
 */
const provenance = `  "The holding province's own identifier of the record."
  recordId: ID!
  kind: EvidenceKind!
  "Resident identity number or unified social credit code of the subject."
  subjectId: ID!
  "Province that holds the record."
  region: Region!
  "Authority that holds the record, e.g. 上海市公积金管理中心."
  holdingAuthority: String!
  "Last change of the record in the holding province."
  updatedOn: Date!`;

export function recordTypeDefs(): string {
  return [
    labelledEnumSdl('SocialInsuranceScheme', {
      PENSION: '养老保险',
      MEDICAL: '医疗保险',
      UNEMPLOYMENT: '失业保险',
      WORK_INJURY: '工伤保险',
      MATERNITY: '生育保险',
    }),
    labelledEnumSdl('InsuranceStatus', { ACTIVE: '参保缴费', SUSPENDED: '暂停缴费', TERMINATED: '终止参保' }),
    labelledEnumSdl('SocialSecurityCardStatus', { NORMAL: '正常', LOSS_REPORTED: '挂失', SUSPENDED: '暂停', CANCELLED: '注销' }),
    labelledEnumSdl('FundAccountStatus', { ACTIVE: '正常缴存', SEALED: '封存', CLOSED: '销户' }),
    labelledEnumSdl('Sex', { MALE: '男', FEMALE: '女' }),
    labelledEnumSdl('HouseholdRelation', { HEAD: '户主', SPOUSE: '配偶', CHILD: '子女', PARENT: '父母', OTHER: '其他' }),
    labelledEnumSdl('MarriageEvent', { MARRIAGE: '结婚登记', DIVORCE: '离婚登记' }),
    labelledEnumSdl('EntityType', {
      LIMITED_COMPANY: '有限责任公司',
      JOINT_STOCK_COMPANY: '股份有限公司',
      SOLE_PROPRIETORSHIP: '个人独资企业',
      PARTNERSHIP: '合伙企业',
      INDIVIDUAL_BUSINESS: '个体工商户',
      BRANCH: '分支机构',
    }),
    labelledEnumSdl('BusinessStatus', { ACTIVE: '存续（在营）', REVOKED: '吊销', CANCELLED: '注销', MOVED_OUT: '迁出' }),
    labelledEnumSdl('TaxCreditRating', { A: 'A级', B: 'B级', M: 'M级', C: 'C级', D: 'D级' }),
    labelledEnumSdl('CreditCategory', {
      ADMINISTRATIVE_PENALTY: '行政处罚',
      ABNORMAL_OPERATION: '经营异常名录',
      SERIOUS_DISHONESTY: '严重失信主体名单',
      INSPECTION_RESULT: '抽查检查结果',
    }),
    `"A record a province holds about a person or an enterprise, in the normalised standard."
interface EvidenceRecord {
${provenance}
}`,
    `"社会保险参保缴费记录"
type SocialInsuranceRecord implements EvidenceRecord @shareable {
${provenance}
  personName: String!
  schemes: [SocialInsuranceScheme!]!
  employerName: String
  employerCreditCode: String
  insuranceStatus: InsuranceStatus!
  insuredSince: Date!
  contributionMonths: Int!
  lastContributionMonth: YearMonth!
  cardStatus: SocialSecurityCardStatus!
}`,
    `"住房公积金缴存记录"
type ProvidentFundRecord implements EvidenceRecord @shareable {
${provenance}
  personName: String!
  accountNumber: String!
  accountStatus: FundAccountStatus!
  openedOn: Date!
  employerName: String!
  monthlyDeposit: Yuan!
  balance: Yuan!
  "Months deposited without a gap up to lastDepositMonth."
  continuousMonths: Int!
  lastDepositMonth: YearMonth!
  "Principal still owed on provident-fund loans; 0.00 when none."
  outstandingLoan: Yuan!
}`,
    `"户籍登记信息"
type HouseholdRegistrationRecord implements EvidenceRecord @shareable {
${provenance}
  personName: String!
  sex: Sex!
  birthDate: Date!
  ethnicity: String!
  divisionCode: String!
  address: String!
  relationToHead: HouseholdRelation!
  registeredOn: Date!
  movedFromDivision: String
  "Whether the migration was handled through the YRD cross-region service (是否长三角通办)."
  handledCrossRegion: Boolean!
}`,
    `"婚姻登记信息"
type MarriageRecord implements EvidenceRecord @shareable {
${provenance}
  personName: String!
  event: MarriageEvent!
  spouseName: String!
  spouseIdNumber: String!
  registeredOn: Date!
  registryOffice: String!
  certificateNumber: String!
}`,
    `"市场主体登记信息"
type BusinessRegistrationRecord implements EvidenceRecord @shareable {
${provenance}
  enterpriseName: String!
  entityType: EntityType!
  legalRepresentative: String!
  legalRepresentativeId: String!
  registeredCapital: Yuan!
  establishedOn: Date!
  businessStatus: BusinessStatus!
  divisionCode: String!
  address: String!
  businessScope: String!
  registrationAuthority: String!
}`,
    `"纳税信息（年度）"
type TaxRecord implements EvidenceRecord @shareable {
${provenance}
  "纳税人类型: whether these are an enterprise's (单位) or a person's (个人) taxes."
  taxpayerKind: SubjectKind!
  taxpayerName: String!
  taxYear: Int!
  creditRating: TaxCreditRating!
  taxPaid: Yuan!
  arrears: Yuan!
}`,
    `"信用记录：行政处罚、经营异常名录、严重失信主体名单"
type CreditRecord implements EvidenceRecord @shareable {
${provenance}
  "主体类型: whether the record is about an enterprise or a person."
  subjectKind: SubjectKind!
  subjectName: String!
  category: CreditCategory!
  decisionNumber: String!
  decidedOn: Date!
  "Authority that made the decision."
  authority: String!
  reason: String!
  penaltyAmount: Yuan!
  settled: Boolean!
  settledOn: Date
  publicUntil: Date
}`,
    labelledEnumSdl('LicenceStatus', { VALID: '有效', REVOKED: '已撤销', EXPIRED: '已过期' }),
    `"电子证照: a licence the federation issued on approving a case (identifier per GB/T 36904)."
type ElectronicLicenceRecord implements EvidenceRecord @shareable {
${provenance}
  licenceId: ID!
  licenceName: String!
  licenceTypeCode: String!
  issuerName: String!
  issuerCode: String!
  "Whether the holder is a person or an enterprise."
  holderKind: SubjectKind!
  holderName: String!
  issuedOn: Date!
  validUntil: Date
  licenceStatus: LicenceStatus!
  caseId: ID!
  itemCode: ID!
}`,
  ].join('\n\n');
}

/** GraphQL type of each evidence kind's record. */
export const RECORD_TYPE_NAMES = {
  SOCIAL_INSURANCE: 'SocialInsuranceRecord',
  PROVIDENT_FUND: 'ProvidentFundRecord',
  HOUSEHOLD_REGISTRATION: 'HouseholdRegistrationRecord',
  MARRIAGE: 'MarriageRecord',
  BUSINESS_REGISTRATION: 'BusinessRegistrationRecord',
  TAX: 'TaxRecord',
  CREDIT_RECORD: 'CreditRecord',
  E_LICENCE: 'ElectronicLicenceRecord',
} as const;
