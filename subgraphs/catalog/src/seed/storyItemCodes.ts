/**
 * Basic codes of the standard items the product's stories (and their tests) refer to, so a
 * story names an item by what it is rather than by twelve digits.
 *
 * The codes follow this project's fixture convention (item type code from ITEM_TYPES + main
 * item 4 + sub-item 3 + situation 3); they are NOT official national catalog codes. Every
 * constant here must exist in STANDARD_ITEMS, which standardItems.test.ts checks.
 */
export const STORY_ITEMS = {
  // ── 个人 (natural person) ────────────────────────────────────────────────────────────
  /** 个人申请出具异地贷款缴存使用证明 — 秒批 on PROVIDENT_FUND. */
  providentFundLoanCertificate: '200047001000',
  /** 住房公积金异地个人住房贷款申请 — uses the certificate above as an e-licence (E_LICENCE). */
  providentFundLoanApplication: '200047002000',
  /** 住房公积金异地转移接续. */
  providentFundTransfer: '200049001000',
  /** 社保证明开具 — 秒批 on SOCIAL_INSURANCE. */
  socialInsuranceCertificate: '200102001000',
  /** 社会保险个人权益记录单查询. */
  socialInsuranceStatement: '200101001000',
  /** 社会保障卡应用状态查询. */
  socialSecurityCardStatus: '200103001000',
  /** 企业职工基本养老保险关系转移接续. */
  pensionTransfer: '200105001000',
  /** 基本医疗保险关系转移接续. */
  medicalInsuranceTransfer: '200201001000',
  /** 办理跨省异地就医登记备案相关手续 — 秒批 on SOCIAL_INSURANCE, 告知承诺 for residence. */
  crossProvinceMedicalFiling: '200202001000',
  /** 户籍事项证明 — 秒批 on HOUSEHOLD_REGISTRATION. */
  householdCertificate: '200602001000',
  /** 户口迁移（夫妻投靠） — 容缺 of the household register (HOUSEHOLD_REGISTRATION). */
  spouseHouseholdMigration: '010201001000',
  /** 生育登记 — 容缺 of the marriage certificate (MARRIAGE). */
  birthRegistration: '200502001000',
  /** 婚姻登记档案查询. */
  marriageArchiveQuery: '200301001000',
  /** 婚姻登记预约服务. */
  marriageAppointment: '200302001000',
  /** 知青档案查询. */
  educatedYouthArchiveQuery: '200401001000',
  /** 独生子女档案查询 — 容缺 of the household register (HOUSEHOLD_REGISTRATION). */
  onlyChildArchiveQuery: '200501001000',
  /** 出入境记录查询. */
  entryExitRecordQuery: '200601001000',
  /** 个体工商户设立登记 — personal 告知承诺 of the business premises; not cross-region. */
  individualBusinessRegistration: '010005001000',

  // ── 企业 (enterprise) ────────────────────────────────────────────────────────────────
  /** 内资有限公司设立. */
  domesticCompanySetup: '010001001000',
  /** 外商投资公司设立. */
  foreignInvestedCompanySetup: '010001002000',
  /** 分公司设立登记 — 秒批 on BUSINESS_REGISTRATION + CREDIT_RECORD, 容缺 and 告知承诺. */
  branchRegistration: '010001003000',
  /** 企业跨省迁移登记 — 秒批 on BUSINESS_REGISTRATION, CREDIT_RECORD and TAX. */
  enterpriseMigration: '010004001000',
  /** 工业产品生产许可证发证. */
  industrialProductLicence: '010101001000',
  /** 人防设计/监理甲级资质企业备案. */
  civilAirDefenceQualificationFiling: '100201001000',
  /** 公章刻制备案. */
  sealEngravingFiling: '100101001000',
  /** 新办纳税人涉税事项（发票申领）. */
  newTaxpayerInvoice: '100301001000',
  /** 单位参保登记. */
  employerSocialInsuranceRegistration: '200104001000',
  /** 住房公积金单位缴存登记. */
  employerProvidentFundRegistration: '200048001000',

  // ── 不动产与公用事业 (both audiences, not cross-region) ─────────────────────────────
  /** 不动产转移登记. */
  realEstateTransfer: '070101001000',
  /** 供水过户. */
  waterTransfer: '200901001000',
  /** 供电过户. */
  electricityTransfer: '200901002000',
  /** 燃气过户. */
  gasTransfer: '200901003000',
  /** 有线电视/宽带过户. */
  cableBroadbandTransfer: '200901004000',
} as const;

export type StoryItemKey = keyof typeof STORY_ITEMS;

/** 开办企业"一件事": company registration, seal, tax and invoices, social insurance, provident fund. */
export const BUSINESS_OPENING_BUNDLE: readonly string[] = [
  STORY_ITEMS.domesticCompanySetup,
  STORY_ITEMS.sealEngravingFiling,
  STORY_ITEMS.newTaxpayerInvoice,
  STORY_ITEMS.employerSocialInsuranceRegistration,
  STORY_ITEMS.employerProvidentFundRegistration,
];

/** 不动产转移登记与水电气网联动过户"一件事". */
export const PROPERTY_TRANSFER_BUNDLE: readonly string[] = [
  STORY_ITEMS.realEstateTransfer,
  STORY_ITEMS.waterTransfer,
  STORY_ITEMS.electricityTransfer,
  STORY_ITEMS.gasTransfer,
  STORY_ITEMS.cableBroadbandTransfer,
];
