import type { LocalImplementation } from './localImplementation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';

const indexes = new WeakMap<ProvinceConfig, ReadonlyMap<string, LocalImplementation>>();

/**
 * The province's implementation of a standard item (by its standard code), or undefined where
 * the province does not offer it. The implementation list is indexed once per configuration;
 * validateImplementationList has already refused a list implementing one item twice.
 */
export function implementationOf(config: ProvinceConfig, standardCode: string): LocalImplementation | undefined {
  let index = indexes.get(config);
  if (!index) indexes.set(config, (index = new Map(config.implementations.map((local) => [local.standardCode, local]))));
  return index.get(standardCode);
}
