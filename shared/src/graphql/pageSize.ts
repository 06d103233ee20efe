import { badUserInput } from './errorCodes.ts';

/** A page size a caller asked for (`first`), the fallback when it asked for none, or BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badUserInput('first', `每页条数应在 1 到 ${max} 之间，收到 ${size}`, { reason: 'OUT_OF_RANGE', max });
  }
  return size;
}
