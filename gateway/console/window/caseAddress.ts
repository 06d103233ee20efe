import { REGIONS, regionOfDivision, type Region } from '@yrd/shared/regions/regionRegistry';

/**
 * 办件编号: the filing province's two digits, the day (8) and the day's sequence (6) —
 * 3220261127000003 is a case filed in Jiangsu. The window keeps its open case in the address
 * (#/window/3220261127000003), so a reload, or the address sent to a new tab, opens it again.
 */
const CASE_NUMBER = /^\d{16}$/;
const WINDOW_CASE = /^#\/window\/(\d{16})$/;

/** What is wrong with a case number as typed, in words a clerk can act on; null when it may be looked up. */
export function caseNumberProblem(typed: string): string | null {
  const id = typed.trim();
  if (id === '') return '请输入办件编号（16 位数字）';
  if (!CASE_NUMBER.test(id)) return `办件编号应为 16 位数字（省份代码 2 位 + 日期 8 位 + 序号 6 位），“${id}”有 ${id.length} 位或含非数字字符，请核对`;
  if (!regionOfDivision(id)) {
    const known = REGIONS.map((region) => `${region.name} ${region.divisionPrefix}`).join('、');
    return `办件编号 ${id} 的前两位 ${id.slice(0, 2)} 不是长三角的省份代码（${known}），请核对`;
  }
  return null;
}

/** The province that filed the case (its number's first two digits), where the hub sends the look-up. */
export function caseRegion(id: string): Region | undefined {
  return regionOfDivision(id.trim());
}

/** The case the address names (#/window/<number>), or null. */
export function caseInAddress(): string | null {
  return WINDOW_CASE.exec(location.hash)?.[1] ?? null;
}

/** Puts the open case in the address without a new history entry (a reload returns to it); null takes it out. */
export function keepCaseInAddress(id: string | null): void {
  const wanted = id ? `#/window/${id}` : '#/window';
  if (location.hash !== wanted) history.replaceState(history.state, '', wanted);
}
