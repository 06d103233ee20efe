import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import { jiangsuHoldingAuthorities } from './holdingAuthorities.ts';
import { jiangsuImplementations } from './implementationList.ts';
import { jiangsuNegativeListNotes } from './negativeListNotes.ts';
import { jiangsuPassedOn } from './passedOnItems.ts';
import { jiangsuNativeFormat } from './native/jiangsuNativeFormat.ts';

/** Jiangsu: everything the province kit needs to run this province's subgraph. */
export const jiangsuProvince: ProvinceConfig = {
  region: requireRegion('JIANGSU'),
  nativeFormat: jiangsuNativeFormat,
  holdingAuthorities: jiangsuHoldingAuthorities,
  implementations: jiangsuImplementations,
  passedOn: jiangsuPassedOn,
  negativeListNotes: jiangsuNegativeListNotes,
};

/** The package's province, for tools that load every registered region by name. */
export default jiangsuProvince;
