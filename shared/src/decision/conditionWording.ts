import type { ConditionOperator, RecordCondition } from '../standard/approvalRule.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { fenToWanYuan } from '../standard/money.ts';
import { fieldTypeOf } from '../standard/recordFields.ts';
import { isLocalDate } from '../time/localDate.ts';

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
  if (type === 'fen' && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return `${fenToWanYuan(value)}万元`;
  if (type === 'date' && typeof value === 'string') return dateWords(value);
  return String(value);
}

function requirementWords(operator: ConditionOperator, isDate: boolean): string {
  switch (operator) {
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
  const name = FIELD_NAMES[condition.field] ?? condition.field;
  const isDate = fieldTypeOf(kind, condition.field) === 'date';
  return `${name} ${valueWords(kind, condition.field, actual)}，${requirementWords(condition.operator, isDate)} ${valueWords(kind, condition.field, required)}`;
}
