import { fenToYuan } from './money.ts';
import type { Fee } from './standardItem.ts';

/** The amounts a fee basis states in yuan (每证20元, 每件550元 → 20, 550). */
export function yuanAmountsStated(basis: string): Set<string> {
  return new Set([...basis.matchAll(/(\d+(?:\.\d{1,2})?)元/g)].map((match) => fenToYuan(Math.round(Number(match[1]) * 100))));
}

/** How a basis says a circumstance pays nothing. */
const EXEMPTION = /免收|免征|免予收取|免交/;

/**
 * What is wrong with a fee (a standard item's or a province's): a charged fee needs an amount
 * and a basis; a free one has neither amount nor variants; each variant names its circumstance
 * once, with a whole number of fen; and every amount, ordinary or by circumstance, is one the
 * basis states — an amount the basis does not set cannot be charged by it.
 */
export function feeProblems(fee: Fee): string[] {
  const problems: string[] = [];
  const variants = fee.variants ?? [];
  if (!fee.charged) {
    if (fee.amount) problems.push('an item without a fee has no amount');
    if (variants.length > 0) problems.push('an item without a fee has no amounts by circumstance (variants)');
    return problems;
  }
  if (fee.amount === undefined || !fee.basis) {
    problems.push('a charged item needs an amount and a basis');
    return problems;
  }
  const stated = yuanAmountsStated(fee.basis);
  const amounts = [{ label: 'the standard amount', amount: fee.amount }, ...variants.map((variant) => ({ label: `the amount for ${variant.circumstance}`, amount: variant.amount }))];
  for (const { label, amount } of amounts) {
    if (!Number.isSafeInteger(amount) || amount < 0) {
      problems.push(`${label} must be a whole number of fen, 0 or more`);
      continue;
    }
    const yuan = fenToYuan(amount);
    // Nothing to pay is stated as an exemption (免收), not as 0元.
    if (amount === 0 ? !EXEMPTION.test(fee.basis) : !stated.has(yuan)) problems.push(`${label} (${yuan.replace(/\.00$/, '')}元) is not stated in the basis`);
  }
  const circumstances = new Set<string>();
  for (const variant of variants) {
    if (!variant.circumstance.trim()) problems.push('a variant names no circumstance');
    if (circumstances.has(variant.circumstance)) problems.push(`the circumstance ${variant.circumstance} is listed twice`);
    circumstances.add(variant.circumstance);
  }
  return problems;
}

/**
 * How a province's fee departs from the standard's: it lists the standard's circumstances (no
 * more, none fewer — an applicant in that circumstance must find the amount) and charges no more
 * than the standard for any of them.
 */
export function feeDepartures(local: Fee, standard: Fee): string[] {
  if (!local.charged || !standard.charged) return [];
  const problems: string[] = [];
  if (local.amount !== undefined && standard.amount !== undefined && local.amount > standard.amount) {
    problems.push(`charges ${fenToYuan(local.amount)} yuan, more than the standard's ${fenToYuan(standard.amount)}`);
  }
  const standardVariants = new Map((standard.variants ?? []).map((variant) => [variant.circumstance, variant.amount]));
  const localVariants = new Map((local.variants ?? []).map((variant) => [variant.circumstance, variant.amount]));
  for (const [circumstance, amount] of localVariants) {
    const standardAmount = standardVariants.get(circumstance);
    if (standardAmount === undefined) problems.push(`the standard sets no amount for ${circumstance}`);
    else if (amount > standardAmount) problems.push(`charges ${fenToYuan(amount)} yuan for ${circumstance}, more than the standard's ${fenToYuan(standardAmount)}`);
  }
  for (const circumstance of standardVariants.keys()) {
    if (!localVariants.has(circumstance)) problems.push(`lists no amount for ${circumstance}, which the standard sets`);
  }
  return problems;
}
