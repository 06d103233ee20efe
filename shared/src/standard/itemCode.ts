import { badUserInput } from '../graphql/errorCodes.ts';

/** A standard item's basic code (基本编码): twelve digits. */
export function isItemCode(code: string): boolean {
  return /^\d{12}$/.test(code);
}

/** A basic code a caller sent, or BAD_USER_INPUT naming the field and what was received. */
export function checkItemCode(code: string, field: string): string {
  if (!isItemCode(code)) throw badUserInput(field, `事项基本编码应为12位数字，收到“${code}”`, { reason: 'FORMAT' });
  return code;
}
