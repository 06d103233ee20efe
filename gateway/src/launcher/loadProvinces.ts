import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';

/**
 * The configuration of every registered province, loaded from its workspace package
 * (`@yrd/<subgraph name>`, default export) so that tools follow the registry.
 */
export async function loadProvinces(): Promise<ProvinceConfig[]> {
  return Promise.all(
    REGIONS.map(async (region) => {
      const module = (await import(`@yrd/${region.subgraphName}`)) as { default?: ProvinceConfig };
      if (module.default?.region.code !== region.code) {
        throw new Error(`@yrd/${region.subgraphName} must export its ProvinceConfig for ${region.code} as default`);
      }
      return module.default;
    }),
  );
}
