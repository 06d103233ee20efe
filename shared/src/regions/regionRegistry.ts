/**
 * The region registry: the one place that says which provinces take part in the federation.
 *
 * Adding a fifth region is one entry here plus one folder under subgraphs/ that configures
 * the province kit; the catalog hub, the gateway, the launcher and the composition read the
 * list from here.
 */
export interface RegionDefinition {
  /** GraphQL enum value and stable code. */
  readonly code: string;
  /** Official name (GB/T 2260). */
  readonly name: string;
  /** One-character abbreviation used on documents (沪, 苏, 浙, 皖). */
  readonly abbreviation: string;
  /** First two digits of every GB/T 2260 division code in the region. */
  readonly divisionPrefix: string;
  /** Province-level division code. */
  readonly divisionCode: string;
  /** Subgraph (and workspace folder) name under subgraphs/. */
  readonly subgraphName: string;
  /** Prefix of the region-named GraphQL types (ShanghaiSubject, ...). */
  readonly typePrefix: string;
  /** Loopback port used by `npm start` unless YRD_<CODE>_PORT is set. */
  readonly defaultPort: number;
}

export const REGIONS = [
  {
    code: 'SHANGHAI',
    name: '上海市',
    abbreviation: '沪',
    divisionPrefix: '31',
    divisionCode: '310000',
    subgraphName: 'shanghai',
    typePrefix: 'Shanghai',
    defaultPort: 4101,
  },
  {
    code: 'JIANGSU',
    name: '江苏省',
    abbreviation: '苏',
    divisionPrefix: '32',
    divisionCode: '320000',
    subgraphName: 'jiangsu',
    typePrefix: 'Jiangsu',
    defaultPort: 4102,
  },
  {
    code: 'ZHEJIANG',
    name: '浙江省',
    abbreviation: '浙',
    divisionPrefix: '33',
    divisionCode: '330000',
    subgraphName: 'zhejiang',
    typePrefix: 'Zhejiang',
    defaultPort: 4103,
  },
  {
    code: 'ANHUI',
    name: '安徽省',
    abbreviation: '皖',
    divisionPrefix: '34',
    divisionCode: '340000',
    subgraphName: 'anhui',
    typePrefix: 'Anhui',
    defaultPort: 4104,
  },
] as const satisfies readonly RegionDefinition[];

/** A region of the registry, with its code typed as one of the registered codes. */
export type Region = (typeof REGIONS)[number];
export type RegionCode = Region['code'];

/** The hub is not a region but is part of the topology. */
export const CATALOG_SUBGRAPH = { subgraphName: 'catalog', defaultPort: 4100 } as const;
export const GATEWAY_DEFAULT_PORT = 4000;

export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}

export function requireRegion(code: string): Region {
  const region = regionByCode(code);
  if (!region) throw new Error(`unknown region ${code}; known: ${REGIONS.map((r) => r.code).join(', ')}`);
  return region;
}

/** The province a subgraph serves (undefined for the hub or an unknown name). */
export function regionBySubgraphName(subgraphName: string): Region | undefined {
  return REGIONS.find((region) => region.subgraphName === subgraphName);
}

/** The region whose divisions start with the first two digits of `divisionCode`, if any. */
export function regionOfDivision(divisionCode: string): Region | undefined {
  const prefix = divisionCode.slice(0, 2);
  return REGIONS.find((region) => region.divisionPrefix === prefix);
}

export function isRegionCode(code: string): code is RegionCode {
  return REGIONS.some((region) => region.code === code);
}
