import type { NativeEvidenceKind } from '@yrd/shared/standard/evidenceKinds';

/**
 * The SAMPLE_RECORDS as Shanghai's 一网通办 data-sharing platform emits them, written by hand
 * (not by the encoder), in SAMPLE_RECORDS order. They show what real payloads look like:
 * - lastModified with other offsets and precisions than the encoder writes: UTC 'Z' from the
 *   人社 sync (2026-11-04T18:12:45.318Z is 2026-11-05 in Shanghai), Java's OffsetDateTime
 *   without seconds, with milliseconds;
 * - insurance types listed in the 社保 system's own order (the standard's order is restored);
 * - registered capital in 万元 with six decimals, money in 元 with two;
 * - Gson's HTML-safe escaping of <, > and & (\u003c, \u003e, \u0026) in the business scope;
 * - the platform's exchange metadata (dataSource, shareBatchNo): known to the adapter and not
 *   read (PLATFORM_METADATA_FIELDS); any other field the adapter does not know is refused;
 * - whose record a tax or credit record is (taxpayerType UNIT / INDIVIDUAL, partyType
 *   ORGANIZATION / NATURAL_PERSON): the number alone cannot always tell.
 * String.raw keeps JSON's backslash escapes as the platform sent them.
 */
export const SHANGHAI_SAMPLES: ReadonlyArray<{ kind: NativeEvidenceKind; payload: string }> = [
  {
    kind: 'SOCIAL_INSURANCE',
    payload: String.raw`{
  "recordType": "SOCIAL_SECURITY",
  "recordNo": "SAMPLE-SI-0001",
  "idCardNo": "310118198804123021",
  "fullName": "顾晓梅",
  "insuranceTypes": ["YL", "YB", "GS", "SY", "SYU"],
  "unitName": "上海青浦绿岛科技有限公司",
  "unitUscc": "91310118MA1JL2Q363",
  "insuredState": "PAYING",
  "firstInsuredDate": "2010-07-01",
  "paidMonths": 196,
  "lastPaidMonth": "2026-10",
  "cardState": "IN_USE",
  "dataSource": "上海市人力资源和社会保障局",
  "lastModified": "2026-11-04T18:12:45.318Z"
}`,
  },
  {
    kind: 'PROVIDENT_FUND',
    payload: String.raw`{"recordType":"HOUSING_FUND","recordNo":"SAMPLE-PF-0001","idCardNo":"310118198804123021","fullName":"顾晓梅","housingFundAccountNo":"110234567801","accountState":"NORMAL","openDate":"2010-08-01","unitName":"上海青浦绿岛科技有限公司","monthlyPayAmount":"2580.00","accountBalance":"186523.40","continuousPayMonths":52,"lastPayMonth":"2026-10","loanBalance":"0.00","lastModified":"2026-11-10T09:30:00+08:00","dataSource":"上海市公积金管理中心"}`,
  },
  {
    kind: 'HOUSEHOLD_REGISTRATION',
    payload: String.raw`{
  "recordType": "HOUSEHOLD",
  "recordNo": "SAMPLE-HR-0001",
  "idCardNo": "310118198804123021",
  "fullName": "顾晓梅",
  "sex": "F",
  "birthday": "1988-04-12",
  "nation": "汉族",
  "censusDivisionCode": "310118",
  "censusAddress": "上海市青浦区盈浦街道华青路88弄6号302室",
  "relationWithHead": "HOUSEHOLDER",
  "settleDate": "2012-05-20",
  "moveInFromDivisionCode": "320509",
  "crossRegionHandled": false,
  "lastModified": "2012-05-20T14:03+08:00"
}`,
  },
  {
    kind: 'MARRIAGE',
    payload: String.raw`{
  "recordType": "MARRIAGE_REGISTRATION",
  "recordNo": "SAMPLE-MR-0001",
  "idCardNo": "310118198804123021",
  "fullName": "顾晓梅",
  "registrationType": "MARRY",
  "spouseFullName": "沈浩然",
  "spouseIdCardNo": "330421198611030011",
  "registerDate": "2015-10-08",
  "registerOrgan": "嘉善县民政局婚姻登记处",
  "certNo": "J330421-2015-003812",
  "shareBatchNo": "YRD-MZ-20151008-0042",
  "lastModified": "2015-10-08T10:15:22.000+08:00"
}`,
  },
  {
    kind: 'BUSINESS_REGISTRATION',
    payload: String.raw`{
  "recordType": "MARKET_ENTITY",
  "recordNo": "SAMPLE-BR-0001",
  "unitUscc": "91330421MA2B3C4D17",
  "entName": "嘉善禾丰智能装备有限公司",
  "entType": "LTD",
  "legalPersonName": "沈浩然",
  "legalPersonIdCardNo": "330421198611030011",
  "regCapital": "500.000000",
  "establishDate": "2017-03-15",
  "entState": "EXISTING",
  "domDivisionCode": "330421",
  "domAddress": "浙江省嘉兴市嘉善县罗星街道晋阳东路568号3幢, 2楼 \"A\" 区",
  "opScope": "智能装备研发、制造、销售；技术服务、技术开发 \u003c除依法须经批准的项目外\u003e \u0026 货物进出口。",
  "registerOrgan": "嘉善县市场监督管理局",
  "lastModified": "2025-04-30T16:48:09+08:00"
}`,
  },
  {
    kind: 'TAX',
    payload: String.raw`{
  "recordType": "TAX_PAYMENT",
  "recordNo": "SAMPLE-TX-0001",
  "taxpayerNo": "91330421MA2B3C4D17",
  "taxpayerType": "UNIT",
  "taxpayerName": "嘉善禾丰智能装备有限公司",
  "fiscalYear": 2025,
  "creditLevel": "A",
  "taxPaidAmount": "1286450.00",
  "arrearsAmount": "0.00",
  "lastModified": "2026-04-15T16:20:00+08:00"
}`,
  },
  {
    kind: 'CREDIT_RECORD',
    payload: String.raw`{
  "recordType": "CREDIT_INFO",
  "recordNo": "SAMPLE-CR-0001",
  "partyCertNo": "91330421MA2B3C4D17",
  "partyType": "ORGANIZATION",
  "partyName": "嘉善禾丰智能装备有限公司",
  "creditCategory": "ADMIN_PENALTY",
  "decisionDocNo": "善市监处罚〔2024〕112号",
  "decisionDate": "2024-06-18",
  "decisionOrgan": "嘉善县市场监督管理局",
  "recordReason": "发布的广告中使用“最佳”等绝对化用语",
  "fineAmount": "5000.00",
  "fulfilled": true,
  "fulfilledDate": "2024-07-02",
  "publicityEndDate": "2027-06-18",
  "lastModified": "2024-07-02T11:05:37+08:00"
}`,
  },
];
