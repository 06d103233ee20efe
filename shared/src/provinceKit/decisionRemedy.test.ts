import { describe, expect, it } from 'vitest';
import type { CaseStatus } from './caseModel.ts';
import { decisionRemedy, reconsiderationAuthority, remedyWords, UNNAMED_GOVERNMENT, type ImplementingBody } from './decisionRemedy.ts';

/**
 * Implementing bodies as the four provinces' implementation lists name them (subgraphs/*\/src/implementationList.ts);
 * bodies the lists do not have (a 海关, a 地方金融管理局, a county's 分局, a division the table does not hold) are made up, and said so.
 */
const body = (implementingBody: string, implementingBodyCode: string): ImplementingBody => ({ implementingBody, implementingBodyCode });
const WUJIANG_CIVIL_AFFAIRS = body('苏州市吴江区民政局', '1132050901404379XE');
const SUZHOU_PROVIDENT_FUND = body('苏州市住房公积金管理中心', '123205004660027105');
const QINGPU_SCIENCE = body('上海市青浦区科学技术委员会', '11310118MB2F28510B');
const SHANGHAI_PROVIDENT_FUND = body('上海市公积金管理中心', '123100004250241558');
const JIANGSU_MARKET_REGULATION = body('江苏省市场监督管理局', '11320000014003659U');
const ANHUI_ARCHIVES = body('安徽省档案馆', '12340000485002628M');
const JIASHAN_CIVIL_AFFAIRS = body('嘉善县民政局', '11330421002603745B');
const KUNSHAN_SCIENCE = body('昆山市科学技术局', '11320583MB1E62089R');
const QIAOCHENG_HEALTH = body('亳州市谯城区卫生健康委员会', '11341602MB1D4818X6');
const WUJIANG_TAX = body('国家税务总局苏州市吴江区税务局', '11320509013947121C');
const SHANGHAI_TAX = body('国家税务总局上海市税务局', '11310000MB2F05722G');
const WUJIANG_POLICE = body('苏州市公安局吴江分局', '11320509014044266Y');
const BAOHE_POLICE = body('合肥市公安局包河分局', '11340111704962136B');

describe('the 复议机关 of a decision (《行政复议法》第二十四条、第二十七条)', () => {
  it('is the people’s government of the implementing body’s division, read from its credit code', () => {
    expect(reconsiderationAuthority(WUJIANG_CIVIL_AFFAIRS)).toBe('苏州市吴江区人民政府');
    expect(reconsiderationAuthority(JIASHAN_CIVIL_AFFAIRS)).toBe('嘉善县人民政府');
    expect(reconsiderationAuthority(KUNSHAN_SCIENCE)).toBe('昆山市人民政府');
    expect(reconsiderationAuthority(QIAOCHENG_HEALTH)).toBe('亳州市谯城区人民政府');
    expect(reconsiderationAuthority(SUZHOU_PROVIDENT_FUND)).toBe('苏州市人民政府');
    expect(reconsiderationAuthority(QINGPU_SCIENCE)).toBe('上海市青浦区人民政府');
    expect(reconsiderationAuthority(SHANGHAI_PROVIDENT_FUND)).toBe('上海市人民政府');
    expect(reconsiderationAuthority(JIANGSU_MARKET_REGULATION)).toBe('江苏省人民政府');
    expect(reconsiderationAuthority(ANHUI_ARCHIVES)).toBe('安徽省人民政府');
  });

  it('reads a retired division code as its successor (320584 吴江市 → 吴江区)', () => {
    // Made up: a body registered before 2012 under 吴江市's code.
    expect(reconsiderationAuthority(body('吴江市民政局', '11320584014043790X'))).toBe('苏州市吴江区人民政府');
  });

  it('is the next body up for a 税务局, at any level: its line is vertical (第二十七条)', () => {
    expect(reconsiderationAuthority(WUJIANG_TAX)).toBe('上一级税务机关');
    expect(reconsiderationAuthority(SHANGHAI_TAX)).toBe('上一级税务机关');
    expect(reconsiderationAuthority(body('国家税务总局嘉善县税务局', '11330421MB1C55303X'))).toBe('上一级税务机关');
    // Made up: no list has a 海关 or a 地方金融管理局.
    expect(reconsiderationAuthority(body('中华人民共和国上海海关', '11100000000018522X'))).toBe('上一级海关');
    // A province's own 地方金融管理局 is a department of its government, not a vertical line.
    expect(reconsiderationAuthority(body('上海市地方金融监督管理局', '11310000MB2F0999XX'))).toBe('上海市人民政府');
  });

  it('is the city’s government, or the district’s, for a city department’s 分局 in a district (第二十四条第四款)', () => {
    expect(reconsiderationAuthority(WUJIANG_POLICE)).toBe('苏州市人民政府或者苏州市吴江区人民政府');
    expect(reconsiderationAuthority(BAOHE_POLICE)).toBe('合肥市人民政府或者合肥市包河区人民政府');
    // Not a 分局: the city's 交警支队 sits at the city's level.
    expect(reconsiderationAuthority(body('合肥市公安局交通警察支队', '11340100002979873E'))).toBe('合肥市人民政府');
    // Made up: a county's own 分局 is the county's.
    expect(reconsiderationAuthority(body('嘉善县公安局西塘分局', '1133042100260318XP'))).toBe('嘉善县人民政府');
  });

  it('names no government it would have to guess: a division the table does not hold, a malformed code, no implementation', () => {
    // Made up (every body on the lists sits in a division the table holds): 苏州市吴中区 (320506) is not among the divisions this gateway serves.
    expect(reconsiderationAuthority(body('苏州市吴中区民政局', '11320506014112345X'))).toBe(UNNAMED_GOVERNMENT);
    expect(reconsiderationAuthority(body('某局', '113205'))).toBe(UNNAMED_GOVERNMENT);
    expect(reconsiderationAuthority(undefined)).toBe(UNNAMED_GOVERNMENT);
    expect(UNNAMED_GOVERNMENT).toBe('作出决定机关的本级人民政府');
  });
});

describe('the remedy a decision tells its applicant', () => {
  it('is 行政复议 within sixty days, or 行政诉讼 within six months', () => {
    expect(remedyWords(WUJIANG_CIVIL_AFFAIRS)).toBe(
      '如不服本决定，可以自知道该决定之日起六十日内向苏州市吴江区人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
    expect(remedyWords(WUJIANG_TAX)).toBe(
      '如不服本决定，可以自知道该决定之日起六十日内向上一级税务机关申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
    expect(remedyWords(body('苏州市吴中区民政局', '11320506014112345X'))).toBe(
      '如不服本决定，可以自知道该决定之日起六十日内向作出决定机关的本级人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
  });

  it('is given for a refusal, a revocation or a 容缺 termination, a bundle’s item included; never for an approval, a running case, a withdrawal or a bundle itself', () => {
    const single = (status: CaseStatus, isBundle = false) => decisionRemedy({ status, isBundle }, SUZHOU_PROVIDENT_FUND);
    expect(single('REJECTED')).toContain('向苏州市人民政府申请行政复议');
    expect(single('REJECTED')).toMatch(/^如不服本决定，/);
    // A revoked case's decision is still the approval: the remedy is against the revocation.
    expect(single('REVOKED')).toBe(
      '如不服撤销决定，可以自知道该决定之日起六十日内向苏州市人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
    // A terminated case's decision is the termination itself (deferralTermination.ts).
    expect(single('TERMINATED')).toBe(
      '如不服本决定，可以自知道该决定之日起六十日内向苏州市人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
    for (const status of ['OPEN', 'AWAITING_EVIDENCE', 'DEFERRED_MATERIALS', 'IN_REVIEW', 'APPROVED', 'PARTLY_APPROVED', 'WITHDRAWN'] as const) {
      expect(single(status), status).toBeNull();
    }
    expect(single('REJECTED', true)).toBeNull();
  });
});
