/**
 * Money in the standard is an integer number of fen (分, 1/100 yuan). Provinces store yuan
 * with decimals, 万元 (10,000 yuan) or fen; adapters convert exactly, from the decimal
 * string, never through binary floating point arithmetic.
 */
export type Fen = number;

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** '1234.5' → 123450 fen. Throws on more than two decimals or anything not a number. */
export function yuanToFen(yuan: string): Fen {
  const match = DECIMAL.exec(yuan.trim());
  if (!match) throw new RangeError(`not an amount in yuan with at most two decimals: "${yuan}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: "${yuan}"`);
  return sign === '-' ? -fen : fen;
}

/** 123450 → '1234.50'. */
export function fenToYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** '150.5' 万元 → 150,500,000 fen. Registries record capital in 万元 with up to six decimals. */
export function wanYuanToFen(wanYuan: string): Fen {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(wanYuan.trim());
  if (!match) throw new RangeError(`not an amount in 万元 with at most six decimals: "${wanYuan}"`);
  const [, whole = '0', fraction = ''] = match;
  const fen = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: "${wanYuan}"`);
  return fen;
}

/** 150,500,000 fen → '150.5' 万元 (no trailing zeros). */
export function fenToWanYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a non-negative number of fen: ${fen}`);
  const whole = Math.floor(fen / 1_000_000);
  const fraction = String(fen % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
