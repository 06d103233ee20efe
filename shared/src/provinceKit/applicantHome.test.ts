import { describe, expect, it } from 'vitest';
import { CAST } from '../fixtures/storyCast.ts';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HouseholdRegistrationContent } from '../standard/recordContents.ts';
import type { StandardRecord } from '../standard/standardRecord.ts';
import { identifySubject } from '../subjects/identifySubject.ts';
import { applicantHome, whyFromElsewhere } from './applicantHome.ts';

/**
 * 外省申请人 follows where a person's household is registered, as the filing province's own
 * records show it — not the first digits of her number, which are where she was born.
 */
const SHANGHAI = requireRegion('SHANGHAI');
const ZHEJIANG = requireRegion('ZHEJIANG');
/** 邹佳芳 (a generated person): born in 杭州 (3301…), household in 松江 (Shanghai) since 2014. */
const ZOU_JIAFANG = '330100197806155006';
const AMERICAN_IN_SHANGHAI = '931840198503121235';

const person = (id: string) => identifySubject(id, 'input.subjectId', 'PERSON', new Date('2026-11-25'));

function household(subjectId: string, divisionCode: string, registeredOn: string, movedFromDivision: string | null = null): StandardRecord {
  const content: HouseholdRegistrationContent = {
    personName: '邹佳芳',
    sex: 'FEMALE',
    birthDate: '1978-06-15',
    ethnicity: '汉族',
    divisionCode,
    address: '测试地址',
    relationToHead: 'HEAD',
    registeredOn,
    movedFromDivision,
    handledCrossRegion: false,
  };
  return { kind: 'HOUSEHOLD_REGISTRATION', recordId: `HR-${divisionCode}-${registeredOn}`, subjectId, updatedOn: registeredOn, content };
}

/** Her fund account in Shanghai: a record of her, but not a household. */
const fundOf = (subjectId: string): StandardRecord => ({ ...(SAMPLE_RECORDS.find((record) => record.kind === 'PROVIDENT_FUND') as StandardRecord), subjectId });

describe('a person’s home province', () => {
  it('is where the province holds her current household registration, whatever her number says', () => {
    const home = applicantHome(person(ZOU_JIAFANG), SHANGHAI, [fundOf(ZOU_JIAFANG), household(ZOU_JIAFANG, '310117', '2014-03-02', '330102')]);
    expect(home).toMatchObject({ local: true, basis: 'HOUSEHOLD_REGISTRATION', divisionCode: '310117' });
    expect(home.province?.code).toBe('SHANGHAI');
  });

  it('is elsewhere when her latest registration here names another province: the earlier one was superseded', () => {
    const movedAway = [household(CAST.guXiaomei, '310118', '1988-04-20'), household(CAST.guXiaomei, '330421', '2020-09-01', '310118')];
    const home = applicantHome(person(CAST.guXiaomei), SHANGHAI, movedAway);
    expect(home).toMatchObject({ local: false, basis: 'HOUSEHOLD_REGISTRATION', divisionCode: '330421' });
    expect(home.province?.code).toBe('ZHEJIANG');
    expect(whyFromElsewhere(home, CAST.guXiaomei, SHANGHAI, true)).toBe('该申请人户籍在浙江省（上海市的户籍登记已迁出）');
    expect(whyFromElsewhere(home, CAST.guXiaomei, SHANGHAI, false)).toBe('该申请人的现户籍不在上海市');
    // And back again: the latest registration is here.
    const movedBack = [...movedAway, household(CAST.guXiaomei, '310118', '2024-05-06', '330421')];
    expect(applicantHome(person(CAST.guXiaomei), SHANGHAI, movedBack)).toMatchObject({ local: true, basis: 'HOUSEHOLD_REGISTRATION' });
  });

  it('falls back to her number only when the province holds no household record of her, and says so', () => {
    // Zhejiang holds nothing of 邹佳芳's household: her number (3301) is all it can go by.
    expect(applicantHome(person(ZOU_JIAFANG), ZHEJIANG, [])).toMatchObject({ local: true, basis: 'IDENTITY_NUMBER' });
    // Shanghai with no household record of her (a fund account is no household): from elsewhere, on her number.
    const home = applicantHome(person(ZOU_JIAFANG), SHANGHAI, [fundOf(ZOU_JIAFANG)]);
    expect(home).toMatchObject({ local: false, basis: 'IDENTITY_NUMBER' });
    expect(home.province?.code).toBe('ZHEJIANG');
    expect(whyFromElsewhere(home, ZOU_JIAFANG, SHANGHAI, true)).toBe('上海市无该申请人的户籍登记，其公民身份号码归属地为浙江省');
    // A foreign permanent resident has no household registration: the card's accepting province.
    expect(applicantHome(person(AMERICAN_IN_SHANGHAI), SHANGHAI, [])).toMatchObject({ local: true, basis: 'IDENTITY_NUMBER' });
    const foreign = applicantHome(person(AMERICAN_IN_SHANGHAI), ZHEJIANG, []);
    expect(whyFromElsewhere(foreign, AMERICAN_IN_SHANGHAI, ZHEJIANG, true)).toBe('浙江省无该申请人的户籍登记，其外国人永久居留身份证受理地为上海市');
  });

  it('names no province for a number from outside the delta', () => {
    const beijing = '11010519491231002X';
    const home = applicantHome(person(beijing), SHANGHAI, []);
    expect(home).toMatchObject({ local: false, basis: 'IDENTITY_NUMBER', province: undefined });
    expect(whyFromElsewhere(home, beijing, SHANGHAI, true)).toBe('上海市无该申请人的户籍登记，其公民身份号码归属地不在上海市');
  });
});

describe('an enterprise’s home province', () => {
  it('is still where it is registered, whatever records the province holds', () => {
    const enterprise = identifySubject(CAST.jiashanHefeng, 'input.subjectId', 'ENTERPRISE', new Date('2026-11-25'));
    const home = applicantHome(enterprise, SHANGHAI, []);
    expect(home).toMatchObject({ local: false, basis: 'REGISTRATION' });
    expect(home.province?.code).toBe('ZHEJIANG');
    expect(applicantHome(enterprise, ZHEJIANG, [])).toMatchObject({ local: true, basis: 'REGISTRATION' });
  });
});
