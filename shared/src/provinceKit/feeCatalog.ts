import type { FeeVersion } from '../publicServices/feeSchedule.ts';
import { CURRENT_FEES_EFFECTIVE_FROM, NATIONAL_FEE_HISTORY } from '../publicServices/nationalFeeHistory.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { implementationOf } from './implementationOf.ts';
import { addYears, isLocalDate, type LocalDate } from '../time/localDate.ts';

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
    variants: local.fee.charged ? (local.fee.variants ?? []) : [],
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

/** The earliest date the fee catalogs answer for; nothing before the federation's records. */
export const FEE_HISTORY_FROM = '2000-01-01';

/**
 * The last date a fee may be asked about: a year ahead — the same day next year (28 February for
 * 29 February), since announced changes take effect within a year. Not today plus 366 days,
 * which on 2026-11-27 would reach 2027-11-28.
 */
export function feeCatalogLatestDate(today: LocalDate): LocalDate {
  return addYears(today, 1);
}

/** Why `date` cannot be asked of a fee catalog on `today`, in the words the caller reads; undefined when it can. */
export function feeCatalogDateRefusal(date: string, today: LocalDate): string | undefined {
  const latest = feeCatalogLatestDate(today);
  if (isLocalDate(date) && date >= FEE_HISTORY_FROM && date <= latest) return undefined;
  return `收费目录可查询 ${FEE_HISTORY_FROM} 至 ${latest}（含）的日期，收到 ${date}`;
}
