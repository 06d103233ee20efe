import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { caseDivision, caseListScope, divisionCovers, divisionInWords } from './caseDivision.ts';
import type { CaseFile } from './caseModel.ts';
import type { LocalImplementation } from './localImplementation.ts';

/** Whose a case is: the opening window's division, or online the implementing body's. */
const JIANGSU = requireRegion('JIANGSU');
const WUJIANG_CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT = { kind: 'APPLICANT', subjectId: '310118198804123021' } as const;

/** 婚姻登记 by 苏州市吴江区民政局, 公积金 by 苏州市住房公积金管理中心, 人防 by 江苏省人民防空办公室, one by a Shanghai body (misfiled). */
const IMPLEMENTATIONS = [
  { standardCode: '100101001000', implementingBody: '苏州市吴江区民政局', implementingBodyCode: '1132050901404379XE' },
  { standardCode: '200047002000', implementingBody: '苏州市住房公积金管理中心', implementingBodyCode: '123205004660027105' },
  { standardCode: '300101001000', implementingBody: '江苏省人民防空办公室', implementingBodyCode: '113200000140024889' },
  { standardCode: '400101001000', implementingBody: '上海市某局', implementingBodyCode: '11310000MB1E41720H' },
] as unknown as LocalImplementation[];

const windowCase = (division: string, itemCode = '200047002000') =>
  ({ channel: 'WINDOW', openedBy: { ...WUJIANG_CLERK, division }, parentId: null, isBundle: false, itemCode }) as unknown as CaseFile;
const onlineCase = (itemCode: string, bundle: { parentId?: string; isBundle?: boolean } = {}) =>
  ({ channel: 'ONLINE', openedBy: APPLICANT, parentId: bundle.parentId ?? null, isBundle: bundle.isBundle ?? false, itemCode }) as unknown as CaseFile;

describe('the division a case belongs to', () => {
  it('is the opening clerk’s at a window, whoever implements the item (a retired code read as its successor)', () => {
    expect(caseDivision(windowCase('320509'), JIANGSU, IMPLEMENTATIONS)).toBe('320509');
    expect(caseDivision(windowCase('320583', '100101001000'), JIANGSU, IMPLEMENTATIONS)).toBe('320583');
    expect(caseDivision(windowCase('320584'), JIANGSU, IMPLEMENTATIONS)).toBe('320509');
  });

  it('is the implementing body’s online, read from its credit code; the province where the list places it nowhere in the province', () => {
    expect(caseDivision(onlineCase('100101001000'), JIANGSU, IMPLEMENTATIONS)).toBe('320509');
    expect(caseDivision(onlineCase('200047002000'), JIANGSU, IMPLEMENTATIONS)).toBe('320500');
    expect(caseDivision(onlineCase('300101001000'), JIANGSU, IMPLEMENTATIONS)).toBe('320000');
    expect(caseDivision(onlineCase('400101001000'), JIANGSU, IMPLEMENTATIONS)).toBe('320000');
    expect(caseDivision(onlineCase('999999999000'), JIANGSU, IMPLEMENTATIONS)).toBe('320000');
  });

  it('is the province for a bundle opened online and its items, whoever implements them', () => {
    expect(caseDivision(onlineCase('PROPERTY_TRANSFER', { isBundle: true }), JIANGSU, IMPLEMENTATIONS)).toBe('320000');
    expect(caseDivision(onlineCase('100101001000', { parentId: '3220261126000001' }), JIANGSU, IMPLEMENTATIONS)).toBe('320000');
  });

  it('covers its own clerks and those of divisions within it — never a neighbour, nor the city above a district', () => {
    expect(divisionCovers('320509', '320509')).toBe(true);
    expect(divisionCovers('320509', '320584')).toBe(true);
    expect(divisionCovers('320509', '320583')).toBe(false);
    expect(divisionCovers('320509', '320500')).toBe(false);
    expect(divisionCovers('320500', '320583')).toBe(true);
    expect(divisionCovers('320500', '320100')).toBe(false);
    expect(divisionCovers('320000', '320100')).toBe(true);
    expect(divisionCovers('320000', '330421')).toBe(false);
  });

  it('is named as a clerk reads it', () => {
    expect(divisionInWords('320509')).toBe('江苏省苏州市吴江区（320509）');
    expect(divisionInWords('329999')).toBe('行政区划 329999');
  });
});

describe('the cases a clerk’s list holds', () => {
  it('are window cases of his division, its city and province (by retired code too), and online cases but those of other divisions’ items', () => {
    expect(caseListScope('320509', JIANGSU, IMPLEMENTATIONS)).toEqual({ windowDivisions: ['320509', '320500', '320000', '320584'], onlineItemsExcluded: [] });
    expect(caseListScope('320583', JIANGSU, IMPLEMENTATIONS)).toEqual({ windowDivisions: ['320583', '320500', '320000'], onlineItemsExcluded: ['100101001000'] });
    expect(caseListScope('320100', JIANGSU, IMPLEMENTATIONS)).toEqual({ windowDivisions: ['320100', '320000'], onlineItemsExcluded: ['100101001000', '200047002000'] });
  });
});
