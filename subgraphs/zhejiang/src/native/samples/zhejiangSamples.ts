import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * The shared SAMPLE_RECORDS as the Zhejiang IRS data warehouse exports them: one JSON object
 * per record, written by hand (not by the encoder). Times in the comments are China Standard
 * Time; every `*_date` is the epoch millis of 00:00 CST of its date, `gmt_modified` is the
 * instant of the last change. String.raw keeps JSON escapes (\") as the warehouse wrote them.
 */
export const ZHEJIANG_SAMPLES: ReadonlyArray<{ kind: NativeEvidenceKind; payload: string }> = [
  {
    kind: 'SOCIAL_INSURANCE',
    // first_insure_date 2010-07-01 00:00 CST; gmt_modified 2026-11-05 09:14:26 CST.
    payload: String.raw`{
  "rec_id": "SAMPLE-SI-0001",
  "cert_no": "310118198804123021",
  "person_name": "顾晓梅",
  "insure_type_mask": 31,
  "unit_name": "上海青浦绿岛科技有限公司",
  "unit_credit_code": "91310118MA1JL2Q363",
  "insure_status": 1,
  "first_insure_date": 1277913600000,
  "pay_months": 196,
  "last_pay_month": 202610,
  "card_status": 1,
  "gmt_modified": 1793841266000
}`,
  },
  {
    kind: 'PROVIDENT_FUND',
    // open_date 2010-08-01 00:00 CST; gmt_modified 2026-11-10 02:15:07 CST (still 11-09 in UTC).
    payload: String.raw`{
  "rec_id": "SAMPLE-PF-0001",
  "cert_no": "310118198804123021",
  "person_name": "顾晓梅",
  "acct_no": "110234567801",
  "acct_status": 1,
  "open_date": 1280592000000,
  "unit_name": "上海青浦绿岛科技有限公司",
  "month_pay_fen": 258000,
  "balance_fen": 18652340,
  "continuous_pay_months": 52,
  "last_pay_month": 202610,
  "loan_balance_fen": 0,
  "gmt_modified": 1794248107000
}`,
  },
  {
    kind: 'HOUSEHOLD_REGISTRATION',
    // birth_date 1988-04-12 00:00 CST; reg_date 2012-05-20 00:00 CST; gmt_modified 2012-05-20 23:41:53 CST.
    // sex_code 2 女性 (GB/T 2261.1); nation_code 01 汉族 (GB 3304); head_relation_code 02 户主 (GB/T 4761).
    payload: String.raw`{
  "rec_id": "SAMPLE-HR-0001",
  "cert_no": "310118198804123021",
  "person_name": "顾晓梅",
  "sex_code": "2",
  "birth_date": 576777600000,
  "nation_code": "01",
  "area_code": "310118",
  "domicile_addr": "上海市青浦区盈浦街道华青路88弄6号302室",
  "head_relation_code": "02",
  "reg_date": 1337443200000,
  "from_area_code": "320509",
  "is_cross_region": 0,
  "gmt_modified": 1337528513000
}`,
  },
  {
    kind: 'MARRIAGE',
    // reg_date 2015-10-08 00:00 CST; gmt_modified 2015-10-08 10:32:45 CST.
    payload: String.raw`{
  "rec_id": "SAMPLE-MR-0001",
  "cert_no": "310118198804123021",
  "person_name": "顾晓梅",
  "marriage_type": 1,
  "spouse_name": "沈浩然",
  "spouse_cert_no": "330421198611030011",
  "reg_date": 1444233600000,
  "reg_org_name": "嘉善县民政局婚姻登记处",
  "marriage_cert_no": "J330421-2015-003812",
  "gmt_modified": 1444271565000
}`,
  },
  {
    kind: 'BUSINESS_REGISTRATION',
    // reg_capital_fen 500000000 = 500万元; establish_date 2017-03-15 00:00 CST; gmt_modified 2025-04-30 16:05:12 CST.
    payload: String.raw`{
  "rec_id": "SAMPLE-BR-0001",
  "uni_credit_code": "91330421MA2B3C4D17",
  "ent_name": "嘉善禾丰智能装备有限公司",
  "ent_type": 1,
  "legal_person_name": "沈浩然",
  "legal_person_cert_no": "330421198611030011",
  "reg_capital_fen": 500000000,
  "establish_date": 1489507200000,
  "ent_status": 1,
  "area_code": "330421",
  "dom_addr": "浙江省嘉兴市嘉善县罗星街道晋阳东路568号3幢, 2楼 \"A\" 区",
  "business_scope": "智能装备研发、制造、销售；技术服务、技术开发 <除依法须经批准的项目外> & 货物进出口。",
  "reg_org_name": "嘉善县市场监督管理局",
  "gmt_modified": 1746000312000
}`,
  },
  {
    kind: 'TAX',
    // taxpayer_type 1 单位; gmt_modified 2026-04-15 07:48:30 CST (still 04-14 in UTC).
    payload: String.raw`{
  "rec_id": "SAMPLE-TX-0001",
  "taxpayer_id": "91330421MA2B3C4D17",
  "taxpayer_type": 1,
  "taxpayer_name": "嘉善禾丰智能装备有限公司",
  "tax_year": 2025,
  "credit_level": "A",
  "tax_paid_fen": 128645000,
  "owe_tax_fen": 0,
  "gmt_modified": 1776210510000
}`,
  },
  {
    kind: 'CREDIT_RECORD',
    // subject_type 1 单位; decide_date 2024-06-18, settle_date 2024-07-02, public_end_date 2027-06-18 (00:00 CST each);
    // gmt_modified 2024-07-02 18:20:03 CST.
    payload: String.raw`{
  "rec_id": "SAMPLE-CR-0001",
  "subject_cert_no": "91330421MA2B3C4D17",
  "subject_type": 1,
  "subject_name": "嘉善禾丰智能装备有限公司",
  "credit_category": 1,
  "decision_no": "善市监处罚〔2024〕112号",
  "decide_date": 1718640000000,
  "decide_org_name": "嘉善县市场监督管理局",
  "reason": "发布的广告中使用“最佳”等绝对化用语",
  "penalty_fen": 500000,
  "is_settled": 1,
  "settle_date": 1719849600000,
  "public_end_date": 1813248000000,
  "gmt_modified": 1719915603000
}`,
  },
];
