import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import { anhuiHoldingAuthorities } from './holdingAuthorities.ts';
import { anhuiImplementations } from './implementationList.ts';
import { anhuiNegativeListNotes } from './negativeListNotes.ts';
import { anhuiPassedOn } from './passedOnItems.ts';
import { anhuiNativeFormat } from './native/anhuiNativeFormat.ts';

/** Anhui: everything the province kit needs to run this province's subgraph. */
export const anhuiProvince: ProvinceConfig = {
  region: requireRegion('ANHUI'),
  nativeFormat: anhuiNativeFormat,
  holdingAuthorities: anhuiHoldingAuthorities,
  implementations: anhuiImplementations,
  passedOn: anhuiPassedOn,
  negativeListNotes: anhuiNegativeListNotes,
};

/** The package's province, for tools that load every registered region by name. */
export default anhuiProvince;
