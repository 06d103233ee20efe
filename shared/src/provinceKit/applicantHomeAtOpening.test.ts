import { describe, expect, it } from 'vitest';
import { CAST } from '../fixtures/storyCast.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { HouseholdRegistrationContent } from '../standard/recordContents.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import type { CaseFile } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * At a Shanghai (松江) window, which applicants are 外省申请人 for an item Shanghai does not
 * handle cross-region: those whose household Shanghai's own records do not hold — not those
 * whose number was issued elsewhere; and an item about a place (不动产登记, 水电气网过户) is
 * handled for anyone, the property being here.
 */
const SHANGHAI = requireRegion('SHANGHAI');
const CLERK = { kind: 'OPERATOR', region: 'SHANGHAI', division: '310117', window: 'SJ-01', operatorId: 'sh-sj-0001' } as const;
/** 邹佳芳: number issued in 杭州 (3301…), household in 松江 since 2014. */
const ZOU_JIAFANG = '330100197806155006';
const INDIVIDUAL_BUSINESS = '010005001000';
const PROPERTY = '070101001000';
const UTILITIES = ['200901001000', '200901002000', '200901003000', '200901004000'];

const item = (code: string): Partial<ItemStandard> => ({
  code,
  name: code === INDIVIDUAL_BUSINESS ? '个体工商户设立登记' : code === PROPERTY ? '不动产转移登记' : `过户 ${code}`,
  audiences: ['NATURAL_PERSON', 'ENTERPRISE'],
  evidenceKinds: [],
  crossRegion: false,
  territorial: code !== INDIVIDUAL_BUSINESS,
  status: 'IN_FORCE',
  policy: null,
});

function registeredIn(subjectId: string, divisionCode: string, registeredOn: string): HeldRecord {
  const content: HouseholdRegistrationContent = {
    personName: '邹佳芳',
    sex: 'FEMALE',
    birthDate: '1978-06-15',
    ethnicity: '汉族',
    divisionCode,
    address: '上海市松江区测试路1号',
    relationToHead: 'HEAD',
    registeredOn,
    movedFromDivision: '330102',
    handledCrossRegion: false,
  };
  return { kind: 'HOUSEHOLD_REGISTRATION', recordId: `HR-${subjectId}`, subjectId, updatedOn: registeredOn, content, region: 'SHANGHAI', holdingAuthority: '上海市公安局人口管理办公室' };
}

/** A Shanghai desk implementing none of these items cross-region, holding `held` records; `asked` counts the record reads. */
function shanghaiDesk(store: CaseStore, held: readonly HeldRecord[], asked: string[] = [], caller: Caller = CLERK): ProvinceContext {
  const context = deskWith(store, {
    region: SHANGHAI,
    caller,
    implementations: [INDIVIDUAL_BUSINESS, PROPERTY, ...UTILITIES].map((standardCode) => ({ standardCode, crossRegion: false })),
    item,
    bundle: (code) => (code === 'PROPERTY_TRANSFER' ? { code, name: '不动产转移登记及水电气网联动过户“一件事”', itemCodes: [PROPERTY, ...UTILITIES], evidenceKinds: [] } : undefined),
  });
  const recordsBySubject = {
    load: (subjectId: string) => {
      asked.push(subjectId);
      return Promise.resolve(held.filter((record) => record.subjectId === subjectId));
    },
  };
  return { ...context, loaders: { ...context.loaders, recordsBySubject } } as unknown as ProvinceContext;
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), SHANGHAI);
const openCase = (context: ProvinceContext, itemCode: string, subjectId: string, applicantName = '邹佳芳') =>
  caseDeskResolvers.openCase(undefined, { input: { itemCode, subjectId, idempotencyKey: `k-${itemCode}-${subjectId}`, applicantName } }, context) as Promise<CaseFile>;

describe('an applicant whose household is here', () => {
  it('opens an item not handled cross-region, though her number was issued in another province', async () => {
    const store = newStore();
    const opened = await openCase(shanghaiDesk(store, [registeredIn(ZOU_JIAFANG, '310117', '2014-03-02')]), INDIVIDUAL_BUSINESS, ZOU_JIAFANG);
    expect(store.caseById(opened.id)).toMatchObject({ itemCode: INDIVIDUAL_BUSINESS, subjectId: ZOU_JIAFANG, status: 'OPEN' });
  });
});

describe('an applicant whose household is not here', () => {
  it('is refused online, told why: Shanghai holds no household record of her, and her number is Zhejiang’s', async () => {
    const store = newStore();
    const herself: Caller = { kind: 'CITIZEN', residentId: ZOU_JIAFANG };
    const refused = await refusalOf(openCase(shanghaiDesk(store, [], [], herself), INDIVIDUAL_BUSINESS, ZOU_JIAFANG));
    expect(refused.message).toBe(
      'input.itemCode: 上海市未开通“个体工商户设立登记”的跨省通办；上海市无该申请人的户籍登记，其公民身份号码归属地为浙江省，按外省申请人办理，请到户籍地或开通该事项跨省通办的省份办理',
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION', basis: 'IDENTITY_NUMBER', region: 'ZHEJIANG' });
    expect(store.casesOfSubjects([ZOU_JIAFANG], 'PERSON', { first: 100 }).get(ZOU_JIAFANG) ?? []).toEqual([]);
  });

  it('is refused when her Shanghai registration moved out, naming to her where it went, though her number is Shanghai’s', async () => {
    const store = newStore();
    const movedOut = registeredIn(CAST.guXiaomei, '330421', '2020-09-01');
    const herself: Caller = { kind: 'CITIZEN', residentId: CAST.guXiaomei };
    const refused = await refusalOf(openCase(shanghaiDesk(store, [registeredIn(CAST.guXiaomei, '310118', '1988-04-20'), movedOut], [], herself), INDIVIDUAL_BUSINESS, CAST.guXiaomei, '顾晓梅'));
    expect(refused.message).toContain('该申请人户籍在浙江省（上海市的户籍登记已迁出）');
    expect(refused.extensions).toMatchObject({ reason: 'ITEM_NOT_HANDLED_CROSS_REGION', basis: 'HOUSEHOLD_REGISTRATION', region: 'ZHEJIANG' });
  });

  it('tells a clerk only that her current household is not here — not where it went; alike for a registration that moved out and for none', async () => {
    const store = newStore();
    const movedOut = [registeredIn(CAST.guXiaomei, '310118', '1988-04-20'), registeredIn(CAST.guXiaomei, '330421', '2020-09-01')];
    const moved = await refusalOf(openCase(shanghaiDesk(store, movedOut), INDIVIDUAL_BUSINESS, CAST.guXiaomei, '顾晓梅'));
    const never = await refusalOf(openCase(shanghaiDesk(store, []), INDIVIDUAL_BUSINESS, ZOU_JIAFANG));
    for (const refused of [moved, never]) {
      expect(refused.message).toMatch(/^input\.itemCode: 上海市未开通“个体工商户设立登记”的跨省通办；该申请人的现户籍不在上海市，按外省申请人办理，请到户籍地或开通该事项跨省通办的省份办理$/);
      expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION' });
    }
  });
});

describe('an item about a place (属地管辖)', () => {
  it('is opened for an applicant from another province, and her records are not read for it', async () => {
    const store = newStore();
    const asked: string[] = [];
    // 沈浩然: household in 嘉善 (Zhejiang), none in Shanghai; buying a flat in 松江.
    const opened = await openCase(shanghaiDesk(store, [], asked), PROPERTY, CAST.shenHaoran, '沈浩然');
    expect(store.caseById(opened.id)).toMatchObject({ itemCode: PROPERTY, status: 'OPEN' });
    expect(asked).toEqual([]);
  });

  it('opens the property-transfer bundle with its utilities for her', async () => {
    const store = newStore();
    const bundle = (await caseDeskResolvers.openBundle(
      undefined,
      { input: { bundleCode: 'PROPERTY_TRANSFER', subjectId: CAST.shenHaoran, idempotencyKey: 'k-bundle', applicantName: '沈浩然' } },
      shanghaiDesk(store, []),
    )) as CaseFile;
    expect(store.childrenOf(bundle.id).map((child) => child.itemCode)).toEqual([PROPERTY, ...UTILITIES]);
  });

  it('is opened for an enterprise registered in another province too', async () => {
    const store = newStore();
    const opened = await openCase(shanghaiDesk(store, []), PROPERTY, CAST.jiashanHefeng, '嘉善禾丰智能装备有限公司');
    expect(store.caseById(opened.id)).toMatchObject({ itemCode: PROPERTY, subjectKind: 'ENTERPRISE' });
  });
});
