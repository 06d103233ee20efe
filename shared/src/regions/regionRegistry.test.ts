import { describe, expect, it } from 'vitest';
import { REGIONS, regionOfDivision, requireRegion } from './regionRegistry.ts';

describe('region registry', () => {
  it('has unique codes, prefixes, subgraph names, type prefixes and ports', () => {
    for (const key of ['code', 'divisionPrefix', 'subgraphName', 'typePrefix', 'defaultPort'] as const) {
      const values = REGIONS.map((region) => region[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('routes a division code to its province by the first two digits', () => {
    expect(regionOfDivision('320509')?.code).toBe('JIANGSU');
    expect(regionOfDivision('330421')?.code).toBe('ZHEJIANG');
    expect(regionOfDivision('440101')).toBeUndefined();
  });

  it('names the known regions when asked for an unknown one', () => {
    expect(() => requireRegion('FUJIAN')).toThrow(/SHANGHAI, JIANGSU, ZHEJIANG, ANHUI/);
  });

  it('keeps province division codes consistent with their prefixes', () => {
    for (const region of REGIONS) expect(region.divisionCode.startsWith(region.divisionPrefix)).toBe(true);
  });
});
