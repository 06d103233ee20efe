import type { CheckResult } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { codePointsOf, describeCharacter } from './describeCharacter.ts';
import type { DivisionRecord } from './divisionCodes.ts';
import { lookupDivision, provinceNameOf } from './divisionCodes.ts';

export interface ValidateDivisionCodeOptions {
  /** Accept retired codes (e.g. when reading an old identifier); otherwise name the successor. */
  allowHistorical: boolean;
}

/**
 * Validates a 6-digit GB/T 2260 code against the known list. Unlike `isPlausibleDivisionCode`, an
 * unknown code is a problem here: use this where a clerk picks a division, not when reading the
 * address part of an identifier.
 */
export function validateDivisionCode(
  code: string,
  options: ValidateDivisionCodeOptions,
): CheckResult<DivisionRecord> {
  const characters = codePointsOf(code);
  if (characters.length !== 6) {
    return failed({
      kind: 'DIVISION_CODE',
      reason: 'LENGTH',
      message: `行政区划代码长度应为6位，实际为${characters.length}位`,
      expected: '6',
      actual: String(characters.length),
    });
  }
  const index = characters.findIndex((c) => !/^[0-9]$/.test(c));
  const offending = characters[index];
  if (offending !== undefined) {
    return failed({
      kind: 'DIVISION_CODE',
      reason: 'FORMAT',
      message: `行政区划代码第${index + 1}位${describeCharacter(offending)}应为数字`,
      actual: offending,
    });
  }
  const prefix = code.slice(0, 2);
  if (provinceNameOf(prefix) === undefined) {
    return failed({
      kind: 'DIVISION_CODE',
      reason: 'DIVISION',
      message: `行政区划代码 ${code} 的省级代码 ${prefix} 不存在`,
      actual: code,
    });
  }
  const record = lookupDivision(code);
  if (record === undefined) {
    return failed({
      kind: 'DIVISION_CODE',
      reason: 'DIVISION',
      message: `行政区划代码 ${code} 不在本系统的行政区划代码表中，请核对`,
      actual: code,
    });
  }
  if (record.status === 'HISTORICAL' && !options.allowHistorical) {
    const successor = record.successor === undefined ? undefined : lookupDivision(record.successor);
    const replacement =
      successor === undefined
        ? (record.successor ?? '')
        : `${successor.code}（${successor.name}）`;
    return failed({
      kind: 'DIVISION_CODE',
      reason: 'DIVISION',
      message: `行政区划代码 ${code}（${record.name}）已撤销，请改用 ${replacement}`,
      expected: record.successor,
      actual: code,
    });
  }
  return passed(record);
}
