import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import { shanghaiHoldingAuthorities } from './holdingAuthorities.ts';
import { shanghaiImplementations } from './implementationList.ts';
import { shanghaiNegativeListNotes } from './negativeListNotes.ts';
import { shanghaiPassedOn } from './passedOnItems.ts';
import { shanghaiNativeFormat } from './native/shanghaiNativeFormat.ts';

/** Shanghai: everything the province kit needs to run this province's subgraph. */
export const shanghaiProvince: ProvinceConfig = {
  region: requireRegion('SHANGHAI'),
  nativeFormat: shanghaiNativeFormat,
  holdingAuthorities: shanghaiHoldingAuthorities,
  implementations: shanghaiImplementations,
  passedOn: shanghaiPassedOn,
  negativeListNotes: shanghaiNegativeListNotes,
};

/** The package's province, for tools that load every registered region by name. */
export default shanghaiProvince;
