import { describe, expect, it } from 'vitest';
import {
  ALL_DIVISIONS,
  CURRENT_DIVISIONS,
  currentDivisionOf,
  HISTORICAL_DIVISIONS,
  PROVINCE_LEVEL_DIVISIONS,
  PROVINCE_PREFIXES,
  isPlausibleDivisionCode,
  lookupDivision,
  provinceNameOf,
} from './divisionCodes.ts';

describe('division code data', () => {
  it('lists the 34 province-level divisions of the national list', () => {
    expect(PROVINCE_LEVEL_DIVISIONS).toHaveLength(34);
    expect(new Set(PROVINCE_PREFIXES).size).toBe(34);
    for (const prefix of PROVINCE_PREFIXES) expect(prefix).toMatch(/^[1-8][0-9]$/);
  });

  it('has unique 6-digit codes whose names start with their province name', () => {
    const codes = ALL_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of ALL_DIVISIONS) {
      expect(d.code).toMatch(/^[0-9]{6}$/);
      expect(d.provincePrefix).toBe(d.code.slice(0, 2));
      expect(d.name.startsWith(provinceNameOf(d.provincePrefix) ?? '?')).toBe(true);
    }
  });

  it('points every historical code to a current successor', () => {
    expect(HISTORICAL_DIVISIONS.map((d) => d.code).sort()).toEqual(['310108', '310230', '320584']);
    for (const d of HISTORICAL_DIVISIONS) {
      expect(d.status).toBe('HISTORICAL');
      expect(lookupDivision(d.successor ?? '')?.status).toBe('CURRENT');
    }
    for (const d of CURRENT_DIVISIONS) {
      expect(d.status).toBe('CURRENT');
      expect(d.successor).toBeUndefined();
    }
  });

  it('includes the four province-level codes as current', () => {
    for (const code of ['310000', '320000', '330000', '340000']) {
      expect(lookupDivision(code)?.status).toBe('CURRENT');
    }
  });
});

describe('lookupDivision', () => {
  it('finds current and historical codes', () => {
    expect(lookupDivision('310115')).toEqual({
      code: '310115',
      name: '上海市浦东新区',
      status: 'CURRENT',
      provincePrefix: '31',
    });
    expect(lookupDivision('310108')).toEqual({
      code: '310108',
      name: '上海市闸北区',
      status: 'HISTORICAL',
      successor: '310106',
      provincePrefix: '31',
    });
    expect(lookupDivision('320584')?.successor).toBe('320509');
    expect(lookupDivision('310230')?.successor).toBe('310151');
  });

  it('returns undefined for unknown codes', () => {
    expect(lookupDivision('310199')).toBeUndefined();
    expect(lookupDivision('')).toBeUndefined();
  });

  it('returns a copy that cannot corrupt the table', () => {
    const record = lookupDivision('310101');
    if (record === undefined) throw new Error('missing');
    record.name = 'changed';
    expect(lookupDivision('310101')?.name).toBe('上海市黄浦区');
  });
});

describe('provinceNameOf / isPlausibleDivisionCode', () => {
  it('names province-level prefixes', () => {
    expect(provinceNameOf('31')).toBe('上海市');
    expect(provinceNameOf('65')).toBe('新疆维吾尔自治区');
    expect(provinceNameOf('82')).toBe('澳门特别行政区');
    expect(provinceNameOf('99')).toBeUndefined();
    expect(provinceNameOf('10')).toBeUndefined();
  });

  it('accepts 6 ASCII digits with a known province prefix', () => {
    expect(isPlausibleDivisionCode('310199')).toBe(true);
    expect(isPlausibleDivisionCode('110105')).toBe(true);
    expect(isPlausibleDivisionCode('990101')).toBe(false);
    expect(isPlausibleDivisionCode('31010')).toBe(false);
    expect(isPlausibleDivisionCode('3101011')).toBe(false);
    expect(isPlausibleDivisionCode('31010A')).toBe(false);
    expect(isPlausibleDivisionCode('３１０１０１')).toBe(false);
  });
});

describe('currentDivisionOf', () => {
  it('gives a current code itself, a retired code its current successor, an unknown code nothing', () => {
    expect(currentDivisionOf('310118')?.code).toBe('310118');
    expect(currentDivisionOf('310108')).toMatchObject({ code: '310106', status: 'CURRENT', name: '上海市静安区' });
    expect(currentDivisionOf('310230')?.code).toBe('310151');
    expect(currentDivisionOf('320584')?.code).toBe('320509');
    expect(currentDivisionOf('440305')).toBeUndefined();
  });
});
