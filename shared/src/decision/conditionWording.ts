import { enumLabel } from '../provinceKit/enumLabels.ts';
import type { ConditionOperator, RecordCondition } from '../standard/approvalRule.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { fenToWanYuan, fenToYuan } from '../standard/money.ts';
import { fieldTypeOf } from '../standard/recordFields.ts';
import { isLocalDate } from '../time/localDate.ts';
import { recordFieldEnum } from './recordFieldEnums.ts';

/** 1万元 in fen: amounts from here up are worded in 万元. */
const FEN_PER_WAN_YUAN = 1_000_000;

/**
 * How a condition a record failed is told to a person: the field by its name, the value found
 * and the value required (已缴税款 128.645万元，须不低于 200万元), so that a reason says by how much,
 * not only that no record met it.
 */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  registeredCapital: '注册资本',
  establishedOn: '成立日期',
  businessStatus: '经营状态',
  divisionCode: '登记地区划代码',
  taxYear: '纳税年度',
  creditRating: '纳税信用等级',
  taxPaid: '已缴税款',
  arrears: '欠缴税款',
  category: '类别',
  decidedOn: '决定日期',
  penaltyAmount: '罚款',
  settled: '已履行',
  settledOn: '履行日期',
  publicUntil: '公示截止日期',
  issuedOn: '签发日期',
  validUntil: '有效期至',
  licenceStatus: '证照状态',
  itemCode: '事项编码',
  accountStatus: '账户状态',
  continuousMonths: '连续缴存月数',
  outstandingLoan: '未结清贷款',
  monthlyDeposit: '月缴存额',
  balance: '账户余额',
  lastDepositMonth: '最近缴存月份',
  openedOn: '开户日期',
  schemes: '参保险种',
  insuranceStatus: '参保状态',
  insuredSince: '参保日期',
  contributionMonths: '累计缴费月数',
  lastContributionMonth: '最近缴费月份',
  cardStatus: '社保卡状态',
  relationToHead: '与户主关系',
  registeredOn: '登记日期',
  movedFromDivision: '迁出地区划代码',
  handledCrossRegion: '长三角通办迁入',
  event: '登记类型',
  entityType: '主体类型',
  licenceTypeCode: '证照类型代码',
};

/** 2026-11-27 → 2026年11月27日. */
export function dateWords(date: string): string {
  if (!isLocalDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}

function valueWords(kind: EvidenceKind, field: string, value: unknown): string {
  if (value === null || value === undefined) return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((entry) => valueWords(kind, field, entry)).join('或');
  const type = fieldTypeOf(kind, field);
  // Exact either way: from 1万元 up in 万元 as policies and loans are written (已缴税款 128.645万元，
  // 须不低于 200万元), below it in 元 to the fen as the record shows it (月缴存额 2580.00元).
  if (type === 'fen' && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    return value >= FEN_PER_WAN_YUAN ? `${fenToWanYuan(value)}万元` : `${fenToYuan(value)}元`;
  }
  if (type === 'date' && typeof value === 'string') return dateWords(value);
  if (type === 'month' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) return `${value.slice(0, 4)}年${Number(value.slice(5))}月`;
  const coded = recordFieldEnum(kind, field);
  if (coded && typeof value === 'string') return enumLabel(coded, value) ?? value;
  return String(value);
}

/** What a record must not be, to stay clear of a condition: the requirement that breaks it. */
type Requirement = ConditionOperator | 'NOT_IN' | 'NOT_CONTAINS' | 'NOT_STARTS_WITH';

const OPPOSITE: Readonly<Record<ConditionOperator, Requirement>> = {
  EQ: 'NE',
  NE: 'EQ',
  GT: 'LTE',
  GTE: 'LT',
  LT: 'GTE',
  LTE: 'GT',
  IN: 'NOT_IN',
  CONTAINS: 'NOT_CONTAINS',
  STARTS_WITH: 'NOT_STARTS_WITH',
};

function requirementWords(operator: Requirement, isDate: boolean): string {
  switch (operator) {
    case 'NOT_IN':
      return '须不为';
    case 'NOT_CONTAINS':
      return '须不包含';
    case 'NOT_STARTS_WITH':
      return '须不以此开头：';
    case 'EQ':
      return '须为';
    case 'NE':
      return '须不为';
    case 'GT':
      return isDate ? '须晚于' : '须高于';
    case 'GTE':
      return isDate ? '须不早于' : '须不低于';
    case 'LT':
      return isDate ? '须早于' : '须低于';
    case 'LTE':
      return isDate ? '须不晚于' : '须不高于';
    case 'IN':
      return '须为';
    case 'CONTAINS':
      return '须包含';
    case 'STARTS_WITH':
      return '须以此开头：';
  }
}

/**
 * One failed condition in words: 已缴税款 128.645万元，须不低于 200万元. `required` is the value
 * compared with on the decision day (a relative date already read as the date it names).
 */
export function failedConditionWords(kind: EvidenceKind, condition: RecordCondition, actual: unknown, required: unknown): string {
  return conditionWords(kind, condition.field, condition.operator, actual, required);
}

/**
 * One condition a record meets where a NONE rule forbids meeting it, in words: the value found
 * and what it would have to be instead (未结清贷款 58万元，须不高于 0.00元). `forbidden` is the
 * condition's value on the decision day.
 */
export function offendingConditionWords(kind: EvidenceKind, condition: RecordCondition, actual: unknown, forbidden: unknown): string {
  // A yes-or-no field is said as what it must be: 已履行 否，须为 是 (not 须不为 否).
  if (typeof forbidden === 'boolean' && (condition.operator === 'EQ' || condition.operator === 'NE')) {
    return conditionWords(kind, condition.field, 'EQ', actual, condition.operator === 'EQ' ? !forbidden : forbidden);
  }
  return conditionWords(kind, condition.field, OPPOSITE[condition.operator], actual, forbidden);
}

function conditionWords(kind: EvidenceKind, field: string, requirement: Requirement, actual: unknown, value: unknown): string {
  const name = FIELD_NAMES[field] ?? field;
  const isDate = fieldTypeOf(kind, field) === 'date';
  return `${name} ${valueWords(kind, field, actual)}，${requirementWords(requirement, isDate)} ${valueWords(kind, field, value)}`;
}
