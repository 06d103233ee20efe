import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { RecordContents } from '@yrd/shared/standard/recordContents';

/** Every standard field of a kind: the record envelope and the content fields. */
type StandardFieldOf<K extends NativeEvidenceKind> = 'recordId' | 'subjectId' | 'updatedOn' | keyof RecordContents[K];

/**
 * The Zhejiang warehouse's column names (snake_case, 浙里办 / IRS 数据仓库) for every standard
 * field, per evidence kind — the one place that says which native field holds what.
 *
 * Suffix conventions: `*_date` a pure date (epoch millis of CST midnight), `gmt_modified` an
 * instant (epoch millis), `*_month` an integer yyyymm, `*_fen` an integer amount in fen,
 * `*_status` / `*_type` / `*_category` an integer code, `*_code` a national standard code
 * (string), `is_*` a 0/1 flag. Column order here is the order the warehouse writes.
 */
export const ZHEJIANG_FIELDS = {
  SOCIAL_INSURANCE: {
    recordId: 'rec_id',
    subjectId: 'cert_no',
    personName: 'person_name',
    schemes: 'insure_type_mask',
    employerName: 'unit_name',
    employerCreditCode: 'unit_credit_code',
    insuranceStatus: 'insure_status',
    insuredSince: 'first_insure_date',
    contributionMonths: 'pay_months',
    lastContributionMonth: 'last_pay_month',
    cardStatus: 'card_status',
    updatedOn: 'gmt_modified',
  },
  PROVIDENT_FUND: {
    recordId: 'rec_id',
    subjectId: 'cert_no',
    personName: 'person_name',
    accountNumber: 'acct_no',
    accountStatus: 'acct_status',
    openedOn: 'open_date',
    employerName: 'unit_name',
    monthlyDeposit: 'month_pay_fen',
    balance: 'balance_fen',
    continuousMonths: 'continuous_pay_months',
    lastDepositMonth: 'last_pay_month',
    outstandingLoan: 'loan_balance_fen',
    updatedOn: 'gmt_modified',
  },
  HOUSEHOLD_REGISTRATION: {
    recordId: 'rec_id',
    subjectId: 'cert_no',
    personName: 'person_name',
    sex: 'sex_code',
    birthDate: 'birth_date',
    ethnicity: 'nation_code',
    divisionCode: 'area_code',
    address: 'domicile_addr',
    relationToHead: 'head_relation_code',
    registeredOn: 'reg_date',
    movedFromDivision: 'from_area_code',
    handledCrossRegion: 'is_cross_region',
    updatedOn: 'gmt_modified',
  },
  MARRIAGE: {
    recordId: 'rec_id',
    subjectId: 'cert_no',
    personName: 'person_name',
    event: 'marriage_type',
    spouseName: 'spouse_name',
    spouseIdNumber: 'spouse_cert_no',
    registeredOn: 'reg_date',
    registryOffice: 'reg_org_name',
    certificateNumber: 'marriage_cert_no',
    updatedOn: 'gmt_modified',
  },
  BUSINESS_REGISTRATION: {
    recordId: 'rec_id',
    subjectId: 'uni_credit_code',
    enterpriseName: 'ent_name',
    entityType: 'ent_type',
    legalRepresentative: 'legal_person_name',
    legalRepresentativeId: 'legal_person_cert_no',
    registeredCapital: 'reg_capital_fen',
    establishedOn: 'establish_date',
    businessStatus: 'ent_status',
    divisionCode: 'area_code',
    address: 'dom_addr',
    businessScope: 'business_scope',
    registrationAuthority: 'reg_org_name',
    updatedOn: 'gmt_modified',
  },
  TAX: {
    recordId: 'rec_id',
    subjectId: 'taxpayer_id',
    taxpayerKind: 'taxpayer_type',
    taxpayerName: 'taxpayer_name',
    taxYear: 'tax_year',
    creditRating: 'credit_level',
    taxPaid: 'tax_paid_fen',
    arrears: 'owe_tax_fen',
    updatedOn: 'gmt_modified',
  },
  CREDIT_RECORD: {
    recordId: 'rec_id',
    subjectId: 'subject_cert_no',
    subjectKind: 'subject_type',
    subjectName: 'subject_name',
    category: 'credit_category',
    decisionNumber: 'decision_no',
    decidedOn: 'decide_date',
    authority: 'decide_org_name',
    reason: 'reason',
    penaltyAmount: 'penalty_fen',
    settled: 'is_settled',
    settledOn: 'settle_date',
    publicUntil: 'public_end_date',
    updatedOn: 'gmt_modified',
  },
} as const satisfies { [K in NativeEvidenceKind]: Record<StandardFieldOf<K>, string> };
