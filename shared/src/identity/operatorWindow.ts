import { validateDivisionCode } from '../identifiers/index.ts';
import { isRegionCode, requireRegion, type RegionCode } from '../regions/regionRegistry.ts';

export interface OperatorWindow {
  readonly region: RegionCode;
  /** The window's division, as the division table writes it. */
  readonly division: string;
  readonly window: string;
  readonly operatorId: string;
}

/**
 * A window clerk's identity as an operator token may carry it: a member province, a current
 * division code in that province, and plain window and operator ids. The gateway reads tokens
 * with it (userTokens) and the console checks a development sign-in with it before asking.
 */
export function checkOperatorWindow(region: string, division: string, window: string, operatorId: string): { ok: true; value: OperatorWindow } | { ok: false; message: string } {
  if (!isRegionCode(region)) return { ok: false, message: `省份 ${region} 不是联盟成员` };
  const checked = validateDivisionCode(division, { allowHistorical: false });
  if (!checked.ok) return { ok: false, message: checked.problem.message };
  const province = requireRegion(region);
  if (checked.value.provincePrefix !== province.divisionPrefix) return { ok: false, message: `窗口行政区划 ${checked.value.code} 不在 ${province.name}` };
  if (!/^[\w-]{1,32}$/.test(window)) return { ok: false, message: '窗口编号应为 1–32 位字母、数字、下划线或连字符' };
  if (!/^[\w-]{1,64}$/.test(operatorId)) return { ok: false, message: '工作人员编号应为 1–64 位字母、数字、下划线或连字符' };
  return { ok: true, value: { region, division: checked.value.code, window, operatorId } };
}
