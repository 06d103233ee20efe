import type { FeeVersion } from '../publicServices/feeSchedule.ts';
import { CURRENT_FEES_EFFECTIVE_FROM, NATIONAL_FEE_HISTORY } from '../publicServices/nationalFeeHistory.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { implementationOf } from './implementationOf.ts';

/**
 * A province's fee catalog (收费目录), versioned: the national history of an item's fee
 * basis, then the province's current implementation list. "What did item X cost here on
 * date D" is the last version effective on D.
 */
export function feeVersionsOf(config: ProvinceConfig, itemCode: string): FeeVersion[] {
  const local = implementationOf(config, itemCode);
  if (!local) return [];
  const current: FeeVersion = {
    itemCode,
    charged: local.fee.charged,
    amount: local.fee.charged ? (local.fee.amount ?? null) : null,
    basis: local.fee.basis ?? (local.fee.charged ? '' : '不收费'),
    effectiveFrom: CURRENT_FEES_EFFECTIVE_FROM,
  };
  const earlier = NATIONAL_FEE_HISTORY.filter((version) => version.itemCode === itemCode && version.effectiveFrom < CURRENT_FEES_EFFECTIVE_FROM);
  return [...earlier, current].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/** The version in force on `date`, or undefined before the first recorded one. */
export function feeOn(config: ProvinceConfig, itemCode: string, date: string): FeeVersion | undefined {
  return feeVersionsOf(config, itemCode)
    .filter((version) => version.effectiveFrom <= date)
    .at(-1);
}
