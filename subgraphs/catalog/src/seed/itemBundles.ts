import type { ItemBundle } from '@yrd/shared/standard/standardItem';
import { BUSINESS_OPENING_BUNDLE, PROPERTY_TRANSFER_BUNDLE } from './storyItemCodes.ts';

/** 一件事一次办: the one-thing bundles of the catalog. */
export const ITEM_BUNDLES: readonly ItemBundle[] = [
  {
    code: 'PROPERTY_TRANSFER',
    name: '不动产转移登记及水电气网联动过户“一件事”',
    description: '买房过户一次申请：不动产转移登记与供水、供电、燃气、有线电视/宽带过户联办，材料只交一次，一个状态。',
    itemCodes: PROPERTY_TRANSFER_BUNDLE,
  },
  {
    code: 'BUSINESS_OPENING',
    name: '企业开办“一件事”',
    description: '开办企业一次申请：设立登记、公章刻制、发票申领、单位参保登记、住房公积金单位缴存登记联办。',
    itemCodes: BUSINESS_OPENING_BUNDLE,
  },
];
