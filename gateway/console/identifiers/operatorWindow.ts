import { validateDivisionCode } from '@yrd/shared/identifiers/index';
import { regionByCode } from '@yrd/shared/regions/regionRegistry';

/**
 * A window's identity as the gateway reads it from an operator token (userTokens.ts
 * claimsToCaller): a current division in the window's province, and plain window and
 * operator ids. Checked in the page first; the development token route checks it again.
 */
export function windowProblem(region: string, division: string, window: string, operatorId: string): string | undefined {
  const province = regionByCode(region);
  if (!province) return `省份 ${region} 不是联盟成员`;
  const checked = validateDivisionCode(division, { allowHistorical: false });
  if (!checked.ok) return checked.problem.message;
  if (checked.value.provincePrefix !== province.divisionPrefix) return `窗口行政区划 ${checked.value.code} 不在 ${province.name}`;
  if (!/^[\w-]{1,32}$/.test(window)) return '窗口编号应为 1–32 位字母、数字、下划线或连字符';
  if (!/^[\w-]{1,64}$/.test(operatorId)) return '工作人员编号应为 1–64 位字母、数字、下划线或连字符';
  return undefined;
}
