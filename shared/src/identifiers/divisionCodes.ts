/**
 * Administrative division codes (GB/T 2260) known to this system.
 *
 * Only the province-level prefixes are complete (the national list). The 6-digit codes cover the
 * divisions this gateway serves; anything else with a known province prefix is "unknown but
 * plausible". Retired codes stay valid in old identifiers (a resident identity number keeps the
 * address code it was issued with), so they are kept here as HISTORICAL with their successor.
 */

export type DivisionStatus = 'CURRENT' | 'HISTORICAL';

export interface DivisionRecord {
  code: string;
  name: string;
  status: DivisionStatus;
  /** For HISTORICAL codes: the current code that took over the area. */
  successor?: string;
  provincePrefix: string;
}

export interface ProvinceLevelDivision {
  prefix: string;
  name: string;
}

/** All province-level divisions of the national list, by their 2-digit prefix. */
export const PROVINCE_LEVEL_DIVISIONS: readonly ProvinceLevelDivision[] = [
  { prefix: '11', name: '北京市' },
  { prefix: '12', name: '天津市' },
  { prefix: '13', name: '河北省' },
  { prefix: '14', name: '山西省' },
  { prefix: '15', name: '内蒙古自治区' },
  { prefix: '21', name: '辽宁省' },
  { prefix: '22', name: '吉林省' },
  { prefix: '23', name: '黑龙江省' },
  { prefix: '31', name: '上海市' },
  { prefix: '32', name: '江苏省' },
  { prefix: '33', name: '浙江省' },
  { prefix: '34', name: '安徽省' },
  { prefix: '35', name: '福建省' },
  { prefix: '36', name: '江西省' },
  { prefix: '37', name: '山东省' },
  { prefix: '41', name: '河南省' },
  { prefix: '42', name: '湖北省' },
  { prefix: '43', name: '湖南省' },
  { prefix: '44', name: '广东省' },
  { prefix: '45', name: '广西壮族自治区' },
  { prefix: '46', name: '海南省' },
  { prefix: '50', name: '重庆市' },
  { prefix: '51', name: '四川省' },
  { prefix: '52', name: '贵州省' },
  { prefix: '53', name: '云南省' },
  { prefix: '54', name: '西藏自治区' },
  { prefix: '61', name: '陕西省' },
  { prefix: '62', name: '甘肃省' },
  { prefix: '63', name: '青海省' },
  { prefix: '64', name: '宁夏回族自治区' },
  { prefix: '65', name: '新疆维吾尔自治区' },
  { prefix: '71', name: '台湾省' },
  { prefix: '81', name: '香港特别行政区' },
  { prefix: '82', name: '澳门特别行政区' },
  // No 83: 830000 in a Taiwan resident's 居住证 number is no division (residencePermitAddressCodes.ts).
];

/** 2-digit prefixes of PROVINCE_LEVEL_DIVISIONS, for fixture generators. */
export const PROVINCE_PREFIXES: readonly string[] = PROVINCE_LEVEL_DIVISIONS.map((p) => p.prefix);

function current(code: string, name: string): DivisionRecord {
  return { code, name, status: 'CURRENT', provincePrefix: code.slice(0, 2) };
}

function historical(code: string, name: string, successor: string): DivisionRecord {
  return { code, name, status: 'HISTORICAL', successor, provincePrefix: code.slice(0, 2) };
}

/** Current 6-digit codes of the four Yangtze River Delta provinces served by this gateway. */
export const CURRENT_DIVISIONS: readonly DivisionRecord[] = [
  current('310000', '上海市'),
  current('310101', '上海市黄浦区'),
  current('310104', '上海市徐汇区'),
  current('310106', '上海市静安区'),
  current('310112', '上海市闵行区'),
  current('310115', '上海市浦东新区'),
  current('310117', '上海市松江区'),
  current('310118', '上海市青浦区'),
  current('310151', '上海市崇明区'),
  current('320000', '江苏省'),
  current('320100', '江苏省南京市'),
  current('320500', '江苏省苏州市'),
  current('320508', '江苏省苏州市姑苏区'),
  current('320509', '江苏省苏州市吴江区'),
  current('320583', '江苏省苏州市昆山市'),
  current('320585', '江苏省苏州市太仓市'),
  current('330000', '浙江省'),
  current('330100', '浙江省杭州市'),
  current('330400', '浙江省嘉兴市'),
  current('330421', '浙江省嘉兴市嘉善县'),
  current('330700', '浙江省金华市'),
  current('330782', '浙江省金华市义乌市'),
  current('330783', '浙江省金华市东阳市'),
  current('340000', '安徽省'),
  current('340100', '安徽省合肥市'),
  current('340102', '安徽省合肥市瑶海区'),
  current('340111', '安徽省合肥市包河区'),
  current('341600', '安徽省亳州市'),
  current('341602', '安徽省亳州市谯城区'),
  current('341621', '安徽省亳州市涡阳县'),
  current('341622', '安徽省亳州市蒙城县'),
  current('341623', '安徽省亳州市利辛县'),
];

/** Retired codes that still appear in identifiers issued before the change. */
export const HISTORICAL_DIVISIONS: readonly DivisionRecord[] = [
  // 2015 年闸北区并入静安区（新静安区沿用 310106）。
  historical('310108', '上海市闸北区', '310106'),
  // 2016 年崇明县撤县设区。
  historical('310230', '上海市崇明县', '310151'),
  // 2012 年吴江市撤市设区。
  historical('320584', '江苏省吴江市', '320509'),
];

export const ALL_DIVISIONS: readonly DivisionRecord[] = [...CURRENT_DIVISIONS, ...HISTORICAL_DIVISIONS];

const divisionsByCode: ReadonlyMap<string, DivisionRecord> = new Map(
  ALL_DIVISIONS.map((d) => [d.code, d]),
);

const provinceNamesByPrefix: ReadonlyMap<string, string> = new Map(
  PROVINCE_LEVEL_DIVISIONS.map((p) => [p.prefix, p.name]),
);

/** The record of a known 6-digit code (current or historical), or undefined. */
export function lookupDivision(code: string): DivisionRecord | undefined {
  const record = divisionsByCode.get(code);
  return record === undefined ? undefined : { ...record };
}

/** Name of a province-level division by its 2-digit prefix, or undefined if there is none. */
export function provinceNameOf(prefix: string): string | undefined {
  return provinceNamesByPrefix.get(prefix);
}

/** 6 ASCII digits whose first two are a province-level prefix of the national list. */
export function isPlausibleDivisionCode(code: string): boolean {
  return /^[0-9]{6}$/.test(code) && provinceNamesByPrefix.has(code.slice(0, 2));
}

/**
 * The current division that covers a known code today: the code's own record when it is
 * current, else its successor's (followed through every later change). Undefined for a code
 * this list does not know, or a retired code whose successor chain does not end in a current code.
 */
export function currentDivisionOf(code: string): DivisionRecord | undefined {
  const seen = new Set<string>();
  let record = divisionsByCode.get(code);
  while (record !== undefined && record.status === 'HISTORICAL') {
    if (seen.has(record.code) || record.successor === undefined) return undefined;
    seen.add(record.code);
    record = divisionsByCode.get(record.successor);
  }
  return record === undefined ? undefined : { ...record };
}
