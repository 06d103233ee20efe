import type { ApprovalRule } from '@yrd/shared/standard/approvalRule';
import type { ExerciseLevel, ItemType } from '@yrd/shared/standard/codeTables';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { Fen } from '@yrd/shared/standard/money';
import type { Fee, PolicyDefinition, StandardItem, StandardMaterial, TimeLimit } from '@yrd/shared/standard/standardItem';
import type { LocalDate } from '@yrd/shared/time/localDate';
import { ON_ABNORMAL_OR_DISHONEST_LIST, UNSETTLED_PENALTY } from './creditConditions.ts';
import { ENTERPRISE_ACTIVE } from './enterpriseActive.ts';
import { STANDING_SERIOUS_DISHONESTY_LISTING } from '@yrd/shared/decision/eligibility';
import { claimPeriodWords, notClaimedInPeriod, type ClaimPeriod } from '@yrd/shared/decision/claimPeriod';

/**
 * 政策兑现: subsidies, awards and tax reliefs that the provinces, their cities and the
 * 长三角生态绿色一体化发展示范区 publish for enterprises, applied for as cases. A policy is a
 * standard item with `policy` set; its eligibility is the item's approval rules, read over the
 * enterprise's normalised BUSINESS_REGISTRATION, TAX and CREDIT_RECORD evidence.
 *
 * Conventions (fixture conventions of this project, not national ones):
 * - The policies are FICTIONAL examples modelled on common kinds of 惠企政策. Each legal basis
 *   names real laws and normative documents as the upper-level basis, followed by the policy's
 *   own 实施细则/办法, which is invented and says so.
 * - Codes: type 05 行政给付 (subsidies, vouchers, tax reliefs) or 08 行政奖励 (awards) + main
 *   item 4 digits = publisher area (31 上海, 32 江苏, 33 浙江, 34 安徽, 90 示范区) and a 2-digit
 *   serial + sub-item 001 + situation 000.
 * - Eligibility thresholds are data: money in fen, dates as ISO strings, the tax year is 2025
 *   (the latest year with ratings at the fixture date 2026-11-01). Enterprise size (中小/小微)
 *   is approximated by registered capital, the only size fact the evidence carries.
 * - Every rule's description says what the enterprise lacks when the rule fails: it is shown as
 *   the reason the enterprise misses the policy. A rule code means the same in every policy.
 * - 免申即享 policies (instantApproval) are decided by the rules the moment the enterprise
 *   confirms the pre-filled form; a failed rule routes the case to a person with its reason.
 * - Demonstration-zone policies are published by the zone's executive committee, which sits in
 *   青浦 (Shanghai); `publisherRegion` is therefore SHANGHAI, and all three zone provinces
 *   implement them.
 */

/** Basic codes of the policies, by what they are. */
export const POLICY_CODES = {
  // ── 长三角生态绿色一体化发展示范区 ───────────────────────────────────────────────────
  /** 示范区科技创新券兑付 — 青浦、吴江、嘉善 enterprises. */
  zoneInnovation: '059001001000',
  /** 示范区企业绿色低碳转型奖励 — reads TAX. */
  zoneGreenTransition: '089001001000',
  // ── 上海 ──────────────────────────────────────────────────────────────────────────
  shanghaiSpecialisedSme: '053101001000',
  /** 免申即享. */
  shanghaiDigitalVoucher: '053102001000',
  qingpuHighTechAward: '083101001000',
  // ── 江苏 ──────────────────────────────────────────────────────────────────────────
  suzhouTechUpgrade: '053201001000',
  /** 免申即享; excludes only seriously dishonest enterprises. */
  suzhouJobRetention: '053202001000',
  jiangsuSpecialisedAward: '083201001000',
  kunshanRdCentreAward: '083202001000',
  // ── 浙江 ──────────────────────────────────────────────────────────────────────────
  jiaxingSmeGrowth: '083301001000',
  /** 免申即享 tax relief (no fixed amount). */
  zhejiangMicroTaxRelief: '053301001000',
  jiashanYieldLeaderAward: '083302001000',
  zhejiangMadeBrandAward: '083303001000',
  jiashanMicroRentSubsidy: '053302001000',
  // ── 安徽 ──────────────────────────────────────────────────────────────────────────
  hefeiRdSubsidy: '053401001000',
  anhuiSpecialisedAward: '083401001000',
  /** YRD-wide: any enterprise registered in the four provinces. */
  yrdInnovationVoucherAnhui: '053402001000',
} as const;

export type PolicyKey = keyof typeof POLICY_CODES;

// ── Shared pieces ────────────────────────────────────────────────────────────────────

function workingDays(amount: number, note?: string): TimeLimit {
  return note === undefined ? { amount, unit: 'WORKING_DAYS' } : { amount, unit: 'WORKING_DAYS', note };
}

const NO_STATUTORY_LIMIT = '法律法规未设定办结时限，此为本标准设定的办结时限上限，各省（市）承诺时限不得超过';

/** 免申即享: decided by the rules the moment the enterprise confirms. */
const INSTANT: TimeLimit = workingDays(0, '免申即享：企业确认后规则全部通过的即时兑现；任一条件未满足的转人工审核，按承诺件办理');

const FREE: Fee = { charged: false };

/** 1 万元 in fen. */
const WAN: Fen = 1_000_000;

function amountLabel(wan: number): string {
  return wan >= 10_000 && wan % 10_000 === 0 ? `${wan / 10_000}亿元` : `${wan}万元`;
}

// ── Materials ────────────────────────────────────────────────────────────────────────

function applicationForm(name: string, note?: string): StandardMaterial {
  const form: StandardMaterial = {
    code: 'M01',
    name,
    necessity: 'REQUIRED',
    type: 'FORM',
    format: 'ELECTRONIC',
    copies: 1,
    commitmentAllowed: false,
  };
  return note === undefined ? form : { ...form, note };
}

function registration(code: string): StandardMaterial {
  return {
    code,
    name: '营业执照（市场主体登记信息）',
    necessity: 'REQUIRED',
    type: 'CERTIFICATE',
    format: 'PAPER_OR_ELECTRONIC',
    copies: 1,
    replacedBy: 'BUSINESS_REGISTRATION',
    commitmentAllowed: false,
    note: '无证明：由登记地共享市场主体登记信息替代，申请人无需提交',
  };
}

function taxRecord(code: string): StandardMaterial {
  return {
    code,
    name: '2025年度完税证明及纳税信用等级评价结果',
    necessity: 'REQUIRED',
    type: 'CERTIFICATE',
    format: 'ELECTRONIC',
    copies: 1,
    replacedBy: 'TAX',
    commitmentAllowed: false,
    note: '无证明：由主管税务机关共享纳税信息替代，申请人无需提交',
  };
}

function creditStanding(code: string): StandardMaterial {
  return {
    code,
    name: '企业信用报告（无违法违规记录证明）',
    necessity: 'REQUIRED',
    type: 'CERTIFICATE',
    format: 'ELECTRONIC',
    copies: 1,
    replacedBy: 'CREDIT_RECORD',
    commitmentAllowed: false,
    note: '无证明：以长三角各省（市）共享的行政处罚、经营异常名录和严重失信名单信息替代',
  };
}

function supportingDocument(code: string, name: string, type: StandardMaterial['type'] = 'OTHER', note?: string): StandardMaterial {
  const material: StandardMaterial = {
    code,
    name,
    necessity: 'REQUIRED',
    type,
    format: 'PAPER_OR_ELECTRONIC',
    copies: 1,
    commitmentAllowed: false,
  };
  return note === undefined ? material : { ...material, note };
}

// ── Eligibility rules (each description: the condition the enterprise must meet) ───────────────────

/** Registered in a province or city: the division code starts with its prefix. */
function registeredIn(code: string, place: string, prefix: string): ApprovalRule {
  return {
    code: `REGISTERED_IN_${code}`,
    description: `企业在${place}登记注册`,
    evidenceKind: 'BUSINESS_REGISTRATION',
    quantifier: 'ANY',
    conditions: [{ field: 'divisionCode', operator: 'STARTS_WITH', value: prefix }],
  };
}

/** Registered in one of the listed counties or districts. */
function registeredInAnyOf(code: string, place: string, divisions: readonly string[]): ApprovalRule {
  return {
    code: `REGISTERED_IN_${code}`,
    description: `企业在${place}登记注册`,
    evidenceKind: 'BUSINESS_REGISTRATION',
    quantifier: 'ANY',
    conditions: [{ field: 'divisionCode', operator: 'IN', value: divisions }],
  };
}

const REGISTERED_IN_DEMONSTRATION_ZONE = registeredInAnyOf(
  'DEMONSTRATION_ZONE',
  '长三角生态绿色一体化发展示范区（上海市青浦区、江苏省苏州市吴江区、浙江省嘉善县）',
  ['310118', '320509', '330421'],
);

/**
 * Established `years` full years before the day the rule is decided (成立满N年), counted as the
 * Civil Code counts a period of years — to the same day, not to a fixed date that goes stale:
 * a company founded on 2025-12-10 is one year old on 2026-12-10, not on 2026-11-27.
 */
function establishedFor(years: number, age: string): ApprovalRule {
  return {
    code: `ESTABLISHED_${age === '一年' ? 'ONE_YEAR' : age === '三年' ? 'THREE_YEARS' : `${years}_YEARS`}`,
    description: `企业成立满${age}（成立日期不晚于核验当日${age}前的同一日）`,
    evidenceKind: 'BUSINESS_REGISTRATION',
    quantifier: 'ANY',
    conditions: [{ field: 'establishedOn', operator: 'LTE', value: { yearsFromDecisionDay: -years } }],
  };
}

const ESTABLISHED_ONE_YEAR = establishedFor(1, '一年');
const ESTABLISHED_THREE_YEARS = establishedFor(3, '三年');

function capitalAtMost(wan: number): ApprovalRule {
  return {
    code: `CAPITAL_AT_MOST_${wan}WAN`,
    description: `企业注册资本不超过${amountLabel(wan)}（本政策的企业规模条件）`,
    evidenceKind: 'BUSINESS_REGISTRATION',
    quantifier: 'ANY',
    conditions: [{ field: 'registeredCapital', operator: 'LTE', value: wan * WAN }],
  };
}

const TAX_YEAR = 2025;

function taxRating(ratings: readonly ('A' | 'B')[]): ApprovalRule {
  return {
    code: `TAX_RATING_${TAX_YEAR}_${ratings.join('_OR_')}`,
    description: `企业${TAX_YEAR}年度纳税信用评价为${ratings.map((rating) => `${rating}级`).join('或')}`,
    evidenceKind: 'TAX',
    quantifier: 'ANY',
    conditions: [
      { field: 'taxYear', operator: 'EQ', value: TAX_YEAR },
      { field: 'creditRating', operator: 'IN', value: ratings },
    ],
  };
}

const TAX_RATING_A_OR_B = taxRating(['A', 'B']);
const TAX_RATING_A = taxRating(['A']);

function taxPaidAtLeast(wan: number): ApprovalRule {
  return {
    code: `TAX_PAID_${TAX_YEAR}_AT_LEAST_${wan}WAN`,
    description: `企业${TAX_YEAR}年度纳税额达到${amountLabel(wan)}`,
    evidenceKind: 'TAX',
    quantifier: 'ANY',
    conditions: [
      { field: 'taxYear', operator: 'EQ', value: TAX_YEAR },
      { field: 'taxPaid', operator: 'GTE', value: wan * WAN },
    ],
  };
}

const NO_TAX_ARREARS: ApprovalRule = {
  code: 'NO_TAX_ARREARS',
  description: '企业无欠缴税款',
  evidenceKind: 'TAX',
  quantifier: 'NONE',
  conditions: [{ field: 'arrears', operator: 'GT', value: 0 }],
};

const NO_UNSETTLED_PENALTY: ApprovalRule = {
  code: 'NO_UNSETTLED_PENALTY',
  description: '企业无尚未履行完毕的行政处罚',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: UNSETTLED_PENALTY,
};

const NOT_ON_ABNORMAL_OR_DISHONEST_LIST: ApprovalRule = {
  code: 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST',
  description: '企业不在经营异常名录或严重违法失信名单上（未列入或已移出）',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: ON_ABNORMAL_OR_DISHONEST_LIST,
};

/** Same code and conditions as the national rule for 容缺/告知承诺 (decision/eligibility.ts). */
const NOT_SERIOUSLY_DISHONEST: ApprovalRule = {
  code: 'NOT_SERIOUSLY_DISHONEST',
  description: '企业不在公示中的严重违法失信名单上（未列入、已移出或公示期满）',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: STANDING_SERIOUS_DISHONESTY_LISTING,
};

/** Stricter than NO_UNSETTLED_PENALTY: any penalty decided since the date, settled or not. */
const NO_PENALTY_SINCE_2024: ApprovalRule = {
  code: 'NO_PENALTY_SINCE_2024',
  description: '企业2024年1月1日以来未受行政处罚（含已履行完毕的）',
  evidenceKind: 'CREDIT_RECORD',
  quantifier: 'NONE',
  conditions: [
    { field: 'category', operator: 'EQ', value: 'ADMINISTRATIVE_PENALTY' },
    { field: 'decidedOn', operator: 'GTE', value: '2024-01-01' },
  ],
};

// ── Builder ──────────────────────────────────────────────────────────────────────────

interface PolicySpec {
  readonly code: string;
  readonly name: string;
  readonly keywords: readonly string[];
  readonly type: Extract<ItemType, 'BENEFIT' | 'AWARD'>;
  readonly department: string;
  readonly legalBasis: string;
  readonly exerciseLevels: readonly ExerciseLevel[];
  readonly acceptanceConditions: string;
  readonly process: readonly string[];
  readonly materials: readonly StandardMaterial[];
  /** 免申即享. */
  readonly instant: boolean;
  readonly approvalRules: readonly ApprovalRule[];
  readonly crossRegion: boolean;
  readonly effectiveFrom: LocalDate;
  /** For applied-for policies: the promise (working days, including the publicity period). */
  readonly promisedDays?: number;
  readonly publisherRegion: RegionCode;
  readonly publisher: string;
  readonly maxAmount?: Fen;
  readonly summary: string;
  readonly applyBy: LocalDate;
  /**
   * How often an enterprise may claim it, read from its text: once a calendar year (每家每年, or
   * an amount for a year's tax, fees or investment) unless the text says once (一次性奖励, or an
   * award for one recognition).
   */
  readonly claimPeriod: ClaimPeriod;
}

/** The policy's own licences, gathered from every province: what the claim-period rule reads. */
function earlierClaims(code: string, itemCode: string, period: ClaimPeriod): StandardMaterial {
  return {
    code,
    name: '本政策已兑现记录（兑现结果电子证照）',
    necessity: 'OPTIONAL',
    type: 'CERTIFICATE',
    format: 'ELECTRONIC',
    copies: 1,
    replacedBy: 'E_LICENCE',
    licenceOf: itemCode,
    commitmentAllowed: false,
    note: `无需提交：系统向长三角各省（市）调取本政策此前兑现时签发的电子证照，核验是否已经兑现（${claimPeriodWords(period)}）；从未兑现的没有此项`,
  };
}

function policyItem(spec: PolicySpec): StandardItem {
  const policy: PolicyDefinition = {
    publisherRegion: spec.publisherRegion,
    publisher: spec.publisher,
    ...(spec.maxAmount === undefined ? {} : { maxAmount: spec.maxAmount }),
    summary: spec.summary,
    applyBy: spec.applyBy,
    claimPeriod: spec.claimPeriod,
  };
  const claimsCode = `M${String(spec.materials.length + 1).padStart(2, '0')}`;
  return {
    code: spec.code,
    name: spec.name,
    keywords: spec.keywords,
    type: spec.type,
    status: 'IN_FORCE',
    version: '1.0',
    department: spec.department,
    legalBasis: spec.legalBasis,
    powerSource: 'STATUTORY',
    exerciseLevels: spec.exerciseLevels,
    audiences: ['ENTERPRISE'],
    caseType: spec.instant ? 'SAME_DAY' : 'PROMISED',
    statutoryTimeLimit: spec.instant ? workingDays(5, NO_STATUTORY_LIMIT) : workingDays(30, NO_STATUTORY_LIMIT),
    promisedTimeLimit: spec.instant ? INSTANT : workingDays(spec.promisedDays ?? 20, '含拟兑现名单公示5个工作日'),
    acceptanceConditions: spec.acceptanceConditions,
    process: spec.process,
    fee: FREE,
    visitsRequired: 0,
    channels: ['ONLINE', 'WINDOW'],
    materials: [...spec.materials, earlierClaims(claimsCode, spec.code, spec.claimPeriod)],
    instantApproval: spec.instant,
    approvalRules: [...spec.approvalRules, notClaimedInPeriod(spec.code, spec.claimPeriod)],
    crossRegion: spec.crossRegion,
    effectiveFrom: spec.effectiveFrom,
    policy,
  };
}

/** The usual course of an applied-for policy. */
function applicationProcess(review: string, payment = '兑现：公示无异议的，资金直接拨付至企业银行账户'): string[] {
  return [
    '申报：企业在线填报申请表，登记、纳税和信用信息由系统共享调取，无需提交证明',
    '核验：系统按兑现条件逐条核验，未满足的条件列明原因，转人工时一并推送',
    `审核：${review}`,
    '公示：拟兑现名单公示5个工作日',
    payment,
  ];
}

/** The course of a 免申即享 policy. */
function noApplicationProcess(payment: string): string[] {
  return [
    '推送：系统比对共享的登记、纳税和信用数据，向可能符合条件的企业推送政策和预填的确认书',
    '确认：企业在线确认，无需填报、无需提交材料',
    '兑现：规则全部通过的即时兑现；任一条件未满足的转人工审核，并告知企业未满足的条件',
    payment,
  ];
}

const FICTIONAL = '（本项目虚构的示例政策文件）';

// ── The policies ─────────────────────────────────────────────────────────────────────

const ZONE_POLICIES: readonly StandardItem[] = [
  policyItem({
    code: POLICY_CODES.zoneInnovation,
    name: '长三角生态绿色一体化发展示范区科技创新券兑付',
    keywords: ['科技创新券', '创新券', '示范区创新券', '科创券兑现', '技术服务补贴'],
    type: 'BENEFIT',
    department: '科学技术部门',
    legalBasis: `《中华人民共和国科学技术进步法》；《长三角生态绿色一体化发展示范区总体方案》；《示范区科技创新券兑付实施细则》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在上海市青浦区、江苏省苏州市吴江区或浙江省嘉善县登记注册、依法存续满一年的企业，向长三角科技服务机构购买研发设计、检验检测、技术转移等服务的，凭服务合同和支付凭证申请兑付；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按服务费用的50%兑付，每家企业每年最高30万元。',
    process: applicationProcess('企业注册地科技部门审核服务合同和支付凭证，示范区执委会复核'),
    materials: [
      applicationForm('示范区科技创新券兑付申请表'),
      registration('M02'),
      creditStanding('M03'),
      supportingDocument('M04', '科技服务合同及支付凭证'),
    ],
    instant: false,
    approvalRules: [ENTERPRISE_ACTIVE, REGISTERED_IN_DEMONSTRATION_ZONE, ESTABLISHED_ONE_YEAR, NO_UNSETTLED_PENALTY, NOT_ON_ABNORMAL_OR_DISHONEST_LIST],
    crossRegion: true,
    effectiveFrom: '2025-01-01',
    promisedDays: 15,
    publisherRegion: 'SHANGHAI',
    publisher: '长三角生态绿色一体化发展示范区执行委员会',
    maxAmount: 30 * WAN,
    summary: '示范区（青浦、吴江、嘉善）企业购买长三角科技服务的，按服务费用50%兑付创新券，每家每年最高30万元',
    applyBy: '2028-06-30',
    // 每家企业每年最高30万元.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.zoneGreenTransition,
    name: '长三角生态绿色一体化发展示范区企业绿色低碳转型奖励',
    keywords: ['绿色转型奖励', '低碳奖励', '节能改造奖励', '示范区奖励', '节能降碳'],
    type: 'AWARD',
    department: '发展和改革部门',
    legalBasis: `《中华人民共和国节约能源法》；《长三角生态绿色一体化发展示范区总体方案》；《示范区企业绿色低碳转型奖励办法》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在示范区（青浦区、吴江区、嘉善县）登记注册、成立满三年的企业，上年度完成节能降碳技术改造并通过验收；2025年度纳税信用等级为A级或B级，纳税额不低于50万元；无尚未履行完毕的行政处罚，未被列入严重违法失信名单。按核定的年节能量给予奖励，最高50万元。',
    process: applicationProcess('企业注册地发展改革部门会同节能监察机构核定节能量，示范区执委会复核'),
    materials: [
      applicationForm('示范区企业绿色低碳转型奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '节能降碳技术改造项目验收报告及节能量审核报告'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      REGISTERED_IN_DEMONSTRATION_ZONE,
      ESTABLISHED_THREE_YEARS,
      TAX_RATING_A_OR_B,
      taxPaidAtLeast(50),
      NO_UNSETTLED_PENALTY,
      NOT_SERIOUSLY_DISHONEST,
    ],
    crossRegion: true,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'SHANGHAI',
    publisher: '长三角生态绿色一体化发展示范区执行委员会',
    maxAmount: 50 * WAN,
    summary: '示范区企业完成节能降碳技术改造的，按核定节能量奖励，最高50万元',
    applyBy: '2028-03-31',
    // 按上年度改造核定的年节能量奖励：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
];

const SHANGHAI_POLICIES: readonly StandardItem[] = [
  policyItem({
    code: POLICY_CODES.shanghaiSpecialisedSme,
    name: '上海市专精特新中小企业发展专项资金',
    keywords: ['专精特新', '专项资金', '中小企业扶持', '小巨人', '企业补贴'],
    type: 'BENEFIT',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）；《上海市专精特新中小企业发展专项资金管理细则》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在本市登记注册、成立满三年、注册资本不超过1亿元，并经认定为本市专精特新中小企业的企业；2025年度纳税信用等级为A级或B级；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按项目投入的30%以内给予资助，最高100万元。',
    process: applicationProcess('市经济信息化委组织专家评审项目，区经济主管部门实地核查'),
    materials: [
      applicationForm('上海市专精特新中小企业发展专项资金项目申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '项目可行性报告及投入明细'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('SHANGHAI', '上海市', '31'),
      ESTABLISHED_THREE_YEARS,
      capitalAtMost(10_000),
      TAX_RATING_A_OR_B,
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'SHANGHAI',
    publisher: '上海市经济和信息化委员会',
    maxAmount: 100 * WAN,
    summary: '本市专精特新中小企业的技术改造、数字化和质量品牌项目，按投入30%以内资助，最高100万元',
    applyBy: '2028-05-31',
    // 文本未另作限定：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.shanghaiDigitalVoucher,
    name: '上海市中小企业数字化转型服务券（免申即享）',
    keywords: ['免申即享', '数字化转型', '服务券', '上云补贴', '中小企业数字化'],
    type: 'BENEFIT',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《中小企业数字化转型指南》（工业和信息化部，2022年）；《上海市中小企业数字化转型服务券实施办法》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在本市登记注册并依法存续、注册资本不超过5000万元的中小企业，无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单的，由系统比对数据后推送服务券，企业确认即享，无需申报。服务券面额最高5万元，用于购买服务目录内的数字化转型服务。',
    process: noApplicationProcess('发放：服务券发放至企业“一网通办”账户，向目录内服务商购买服务时抵扣'),
    materials: [
      applicationForm('数字化转型服务券领用确认书', '系统预填，企业在线确认即可'),
      registration('M02'),
      creditStanding('M03'),
    ],
    instant: true,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('SHANGHAI', '上海市', '31'),
      capitalAtMost(5_000),
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-03-01',
    publisherRegion: 'SHANGHAI',
    publisher: '上海市经济和信息化委员会',
    maxAmount: 5 * WAN,
    summary: '本市中小企业免申即享数字化转型服务券，最高5万元，购买目录内数字化服务时抵扣',
    applyBy: '2027-12-31',
    // 服务券文本未另作限定：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.qingpuHighTechAward,
    name: '青浦区高新技术企业认定奖励',
    keywords: ['高企奖励', '高新技术企业', '青浦奖励', '科技企业奖励', '高企认定'],
    type: 'AWARD',
    department: '科学技术部门',
    legalBasis: `《中华人民共和国科学技术进步法》；《高新技术企业认定管理办法》（国科发火〔2016〕32号）；《青浦区促进科技创新若干政策》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在青浦区登记注册、成立满一年的企业，2025年度首次通过或重新通过高新技术企业认定；2025年度纳税信用等级为A级或B级；未被列入经营异常名录或严重违法失信名单。首次认定奖励20万元，重新认定奖励10万元。',
    process: applicationProcess('区科委核对高新技术企业认定名单', '兑现：公示无异议的，由区财政直接拨付至企业银行账户'),
    materials: [
      applicationForm('青浦区高新技术企业认定奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '高新技术企业证书', 'CERTIFICATE'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredInAnyOf('QINGPU', '上海市青浦区', ['310118']),
      ESTABLISHED_ONE_YEAR,
      TAX_RATING_A_OR_B,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    promisedDays: 15,
    publisherRegion: 'SHANGHAI',
    publisher: '上海市青浦区人民政府',
    maxAmount: 20 * WAN,
    summary: '青浦区企业首次通过高新技术企业认定奖励20万元，重新认定奖励10万元',
    applyBy: '2028-04-30',
    // 奖励的是2025年度的一次认定（首次或重新认定），每家一次.
    claimPeriod: 'ONCE',
  }),
];

const JIANGSU_POLICIES: readonly StandardItem[] = [
  policyItem({
    code: POLICY_CODES.suzhouTechUpgrade,
    name: '苏州市工业企业技术改造综合奖补',
    keywords: ['技改补贴', '技术改造', '设备投资补贴', '智能化改造', '苏州技改'],
    type: 'BENEFIT',
    department: '工业和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《苏州市工业企业技术改造综合奖补实施细则》${FICTIONAL}`,
    exerciseLevels: ['CITY'],
    acceptanceConditions:
      '在苏州市登记注册、成立满三年的工业企业，上年度完成设备投资500万元以上的技术改造项目；2025年度纳税信用等级为A级或B级，纳税额不低于50万元；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按设备投资额的10%给予奖补，最高300万元。',
    process: applicationProcess('市工业和信息化局委托第三方审计设备投资，组织专家评审'),
    materials: [
      applicationForm('苏州市工业企业技术改造综合奖补申报书'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '技术改造项目设备购置发票及专项审计报告'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('SUZHOU', '苏州市', '3205'),
      ESTABLISHED_THREE_YEARS,
      TAX_RATING_A_OR_B,
      taxPaidAtLeast(50),
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    promisedDays: 25,
    publisherRegion: 'JIANGSU',
    publisher: '苏州市人民政府',
    maxAmount: 300 * WAN,
    summary: '苏州市工业企业设备投资500万元以上的技改项目，按设备投资10%奖补，最高300万元',
    applyBy: '2028-09-30',
    // 按上年度技改设备投资奖补：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.suzhouJobRetention,
    name: '苏州市失业保险稳岗返还（免申即享）',
    keywords: ['稳岗返还', '免申即享', '失业保险返还', '稳岗补贴', '社保费返还'],
    type: 'BENEFIT',
    department: '人力资源和社会保障部门',
    legalBasis: `《中华人民共和国社会保险法》；《失业保险条例》；《苏州市失业保险稳岗返还“免申即享”经办规程》${FICTIONAL}`,
    exerciseLevels: ['CITY'],
    acceptanceConditions:
      '在苏州市登记注册并依法存续、上年度足额缴纳失业保险费且裁员率不高于规定标准的企业，未被列入严重违法失信名单的，由经办机构比对参保数据后直接返还，企业无需申请。中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还。',
    process: noApplicationProcess('返还：资金直接返还至企业缴纳社会保险费的银行账户'),
    materials: [
      applicationForm('稳岗返还确认书', '系统预填，企业在线确认即可；参保缴费和裁员率由经办机构比对'),
      registration('M02'),
      creditStanding('M03'),
    ],
    instant: true,
    approvalRules: [ENTERPRISE_ACTIVE, registeredIn('SUZHOU', '苏州市', '3205'), NOT_SERIOUSLY_DISHONEST],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'JIANGSU',
    publisher: '苏州市人力资源和社会保障局、苏州市财政局',
    summary: '苏州市参保企业免申即享失业保险稳岗返还，中小微企业返还上年度失业保险费的60%',
    applyBy: '2027-12-31',
    // 返还上年度缴纳的失业保险费：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.jiangsuSpecialisedAward,
    name: '江苏省专精特新中小企业奖励',
    keywords: ['专精特新奖励', '省级专精特新', '小巨人奖励', '中小企业奖励', '江苏奖励'],
    type: 'AWARD',
    department: '工业和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）；《江苏省专精特新中小企业奖励办法》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在本省登记注册、成立满三年、注册资本不超过1亿元，上年度新认定为省级专精特新中小企业的企业；2025年度纳税信用等级为A级或B级；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。一次性奖励50万元。',
    process: applicationProcess('设区市工业和信息化部门初审，省工业和信息化厅复核'),
    materials: [
      applicationForm('江苏省专精特新中小企业奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('JIANGSU', '江苏省', '32'),
      ESTABLISHED_THREE_YEARS,
      capitalAtMost(10_000),
      TAX_RATING_A_OR_B,
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'JIANGSU',
    publisher: '江苏省工业和信息化厅',
    maxAmount: 50 * WAN,
    summary: '新认定的省级专精特新中小企业一次性奖励50万元',
    applyBy: '2028-06-30',
    // 一次性奖励.
    claimPeriod: 'ONCE',
  }),
  policyItem({
    code: POLICY_CODES.kunshanRdCentreAward,
    name: '昆山市企业研发机构建设奖励',
    keywords: ['研发机构奖励', '工程技术研究中心', '研发中心奖励', '昆山奖励', '企业技术中心'],
    type: 'AWARD',
    department: '科学技术部门',
    legalBasis: `《中华人民共和国科学技术进步法》；《昆山市企业研发机构建设奖励办法》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在昆山市登记注册、成立满三年的企业，上年度新获批市级以上工程技术研究中心或企业技术中心；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。省级研发机构奖励30万元，苏州市级奖励10万元。',
    process: applicationProcess('昆山市科学技术局核对研发机构认定文件'),
    materials: [
      applicationForm('昆山市企业研发机构建设奖励申请表'),
      registration('M02'),
      creditStanding('M03'),
      supportingDocument('M04', '研发机构认定文件', 'CERTIFICATE'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredInAnyOf('KUNSHAN', '昆山市', ['320583']),
      ESTABLISHED_THREE_YEARS,
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    promisedDays: 15,
    publisherRegion: 'JIANGSU',
    publisher: '昆山市人民政府',
    maxAmount: 30 * WAN,
    summary: '昆山市企业新获批省级研发机构奖励30万元、苏州市级奖励10万元',
    applyBy: '2028-03-31',
    // 按上年度新获批的研发机构奖励：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
];

const ZHEJIANG_POLICIES: readonly StandardItem[] = [
  policyItem({
    code: POLICY_CODES.jiaxingSmeGrowth,
    name: '嘉兴市中小企业成长奖励',
    keywords: ['成长奖励', '中小企业奖励', '嘉兴奖励', '企业成长', '纳税贡献奖励'],
    type: 'AWARD',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《嘉兴市促进中小企业成长奖励办法》${FICTIONAL}`,
    exerciseLevels: ['CITY'],
    acceptanceConditions:
      '在嘉兴市登记注册、成立满三年、注册资本不超过5000万元的中小企业，2025年度纳税信用等级为A级或B级，纳税额不低于100万元；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按纳税贡献分档奖励，最高50万元。',
    process: applicationProcess('县（市、区）经济和信息化部门初审，市经济和信息化局复核'),
    materials: [
      applicationForm('嘉兴市中小企业成长奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('JIAXING', '嘉兴市', '3304'),
      ESTABLISHED_THREE_YEARS,
      capitalAtMost(5_000),
      TAX_RATING_A_OR_B,
      taxPaidAtLeast(100),
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'ZHEJIANG',
    publisher: '嘉兴市人民政府',
    maxAmount: 50 * WAN,
    summary: '嘉兴市成立满三年、年纳税100万元以上的中小企业，按纳税贡献分档奖励，最高50万元',
    applyBy: '2028-06-30',
    // 按年度纳税贡献奖励：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.zhejiangMicroTaxRelief,
    name: '浙江省小微企业房产税和城镇土地使用税减免（免申即享）',
    keywords: ['免申即享', '房产税减免', '土地使用税减免', '小微企业减税', '税收减免'],
    type: 'BENEFIT',
    department: '税务部门',
    legalBasis: `《中华人民共和国税收征收管理法》；《中华人民共和国房产税暂行条例》；《中华人民共和国城镇土地使用税暂行条例》；《浙江省小微企业房产税和城镇土地使用税减免办法》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在本省登记注册并依法存续、注册资本不超过1000万元的小微企业，无欠缴税款的，由税务机关比对数据后在申报期自动减征当期房产税和城镇土地使用税，企业确认即享，无需另行申请。减免额以当期应纳税额为限。',
    process: noApplicationProcess('减征：在当期纳税申报时自动减征，已缴纳的予以退还'),
    materials: [
      applicationForm('减免税确认书', '系统预填，企业在线确认即可'),
      registration('M02'),
      taxRecord('M03'),
    ],
    instant: true,
    approvalRules: [ENTERPRISE_ACTIVE, registeredIn('ZHEJIANG', '浙江省', '33'), capitalAtMost(1_000), NO_TAX_ARREARS],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'ZHEJIANG',
    publisher: '浙江省财政厅、国家税务总局浙江省税务局',
    summary: '本省小微企业免申即享房产税和城镇土地使用税减征，以当期应纳税额为限',
    applyBy: '2028-12-31',
    // 房产税按年征收、分期缴纳（房产税暂行条例第七条），城镇土地使用税按年计算、分期缴纳（城镇土地使用税暂行条例第八条）：减免每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.jiashanYieldLeaderAward,
    name: '嘉善县工业企业亩均效益领跑者奖励',
    keywords: ['亩均论英雄', '亩均效益', '领跑者奖励', '嘉善奖励', 'A类企业奖励'],
    type: 'AWARD',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《嘉善县工业企业亩均效益领跑者奖励办法》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在嘉善县登记注册的工业企业，2025年度亩均效益综合评价为A类；2025年度纳税信用等级为A级，纳税额不低于200万元；无尚未履行完毕的行政处罚。奖励100万元。',
    process: applicationProcess('县经济和信息化局核对亩均效益综合评价结果'),
    materials: [
      applicationForm('嘉善县亩均效益领跑者奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredInAnyOf('JIASHAN', '嘉善县', ['330421']),
      TAX_RATING_A,
      taxPaidAtLeast(200),
      NO_UNSETTLED_PENALTY,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    promisedDays: 15,
    publisherRegion: 'ZHEJIANG',
    publisher: '嘉善县人民政府',
    maxAmount: 100 * WAN,
    summary: '嘉善县亩均效益A类、年纳税200万元以上的工业企业奖励100万元',
    applyBy: '2028-04-30',
    // 按年度亩均效益评价奖励：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.zhejiangMadeBrandAward,
    name: '“浙江制造”品字标企业奖励',
    keywords: ['品字标', '浙江制造', '品牌奖励', '质量奖励', '标准化奖励'],
    type: 'AWARD',
    department: '市场监督管理部门',
    legalBasis: `《中华人民共和国产品质量法》；《中华人民共和国标准化法》；《质量强国建设纲要》；《“浙江制造”品字标企业奖励办法》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在本省登记注册、成立满三年的企业，上年度取得“浙江制造”认证或主导制定“浙江制造”标准；2025年度纳税信用等级为A级；2024年1月1日以来未受到行政处罚（含已履行完毕的）。奖励最高50万元。',
    process: applicationProcess('设区市市场监督管理部门初审，省市场监督管理局复核'),
    materials: [
      applicationForm('“浙江制造”品字标企业奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '“浙江制造”认证证书或标准发布文件', 'CERTIFICATE'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('ZHEJIANG', '浙江省', '33'),
      ESTABLISHED_THREE_YEARS,
      TAX_RATING_A,
      NO_PENALTY_SINCE_2024,
      NO_UNSETTLED_PENALTY,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'ZHEJIANG',
    publisher: '浙江省市场监督管理局',
    maxAmount: 50 * WAN,
    summary: '取得“浙江制造”认证或主导制定“浙江制造”标准的企业，奖励最高50万元',
    applyBy: '2028-06-30',
    // 按上年度取得的认证奖励：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.jiashanMicroRentSubsidy,
    name: '嘉善县小微企业厂房租金补贴',
    keywords: ['房租补贴', '厂房租金', '租金补助', '小微企业补贴', '嘉善补贴'],
    type: 'BENEFIT',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《嘉善县扶持小微企业发展若干政策》${FICTIONAL}`,
    exerciseLevels: ['COUNTY'],
    acceptanceConditions:
      '在嘉善县登记注册、注册资本不超过300万元的小微企业，租用标准厂房从事生产经营；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按实际租金的30%给予补贴，每家每年最高20万元。',
    process: applicationProcess('县经济和信息化局核对租赁合同和租金支付凭证'),
    materials: [
      applicationForm('嘉善县小微企业厂房租金补贴申请表'),
      registration('M02'),
      creditStanding('M03'),
      supportingDocument('M04', '厂房租赁合同及租金支付凭证'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredInAnyOf('JIASHAN', '嘉善县', ['330421']),
      capitalAtMost(300),
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    promisedDays: 15,
    publisherRegion: 'ZHEJIANG',
    publisher: '嘉善县人民政府',
    maxAmount: 20 * WAN,
    summary: '嘉善县小微企业租用标准厂房的，按租金30%补贴，每家每年最高20万元',
    applyBy: '2027-12-31',
    // 每家每年最高20万元.
    claimPeriod: { calendarYears: 1 },
  }),
];

const ANHUI_POLICIES: readonly StandardItem[] = [
  policyItem({
    code: POLICY_CODES.hefeiRdSubsidy,
    name: '合肥市科技型中小企业研发投入补助',
    keywords: ['研发补助', '研发投入', '科技型中小企业', '合肥补贴', '研发费用补贴'],
    type: 'BENEFIT',
    department: '科学技术部门',
    legalBasis: `《中华人民共和国科学技术进步法》；《科技型中小企业评价办法》（国科发政〔2017〕115号）；《合肥市科技型中小企业研发投入补助实施细则》${FICTIONAL}`,
    exerciseLevels: ['CITY'],
    acceptanceConditions:
      '在合肥市登记注册、成立满一年并入库的科技型中小企业，2025年度纳税信用等级为A级或B级；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按上年度研发投入增量的10%给予补助，最高100万元。',
    process: applicationProcess('市科学技术局核对研发费用专项审计报告'),
    materials: [
      applicationForm('合肥市科技型中小企业研发投入补助申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
      supportingDocument('M05', '上年度研发费用专项审计报告'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('HEFEI', '合肥市', '3401'),
      ESTABLISHED_ONE_YEAR,
      TAX_RATING_A_OR_B,
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'ANHUI',
    publisher: '合肥市人民政府',
    maxAmount: 100 * WAN,
    summary: '合肥市科技型中小企业按上年度研发投入增量10%补助，最高100万元',
    applyBy: '2028-05-31',
    // 按上年度研发投入增量补助：每年一次.
    claimPeriod: { calendarYears: 1 },
  }),
  policyItem({
    code: POLICY_CODES.anhuiSpecialisedAward,
    name: '安徽省专精特新中小企业奖励',
    keywords: ['专精特新奖励', '安徽专精特新', '冠军企业', '中小企业奖励', '安徽奖励'],
    type: 'AWARD',
    department: '经济和信息化部门',
    legalBasis: `《中华人民共和国中小企业促进法》；《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）；《安徽省专精特新中小企业奖励办法》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在本省登记注册、成立满三年、注册资本不超过1亿元，上年度新认定为省级专精特新中小企业的企业；2025年度纳税信用等级为A级或B级；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。一次性奖励30万元。',
    process: applicationProcess('市经济和信息化部门初审，省经济和信息化厅复核'),
    materials: [
      applicationForm('安徽省专精特新中小企业奖励申请表'),
      registration('M02'),
      taxRecord('M03'),
      creditStanding('M04'),
    ],
    instant: false,
    approvalRules: [
      ENTERPRISE_ACTIVE,
      registeredIn('ANHUI', '安徽省', '34'),
      ESTABLISHED_THREE_YEARS,
      capitalAtMost(10_000),
      TAX_RATING_A_OR_B,
      NO_UNSETTLED_PENALTY,
      NOT_ON_ABNORMAL_OR_DISHONEST_LIST,
    ],
    crossRegion: false,
    effectiveFrom: '2026-01-01',
    publisherRegion: 'ANHUI',
    publisher: '安徽省经济和信息化厅',
    maxAmount: 30 * WAN,
    summary: '新认定的安徽省专精特新中小企业一次性奖励30万元',
    applyBy: '2028-07-31',
    // 一次性奖励.
    claimPeriod: 'ONCE',
  }),
  policyItem({
    code: POLICY_CODES.yrdInnovationVoucherAnhui,
    name: '长三角科技创新券通用通兑（安徽）',
    keywords: ['科技创新券', '通用通兑', '长三角创新券', '跨省科技服务', '创新券兑付'],
    type: 'BENEFIT',
    department: '科学技术部门',
    legalBasis: `《中华人民共和国科学技术进步法》；《长江三角洲区域一体化发展规划纲要》；《安徽省长三角科技创新券兑付细则》${FICTIONAL}`,
    exerciseLevels: ['PROVINCE'],
    acceptanceConditions:
      '在长三角三省一市登记注册、成立满一年的企业，向安徽省科技创新券服务机构库内的机构购买研发设计、检验检测等科技服务的，可在注册地通过长三角“一网通办”申请兑付；无尚未履行完毕的行政处罚，未被列入经营异常名录或严重违法失信名单。按服务费用的50%兑付，每家每年最高50万元。',
    process: applicationProcess('省科学技术厅核对服务合同、支付凭证和服务机构入库情况', '兑现：公示无异议的，资金拨付至企业银行账户（跨省兑付的经注册地专窗告知）'),
    materials: [
      applicationForm('长三角科技创新券兑付申请表'),
      registration('M02'),
      creditStanding('M03'),
      supportingDocument('M04', '科技服务合同及支付凭证'),
    ],
    instant: false,
    approvalRules: [ENTERPRISE_ACTIVE, ESTABLISHED_ONE_YEAR, NO_UNSETTLED_PENALTY, NOT_ON_ABNORMAL_OR_DISHONEST_LIST],
    crossRegion: true,
    effectiveFrom: '2025-07-01',
    publisherRegion: 'ANHUI',
    publisher: '安徽省科学技术厅',
    maxAmount: 50 * WAN,
    summary: '长三角企业向安徽科技服务机构购买科技服务的，按费用50%兑付创新券，每家每年最高50万元',
    applyBy: '2028-12-31',
    // 每家每年最高50万元.
    claimPeriod: { calendarYears: 1 },
  }),
];

/** Every policy of the standard, zone policies first, then by publishing province. */
export const POLICY_ITEMS: readonly StandardItem[] = [
  ...ZONE_POLICIES,
  ...SHANGHAI_POLICIES,
  ...JIANGSU_POLICIES,
  ...ZHEJIANG_POLICIES,
  ...ANHUI_POLICIES,
];
