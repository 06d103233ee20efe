import { describe, expect, it } from 'vitest';
import type { ApprovalRule } from '@yrd/shared/standard/approvalRule';
import { ITEM_TYPES } from '@yrd/shared/standard/codeTables';
import {
  allowsCommitment,
  allowsTolerantAcceptance,
  licenceOf,
  type StandardItem,
} from '@yrd/shared/standard/standardItem';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { STANDARD_ITEMS } from './standardItems.ts';
import { BUSINESS_OPENING_BUNDLE, PROPERTY_TRANSFER_BUNDLE, STORY_ITEMS, type StoryItemKey } from './storyItemCodes.ts';

/** Item names confirmed on the YRD regional portal; each must appear exactly once. */
const REAL_ITEM_NAMES = [
  '社会保险个人权益记录单查询',
  '社会保障卡应用状态查询',
  '社保证明开具',
  '婚姻登记档案查询',
  '知青档案查询',
  '独生子女档案查询',
  '户籍事项证明',
  '基本医疗保险关系转移接续',
  '个人申请出具异地贷款缴存使用证明',
  '出入境记录查询',
  '婚姻登记预约服务',
  '办理跨省异地就医登记备案相关手续',
  '内资有限公司设立',
  '外商投资公司设立',
  '工业产品生产许可证发证',
  '人防设计/监理甲级资质企业备案',
] as const;

/** What each story constant must point at. */
const STORY_ITEM_NAMES: Record<StoryItemKey, string> = {
  providentFundLoanCertificate: '个人申请出具异地贷款缴存使用证明',
  providentFundLoanApplication: '住房公积金异地个人住房贷款申请',
  providentFundTransfer: '住房公积金异地转移接续',
  socialInsuranceCertificate: '社保证明开具',
  socialInsuranceStatement: '社会保险个人权益记录单查询',
  socialSecurityCardStatus: '社会保障卡应用状态查询',
  pensionTransfer: '企业职工基本养老保险关系转移接续',
  medicalInsuranceTransfer: '基本医疗保险关系转移接续',
  crossProvinceMedicalFiling: '办理跨省异地就医登记备案相关手续',
  householdCertificate: '户籍事项证明',
  spouseHouseholdMigration: '户口迁移（夫妻投靠）',
  birthRegistration: '生育登记',
  marriageArchiveQuery: '婚姻登记档案查询',
  marriageAppointment: '婚姻登记预约服务',
  educatedYouthArchiveQuery: '知青档案查询',
  onlyChildArchiveQuery: '独生子女档案查询',
  entryExitRecordQuery: '出入境记录查询',
  individualBusinessRegistration: '个体工商户设立登记',
  domesticCompanySetup: '内资有限公司设立',
  foreignInvestedCompanySetup: '外商投资公司设立',
  branchRegistration: '分公司设立登记',
  enterpriseMigration: '企业跨省迁移登记',
  industrialProductLicence: '工业产品生产许可证发证',
  civilAirDefenceQualificationFiling: '人防设计/监理甲级资质企业备案',
  sealEngravingFiling: '公章刻制备案',
  newTaxpayerInvoice: '新办纳税人涉税事项（发票申领）',
  employerSocialInsuranceRegistration: '单位参保登记',
  employerProvidentFundRegistration: '住房公积金单位缴存登记',
  realEstateTransfer: '不动产转移登记',
  waterTransfer: '供水过户',
  electricityTransfer: '供电过户',
  gasTransfer: '燃气过户',
  cableBroadbandTransfer: '有线电视/宽带过户',
};

const byCode = new Map(STANDARD_ITEMS.map((item) => [item.code, item]));

function item(code: string): StandardItem {
  const found = byCode.get(code);
  if (!found) throw new Error(`no standard item ${code}`);
  return found;
}

/** A rule reduced to what the stories depend on. */
function shape(rule: ApprovalRule) {
  return { code: rule.code, evidenceKind: rule.evidenceKind, quantifier: rule.quantifier, conditions: rule.conditions };
}

const isPersonal = (candidate: StandardItem) => candidate.audiences.includes('NATURAL_PERSON');

describe('standard item seed', () => {
  it('passes validateStandardItem for every item', () => {
    const problems = STANDARD_ITEMS.flatMap((candidate) => validateStandardItem(candidate));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has at least 36 items with unique 12-digit codes', () => {
    expect(STANDARD_ITEMS.length).toBeGreaterThanOrEqual(36);
    const codes = STANDARD_ITEMS.map((candidate) => candidate.code);
    const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(duplicates).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^\d{12}$/);
  });

  it('has unique names', () => {
    const names = STANDARD_ITEMS.map((candidate) => candidate.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(REAL_ITEM_NAMES)('contains the portal item %s exactly once', (name) => {
    expect(STANDARD_ITEMS.filter((candidate) => candidate.name === name)).toHaveLength(1);
  });

  it('serves both natural persons and enterprises', () => {
    expect(STANDARD_ITEMS.some(isPersonal)).toBe(true);
    expect(STANDARD_ITEMS.some((candidate) => candidate.audiences.includes('ENTERPRISE'))).toBe(true);
    expect(STANDARD_ITEMS.filter(isPersonal).length).toBeGreaterThanOrEqual(12);
    expect(STANDARD_ITEMS.filter((candidate) => candidate.audiences.includes('ENTERPRISE')).length).toBeGreaterThanOrEqual(12);
  });

  it('has instant-approval items for both audiences, on each evidence kind the stories use', () => {
    const instant = STANDARD_ITEMS.filter((candidate) => candidate.instantApproval);
    expect(instant.length).toBeGreaterThanOrEqual(4);
    const personalKinds = new Set(
      instant.filter(isPersonal).flatMap((candidate) => candidate.approvalRules.map((rule) => rule.evidenceKind)),
    );
    for (const kind of ['PROVIDENT_FUND', 'SOCIAL_INSURANCE', 'HOUSEHOLD_REGISTRATION'] as const) {
      expect(personalKinds.has(kind), kind).toBe(true);
    }
    expect(instant.some((candidate) => candidate.audiences.includes('ENTERPRISE'))).toBe(true);
  });

  it('has 容缺 items whose supply-later material is replaced by MARRIAGE or HOUSEHOLD_REGISTRATION', () => {
    expect(STANDARD_ITEMS.filter(allowsTolerantAcceptance).length).toBeGreaterThanOrEqual(3);
    const tolerantOnPersonalData = STANDARD_ITEMS.filter((candidate) =>
      candidate.materials.some(
        (material) =>
          material.necessity === 'SUPPLY_LATER' &&
          (material.replacedBy === 'MARRIAGE' || material.replacedBy === 'HOUSEHOLD_REGISTRATION'),
      ),
    );
    expect(tolerantOnPersonalData.length).toBeGreaterThanOrEqual(2);
  });

  it('has at least three 告知承诺 items, at least one of them personal', () => {
    const committed = STANDARD_ITEMS.filter(allowsCommitment);
    expect(committed.length).toBeGreaterThanOrEqual(3);
    expect(committed.some(isPersonal)).toBe(true);
  });

  it('has cross-region items and some that are not, so the filter means something', () => {
    const crossRegion = STANDARD_ITEMS.filter((candidate) => candidate.crossRegion);
    expect(crossRegion.length).toBeGreaterThanOrEqual(16);
    expect(STANDARD_ITEMS.length - crossRegion.length).toBeGreaterThanOrEqual(3);
    for (const name of REAL_ITEM_NAMES) {
      expect(STANDARD_ITEMS.find((candidate) => candidate.name === name)?.crossRegion, name).toBe(true);
    }
  });

  it('has free items and a few charged ones, with amounts in whole fen', () => {
    const charged = STANDARD_ITEMS.filter((candidate) => candidate.fee.charged);
    expect(charged.length).toBeGreaterThanOrEqual(2);
    expect(charged.length).toBeLessThan(STANDARD_ITEMS.length / 4);
    for (const candidate of charged) expect(Number.isSafeInteger(candidate.fee.amount), candidate.name).toBe(true);
  });

  it('gives the fee by circumstance where the basis sets more than one amount (发改价格〔2003〕2322号, 发改价格规〔2016〕2559号)', () => {
    const fee = (code: string) => STANDARD_ITEMS.find((candidate) => candidate.code === code)?.fee;
    expect(fee('070201001000')).toMatchObject({
      amount: 2000,
      variants: [
        { circumstance: '丢失补领或损坏换领', amount: 4000 },
        { circumstance: '城市低保居民、农村特殊困难居民申领或换领', amount: 0 },
      ],
    });
    expect(fee('070201001000')?.basis).toMatch(/申领、换领每证20元，丢失补领或损坏换领每证40元/);
    expect(fee('070101001000')).toMatchObject({
      amount: 8000,
      variants: [
        { circumstance: '非住宅类', amount: 55_000 },
        { circumstance: '另增证书（每本加收）', amount: 1_000 },
        { circumstance: '小微企业（含个体工商户）申请', amount: 0 },
      ],
    });
    expect(fee('070101001000')?.basis).toMatch(/小微企业（含个体工商户）申请不动产登记的，免收/);
  });

  it('keeps visits within 0..2 and every item type code consistent', () => {
    for (const candidate of STANDARD_ITEMS) {
      expect([0, 1, 2], candidate.name).toContain(candidate.visitsRequired);
      const typeCode = ITEM_TYPES.find((entry) => entry.value === candidate.type)?.code;
      expect(candidate.code.slice(0, 2), candidate.name).toBe(typeCode);
    }
  });

  it('says in the note that archive queries may be extended by at most 2 working days', () => {
    const archiveQueries = STANDARD_ITEMS.filter((candidate) => candidate.name.endsWith('档案查询'));
    expect(archiveQueries.length).toBeGreaterThanOrEqual(3);
    for (const candidate of archiveQueries) {
      expect(candidate.promisedTimeLimit.amount, candidate.name).toBe(2);
      expect(candidate.promisedTimeLimit.unit, candidate.name).toBe('WORKING_DAYS');
      expect(candidate.promisedTimeLimit.note, candidate.name).toMatch(/延长.*不超过2个工作日/);
    }
  });

  it('gives every item colloquial keywords', () => {
    for (const candidate of STANDARD_ITEMS) expect(candidate.keywords.length, candidate.name).toBeGreaterThanOrEqual(3);
    expect(item(STORY_ITEMS.domesticCompanySetup).keywords).toEqual(expect.arrayContaining(['开公司', '注册公司']));
    expect(item(STORY_ITEMS.providentFundLoanCertificate).keywords).toEqual(
      expect.arrayContaining(['公积金贷款证明', '异地贷款']),
    );
    expect(item(STORY_ITEMS.socialInsuranceCertificate).keywords).toEqual(expect.arrayContaining(['社保证明', '社保清单']));
  });
});

describe('story item codes', () => {
  it.each(Object.entries(STORY_ITEM_NAMES))('%s points at %s', (key, name) => {
    expect(item(STORY_ITEMS[key as StoryItemKey]).name).toBe(name);
  });

  it('names every story item once', () => {
    expect(Object.keys(STORY_ITEM_NAMES).sort()).toEqual(Object.keys(STORY_ITEMS).sort());
    const codes = Object.values(STORY_ITEMS);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('bundles existing items', () => {
    for (const code of [...BUSINESS_OPENING_BUNDLE, ...PROPERTY_TRANSFER_BUNDLE]) expect(byCode.has(code), code).toBe(true);
    expect(BUSINESS_OPENING_BUNDLE).toHaveLength(5);
    expect(PROPERTY_TRANSFER_BUNDLE).toHaveLength(5);
    expect(BUSINESS_OPENING_BUNDLE.every((code) => item(code).audiences.includes('ENTERPRISE'))).toBe(true);
    // The property bundle is handled for buyers from other provinces too (their marriage and
    // household records come from where they are held).
    for (const code of PROPERTY_TRANSFER_BUNDLE) expect(item(code).crossRegion, code).toBe(true);
  });

  it('ends the story items with their electronic licences, and the loan application reads one', () => {
    expect(item(STORY_ITEMS.providentFundLoanCertificate).licence).toMatchObject({ typeCode: '11100000000013338W047' });
    const loan = item(STORY_ITEMS.providentFundLoanApplication);
    expect(loan.materials.find((material) => material.replacedBy === 'E_LICENCE')).toBeDefined();
    expect(loan.approvalRules[0]?.conditions).toContainEqual({ field: 'licenceTypeCode', operator: 'EQ', value: '11100000000013338W047' });
  });

  it('makes 个人申请出具异地贷款缴存使用证明 an instant, cross-region personal service on PROVIDENT_FUND', () => {
    const certificate = item(STORY_ITEMS.providentFundLoanCertificate);
    expect(certificate).toMatchObject({
      type: 'PUBLIC_SERVICE',
      audiences: ['NATURAL_PERSON'],
      instantApproval: true,
      crossRegion: true,
      caseType: 'SAME_DAY',
    });
    expect(certificate.materials.find((material) => material.name === '住房公积金缴存证明')?.replacedBy).toBe(
      'PROVIDENT_FUND',
    );
    expect(certificate.approvalRules.map(shape)).toEqual([
      {
        code: 'PF_ACCOUNT_ACTIVE',
        evidenceKind: 'PROVIDENT_FUND',
        quantifier: 'ANY',
        conditions: [{ field: 'accountStatus', operator: 'EQ', value: 'ACTIVE' }],
      },
      {
        code: 'PF_DEPOSITS_CONTINUOUS',
        evidenceKind: 'PROVIDENT_FUND',
        quantifier: 'ANY',
        conditions: [
          { field: 'accountStatus', operator: 'EQ', value: 'ACTIVE' },
          { field: 'continuousMonths', operator: 'GTE', value: 6 },
        ],
      },
      {
        code: 'PF_NO_OUTSTANDING_LOAN',
        evidenceKind: 'PROVIDENT_FUND',
        quantifier: 'NONE',
        conditions: [{ field: 'outstandingLoan', operator: 'GT', value: 0 }],
      },
    ]);
  });

  it('makes 分公司设立登记 an instant enterprise licence on BUSINESS_REGISTRATION and CREDIT_RECORD', () => {
    const branch = item(STORY_ITEMS.branchRegistration);
    expect(branch).toMatchObject({ type: 'LICENSING', audiences: ['ENTERPRISE'], instantApproval: true });
    expect(branch.materials.map((material) => material.replacedBy).filter(Boolean)).toEqual([
      'BUSINESS_REGISTRATION',
      'CREDIT_RECORD',
    ]);
    // Decided on the spot (秒批, promised 0 days): no period to supply a material later in, so no 容缺.
    expect(branch.promisedTimeLimit.amount).toBe(0);
    expect(branch.materials.filter((material) => material.necessity === 'SUPPLY_LATER').map((m) => m.name)).toEqual([]);
    expect(branch.materials.filter((material) => material.commitmentAllowed).map((m) => m.name)).toEqual([
      '住所（经营场所）使用证明',
    ]);
    expect(branch.approvalRules.map(shape)).toEqual([
      {
        code: 'PARENT_ACTIVE',
        evidenceKind: 'BUSINESS_REGISTRATION',
        quantifier: 'ANY',
        conditions: [{ field: 'businessStatus', operator: 'EQ', value: 'ACTIVE' }],
      },
      {
        code: 'NO_UNSETTLED_PENALTY',
        evidenceKind: 'CREDIT_RECORD',
        quantifier: 'NONE',
        conditions: [
          { field: 'category', operator: 'EQ', value: 'ADMINISTRATIVE_PENALTY' },
          { field: 'settled', operator: 'EQ', value: false },
        ],
      },
      {
        code: 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST',
        evidenceKind: 'CREDIT_RECORD',
        quantifier: 'NONE',
        conditions: [
          { field: 'category', operator: 'IN', value: ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'] },
          { field: 'settled', operator: 'EQ', value: false },
          // Only while the listing is public on the decision day (none set: until removed).
          { field: 'publicUntil', operator: 'GTE', value: { daysFromDecisionDay: 0 }, orNull: true },
        ],
      },
    ]);
  });

  it('reads SOCIAL_INSURANCE for 社保证明开具 and HOUSEHOLD_REGISTRATION for 户籍事项证明', () => {
    expect(item(STORY_ITEMS.socialInsuranceCertificate).approvalRules.map(shape)).toEqual([
      {
        code: 'SI_INSURED_ACTIVE',
        evidenceKind: 'SOCIAL_INSURANCE',
        quantifier: 'ANY',
        conditions: [{ field: 'insuranceStatus', operator: 'EQ', value: 'ACTIVE' }],
      },
    ]);
    const household = item(STORY_ITEMS.householdCertificate);
    expect(household.instantApproval).toBe(true);
    expect(household.approvalRules.map((rule) => rule.evidenceKind)).toEqual(['HOUSEHOLD_REGISTRATION']);
  });
});

describe('无证明 by the applicant\'s own records only', () => {
  /**
   * Papers about someone other than the applicant: the federation gathers only her own records,
   * so none of these is replaced by shared evidence (her own record of the same kind is not it).
   */
  const ABOUT_SOMEONE_ELSE: readonly [item: string, material: string, name: string][] = [
    [STORY_ITEMS.spouseHouseholdMigration, 'M05', '被投靠人居民户口簿'],
    [STORY_ITEMS.birthRegistration, 'M04', '配偶居民户口簿'],
    [STORY_ITEMS.individualBusinessRegistration, 'M04', '家庭成员关系证明'],
    [STORY_ITEMS.domesticCompanySetup, 'M03', '股东主体资格证明（企业股东的营业执照）'],
    [STORY_ITEMS.foreignInvestedCompanySetup, 'M04', '境内股东的主体资格证明'],
    [STORY_ITEMS.realEstateTransfer, 'M07', '亲属关系证明（居民户口簿等）'],
  ];

  it.each(ABOUT_SOMEONE_ELSE)('%s %s (%s) is not replaced by shared evidence, and says so', (code, materialCode, name) => {
    const material = item(code).materials.find((candidate) => candidate.code === materialCode);
    expect(material?.name).toBe(name);
    expect(material?.replacedBy).toBeUndefined();
    expect(material?.note ?? '').not.toMatch(/可共享核验的无需提交|由.*共享.*替代/);
  });

  it('names no one but the applicant in a material shared evidence replaces', () => {
    const replaced = STANDARD_ITEMS.flatMap((candidate) =>
      candidate.materials.filter((material) => material.replacedBy).map((material) => `${candidate.code} ${material.code} ${material.name}`),
    );
    expect(replaced.filter((entry) => /被投靠人|配偶|夫妻双方|股东|家庭成员|亲属|赠与人|被继承人/.test(entry))).toEqual([]);
  });

  it('keeps 容缺 for the spouse\'s household book of 户口迁移（夫妻投靠）, within 5 working days, and her own book shared', () => {
    const migration = item(STORY_ITEMS.spouseHouseholdMigration);
    expect(migration.materials.find((material) => material.code === 'M05')).toMatchObject({
      necessity: 'SUPPLY_LATER',
      supplyWithin: { amount: 5, unit: 'WORKING_DAYS' },
      note: expect.stringContaining('须由申请人提交'),
    });
    expect(migration.materials.find((material) => material.code === 'M04')).toMatchObject({ name: '申请人居民户口簿', replacedBy: 'HOUSEHOLD_REGISTRATION' });
  });
});

describe('无证明 by evidence of the right kind', () => {
  it('replaces a paper by a TAX record (an annual summary: taxYear, creditRating, taxPaid, arrears) only where a rule requires no arrears (a policy reads its ratings and amounts as rules of its own)', () => {
    for (const candidate of STANDARD_ITEMS) {
      if (candidate.policy || !candidate.materials.some((material) => material.replacedBy === 'TAX')) continue;
      const noArrears = candidate.approvalRules.some(
        (rule) =>
          rule.evidenceKind === 'TAX' &&
          rule.quantifier === 'NONE' &&
          rule.conditions.length === 1 &&
          rule.conditions[0]?.field === 'arrears' &&
          rule.conditions[0].operator === 'GT' &&
          rule.conditions[0].value === 0,
      );
      expect(noArrears, `${candidate.code} ${candidate.name}`).toBe(true);
    }
    expect(item('010003001000').materials.find((material) => material.code === 'M04')).toMatchObject({ name: '清税证明', replacedBy: 'TAX' });
  });

  it('keeps the 契税 receipt of a property transfer a paper: no annual tax record is this transfer\'s 完税凭证', () => {
    const receipt = item(STORY_ITEMS.realEstateTransfer).materials.find((material) => material.code === 'M05');
    expect(receipt?.name).toBe('完税凭证');
    expect(receipt?.replacedBy).toBeUndefined();
    expect(receipt?.documentType).toBe('TAX_CERTIFICATE');
  });
});

describe('容缺 within the promised time limit', () => {
  it('defers a material only where the promise leaves time to supply it (单位参保登记: 5 working days, within the statute\'s 15 days)', () => {
    const employer = item('200104001000');
    expect(employer.promisedTimeLimit).toMatchObject({ amount: 5, unit: 'WORKING_DAYS' });
    expect(employer.materials.find((material) => material.code === 'M04')).toMatchObject({ necessity: 'SUPPLY_LATER', supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } });
  });
});

describe('materials an electronic licence replaces (licenceOf)', () => {
  const replacedByLicence = STANDARD_ITEMS.flatMap((candidate) =>
    candidate.materials.filter((material) => material.replacedBy === 'E_LICENCE').map((material) => ({ item: candidate, material })),
  );

  it('the loan application\'s certificate is the licence of 个人申请出具异地贷款缴存使用证明', () => {
    const loan = item(STORY_ITEMS.providentFundLoanApplication);
    expect(loan.materials.find((material) => material.code === 'M02')).toMatchObject({ replacedBy: 'E_LICENCE', licenceOf: STORY_ITEMS.providentFundLoanCertificate });
    expect(replacedByLicence.length).toBeGreaterThan(0);
  });

  it('name an item of the catalog', () => {
    for (const { item: candidate, material } of replacedByLicence) expect(byCode.has(material.licenceOf ?? ''), `${candidate.code} ${material.code}`).toBe(true);
  });

  it('and an E_LICENCE rule asks for the licence type of an item its materials name: the only licences released for it', () => {
    for (const candidate of STANDARD_ITEMS) {
      const types = new Set(
        candidate.materials.flatMap((material) => (material.replacedBy === 'E_LICENCE' && material.licenceOf ? [licenceOf(item(material.licenceOf)).typeCode] : [])),
      );
      for (const rule of candidate.approvalRules.filter((approvalRule) => approvalRule.evidenceKind === 'E_LICENCE')) {
        for (const condition of rule.conditions.filter((entry) => entry.field === 'licenceTypeCode')) {
          expect(types, `${candidate.code} ${rule.code}`).toContain(condition.value);
        }
      }
    }
  });
});
