import { checkOperatorWindow } from '@yrd/shared/identity/operatorWindow';

/**
 * A window's identity as the gateway reads it from an operator token — the same check
 * (checkOperatorWindow) — in the page first; the development token route checks it again.
 */
export function windowProblem(region: string, division: string, window: string, operatorId: string): string | undefined {
  const checked = checkOperatorWindow(region, division, window, operatorId);
  return checked.ok ? undefined : checked.message;
}
