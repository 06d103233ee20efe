import type { FeeVersion } from './feeSchedule.ts';

/**
 * Earlier national fee bases of the charged items, before the provinces' current
 * implementation lists (which this project dates from the YRD launch, 2019-05-22). Amounts are
 * in fen. Fixture data for the fee catalog's history, drawn from the public pricing notices.
 */
export const NATIONAL_FEE_HISTORY: readonly FeeVersion[] = [
  {
    itemCode: '070101001000',
    charged: true,
    amount: 8_000,
    basis:
      '房屋登记费：住房登记每件80元，非住房房屋登记每件550元，均含第一本房屋权属证书费，每增加一本证书加收证书工本费10元（《国家发展改革委 财政部关于规范房屋登记费计费方式和收费标准等有关问题的通知》发改价格〔2008〕924号）',
    variants: [
      { circumstance: '非住房', amount: 55_000 },
      { circumstance: '另增证书（每本加收）', amount: 1_000 },
    ],
    effectiveFrom: '2008-05-01',
  },
  {
    itemCode: '070101001000',
    charged: true,
    amount: 8_000,
    basis: '不动产登记费：住宅类每件80元，非住宅类每件550元，均含第一本不动产权属证书工本费，另增证书每本10元（发改价格规〔2016〕2559号）',
    variants: [
      { circumstance: '非住宅类', amount: 55_000 },
      { circumstance: '另增证书（每本加收）', amount: 1_000 },
    ],
    effectiveFrom: '2016-12-01',
  },
];

/** The date the current implementation lists (and their fees) took effect in this project. */
export const CURRENT_FEES_EFFECTIVE_FROM = '2019-05-22';
