import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryOf } from './countryCodes.ts';

describe('GB/T 2659.1 / ISO 3166-1 country codes', () => {
  it('holds the 249 current entries, each code once, in numeric order', () => {
    expect(COUNTRIES).toHaveLength(249);
    const numerics = COUNTRIES.map((country) => country.numeric);
    expect(new Set(numerics).size).toBe(249);
    expect(new Set(COUNTRIES.map((country) => country.alpha3)).size).toBe(249);
    expect([...numerics].sort()).toEqual(numerics);
    for (const country of COUNTRIES) {
      expect(country.numeric).toMatch(/^\d{3}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.name.length).toBeGreaterThan(0);
    }
  });

  it('finds the nationalities most often seen at a window by their numeric code', () => {
    expect(
      ['840', '826', '392', '410', '276', '250', '124', '036', '702'].map((code) => {
        const country = countryOf(code);
        return country && `${country.alpha3} ${country.name}`;
      }),
    ).toEqual(['USA 美国', 'GBR 英国', 'JPN 日本', 'KOR 韩国', 'DEU 德国', 'FRA 法国', 'CAN 加拿大', 'AUS 澳大利亚', 'SGP 新加坡']);
  });

  it('has no withdrawn or unassigned code', () => {
    for (const code of ['000', '530', '736', '891', '999']) expect(countryOf(code), code).toBeUndefined();
  });
});
