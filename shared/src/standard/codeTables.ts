import type { CodeTable, ValueOf } from './codeTable.ts';

/**
 * Code tables of the national government-service item catalog. The codes are the ones every
 * province uses (GB/T 39554.1-2020 and the national catalog's data dictionary); the schema
 * exposes the enum values, and `codeTables` in the hub lists the mapping.
 */

export const ITEM_TYPES = [
  { value: 'LICENSING', code: '01', label: '行政许可' },
  { value: 'PENALTY', code: '02', label: '行政处罚' },
  { value: 'COERCION', code: '03', label: '行政强制' },
  { value: 'LEVY', code: '04', label: '行政征收' },
  { value: 'BENEFIT', code: '05', label: '行政给付' },
  { value: 'INSPECTION', code: '06', label: '行政检查' },
  { value: 'CONFIRMATION', code: '07', label: '行政确认' },
  { value: 'AWARD', code: '08', label: '行政奖励' },
  { value: 'ADJUDICATION', code: '09', label: '行政裁决' },
  { value: 'OTHER_POWER', code: '10', label: '其他行政权力' },
  { value: 'PUBLIC_SERVICE', code: '20', label: '公共服务' },
] as const satisfies CodeTable;
export type ItemType = ValueOf<typeof ITEM_TYPES>;

export const EXERCISE_LEVELS = [
  { value: 'NATIONAL', code: '1', label: '国家级' },
  { value: 'PROVINCE', code: '2', label: '省级' },
  { value: 'CITY', code: '3', label: '市级' },
  { value: 'COUNTY', code: '4', label: '县级' },
  { value: 'TOWNSHIP', code: '5', label: '镇（乡、街道）级' },
  { value: 'VILLAGE', code: '6', label: '村（社区）级' },
] as const satisfies CodeTable;
export type ExerciseLevel = ValueOf<typeof EXERCISE_LEVELS>;

export const AUDIENCES = [
  { value: 'NATURAL_PERSON', code: '1', label: '自然人' },
  { value: 'ENTERPRISE', code: '2', label: '企业法人' },
  { value: 'PUBLIC_INSTITUTION', code: '3', label: '事业法人' },
  { value: 'SOCIAL_ORGANIZATION', code: '4', label: '社会组织法人' },
  { value: 'UNINCORPORATED_ENTERPRISE', code: '5', label: '非法人企业' },
  { value: 'GOVERNMENT_AGENCY', code: '6', label: '行政机关' },
  { value: 'OTHER', code: '9', label: '其他组织' },
] as const satisfies CodeTable;
export type Audience = ValueOf<typeof AUDIENCES>;

export const CASE_TYPES = [
  { value: 'SAME_DAY', code: '1', label: '即办件' },
  { value: 'PROMISED', code: '2', label: '承诺件' },
] as const satisfies CodeTable;
export type CaseType = ValueOf<typeof CASE_TYPES>;

export const CHANNELS = [
  { value: 'WINDOW', code: '1', label: '窗口办理' },
  { value: 'ONLINE', code: '2', label: '网上办理' },
  { value: 'COURIER', code: '3', label: '快递申请' },
] as const satisfies CodeTable;
export type Channel = ValueOf<typeof CHANNELS>;

export const MATERIAL_NECESSITIES = [
  { value: 'REQUIRED', code: '1', label: '必要' },
  { value: 'OPTIONAL', code: '2', label: '非必要' },
  { value: 'SUPPLY_LATER', code: '3', label: '容缺后补' },
] as const satisfies CodeTable;
export type MaterialNecessity = ValueOf<typeof MATERIAL_NECESSITIES>;

export const MATERIAL_TYPES = [
  { value: 'CERTIFICATE', code: '1', label: '证件证书证明' },
  { value: 'FORM', code: '2', label: '申请表格文书' },
  { value: 'OTHER', code: '3', label: '其他' },
] as const satisfies CodeTable;
export type MaterialType = ValueOf<typeof MATERIAL_TYPES>;

export const MATERIAL_FORMATS = [
  { value: 'PAPER', code: '1', label: '纸质' },
  { value: 'ELECTRONIC', code: '2', label: '电子' },
  { value: 'PAPER_OR_ELECTRONIC', code: '3', label: '纸质/电子' },
] as const satisfies CodeTable;
export type MaterialFormat = ValueOf<typeof MATERIAL_FORMATS>;

export const POWER_SOURCES = [
  { value: 'STATUTORY', code: '1', label: '法定本级行使' },
  { value: 'DELEGATED_FROM_ABOVE', code: '2', label: '上级下放' },
  { value: 'AUTHORIZED_FROM_ABOVE', code: '3', label: '上级授权' },
  { value: 'AUTHORIZED_BY_PEER', code: '4', label: '同级授权' },
  { value: 'ENTRUSTED_FROM_ABOVE', code: '5', label: '上级委托' },
  { value: 'ENTRUSTED_BY_PEER', code: '6', label: '同级委托' },
] as const satisfies CodeTable;
export type PowerSource = ValueOf<typeof POWER_SOURCES>;

export const ITEM_STATUSES = [
  { value: 'IN_FORCE', code: '1', label: '在用' },
  { value: 'SUSPENDED', code: '2', label: '暂停' },
  { value: 'CANCELLED', code: '3', label: '取消' },
] as const satisfies CodeTable;
export type ItemStatus = ValueOf<typeof ITEM_STATUSES>;

export const TIME_LIMIT_UNITS = [
  { value: 'WORKING_DAYS', code: '1', label: '工作日' },
  { value: 'NATURAL_DAYS', code: '2', label: '自然日' },
] as const satisfies CodeTable;
export type TimeLimitUnit = ValueOf<typeof TIME_LIMIT_UNITS>;

/** Every code table under the name the hub's `codeTables` query uses. */
export const CODE_TABLES = {
  itemType: ITEM_TYPES,
  exerciseLevel: EXERCISE_LEVELS,
  audience: AUDIENCES,
  caseType: CASE_TYPES,
  channel: CHANNELS,
  materialNecessity: MATERIAL_NECESSITIES,
  materialType: MATERIAL_TYPES,
  materialFormat: MATERIAL_FORMATS,
  powerSource: POWER_SOURCES,
  itemStatus: ITEM_STATUSES,
  timeLimitUnit: TIME_LIMIT_UNITS,
} as const;
