import { readNativeDivisionCode, type NativeDivisionCodeUse } from '@yrd/shared/provinceKit/nativeDivisionCode';
import type { NativeEvidenceKind, SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { SOCIAL_INSURANCE_SCHEMES, type RecordContents } from '@yrd/shared/standard/recordContents';
import {
  BUSINESS_STATUS_CODES,
  CARD_STATUS_CODES,
  CREDIT_CATEGORY_CODES,
  ENTITY_TYPE_CODES,
  FUND_ACCOUNT_STATUS_CODES,
  HOUSEHOLD_RELATION_CODES,
  INSURANCE_SCHEME_CODES,
  INSURANCE_STATUS_CODES,
  MARRIAGE_EVENT_CODES,
  SUBJECT_KIND_CODES,
  TAX_CREDIT_RATING_CODES,
  TAXPAYER_KIND_CODES,
} from './codeTables.ts';
import {
  codedSet,
  coded,
  date,
  month,
  optional,
  scalar,
  sex,
  text,
  wanYuan,
  wholeNumber,
  year,
  yesNo,
  yuan,
  type FieldCodec,
} from './fieldCodecs.ts';
import { identityDocumentNumber } from './identityDocumentNumber.ts';
import { creditCode } from './identifiers.ts';

/**
 * The element of every standard field, per kind, and the record type (LX attribute of <JL>).
 * Element names are the pinyin initials of the Chinese field names.
 */
export type RecordLayout<K extends NativeEvidenceKind> = {
  readonly [F in keyof RecordContents[K]]-?: FieldCodec<RecordContents[K][F]>;
};

/** The fields of a kind's content that hold a SubjectKind. */
export type SubjectKindField<K extends NativeEvidenceKind> = {
  [F in keyof RecordContents[K]]-?: RecordContents[K][F] extends SubjectKind ? F : never;
}[keyof RecordContents[K]];

export interface RecordType<K extends NativeEvidenceKind> {
  /** The LX attribute. */
  readonly code: string;
  readonly label: string;
  readonly layout: RecordLayout<K>;
  /**
   * The field saying whose record it is, for the kinds that concern both persons and
   * enterprises (NS, XY). Its element is required in what encode writes; a record written
   * before the element existed lacks it, and is read as legacySubjectKind.ts says.
   */
  readonly subjectKindField?: SubjectKindField<K>;
}

/**
 * A GB/T 2260 code element, six digits, read through the shared reading (nativeDivisionCode.ts):
 * a retired code reads as its current successor, an unknown one fails naming the element.
 */
const divisionCode = (element: string, use: NativeDivisionCodeUse = 'REGISTRATION'): FieldCodec<string> =>
  scalar(
    element,
    (value, fail) => {
      if (!/^\d{6}$/.test(value)) return fail(`"${value}" is not a six-digit administrative division code`);
      const reading = readNativeDivisionCode(value, use);
      return reading.ok ? reading.code : fail(reading.problem);
    },
    (value) => value,
  );

const SOCIAL_INSURANCE: RecordType<'SOCIAL_INSURANCE'> = {
  code: 'SB',
  label: '社会保险参保缴费',
  layout: {
    personName: text('XM'), // 姓名
    schemes: codedSet('CBXZ', 'XZ', INSURANCE_SCHEME_CODES, SOCIAL_INSURANCE_SCHEMES), // 参保险种 / 险种
    employerName: optional(text('DWMC')), // 单位名称
    employerCreditCode: optional(creditCode('DWTYSHXYDM')), // 单位统一社会信用代码
    insuranceStatus: coded('CBZT', INSURANCE_STATUS_CODES), // 参保状态
    insuredSince: date('CBRQ'), // 参保日期
    contributionMonths: wholeNumber('LJJFYS'), // 累计缴费月数
    lastContributionMonth: month('MCJFNY'), // 末次缴费年月
    cardStatus: coded('SBKZT', CARD_STATUS_CODES), // 社保卡状态
  },
};

const PROVIDENT_FUND: RecordType<'PROVIDENT_FUND'> = {
  code: 'GJJ',
  label: '住房公积金缴存',
  layout: {
    personName: text('XM'), // 姓名
    accountNumber: text('GRZH'), // 个人账号 (text: leading zeros are part of it)
    accountStatus: coded('ZHZT', FUND_ACCOUNT_STATUS_CODES), // 账户状态
    openedOn: date('KHRQ'), // 开户日期
    employerName: text('DWMC'), // 单位名称
    monthlyDeposit: yuan('YJCE'), // 月缴存额
    balance: yuan('ZHYE'), // 账户余额
    continuousMonths: wholeNumber('LXJCYS'), // 连续缴存月数
    lastDepositMonth: month('MCJCNY'), // 末次缴存年月
    outstandingLoan: yuan('DKYE'), // 贷款余额
  },
};

const HOUSEHOLD_REGISTRATION: RecordType<'HOUSEHOLD_REGISTRATION'> = {
  code: 'HJ',
  label: '户籍登记',
  layout: {
    personName: text('XM'), // 姓名
    sex: sex('XB'), // 性别
    birthDate: date('CSRQ'), // 出生日期
    ethnicity: text('MZ'), // 民族
    divisionCode: divisionCode('XZQHDM'), // 行政区划代码
    address: text('ZZ'), // 住址
    relationToHead: coded('YHZGX', HOUSEHOLD_RELATION_CODES), // 与户主关系
    registeredOn: date('DJRQ'), // 登记日期
    movedFromDivision: optional(divisionCode('QCDXZQHDM', 'ORIGIN')), // 迁出地行政区划代码
    handledCrossRegion: yesNo('SFCSJTB'), // 是否长三角通办
  },
};

const MARRIAGE: RecordType<'MARRIAGE'> = {
  code: 'HY',
  label: '婚姻登记',
  layout: {
    personName: text('XM'), // 姓名
    event: coded('DJLB', MARRIAGE_EVENT_CODES), // 登记类别
    spouseName: text('POXM'), // 配偶姓名
    // Any identity document, as registered: a 15-digit number, a passport (identityDocumentNumber.ts).
    spouseIdNumber: identityDocumentNumber('POSFZHM'), // 配偶身份证号码
    registeredOn: date('DJRQ'), // 登记日期
    registryOffice: text('DJJG'), // 登记机关
    certificateNumber: text('ZSBH'), // 证书编号
  },
};

const BUSINESS_REGISTRATION: RecordType<'BUSINESS_REGISTRATION'> = {
  code: 'QYDJ',
  label: '企业登记',
  layout: {
    enterpriseName: text('QYMC'), // 企业名称
    entityType: coded('QYLX', ENTITY_TYPE_CODES), // 企业类型
    legalRepresentative: text('FDDBR'), // 法定代表人
    // A foreign-invested company's representative may hold a passport (identityDocumentNumber.ts).
    legalRepresentativeId: identityDocumentNumber('FDDBRSFZHM'), // 法定代表人身份证号码
    registeredCapital: wanYuan('ZCZB'), // 注册资本（万元）
    establishedOn: date('CLRQ'), // 成立日期
    businessStatus: coded('DJZT', BUSINESS_STATUS_CODES), // 登记状态
    divisionCode: divisionCode('XZQHDM'), // 行政区划代码
    address: text('ZS'), // 住所
    businessScope: text('JYFW'), // 经营范围
    registrationAuthority: text('DJJG'), // 登记机关
  },
};

const TAX: RecordType<'TAX'> = {
  code: 'NS',
  label: '纳税',
  subjectKindField: 'taxpayerKind',
  layout: {
    taxpayerKind: coded('NSRLX', TAXPAYER_KIND_CODES), // 纳税人类型
    taxpayerName: text('NSRMC'), // 纳税人名称
    taxYear: year('NSND'), // 纳税年度
    creditRating: coded('NSXYDJ', TAX_CREDIT_RATING_CODES), // 纳税信用等级
    taxPaid: yuan('YJSE'), // 已缴税额
    arrears: yuan('QSJE'), // 欠税金额
  },
};

const CREDIT_RECORD: RecordType<'CREDIT_RECORD'> = {
  code: 'XY',
  label: '信用记录',
  subjectKindField: 'subjectKind',
  layout: {
    subjectKind: coded('ZTLX', SUBJECT_KIND_CODES), // 主体类型
    subjectName: text('ZTMC'), // 主体名称
    category: coded('XYLB', CREDIT_CATEGORY_CODES), // 信用类别
    decisionNumber: text('JDSWH'), // 决定书文号
    decidedOn: date('JDRQ'), // 决定日期
    authority: text('JDJG'), // 决定机关
    reason: text('SY'), // 事由
    penaltyAmount: yuan('FKJE'), // 罚款金额
    settled: yesNo('SFLX'), // 是否履行
    settledOn: optional(date('LXRQ')), // 履行日期
    publicUntil: optional(date('GSJZRQ')), // 公示截止日期
  },
};

export const RECORD_TYPES: { readonly [K in NativeEvidenceKind]: RecordType<K> } = {
  SOCIAL_INSURANCE,
  PROVIDENT_FUND,
  HOUSEHOLD_REGISTRATION,
  MARRIAGE,
  BUSINESS_REGISTRATION,
  TAX,
  CREDIT_RECORD,
};
