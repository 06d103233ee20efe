import { currentDivisionOf, type DivisionRecord } from '../identifiers/divisionCodes.ts';
import type { CaseFile, CaseStatus } from './caseModel.ts';
import { implementingBodyDivision } from './implementingBodyDivision.ts';
import type { LocalImplementation } from './localImplementation.ts';

/**
 * 救济途径: what an applicant refused (不予批准), whose approval was revoked (撤销, a 告知承诺
 * post-check that found the commitment untrue) or whose 容缺 case was terminated (终止办理, its
 * deferred materials not supplied in time: deferralTermination.ts) is told she may do about it.
 * 《行政许可法》第三十八条第二款: a written refusal states its reasons and tells the applicant of her
 * right to 行政复议 or 行政诉讼 — and a revocation or a termination is as much a decision against
 * her (《行政复议法》第十一条: 对行政机关作出的有关行政许可的其他决定不服).
 *
 * - 行政复议 within sixty days of knowing the decision (《行政复议法》第二十条), before the 复议机关
 *   of the body that decided: the case's implementing body (实施主体) in the province's
 *   implementation list, whose unified social credit code carries its division (characters 3–8,
 *   as caseDivision.ts reads it). Under the 2023 revision (第二十四条) the 复议机关 of a
 *   department, or of an organisation a law empowers (a 公积金 or 社保 centre), is the people's
 *   government of its level: 苏州市吴江区人民政府, 嘉善县人民政府, 苏州市人民政府, 上海市人民政府,
 *   上海市青浦区人民政府, 江苏省人民政府.
 * - A 派出机构 a city department set up by district (a 公安分局: named by the city and ending
 *   …分局, its code the district's) is the city government's, or, as 第二十四条第四款 also allows,
 *   the district's: 苏州市人民政府或者苏州市吴江区人民政府.
 * - Vertically managed bodies (第二十七条: 海关, 金融, 外汇管理, 税务, 国家安全机关): the next body up
 *   in their own line (上一级主管部门) — 上一级税务机关 for a 税务局 of 国家税务总局.
 * - A division the table does not hold (divisionCodes.ts), or an item the list does not implement:
 *   the body's own level government, unnamed, rather than a guessed name.
 * - 行政诉讼 within six months of knowing it (《行政诉讼法》第四十六条).
 *
 * None for an approval, a case still running, one ended another way, or a one-thing bundle
 * itself (each of its items' cases is decided, and carries its own).
 */
export type ImplementingBody = Pick<LocalImplementation, 'implementingBody' | 'implementingBodyCode'>;

/** The statuses a decision against the applicant leaves a case in: refused, revoked, or terminated. */
export const CHALLENGEABLE: readonly CaseStatus[] = ['REJECTED', 'REVOKED', 'TERMINATED'];

/** Where the division is unknown: the deciding body's own level of government, not a guess. */
export const UNNAMED_GOVERNMENT = '作出决定机关的本级人民政府';

/** 第二十七条: the vertically managed lines, by the body's name, and who is above each. */
const VERTICAL_LINES: readonly { readonly name: RegExp; readonly above: string }[] = [
  { name: /税务/, above: '上一级税务机关' },
  { name: /海关/, above: '上一级海关' },
  { name: /国家安全(厅|局)/, above: '上一级国家安全机关' },
  // The national financial regulators' and 外汇 offices (not a province's own 地方金融管理局, a department of its government).
  { name: /^(国家外汇管理局|国家金融监督管理总局|中国人民银行|中国证券监督管理委员会)/, above: '上一级主管部门' },
];

/** The four municipalities: their districts' governments are named with the city (上海市青浦区人民政府). */
const MUNICIPALITY_PREFIXES = new Set(['11', '12', '31', '50']);

/**
 * The name a division's government goes by: 上海市, 上海市青浦区, 江苏省, 苏州市, 苏州市吴江区, and for
 * a county or county-level city its own name (嘉善县, 昆山市).
 */
function placeOf(division: DivisionRecord): string {
  const { code, name } = division;
  if (code.endsWith('0000') || MUNICIPALITY_PREFIXES.has(code.slice(0, 2))) return name;
  const rest = name.replace(/^.+?(省|自治区)/, '');
  if (code.endsWith('00')) return rest;
  const withinCity = /^(.+?(市|自治州|地区|盟))(.+)$/.exec(rest);
  const own = withinCity?.[3];
  return own !== undefined && /(县|市|旗)$/.test(own) ? own : rest;
}

/** The level above a district or county: its city, or for a municipality's district the municipality. */
function levelAbove(division: DivisionRecord): DivisionRecord | undefined {
  const { code } = division;
  if (code.endsWith('0000')) return undefined;
  const above = MUNICIPALITY_PREFIXES.has(code.slice(0, 2)) || code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
  return currentDivisionOf(above);
}

/**
 * The 复议机关 of a decision taken by `body`: a named people's government, the body's 上一级 in its
 * vertical line, two governments for a district 派出机构, or UNNAMED_GOVERNMENT.
 */
export function reconsiderationAuthority(body: ImplementingBody | undefined): string {
  if (body === undefined) return UNNAMED_GOVERNMENT;
  const vertical = VERTICAL_LINES.find((line) => line.name.test(body.implementingBody));
  if (vertical) return vertical.above;
  const division = implementingBodyDivision(body.implementingBodyCode);
  if (division === undefined) return UNNAMED_GOVERNMENT;
  const own = `${placeOf(division)}人民政府`;
  // A 派出机构 of a city department in a district (苏州市公安局吴江分局, named by the city, not the
  // district): the city's, or the district's. One of a county's or a district's own department
  // (嘉善县公安局…分局, 苏州市吴江区…分局) is its county's or district's alone.
  const above = /分局$/.test(body.implementingBody) ? levelAbove(division) : undefined;
  if (above !== undefined && body.implementingBody.startsWith(placeOf(above)) && !body.implementingBody.startsWith(placeOf(division))) {
    return `${placeOf(above)}人民政府或者${own}`;
  }
  return own;
}

/**
 * 如不服本决定，可以自知道该决定之日起六十日内向…申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。
 * A revoked case keeps the approval it was given as its decision: its remedy says 如不服撤销决定, the
 * decision it is against.
 */
export function remedyWords(body: ImplementingBody | undefined, against: 'DECISION' | 'REVOCATION' = 'DECISION'): string {
  const decision = against === 'REVOCATION' ? '撤销决定' : '本决定';
  return `如不服${decision}，可以自知道该决定之日起六十日内向${reconsiderationAuthority(body)}申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。`;
}

/**
 * The remedy a case's decision tells its applicant: for a single item's case (a bundle's item
 * included) refused, revoked or terminated, by the body implementing its item here; else null.
 */
export function decisionRemedy(caseFile: Pick<CaseFile, 'status' | 'isBundle'>, body: ImplementingBody | undefined): string | null {
  if (caseFile.isBundle || !CHALLENGEABLE.includes(caseFile.status)) return null;
  return remedyWords(body, caseFile.status === 'REVOKED' ? 'REVOCATION' : 'DECISION');
}
