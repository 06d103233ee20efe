import { badUserInput } from '../graphql/errorCodes.ts';

/** The retry key a window or app sends with a write (1–64 letters, digits, _ or -), or BAD_USER_INPUT naming the field. */
export function idempotencyKeyOf(value: string, field: string): string {
  if (!/^[\w-]{1,64}$/.test(value)) throw badUserInput(field, '幂等键应为 1–64 位字母、数字、下划线或连字符', { reason: 'FORMAT' });
  return value;
}
