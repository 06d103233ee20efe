import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import { zhejiangHoldingAuthorities } from './holdingAuthorities.ts';
import { zhejiangImplementations } from './implementationList.ts';
import { zhejiangNegativeListNotes } from './negativeListNotes.ts';
import { zhejiangNativeFormat } from './native/zhejiangNativeFormat.ts';

/** Zhejiang: everything the province kit needs to run this province's subgraph. */
export const zhejiangProvince: ProvinceConfig = {
  region: requireRegion('ZHEJIANG'),
  nativeFormat: zhejiangNativeFormat,
  holdingAuthorities: zhejiangHoldingAuthorities,
  implementations: zhejiangImplementations,
  negativeListNotes: zhejiangNegativeListNotes,
};

/** The package's province, for tools that load every registered region by name. */
export default zhejiangProvince;
