import { echoedInput } from '../graphql/echoedInput.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import { typingSlip } from '../identifiers/typingSlip.ts';

/** A standard item's basic code (基本编码): twelve digits. */
export function isItemCode(code: string): boolean {
  return /^\d{12}$/.test(code);
}

/**
 * A basic code a caller sent, or BAD_USER_INPUT (FORMAT) naming the field and what was received:
 * a code typed in full-width digits or with a space around it is told so, as an identity number
 * is (typingSlip.ts: 事项基本编码第1位“０”等 12 个字符是全角字符，请切换到半角输入…, with `expected`).
 */
export function checkItemCode(code: string, field: string): string {
  if (isItemCode(code)) return code;
  const slip = typingSlip(code, '事项基本编码');
  if (slip) {
    const { reason, message, ...detail } = slip;
    throw badUserInput(field, message, { reason, ...detail });
  }
  throw badUserInput(field, `事项基本编码应为12位数字，收到${echoedInput(code)}`, { reason: 'FORMAT' });
}
